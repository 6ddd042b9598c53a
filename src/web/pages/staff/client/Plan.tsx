// The plan: goals written together with the client (in the client's own words too), progress
// assessments 1–5, and the summary the research hypotheses look at.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { isIsoDate } from '../../../../domain/calendar/dates.ts';
import { GOAL_KINDS, GOAL_PROPOSERS } from '../../../../domain/codes.ts';
import { api } from '../../../api.ts';
import { AreaField, CheckField, CodeRadio, CodeSelect, DateField, RadioField, TextField } from '../../../components/fields.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section } from '../../../components/ui.tsx';
import { todayIso } from '../../../format.ts';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { Goal, Plan } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';
import { GoalDetails, PlanSummary } from '../../shared/goals.tsx';

export default function PlanSection() {
  const { t } = useTranslation();
  const { client } = useClient();
  const plan = useApi<Plan>(`/api/clients/${client.id}/plan`);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string) => {
    setNotice(message);
    plan.reload();
  };

  return (
    <>
      <Async state={plan}>
        {(data) => (
          <>
            <Section title={t('plan.summaryTitle')} id="plan-summary">
              <PlanSummary plan={data} />
            </Section>
            <Section
              title={t('plan.goalsTitle')}
              id="plan-goals"
              actions={
                !adding ? (
                  <Button variant="secondary" onClick={() => { setNotice(null); setAdding(true); }}>
                    {t('plan.addGoal')}
                  </Button>
                ) : null
              }
            >
              {adding ? (
                <AddGoal
                  onCancel={() => setAdding(false)}
                  onDone={() => {
                    setAdding(false);
                    changed(t('plan.goalAdded'));
                  }}
                />
              ) : null}
              <SaveStatus message={notice} />
              {data.goals.length === 0 ? (
                <Empty>{t('plan.noGoals')}</Empty>
              ) : (
                <ul className="card-list">
                  {data.goals.map((goal) => (
                    <li key={goal.id} className="card">
                      <StaffGoal goal={goal} onChanged={changed} />
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </>
        )}
      </Async>
    </>
  );
}

function StaffGoal({ goal, onChanged }: { goal: Goal; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const [assessing, setAssessing] = useState(false);
  const setStatus = (status: Goal['status']) => {
    void api.patch(`/api/goals/${goal.id}`, { status }).then(
      () => onChanged(t('plan.statusChanged', { status: t(`codes.goalStatuses.${status}`) })),
      () => onChanged(t('errors.internal')),
    );
  };
  return (
    <article aria-labelledby={`goal-${goal.id}`}>
      <GoalDetails goal={goal} headingId={`goal-${goal.id}`} staffView />
      <div className="actions-row">
        {!assessing ? (
          <Button variant="secondary" onClick={() => setAssessing(true)}>
            {t('plan.addAssessment')}
          </Button>
        ) : null}
        {goal.status === 'active' ? (
          <>
            <Button variant="secondaryNoBorder" onClick={() => setStatus('achieved')}>
              {t('plan.markAchieved')}
            </Button>
            <Button variant="secondaryNoBorder" onClick={() => setStatus('dropped')}>
              {t('plan.markDropped')}
            </Button>
          </>
        ) : (
          <Button variant="secondaryNoBorder" onClick={() => setStatus('active')}>
            {t('plan.reopen')}
          </Button>
        )}
      </div>
      {assessing ? (
        <AddAssessment
          goal={goal}
          onCancel={() => setAssessing(false)}
          onDone={() => {
            setAssessing(false);
            onChanged(t('plan.assessmentAdded'));
          }}
        />
      ) : null}
    </article>
  );
}

function AddGoal({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const fields = useFields({ kind: '', title: '', clientWords: '', proposedBy: 'together', towardsOutsideTasks: false, targetDate: '' });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.kind) errors.kind = 'errors.required';
      if (!v.title.trim()) errors.title = 'errors.required';
      if (v.targetDate && !isIsoDate(v.targetDate)) errors.targetDate = 'errors.invalidDate';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/clients/${client.id}/goals`,
        {
          kind: v.kind,
          title: v.title.trim(),
          clientWords: v.clientWords.trim() || undefined,
          proposedBy: v.proposedBy,
          towardsOutsideTasks: v.towardsOutsideTasks,
          targetDate: v.targetDate || undefined,
        },
        key,
      ),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('add-goal', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('plan.addGoalTitle')}</Heading>
      <Paragraph className="hint">{t('plan.addGoalHint')}</Paragraph>
      <FormShell id="add-goal" submission={submission} submitLabel={t('plan.addGoalSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <CodeSelect {...f('kind')} label={t('plan.kind')} list="goalKinds" codes={GOAL_KINDS} value={v.kind} onChange={(x) => fields.set('kind', x)} />
        <TextField {...f('title')} label={t('plan.goalTitle')} value={v.title} onChange={(x) => fields.set('title', x)} />
        <AreaField {...f('clientWords')} label={t('plan.clientWords')} hint={t('plan.clientWordsHint')} optional rows={3} value={v.clientWords} onChange={(x) => fields.set('clientWords', x)} />
        <CodeRadio {...f('proposedBy')} label={t('plan.proposedBy')} list="goalProposers" codes={GOAL_PROPOSERS} value={v.proposedBy} onChange={(x) => fields.set('proposedBy', x)} />
        <CheckField {...f('towardsOutsideTasks')} checked={v.towardsOutsideTasks} onChange={(x) => fields.set('towardsOutsideTasks', x)} hint={t('plan.towardsOutsideTasksHint')}>
          {t('plan.towardsOutsideTasks')}
        </CheckField>
        <DateField {...f('targetDate')} label={t('plan.targetDate')} optional value={v.targetDate} onChange={(x) => fields.set('targetDate', x)} />
      </FormShell>
    </div>
  );
}

function AddAssessment({ goal, onDone, onCancel }: { goal: Goal; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fields = useFields({ assessedOn: todayIso(), score: '', note: '' });
  const v = fields.values;
  const formId = `assess-${goal.id}`;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.assessedOn) errors.assessedOn = 'errors.required';
      else if (!isIsoDate(v.assessedOn)) errors.assessedOn = 'errors.invalidDate';
      if (!v.score) errors.score = 'errors.required';
      return errors;
    },
    send: (key) => api.post(`/api/goals/${goal.id}/assessments`, { assessedOn: v.assessedOn, score: Number(v.score), note: v.note.trim() || undefined }, key),
    onSuccess: onDone,
  });
  const f = (path: string) => bind(formId, submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h4" as="h4">{t('plan.assessmentTitle', { goal: goal.title })}</Heading>
      <FormShell id={formId} submission={submission} submitLabel={t('plan.assessmentSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <DateField {...f('assessedOn')} label={t('plan.assessedOn')} value={v.assessedOn} onChange={(x) => fields.set('assessedOn', x)} />
        <RadioField
          {...f('score')}
          label={t('plan.score')}
          value={v.score}
          onChange={(x) => fields.set('score', x)}
          options={[1, 2, 3, 4, 5].map((score) => ({ value: String(score), label: `${score} – ${t(`plan.scale.${score}`)}` }))}
        />
        <AreaField {...f('note')} label={t('plan.assessmentNote')} optional rows={3} value={v.note} onChange={(x) => fields.set('note', x)} />
      </FormShell>
    </div>
  );
}

