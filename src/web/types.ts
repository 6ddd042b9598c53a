// Shapes of the API answers as the web app reads them (see docs/api.md). Optional fields are
// read defensively: the UI shows what is there.
import type {
  AttendanceMode,
  BackgroundFactor,
  DeliveryMode,
  Destination,
  FollowUpStatus,
  GoalKind,
  GroupKind,
  Locale,
  Referrer,
  Role,
  ServiceKind,
} from '../domain/codes.ts';

export type IsoDate = string;

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string | null;
  locale: Locale;
  clientId: string | null;
}

export interface Session {
  user: User;
  csrfToken: string;
}

export interface Unit {
  id: string;
  name: string;
  unitType: string;
  organisationId: string;
  organisationName?: string;
}

export interface StaffMember {
  id: string;
  displayName: string;
  unitIds: string[];
}

export interface CaseloadFlags {
  noPlan: boolean;
  staleGoals: boolean;
  followUpsDue: boolean;
  referralsDue: boolean;
}

export interface CaseloadClient {
  id: string;
  firstName: string;
  lastName: string;
  unitName?: string;
  activePeriod: { id: string; serviceKind: ServiceKind; startDate: IsoDate; plannedEndDate: IsoDate | null } | null;
  flags: CaseloadFlags;
}

export type TaskKind = 'followUp' | 'referral' | 'staleGoal' | 'noPlan';

export interface CaseloadTask {
  kind: TaskKind;
  clientId: string;
  clientName: string;
  id: string;
  dueOn: IsoDate | null;
  /** Follow-ups: 3 or 6. */
  months?: number;
  /** Referrals: the service referred to. */
  service?: string;
}

export interface Caseload {
  clients: CaseloadClient[];
  tasks: CaseloadTask[];
}

export interface ClientListItem {
  id: string;
  firstName: string;
  lastName: string;
  birthYear: number;
  personalIdMasked: string;
  homeUnitId: string;
  homeUnitName?: string;
}

export interface BackgroundFactorEntry {
  factor: BackgroundFactor;
  unemploymentMonths?: number | null;
}

export interface ClientRecord {
  id: string;
  firstName: string;
  lastName: string;
  personalIdMasked: string;
  birthYear?: number;
  municipalityCode: string;
  languages: string[];
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  referrer: Referrer;
  homeUnitId: string;
  homeUnitName?: string;
  backgroundFactors: BackgroundFactorEntry[];
  createdAt?: string;
}

export interface Intake {
  workHistory?: string | null;
  studyHistory?: string | null;
  workCapacity?: string | null;
  functionalCapacity?: string | null;
  ownGoals?: string | null;
  financialSituation?: string | null;
  debtSituation?: string | null;
  selfAssessment?: Record<string, number>;
  updatedAt?: string;
}

export interface FollowUp {
  id: string;
  months: number;
  dueOn: IsoDate;
  status: FollowUpStatus | null;
  recordedOn: IsoDate | null;
  note?: string | null;
}

export interface Period {
  id: string;
  unitId: string;
  unitName?: string;
  serviceKind: ServiceKind;
  startDate: IsoDate;
  plannedEndDate: IsoDate | null;
  endDate: IsoDate | null;
  deliveryMode: DeliveryMode;
  daysPerWeek: number;
  hoursPerDay: number | string;
  coachId?: string | null;
  coachName?: string | null;
  destination: Destination | null;
  endNote?: string | null;
  followUps?: FollowUp[];
  /** The contract that pays for the period, if any. */
  contractId?: string | null;
  contractReference?: string | null;
}

export interface Assessment {
  id: string;
  assessedOn: IsoDate;
  score: number;
  note?: string | null;
  assessedByName?: string | null;
}

export interface Goal {
  id: string;
  kind: GoalKind;
  title: string;
  clientWords?: string | null;
  proposedBy: 'client' | 'coach' | 'together';
  towardsOutsideTasks: boolean;
  targetDate?: IsoDate | null;
  status: 'active' | 'achieved' | 'dropped';
  createdAt?: string;
  assessments: Assessment[];
}

export interface Plan {
  goals: Goal[];
  summary: {
    employmentOrEducationGoal: { exists: boolean; since: IsoDate | string | null };
    goalsTowardsOutsideTasks: number;
    goalsSetTogether: number;
    lastAssessedOn: IsoDate | null;
  };
}

export interface DiaryComment {
  id: string;
  body: string;
  authorName?: string | null;
  createdAt: string;
}

export interface DiaryEntry {
  id: string;
  entryDate: IsoDate;
  didWhat: string;
  howItWent?: string | null;
  mood?: number | null;
  sharedWithCoach: boolean;
  createdAt?: string;
  comments?: DiaryComment[];
}

export interface AttendanceRecord {
  id: string;
  date: IsoDate;
  hours: number | string;
  mode: AttendanceMode;
  periodId: string | null;
  groupId: string | null;
  groupName?: string | null;
  holiday?: boolean | string | null;
}

export interface Holiday {
  date: IsoDate;
  key: string;
}

export interface TimetableSlot {
  id?: string;
  weekday: number;
  startTime: string;
  endTime: string;
  place?: string | null;
}

export interface GroupParticipant {
  clientId: string;
  firstName?: string;
  lastName?: string;
  name?: string;
  joinedOn: IsoDate;
  leftOn?: IsoDate | null;
}

export interface Group {
  id: string;
  unitId: string;
  unitName?: string;
  name: string;
  kind: GroupKind;
  description?: string | null;
  deliveryMode: DeliveryMode;
  remoteLink?: string | null;
  startDate: IsoDate;
  endDate?: IsoDate | null;
  coachId?: string | null;
  coachName?: string | null;
  timetable: TimetableSlot[];
  participants?: GroupParticipant[];
  participantCount?: number;
}

export interface Employer {
  id: string;
  name: string;
  businessId: string | null;
  /** Open needs and contacts of the caller's units, and the latest contact date. */
  openNeeds?: number | string;
  contacts?: number | string;
  lastContactOn?: IsoDate | null;
}

export interface EmployerNeed {
  id: string;
  unitId: string;
  unitName?: string;
  description: string;
  positions?: number | null;
  open?: boolean;
  createdAt?: string;
}

export interface EmployerContact {
  id: string;
  unitId: string;
  unitName?: string;
  contactDate: IsoDate;
  contactPerson?: string | null;
  channel: string;
  notes?: string | null;
}

export interface Placement {
  id: string;
  employerId: string;
  employerName?: string;
  clientId?: string;
  clientName?: string;
  firstName?: string;
  lastName?: string;
  periodId?: string | null;
  startDate: IsoDate;
  endDate?: IsoDate | null;
  tasks?: string | null;
}

export interface EmployerDetail extends Omit<Employer, 'contacts'> {
  needs: EmployerNeed[];
  contacts: EmployerContact[];
  placements: Placement[];
}

export interface DeviceLoan {
  id: string;
  deviceKind: string;
  identifier?: string | null;
  lentOn: IsoDate;
  dueOn?: IsoDate | null;
  returnedOn?: IsoDate | null;
}

export interface Referral {
  id: string;
  service: string;
  organisationName?: string | null;
  referredOn: IsoDate;
  followUpOn: IsoDate;
  resolvedOn?: IsoDate | null;
  outcome?: string | null;
}

export interface AccessLogRow {
  id?: string | number;
  at: string;
  actorName: string;
  actorRole: Role | string;
  action: string;
  resource: string;
  ground: string;
}
