// "My path": the client's home on a phone. My goals first (in my own words, with progress), then
// the way to my diary, attendance, groups and who has viewed my data.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { GOAL_KINDS } from '../../../domain/codes.ts';
import { api } from '../../api.ts';
import { useUser } from '../../auth.tsx';
import { AreaField, CodeSelect, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section } from '../../components/ui.tsx';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import type { Plan } from '../../types.ts';
import { GoalDetails, PlanSummary } from '../shared/goals.tsx';
import { useMyClientId } from './useMyClientId.ts';

export default function MyPath() {
  const { t } = useTranslation();
  const user = useUser();
  const clientId = useMyClientId();
  const plan = useApi<Plan>(`/api/clients/${clientId}/plan`);
  const [proposing, setProposing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const firstName = user.displayName.split(' ')[0];

  return (
    <div className="narrow">
      <PageTitle title={t('myPath.title')}>{t('myPath.greeting', { name: firstName })}</PageTitle>
      <Paragraph mb="m">{t('myPath.intro')}</Paragraph>
      <Async state={plan}>
        {(data) => {
          const active = data.goals.filter((goal) => goal.status === 'active');
          const other = data.goals.filter((goal) => goal.status !== 'active');
          return (
            <>
              <Section title={t('myPath.goalsTitle')} id="my-goals">
                {active.length === 0 ? (
                  <Empty>{t('myPath.noGoals')}</Empty>
                ) : (
                  <ul className="card-list">
                    {active.map((goal) => (
                      <li key={goal.id} className="card">
                        <GoalDetails goal={goal} headingId={`goal-${goal.id}`} />
                      </li>
                    ))}
                  </ul>
                )}
                <SaveStatus message={notice} />
                {proposing ? (
                  <ProposeGoal
                    clientId={clientId}
                    onCancel={() => setProposing(false)}
                    onDone={() => {
                      setProposing(false);
                      setNotice(t('myPath.goalProposed'));
                      plan.reload();
                    }}
                  />
                ) : (
                  <Button variant="secondary" onClick={() => { setNotice(null); setProposing(true); }}>
                    {t('myPath.proposeGoal')}
                  </Button>
                )}
              </Section>
              {other.length > 0 ? (
                <Section title={t('myPath.pastGoalsTitle')} id="my-past-goals">
                  <ul className="card-list">
                    {other.map((goal) => (
                      <li key={goal.id} className="card">
                        <GoalDetails goal={goal} headingId={`goal-${goal.id}`} />
                      </li>
                    ))}
                  </ul>
                </Section>
              ) : null}
              <Section title={t('myPath.summaryTitle')} id="my-summary">
                <PlanSummary plan={data} clientView />
              </Section>
            </>
          );
        }}
      </Async>
      <Section title={t('myPath.moreTitle')} id="my-more">
        <ul className="link-cards">
          <li>
            <Link to="/my/diary">{t('nav.myDiary')}</Link>
            <span>{t('myPath.diaryText')}</span>
          </li>
          <li>
            <Link to="/my/attendance">{t('nav.myAttendance')}</Link>
            <span>{t('myPath.attendanceText')}</span>
          </li>
          <li>
            <Link to="/my/groups">{t('nav.myGroups')}</Link>
            <span>{t('myPath.groupsText')}</span>
          </li>
          <li>
            <Link to="/my/access-log">{t('nav.myAccessLog')}</Link>
            <span>{t('myPath.accessLogText')}</span>
          </li>
        </ul>
      </Section>
    </div>
  );
}

function ProposeGoal({ clientId, onDone, onCancel }: { clientId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fields = useFields({ kind: '', title: '', clientWords: '' });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.kind) errors.kind = 'errors.required';
      if (!v.title.trim()) errors.title = 'errors.required';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/clients/${clientId}/goals`,
        { kind: v.kind, title: v.title.trim(), clientWords: v.clientWords.trim() || undefined, proposedBy: 'client', towardsOutsideTasks: false },
        key,
      ),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('propose-goal', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('myPath.proposeGoalTitle')}</Heading>
      <FormShell id="propose-goal" submission={submission} submitLabel={t('myPath.proposeGoalSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <CodeSelect {...f('kind')} label={t('myPath.goalKind')} list="goalKinds" codes={GOAL_KINDS} value={v.kind} onChange={(x) => fields.set('kind', x)} />
        <TextField {...f('title')} label={t('myPath.goalTitle')} value={v.title} onChange={(x) => fields.set('title', x)} />
        <AreaField {...f('clientWords')} label={t('myPath.goalInMyWords')} optional rows={3} value={v.clientWords} onChange={(x) => fields.set('clientWords', x)} />
      </FormShell>
    </div>
  );
}
