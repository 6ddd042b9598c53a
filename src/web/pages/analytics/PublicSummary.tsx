// The public summary for decision makers: no sign-in, no personal data, only suppressed aggregates
// of whole calendar years, with the definitions beside every figure.
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Controls, useChoices } from './Controls.tsx';
import { DurabilitySection, RelativeSection, TimeToOutcomeSection, TransitionSection } from './Measures.tsx';

export default function PublicSummary() {
  const { t } = useTranslation();
  const [choices, update, query] = useChoices(true);
  return (
    <>
      <PageTitle>{t('analytics.public.title')}</PageTitle>
      <Paragraph mb="m">{t('analytics.public.intro')}</Paragraph>
      <Paragraph className="noise-note">{t('analytics.suppressedNote')}</Paragraph>
      <Controls choices={choices} update={update} aggregateOnly chooseMunicipality />
      <TransitionSection query={query} />
      <RelativeSection query={query} />
      <DurabilitySection query={query} />
      <TimeToOutcomeSection query={query} />
    </>
  );
}
