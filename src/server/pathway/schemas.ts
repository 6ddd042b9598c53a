// Request schemas of the pathway API (Z… schemas, T… inferred types). Refinements carry the i18n
// key of their message, so a client sees "invalid personal identity code" in its own language.
import { z } from 'zod';
import * as codes from '../../domain/codes.ts';
import { isIsoDate } from '../../domain/calendar/dates.ts';
import { isValidPersonalId } from '../../domain/identity/personal-id.ts';
import { isValidBusinessId } from '../../domain/identity/business-id.ts';

export const ZId = z.uuid();
export const ZIdParams = z.object({ id: ZId });

export const ZDate = z.string().refine(isIsoDate, { message: 'errors.invalidDate' });
/** Optional free text: an empty field means "nothing", stored as null. */
export const ZText = (max = 4000) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(max).nullable()).optional();
const ZName = z.string().trim().min(1).max(200);
const ZMunicipalityCode = z.string().regex(/^\d{3}$/, { message: 'errors.invalidMunicipalityCode' });

export const ZBackgroundFactor = z
  .object({
    factor: z.enum(codes.BACKGROUND_FACTORS),
    unemploymentMonths: z.number().int().min(0).max(600).nullable().optional(),
  })
  .refine((f) => f.factor === 'long_term_unemployed' || f.unemploymentMonths == null, {
    message: 'errors.unemploymentMonthsOnlyForLongTerm',
    path: ['unemploymentMonths'],
  });

const ZClientFields = z.object({
  firstName: ZName,
  lastName: ZName,
  personalId: z.string().trim().toUpperCase().refine(isValidPersonalId, { message: 'errors.invalidPersonalId' }),
  municipalityCode: ZMunicipalityCode,
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { message: 'errors.invalidLanguage' })).max(10).default([]),
  phone: ZText(40),
  email: z.preprocess((v) => (v === '' ? null : v), z.email({ message: 'errors.invalidEmail' }).nullable()).optional(),
  address: ZText(300),
  referrer: z.enum(codes.REFERRERS),
  homeUnitId: ZId,
  backgroundFactors: z
    .array(ZBackgroundFactor)
    .max(codes.BACKGROUND_FACTORS.length)
    .refine((list) => new Set(list.map((f) => f.factor)).size === list.length, { message: 'errors.duplicateFactor' })
    .default([]),
});
export const ZClientCreate = ZClientFields;
export const ZClientUpdate = ZClientFields.partial();
export type TClientCreate = z.infer<typeof ZClientCreate>;
export type TClientUpdate = z.infer<typeof ZClientUpdate>;

/** A search names someone or a unit: every client listed is a logged read, so no open-ended lists. */
export const ZClientQuery = z
  .object({ q: z.string().trim().min(2).max(100).optional(), unitId: ZId.optional() })
  .refine((query) => query.q !== undefined || query.unitId !== undefined, { message: 'errors.searchTermRequired', path: ['q'] });

const ZSelfAssessmentScore = z.number().int().min(1).max(5);
export const ZIntake = z.object({
  workHistory: ZText(),
  studyHistory: ZText(),
  workCapacity: ZText(),
  functionalCapacity: ZText(),
  ownGoals: ZText(),
  financialSituation: ZText(),
  debtSituation: ZText(),
  /** Every question may be skipped: leave it out or send null. */
  selfAssessment: z.partialRecord(z.enum(codes.SELF_ASSESSMENT_DOMAINS), ZSelfAssessmentScore.nullable()).default({}),
});
export type TIntake = z.infer<typeof ZIntake>;

const ZPeriodSchedule = {
  deliveryMode: z.enum(codes.DELIVERY_MODES),
  daysPerWeek: z.number().int().min(1).max(7),
  hoursPerDay: z.number().positive().max(24),
  coachId: ZId.nullable().optional(),
  plannedEndDate: ZDate.nullable().optional(),
};
export const ZPeriodCreate = z.object({
  unitId: ZId,
  serviceKind: z.enum(codes.SERVICE_KINDS),
  startDate: ZDate,
  /** The contract that pays for the period: the unit's provider's, in force on the start date, covering the kind. */
  contractId: ZId.nullable().optional(),
  ...ZPeriodSchedule,
});
export const ZPeriodUpdate = z.object(ZPeriodSchedule).partial();
export const ZPeriodEnd = z.object({ endDate: ZDate, destination: z.enum(codes.DESTINATIONS), note: ZText(2000) });
export const ZFollowUpRecord = z.object({ status: z.enum(codes.FOLLOW_UP_STATUSES), recordedOn: ZDate, note: ZText(2000) });
export type TPeriodCreate = z.infer<typeof ZPeriodCreate>;

const ZGoalFields = {
  title: z.string().trim().min(1).max(300),
  clientWords: ZText(2000),
  towardsOutsideTasks: z.boolean().default(false),
  targetDate: ZDate.nullable().optional(),
};
export const ZGoalCreate = z.object({
  kind: z.enum(codes.GOAL_KINDS),
  proposedBy: z.enum(codes.GOAL_PROPOSERS),
  ...ZGoalFields,
});
export const ZGoalUpdate = z
  .object({ ...ZGoalFields, towardsOutsideTasks: z.boolean(), status: z.enum(codes.GOAL_STATUSES) })
  .partial();
export const ZAssessmentCreate = z.object({
  assessedOn: ZDate,
  score: z.number().int().min(codes.ASSESSMENT_SCALE.min).max(codes.ASSESSMENT_SCALE.max),
  note: ZText(2000),
});

export const ZDiaryCreate = z.object({
  entryDate: ZDate,
  didWhat: z.string().trim().min(1).max(4000),
  howItWent: ZText(4000),
  mood: z.number().int().min(1).max(5).nullable().optional(),
  sharedWithCoach: z.boolean().default(true),
});
export const ZDiaryUpdate = ZDiaryCreate.partial();
export const ZCommentCreate = z.object({ body: z.string().trim().min(1).max(2000) });

export const ZAttendanceCreate = z.object({
  periodId: ZId,
  date: ZDate,
  hours: z.number().positive().max(24),
  mode: z.enum(codes.ATTENDANCE_MODES),
  /** A public holiday needs an explicit confirmation. */
  allowHoliday: z.boolean().default(false),
});
export const ZDateRange = z.object({ from: ZDate.optional(), to: ZDate.optional() });

export const ZPlacementCreate = z.object({
  employerId: ZId,
  periodId: ZId.nullable().optional(),
  startDate: ZDate,
  endDate: ZDate.nullable().optional(),
  tasks: ZText(2000),
});
export const ZDeviceCreate = z.object({
  deviceKind: z.enum(codes.DEVICE_KINDS),
  identifier: ZText(100),
  lentOn: ZDate,
  dueOn: ZDate.nullable().optional(),
});
export const ZDeviceReturn = z.object({ returnedOn: ZDate });
export const ZReferralCreate = z.object({
  service: z.string().trim().min(1).max(300),
  organisationName: ZText(300),
  referredOn: ZDate,
  followUpOn: ZDate,
});
export const ZReferralResolve = z.object({ resolvedOn: ZDate, outcome: ZText(2000) });

const ZTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'errors.invalidTime' });
export const ZTimetableSlot = z
  .object({ weekday: z.number().int().min(1).max(7), startTime: ZTime, endTime: ZTime, place: ZText(200) })
  .refine((s) => s.endTime > s.startTime, { message: 'errors.timeOrder', path: ['endTime'] });
const ZGroupFields = {
  unitId: ZId,
  name: z.string().trim().min(1).max(200),
  kind: z.enum(codes.GROUP_KINDS),
  description: ZText(4000),
  deliveryMode: z.enum(codes.DELIVERY_MODES),
  remoteLink: z.preprocess((v) => (v === '' ? null : v), z.url({ protocol: /^https?$/, message: 'errors.invalidUrl' }).nullable()).optional(),
  startDate: ZDate,
  endDate: ZDate.nullable().optional(),
  coachId: ZId.nullable().optional(),
  timetable: z.array(ZTimetableSlot).max(14).default([]),
};
export const ZGroupCreate = z.object(ZGroupFields);
export const ZGroupUpdate = z.object(ZGroupFields).omit({ unitId: true }).partial();
export const ZParticipantAdd = z.object({ clientId: ZId, joinedOn: ZDate });
export const ZGroupAttendance = z.object({
  date: ZDate,
  allowHoliday: z.boolean().default(false),
  entries: z
    .array(z.object({ clientId: ZId, hours: z.number().min(0).max(24), mode: z.enum(codes.ATTENDANCE_MODES) }))
    .min(1)
    .max(200),
});

export const ZEmployerCreate = z.object({
  name: z.string().trim().min(1).max(200),
  businessId: z.string().trim().refine(isValidBusinessId, { message: 'errors.invalidBusinessId' }),
});
export const ZEmployerNeed = z.object({
  unitId: ZId,
  description: z.string().trim().min(1).max(4000),
  positions: z.number().int().min(1).max(1000).nullable().optional(),
});
export const ZEmployerContact = z.object({
  unitId: ZId,
  contactDate: ZDate,
  contactPerson: ZText(200),
  channel: z.enum(codes.CONTACT_CHANNELS),
  notes: ZText(4000),
});
