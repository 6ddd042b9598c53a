// Compensation terms of a contract and the simulator's scenario file, as zod schemas.
// One JSON shape for both (issue 3): contracts store the terms, the simulator reads them from a file,
// and `computeMonth` in ./invoice.ts applies them. Amounts are integer euro cents.
//
// Decisions (see docs/compensation.md):
// - Objects are strict: an unknown key is an error, because a misspelt optional key ("minHour")
//   would otherwise silently change what is paid.
// - Keys of `outcomeBonusCents`, `durability.statuses` and `riskWeights.factors` must be codes of
//   the pathway (src/domain/codes.ts). A client's own factors may be anything: factors that are not
//   in the weight table (unknown codes included) are ignored when the weight is computed.
// - Risk weights are decimals with at most 6 decimal places, so that weights are summed exactly in
//   millionths and the weighted bonus is rounded half up on integers.
import { z } from 'zod';
import { isIsoDate, type IsoDate } from '../calendar/dates.ts';
import {
  ATTENDANCE_MODES,
  BACKGROUND_FACTORS,
  DESTINATIONS,
  FOLLOW_UP_STATUSES,
  type AttendanceMode,
  type BackgroundFactor,
  type Destination,
  type FollowUpStatus,
} from '../codes.ts';

/** The largest single amount in terms: 10 million euros, in cents. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;
/** Weights are handled in millionths: 1.75 is 1 750 000. */
export const WEIGHT_SCALE = 1_000_000;
export const MAX_FACTOR_WEIGHT = 10;
export const MAX_WEIGHT = 100;

export const TERM_DEFAULTS = { minHours: 3, minDaysForOutcome: 30, bonusWindowDays: 365 } as const;

const has = (list: readonly string[]) => {
  const set = new Set(list);
  return (value: string) => set.has(value);
};
const isDestination = has(DESTINATIONS) as (v: string) => v is Destination;
const isFactor = has(BACKGROUND_FACTORS) as (v: string) => v is BackgroundFactor;

/** True when `value` has at most six decimal places (so value × 1 000 000 is an integer). */
export function hasAtMostSixDecimals(value: number): boolean {
  const scaled = value * WEIGHT_SCALE;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

const ZCents = z
  .int({ error: 'must be a whole number of cents' })
  .min(0, { error: 'must be 0 or more cents' })
  .max(MAX_AMOUNT_CENTS, { error: `must be at most ${MAX_AMOUNT_CENTS} cents` });
const ZDays = z.int({ error: 'must be a whole number of days' }).min(0, { error: 'must be 0 or more days' }).max(36_600, { error: 'must be at most 36600 days' });
export const ZIsoDate = z.string({ error: 'must be a date string YYYY-MM-DD' }).refine(isIsoDate, { error: 'must be a calendar date YYYY-MM-DD' });
const ZWeight = (max: number) =>
  z
    .number({ error: 'must be a number' })
    .min(0, { error: 'must be 0 or more' })
    .max(max, { error: `must be at most ${max}` })
    .refine(hasAtMostSixDecimals, { error: 'must have at most 6 decimal places' });

const ZOutcomeBonusCents = z.record(z.string(), ZCents).check((ctx) => {
  for (const key of Object.keys(ctx.value)) {
    if (!isDestination(key)) {
      ctx.issues.push({ code: 'custom', input: key, path: [key], message: `"${key}" is not a destination code (${DESTINATIONS.join(', ')})` });
    }
  }
});

const ZDurability = z.strictObject({
  days: ZDays,
  bonusCents: ZCents,
  statuses: z.array(z.enum(FOLLOW_UP_STATUSES, { error: `must be a follow-up status (${FOLLOW_UP_STATUSES.join(', ')})` })).min(1, { error: 'must name at least one status' }),
});

const ZRiskWeights = z.strictObject({
  factors: z.record(z.string(), ZWeight(MAX_FACTOR_WEIGHT)).check((ctx) => {
    for (const key of Object.keys(ctx.value)) {
      if (!isFactor(key)) {
        ctx.issues.push({ code: 'custom', input: key, path: [key], message: `"${key}" is not a background factor code (${BACKGROUND_FACTORS.join(', ')})` });
      }
    }
  }),
  max: ZWeight(MAX_WEIGHT).refine((v) => v >= 1, { error: 'must be at least 1 (a weight never lowers a bonus)' }),
});

/** The fields of the terms; shared by ZCompensationTerms and the scenario's contract. */
const termsShape = {
  basis: z.enum(['day', 'month'], { error: 'must be "day" or "month"' }),
  dayPriceCents: ZCents.optional(),
  remoteDayPriceCents: ZCents.optional(),
  monthPriceCents: ZCents.optional(),
  minHours: z.number({ error: 'must be a number of hours' }).min(0, { error: 'must be 0 or more' }).max(24, { error: 'must be at most 24' }).default(TERM_DEFAULTS.minHours),
  outcomeBonusCents: ZOutcomeBonusCents.default({}),
  minDaysForOutcome: ZDays.default(TERM_DEFAULTS.minDaysForOutcome),
  bonusWindowDays: ZDays.default(TERM_DEFAULTS.bonusWindowDays),
  durability: ZDurability.optional(),
  riskWeights: ZRiskWeights.optional(),
};

type TermsFields = {
  basis: 'day' | 'month';
  dayPriceCents?: number;
  remoteDayPriceCents?: number;
  monthPriceCents?: number;
};

function checkBasis(ctx: { value: TermsFields; issues: z.core.$ZodRawIssue[] }) {
  const terms = ctx.value;
  if (terms.basis === 'day' && terms.dayPriceCents === undefined) {
    ctx.issues.push({ code: 'custom', input: terms, path: ['dayPriceCents'], message: 'is required when basis is "day"' });
  }
  if (terms.basis === 'month' && terms.monthPriceCents === undefined) {
    ctx.issues.push({ code: 'custom', input: terms, path: ['monthPriceCents'], message: 'is required when basis is "month"' });
  }
}

function withRemoteDefault<T extends TermsFields>(terms: T): T {
  return terms.remoteDayPriceCents === undefined && terms.dayPriceCents !== undefined ? { ...terms, remoteDayPriceCents: terms.dayPriceCents } : terms;
}

/** Compensation terms of a contract, with the documented defaults applied. */
export const ZCompensationTerms = z.strictObject(termsShape).check(checkBasis).transform(withRemoteDefault);

export interface DurabilityTerms {
  days: number;
  bonusCents: number;
  statuses: FollowUpStatus[];
}
export interface RiskWeightTerms {
  factors: Partial<Record<BackgroundFactor, number>>;
  max: number;
}
/** Terms after validation: defaults applied, `remoteDayPriceCents` set whenever `dayPriceCents` is. */
export interface CompensationTerms {
  basis: 'day' | 'month';
  dayPriceCents?: number;
  remoteDayPriceCents?: number;
  monthPriceCents?: number;
  minHours: number;
  outcomeBonusCents: Partial<Record<Destination, number>>;
  minDaysForOutcome: number;
  bonusWindowDays: number;
  durability?: DurabilityTerms;
  riskWeights?: RiskWeightTerms;
}
/** What a contract form or a scenario file may contain (defaults not yet applied). */
export type CompensationTermsInput = z.input<typeof ZCompensationTerms>;

export interface Contract extends CompensationTerms {
  id: string;
  start: IsoDate;
  /** null: open-ended contract. */
  end: IsoDate | null;
}
export interface ClientRecord {
  id: string;
  factors: string[];
}
export interface PeriodRecord {
  id: string;
  client: string;
  start: IsoDate;
  /** null: the period is still open. */
  end: IsoDate | null;
  destination: Destination | null;
}
export interface AttendanceRecord {
  client: string;
  date: IsoDate;
  hours: number;
  mode: AttendanceMode;
}
export interface FollowUpRecord {
  client: string;
  period: string;
  date: IsoDate;
  status: FollowUpStatus;
}
/** Everything `computeMonth` needs: one contract and the records under it. */
export interface CompensationInput {
  contract: Contract;
  clients: ClientRecord[];
  periods: PeriodRecord[];
  attendance: AttendanceRecord[];
  followUps: FollowUpRecord[];
}
export type Scenario = CompensationInput;

const ZId = z.string({ error: 'must be a string id' }).min(1, { error: 'must not be empty' }).max(200, { error: 'must be at most 200 characters' });

const ZContract = z
  .strictObject({ id: ZId, start: ZIsoDate, end: ZIsoDate.nullable().default(null), ...termsShape })
  .check((ctx) => {
    checkBasis(ctx);
    if (ctx.value.end !== null && ctx.value.end < ctx.value.start) {
      ctx.issues.push({ code: 'custom', input: ctx.value.end, path: ['end'], message: `must not be before start (${ctx.value.start})` });
    }
  })
  .transform(withRemoteDefault);

const ZClient = z.strictObject({ id: ZId, factors: z.array(z.string({ error: 'must be a string' })).default([]) });
const ZPeriod = z.strictObject({
  id: ZId,
  client: ZId,
  start: ZIsoDate,
  end: ZIsoDate.nullable().default(null),
  destination: z.enum(DESTINATIONS, { error: `must be a destination code (${DESTINATIONS.join(', ')}) or null` }).nullable().default(null),
});
const ZAttendance = z.strictObject({
  client: ZId,
  date: ZIsoDate,
  hours: z.number({ error: 'must be a number of hours' }).min(0, { error: 'must be 0 or more' }).max(24, { error: 'must be at most 24' }),
  mode: z.enum(ATTENDANCE_MODES, { error: 'must be "onsite" or "remote"' }),
});
const ZFollowUp = z.strictObject({
  client: ZId,
  period: ZId,
  date: ZIsoDate,
  status: z.enum(FOLLOW_UP_STATUSES, { error: `must be a follow-up status (${FOLLOW_UP_STATUSES.join(', ')})` }),
});

/** The simulator's file: one contract with its terms, and the records under it. */
export const ZScenario = z
  .strictObject({
    contract: ZContract,
    clients: z.array(ZClient),
    periods: z.array(ZPeriod),
    attendance: z.array(ZAttendance),
    followUps: z.array(ZFollowUp).default([]),
  })
  .check((ctx) => {
    const { clients, periods, attendance, followUps } = ctx.value;
    const issue = (path: (string | number)[], message: string) => ctx.issues.push({ code: 'custom', input: undefined, path, message });
    const clientIds = new Set<string>();
    clients.forEach((c, i) => {
      if (clientIds.has(c.id)) issue(['clients', i, 'id'], `duplicate client id "${c.id}"`);
      clientIds.add(c.id);
    });
    const periodClient = new Map<string, string>();
    periods.forEach((p, i) => {
      if (periodClient.has(p.id)) issue(['periods', i, 'id'], `duplicate period id "${p.id}"`);
      else periodClient.set(p.id, p.client);
      if (!clientIds.has(p.client)) issue(['periods', i, 'client'], `unknown client "${p.client}"`);
      if (p.end !== null && p.end < p.start) issue(['periods', i, 'end'], `must not be before start (${p.start})`);
    });
    for (let i = 0; i < attendance.length; i++) {
      if (!clientIds.has(attendance[i].client)) issue(['attendance', i, 'client'], `unknown client "${attendance[i].client}"`);
    }
    followUps.forEach((f, i) => {
      const owner = periodClient.get(f.period);
      if (owner === undefined) issue(['followUps', i, 'period'], `unknown period "${f.period}"`);
      else if (owner !== f.client) issue(['followUps', i, 'client'], `period "${f.period}" belongs to client "${owner}", not "${f.client}"`);
    });
  });

// ---------------------------------------------------------------------------------------------
// Reporting validation errors as "JSON path: reason" lines.

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `attendance[3].date`, `contract.outcomeBonusCents.open_employment`; `$` for the whole document. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += IDENTIFIER.test(name) ? (out === '' ? name : `.${name}`) : `[${JSON.stringify(name)}]`;
    }
  }
  return out === '' ? '$' : out;
}

/** One "path: reason" line per problem, in document order of discovery. */
export function formatIssues(error: z.ZodError): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) lines.push(`${formatJsonPath([...issue.path, key])}: unknown key`);
    } else if (issue.code !== 'custom' && 'input' in issue && issue.input === undefined) {
      lines.push(`${formatJsonPath(issue.path)}: is required`);
    } else {
      lines.push(`${formatJsonPath(issue.path)}: ${issue.message}`);
    }
  }
  return lines;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  // reportInput: a missing key is told apart from a wrong value ("is required").
  const result = schema.safeParse(data, { reportInput: true });
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: formatIssues(result.error) };
}

/** Validates contract terms (as when a contract is saved); errors are "path: reason" lines. */
export function parseTerms(data: unknown): Parsed<CompensationTerms> {
  return parseWith(ZCompensationTerms as z.ZodType<CompensationTerms>, data);
}

const isAttendanceMode = has(ATTENDANCE_MODES);

/**
 * The rules of ZAttendance, plus the client reference of the scenario check, written out by hand
 * for the fast path of `parseScenario`: a year of a thousand clients is 250,000 rows, and zod takes
 * several hundred milliseconds over them. Only says whether every row is valid; an invalid row
 * sends the whole file through zod for the messages.
 */
function attendanceRowsValid(rows: readonly unknown[], clientIds: ReadonlySet<string>): boolean {
  const dates = new Map<string, boolean>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
    const r = row as Record<string, unknown>;
    let keys = 0;
    for (const key in r) {
      if (key !== 'client' && key !== 'date' && key !== 'hours' && key !== 'mode') return false;
      keys++;
    }
    if (keys !== 4 || Object.getPrototypeOf(r) !== Object.prototype) return false;
    const client = r.client;
    const hours = r.hours;
    const mode = r.mode;
    const date = r.date;
    if (typeof client !== 'string' || !clientIds.has(client)) return false;
    if (typeof hours !== 'number' || !(hours >= 0 && hours <= 24)) return false;
    if (typeof mode !== 'string' || !isAttendanceMode(mode)) return false;
    if (typeof date !== 'string') return false;
    let known = dates.get(date);
    if (known === undefined) dates.set(date, (known = isIsoDate(date)));
    if (!known) return false;
  }
  return true;
}

/** Validates a simulator scenario; errors are "path: reason" lines. */
export function parseScenario(data: unknown): Parsed<Scenario> {
  const schema = ZScenario as unknown as z.ZodType<Scenario>;
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Array.isArray((data as { attendance?: unknown }).attendance)) {
    // Fast path: everything but the attendance rows through zod, then the rows by hand. Any
    // problem: the whole file through zod, so that every message is reported, in order.
    const rows = (data as { attendance: unknown[] }).attendance;
    const rest = parseWith(schema, { ...data, attendance: [] });
    // Client ids of the schema are 1–200 characters, so a valid reference is too.
    if (rest.ok && attendanceRowsValid(rows, new Set(rest.value.clients.map((c) => c.id)))) {
      // The rows have exactly the four keys of the schema, so they are used as they are (not copied).
      return { ok: true, value: { ...rest.value, attendance: rows.slice() as AttendanceRecord[] } };
    }
  }
  return parseWith(schema, data);
}
