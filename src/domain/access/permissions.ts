// Who may read and change which part of a client's data. Scope (which clients) is applied in SQL
// by the server; this table says which roles may touch a kind of record at all, and on what ground.
import type { AccessGround, Role } from '../codes.ts';

export const CLIENT_RESOURCES = [
  'client',
  'intake',
  'period',
  'plan',
  'diary',
  'attendance',
  'group',
  'placement',
  'device',
  'referral',
  'access_log',
  'job_seeker_profile',
] as const;
export type ClientResource = (typeof CLIENT_RESOURCES)[number];

const STAFF: Role[] = ['coach', 'unit_manager', 'admin'];

/** Purchasers see pathway summaries of clients in services they pay for: no diary, intake notes,
 * contact details, devices or referrals. Employers and researchers see no personal client data. */
const RULES: Record<ClientResource, { read: Role[]; write: Role[] }> = {
  client: { read: [...STAFF, 'client', 'purchaser'], write: STAFF },
  intake: { read: [...STAFF, 'client'], write: STAFF },
  period: { read: [...STAFF, 'client', 'purchaser'], write: STAFF },
  plan: { read: [...STAFF, 'client', 'purchaser'], write: [...STAFF, 'client'] },
  diary: { read: [...STAFF, 'client'], write: [...STAFF, 'client'] },
  attendance: { read: [...STAFF, 'client', 'purchaser'], write: STAFF },
  group: { read: [...STAFF, 'client'], write: STAFF },
  placement: { read: [...STAFF, 'client'], write: STAFF },
  device: { read: [...STAFF, 'client'], write: STAFF },
  referral: { read: [...STAFF, 'client'], write: STAFF },
  access_log: { read: ['client', 'unit_manager', 'admin'], write: [] },
  // Employers read profiles only through the person's own visibility choice (src/server/matching).
  job_seeker_profile: { read: [...STAFF, 'client'], write: [...STAFF, 'client'] },
};

export function mayAccess(role: Role, resource: ClientResource, action: 'read' | 'write'): boolean {
  return RULES[resource][action].includes(role);
}

export const isStaff = (role: Role) => STAFF.includes(role);

/** The lawful ground recorded in the access log for a role's processing of client data. */
export function accessGround(role: Role): AccessGround {
  switch (role) {
    case 'client':
      return 'own_data';
    case 'purchaser':
      return 'service_purchase';
    case 'admin':
      return 'administration';
    case 'employer':
      return 'job_seeker_consent';
    default:
      return 'care_relationship';
  }
}

/**
 * Surveys (issue 5). Whose surveys a role sees is decided by the server (organisation, owner,
 * sharing); this table says what a role may do with the surveys it sees. Unit managers and
 * purchasers run their organisation's surveys, researchers their own (and read the results of
 * surveys shared with researchers), admins all. Coaches, clients and employers answer surveys but
 * do not build them. One-time links tied to a client's service period (identified feedback) are
 * made by those who may write the client's periods.
 */
export const SURVEY_ACTIONS = ['build', 'distribute', 'results', 'identifiedLinks'] as const;
export type SurveyAction = (typeof SURVEY_ACTIONS)[number];
const SURVEY_RULES: Record<SurveyAction, Role[]> = {
  build: ['unit_manager', 'purchaser', 'researcher', 'admin'],
  distribute: ['unit_manager', 'purchaser', 'researcher', 'admin'],
  results: ['unit_manager', 'purchaser', 'researcher', 'admin'],
  identifiedLinks: ['unit_manager', 'admin'],
};
export function maySurvey(role: Role, action: SurveyAction): boolean {
  return SURVEY_RULES[action].includes(role);
}
