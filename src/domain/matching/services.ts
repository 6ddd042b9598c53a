// Catalogue services suggested to a client, with reasons, from the client's situation: where they
// live, their languages, background factors, active goals, self-assessed work ability, and how
// they would take part (on site, remotely). Pure.
//
// A service the client cannot reach is left out: offered only in other municipalities and not
// remotely, or only in languages the client does not speak. The rest score by points:
//   goal      3 per active goal kind the service kind serves (at most two goals count)
//   work ability 2 when the service kind suits the self-assessed work ability (1–2 low, 4–5 high)
//   target    2 per background factor the service is meant for (at most two count)
//   delivery  1 when the service's delivery mode is one the client wants (hybrid suits both)
//   language  1 when the service names a language the client speaks
//   municipality 1 when the service is offered in the client's municipality
// Only services with at least one goal, work-ability or target reason are suggested: place and
// language alone say nothing about whether the service helps.
import type { BackgroundFactor, DeliveryMode, GoalKind, ServiceKind } from '../codes.ts';

export interface ClientSituation {
  municipalityCode: string;
  languages: string[];
  backgroundFactors: BackgroundFactor[];
  goalKinds: GoalKind[];
  /** Self-assessed work ability 1..5, when given. */
  workAbility: number | null;
  deliveryModes: DeliveryMode[];
}

export interface ServiceOffer {
  id: string;
  kind: ServiceKind;
  deliveryMode: DeliveryMode;
  municipalityCodes: string[];
  languages: string[];
  targetFactors: string[];
}

export type ServiceReason =
  | { kind: 'goal'; goalKind: GoalKind }
  | { kind: 'workAbility'; level: 'low' | 'high' }
  | { kind: 'target'; factor: string }
  | { kind: 'delivery'; mode: DeliveryMode }
  | { kind: 'language'; language: string }
  | { kind: 'municipality'; municipalityCode: string };

export interface ServiceSuggestion {
  serviceId: string;
  score: number;
  reasons: ServiceReason[];
}

/** Which service kinds help towards which kind of goal. */
export const GOAL_SERVICES: Record<GoalKind, readonly ServiceKind[]> = {
  employment: ['job_coaching', 'work_trial', 'pay_subsidised_work', 'work_practice'],
  education: ['training', 'mapping_group', 'work_practice'],
  work_ability: ['rehabilitative_work_1a', 'rehabilitative_work_1b', 'work_activity_social_welfare_act', 'work_and_day_activity_disability_act'],
  professional_skills: ['training', 'work_practice', 'work_trial', 'rehabilitative_work_1b'],
  life_management: ['social_rehabilitation_1c', 'theme_group', 'mapping_group'],
  participation: ['theme_group', 'social_rehabilitation_1c', 'work_activity_social_welfare_act', 'work_and_day_activity_disability_act'],
};

/** Low work ability: services that build it up; high: services that lead to work. */
const LOW_ABILITY: readonly ServiceKind[] = [
  'rehabilitative_work_1a',
  'social_rehabilitation_1c',
  'work_activity_social_welfare_act',
  'work_and_day_activity_disability_act',
  'theme_group',
];
const HIGH_ABILITY: readonly ServiceKind[] = ['job_coaching', 'work_trial', 'pay_subsidised_work', 'work_practice', 'training'];

export const SERVICE_POINTS = { goal: 3, workAbility: 2, target: 2, delivery: 1, language: 1, municipality: 1 } as const;
const MAX_COUNTED = 2;

export function suggestServices(situation: ClientSituation, services: readonly ServiceOffer[], limit = 10): ServiceSuggestion[] {
  const out: ServiceSuggestion[] = [];
  const goals = [...new Set(situation.goalKinds)];
  const spoken = new Set(situation.languages);
  for (const service of services) {
    const local = service.municipalityCodes.includes(situation.municipalityCode);
    const reachableRemotely = service.deliveryMode !== 'onsite';
    if (!local && !reachableRemotely) continue;
    const common = service.languages.filter((l) => spoken.has(l));
    if (service.languages.length > 0 && spoken.size > 0 && common.length === 0) continue;

    const reasons: ServiceReason[] = [];
    let score = 0;
    const goalHits = goals.filter((g) => GOAL_SERVICES[g].includes(service.kind)).slice(0, MAX_COUNTED);
    for (const goalKind of goalHits) reasons.push({ kind: 'goal', goalKind });
    score += SERVICE_POINTS.goal * goalHits.length;
    if (situation.workAbility !== null) {
      const level = situation.workAbility <= 2 ? 'low' : situation.workAbility >= 4 ? 'high' : null;
      if (level && (level === 'low' ? LOW_ABILITY : HIGH_ABILITY).includes(service.kind)) {
        reasons.push({ kind: 'workAbility', level });
        score += SERVICE_POINTS.workAbility;
      }
    }
    const targets = service.targetFactors.filter((f) => (situation.backgroundFactors as string[]).includes(f)).slice(0, MAX_COUNTED);
    for (const factor of targets) reasons.push({ kind: 'target', factor });
    score += SERVICE_POINTS.target * targets.length;
    if (reasons.length === 0) continue;

    const wants = situation.deliveryModes;
    if (wants.length > 0 && (wants.includes(service.deliveryMode) || service.deliveryMode === 'hybrid')) {
      reasons.push({ kind: 'delivery', mode: service.deliveryMode });
      score += SERVICE_POINTS.delivery;
    }
    if (common.length > 0) {
      reasons.push({ kind: 'language', language: common[0] });
      score += SERVICE_POINTS.language;
    }
    if (local) {
      reasons.push({ kind: 'municipality', municipalityCode: situation.municipalityCode });
      score += SERVICE_POINTS.municipality;
    }
    out.push({ serviceId: service.id, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || (a.serviceId < b.serviceId ? -1 : 1)).slice(0, limit);
}
