// What a plan shows about the three practices the 2020 research linked to clients' progress:
// goals set openly together with the client, an employment or education goal visible from the start,
// and work ability or skills developed towards tasks outside the unit.
import type { GoalKind } from '../codes.ts';

export interface PlanGoal {
  kind: GoalKind;
  proposedBy: 'client' | 'coach' | 'together';
  towardsOutsideTasks: boolean;
  status: 'active' | 'achieved' | 'dropped';
  /** When the goal was saved (and so became visible to the client), YYYY-MM-DD. */
  createdOn: string;
  assessedOn: string[];
}

export interface PlanSummary {
  employmentOrEducationGoal: { exists: boolean; since: string | null };
  goalsTowardsOutsideTasks: number;
  goalsSetTogether: number;
  activeGoals: number;
  lastAssessedOn: string | null;
}

const OUTCOME_KINDS: GoalKind[] = ['employment', 'education'];

export function summarisePlan(goals: PlanGoal[]): PlanSummary {
  const outcomeGoals = goals.filter((g) => OUTCOME_KINDS.includes(g.kind) && g.status !== 'dropped');
  const since = outcomeGoals.map((g) => g.createdOn).sort()[0] ?? null;
  const allAssessments = goals.flatMap((g) => g.assessedOn).sort();
  return {
    employmentOrEducationGoal: { exists: outcomeGoals.length > 0, since },
    goalsTowardsOutsideTasks: goals.filter((g) => g.towardsOutsideTasks && g.status !== 'dropped').length,
    goalsSetTogether: goals.filter((g) => g.proposedBy !== 'coach').length,
    activeGoals: goals.filter((g) => g.status === 'active').length,
    lastAssessedOn: allAssessments.at(-1) ?? null,
  };
}
