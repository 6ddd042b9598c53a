// The effectiveness dashboard of the signed-in: purchasers see the services they pay for, unit
// managers their organisation's units, coaches their own caseload, researchers suppressed
// aggregates. Every chart has its table beside it and every measure its definition.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { useUser } from '../../auth.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Controls, useChoices } from './Controls.tsx';
import { AnalyticsNav } from './AnalyticsNav.tsx';
import { AttendanceSection, CaseloadSection, DurabilitySection, GoalPracticeSection, RelativeSection, TimeToOutcomeSection, TransitionSection } from './Measures.tsx';

export default function Dashboard() {
  const { t } = useTranslation();
  const user = useUser();
  const aggregateOnly = user.role === 'researcher';
  const [choices, update, query] = useChoices(aggregateOnly);
  return (
    <>
      <PageTitle>{t('analytics.title')}</PageTitle>
      <AnalyticsNav />
      <Paragraph mb="m">{t(`analytics.scope.${user.role}`)}</Paragraph>
      {aggregateOnly ? <Paragraph className="noise-note">{t('analytics.suppressedNote')}</Paragraph> : null}
      <Controls choices={choices} update={update} aggregateOnly={aggregateOnly} chooseMunicipality={user.role === 'admin' || user.role === 'researcher'} />
      <p>
        <a href={`/api/analytics/report.pdf${query}`} download>
          {t('analytics.councilReport')}
        </a>
      </p>
      <TransitionSection query={query} />
      <RelativeSection query={query} />
      <DurabilitySection query={query} />
      <TimeToOutcomeSection query={query} />
      <GoalPracticeSection query={query} />
      <AttendanceSection query={query} />
      <CaseloadSection query={query} />
      <Paragraph>
        <Link to="/public/summary">{t('analytics.publicSummaryLink')}</Link>
      </Paragraph>
    </>
  );
}
