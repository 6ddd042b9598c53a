// A goal with its progress, and the plan summary: shown to the coach and to the client alike.
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { Badge, Facts } from '../../components/ui.tsx';
import { displayDate } from '../../format.ts';
import type { Goal, Plan } from '../../types.ts';

export function PlanSummary({ plan, clientView = false }: { plan: Plan; clientView?: boolean }) {
  const { t } = useTranslation();
  const summary = plan.summary;
  const goal = summary?.employmentOrEducationGoal;
  return (
    <Facts
      items={[
        [
          clientView ? t('myPath.employmentGoal') : t('plan.employmentOrEducationGoal'),
          goal?.exists ? t('plan.goalExistsSince', { date: displayDate(goal.since ? String(goal.since).slice(0, 10) : '') }) : t('plan.noEmploymentGoal'),
        ],
        [t('plan.goalsTowardsOutsideTasks'), String(summary?.goalsTowardsOutsideTasks ?? 0)],
        [t('plan.goalsSetTogether'), String(summary?.goalsSetTogether ?? 0)],
        [t('plan.lastAssessedOn'), summary?.lastAssessedOn ? displayDate(summary.lastAssessedOn) : t('plan.notAssessed')],
      ]}
    />
  );
}

/** The score as a row of five steps, with the number and its meaning in text. */
export function ScoreMeter({ score }: { score: number }) {
  const { t } = useTranslation();
  return (
    <span className="score">
      <span className="score-steps" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((step) => (
          <span key={step} className={step <= score ? 'score-step score-step-on' : 'score-step'} />
        ))}
      </span>
      <span className="score-text">
        {t('plan.scoreOf', { score })} – {t(`plan.scale.${score}`)}
      </span>
    </span>
  );
}

export function GoalDetails({ goal, headingId, staffView = false }: { goal: Goal; headingId: string; staffView?: boolean }) {
  const { t } = useTranslation();
  const assessments = [...(goal.assessments ?? [])].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
  const latest = assessments[0];
  return (
    <>
      <Heading variant="h3" id={headingId}>
        {goal.title}
      </Heading>
      <div className="badges">
        <Badge>{t(`codes.goalKinds.${goal.kind}`)}</Badge>
        <Badge tone={goal.status === 'active' ? 'success' : 'neutral'}>{t(`codes.goalStatuses.${goal.status}`)}</Badge>
        {goal.towardsOutsideTasks ? <Badge tone="neutral">{t('plan.towardsOutsideTasksBadge')}</Badge> : null}
      </div>
      {goal.clientWords ? (
        <blockquote className="client-words">
          <p className="client-words-label">{staffView ? t('plan.clientWords') : t('myPath.inMyWords')}</p>
          <p>{goal.clientWords}</p>
        </blockquote>
      ) : null}
      <Facts
        items={[
          [t('plan.proposedBy'), t(`codes.goalProposers.${goal.proposedBy}`)],
          [t('plan.targetDate'), displayDate(goal.targetDate)],
          [t('plan.progress'), latest ? <ScoreMeter score={latest.score} /> : t('plan.notAssessed')],
        ]}
      />
      {assessments.length > 0 ? (
        <details className="assessments">
          <summary>{t('plan.assessmentHistory', { count: assessments.length })}</summary>
          <ul className="plain-list">
            {assessments.map((assessment) => (
              <li key={assessment.id}>
                <strong>{displayDate(assessment.assessedOn)}</strong>: <ScoreMeter score={assessment.score} />
                {assessment.note ? <span className="assessment-note"> – {assessment.note}</span> : null}
                {assessment.assessedByName ? <span className="muted"> ({assessment.assessedByName})</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
