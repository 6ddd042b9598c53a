// Builds the whole demo world in memory, row by row, from a seed and a reference date. Nothing
// here touches the database, the clock or Math.random: the same (seed, today) always gives the
// same rows. generate.ts inserts them.

import type { Insertable } from 'kysely';
import type { DB } from '../db/schema.ts';
import {
  BACKGROUND_FACTORS,
  CONTACT_CHANNELS,
  DESTINATIONS,
  SELF_ASSESSMENT_DOMAINS,
  type BackgroundFactor,
  type DeliveryMode,
  type Destination,
  type FollowUpStatus,
  type GoalKind,
  type Referrer,
  type Role,
  type ServiceKind,
  type UnitType,
} from '../domain/codes.ts';
import { addDays, addMonths, daysBetween, eachDate, isoWeekday, type IsoDate } from '../domain/calendar/dates.ts';
import { isFinnishHoliday } from '../domain/calendar/holidays.ts';
import { makeBusinessId } from '../domain/identity/business-id.ts';
import { makePersonalId } from '../domain/identity/personal-id.ts';
import {
  DEMO_UNIT_NAME,
  DESTINATION_SHARES,
  EMPLOYERS,
  MAPPING_UNIT_NAMES,
  MUNICIPALITY,
  NEIGHBOURS,
  PROVIDERS,
  SERVICE_MIX,
  SERVICE_SHAPES,
  YOUTH_UNIT_NAME,
  type UnitDef,
} from './catalogue.ts';
import {
  FINNISH_NAMES,
  IMMIGRANT_LANGUAGES,
  IMMIGRANT_NAMES,
  NEIGHBOUR_STREETS,
  STREETS,
  SWEDISH_NAMES,
  emailPart,
  type NamePool,
  type Sex,
} from './names.ts';
import { Random } from './random.ts';
import * as T from './texts.ts';

export type Row<K extends keyof DB> = Insertable<DB[K]>;

/** Rows of every table, in an order that satisfies the foreign keys. */
export interface DemoRows {
  organisation: Row<'organisation'>[];
  unit: Row<'unit'>[];
  appUser: Row<'appUser'>[];
  unitStaff: Row<'unitStaff'>[];
  client: Row<'client'>[];
  clientBackgroundFactor: Row<'clientBackgroundFactor'>[];
  intake: Row<'intake'>[];
  servicePeriod: Row<'servicePeriod'>[];
  followUp: Row<'followUp'>[];
  goal: Row<'goal'>[];
  goalAssessment: Row<'goalAssessment'>[];
  diaryEntry: Row<'diaryEntry'>[];
  diaryComment: Row<'diaryComment'>[];
  groupActivity: Row<'groupActivity'>[];
  groupTimetableSlot: Row<'groupTimetableSlot'>[];
  groupParticipant: Row<'groupParticipant'>[];
  attendance: Row<'attendance'>[];
  employerNeed: Row<'employerNeed'>[];
  employerContact: Row<'employerContact'>[];
  placement: Row<'placement'>[];
  deviceLoan: Row<'deviceLoan'>[];
  referral: Row<'referral'>[];
}

export const DEMO_EMAIL_DOMAIN = 'demo.polku.fi';

export const DEMO_EMAILS: Record<Role, string> = {
  client: `client@${DEMO_EMAIL_DOMAIN}`,
  coach: `coach@${DEMO_EMAIL_DOMAIN}`,
  unit_manager: `unit_manager@${DEMO_EMAIL_DOMAIN}`,
  purchaser: `purchaser@${DEMO_EMAIL_DOMAIN}`,
  employer: `employer@${DEMO_EMAIL_DOMAIN}`,
  researcher: `researcher@${DEMO_EMAIL_DOMAIN}`,
  admin: `admin@${DEMO_EMAIL_DOMAIN}`,
};

export interface BuildOptions {
  clients: number;
  seed: number;
  today: IsoDate;
  /** Stored for every demo user; may be filled in after build() with setPasswordHash(). */
  passwordHash: string;
}

/** Clients in an active period per coach, as in the barometer. */
const CLIENTS_PER_COACH = 9;
/** How many of the clients form the demo coach's caseload (all active, in the demo unit). */
const DEMO_CASELOAD = 11;
const ACTIVE_SHARE = 0.37;
const PRESENCE_ABSENT_AFTER_PRESENT = 0.088;
const PRESENCE_ABSENT_AFTER_ABSENT = 0.5;

/** An instant on a date, in UTC so that it never depends on the machine's time zone. */
function at(date: IsoDate, hour: number, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`;
}

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const maxDate = (a: IsoDate, b: IsoDate) => (a > b ? a : b);

interface UnitRec {
  id: string;
  idx: number;
  def: UnitDef;
  providerId: string;
  coaches: string[];
}

interface UserRec {
  id: string;
  first: string;
  last: string;
}

interface ClientRec {
  idx: number;
  id: string;
  first: string;
  last: string;
  sex: Sex;
  birthDate: IsoDate;
  adultOn: IsoDate;
  age: number;
  personalId: string;
  municipality: string;
  languages: string[];
  immigrant: boolean;
  referrer: Referrer;
  home: UnitRec;
  factors: BackgroundFactor[];
  periods: PeriodRec[];
  active: boolean;
  goals: GoalPlan[];
  /** Flags for the hand-picked situations of the demo coach's caseload. */
  demo: { caseload: boolean; noPlan: boolean; staleGoals: boolean; dueReferral: boolean; isDemoClient: boolean };
}

interface PeriodRec {
  id: string;
  client: ClientRec;
  unit: UnitRec;
  kind: ServiceKind;
  start: IsoDate;
  plannedEnd: IsoDate;
  end: IsoDate | null;
  mode: DeliveryMode;
  daysPerWeek: number;
  hoursPerDay: number;
  weekdays: number[];
  coachId: string | null;
  destination: Destination | null;
  /** Ended and followed soon by the client's next period: the destination follows from it. */
  forcedDestination: Destination | null;
  /** The demo coach has an overdue follow-up of this period to record. */
  followUpDue: boolean;
}

interface GoalPlan {
  id: string;
  kind: GoalKind;
  fromStart: boolean;
  proposedBy: 'client' | 'coach' | 'together';
  outside: boolean;
}

interface GroupRec {
  id: string;
  unit: UnitRec;
  start: IsoDate;
  end: IsoDate;
  weekdays: number[];
  hours: number;
  mode: DeliveryMode;
  coachId: string;
}

export class DemoBuilder {
  readonly rows: DemoRows = {
    organisation: [], unit: [], appUser: [], unitStaff: [], client: [], clientBackgroundFactor: [], intake: [],
    servicePeriod: [], followUp: [], goal: [], goalAssessment: [], diaryEntry: [], diaryComment: [],
    groupActivity: [], groupTimetableSlot: [], groupParticipant: [], attendance: [], employerNeed: [],
    employerContact: [], placement: [], deviceLoan: [], referral: [],
  };
  readonly demoLogins: Array<{ role: Role; email: string }> = [];

  readonly #o: BuildOptions;
  readonly #today: IsoDate;
  readonly #yesterday: IsoDate;
  readonly #windowStart: IsoDate;
  /** Every date of the 24-month window, with its weekday and whether it is a holiday. */
  readonly #days: IsoDate[];
  readonly #weekday: Uint8Array;
  readonly #holiday: Uint8Array;
  /** When each day's attendance was recorded: the afternoon of the day. */
  readonly #stamps: string[];
  /** Days on which a client attended a group instead of the period's own activity. */
  readonly #groupDays = new Set<number>();

  #municipalityId = '';
  #units: UnitRec[] = [];
  #providerIds: string[] = [];
  #employerIds: string[] = [];
  #employerUsers: string[] = [];
  #clients: ClientRec[] = [];
  #periods: PeriodRec[] = [];
  #demoUnit!: UnitRec;
  #demoCoachId = '';
  #emailCounter = 0;
  #businessIds = new Set<string>();

  constructor(options: BuildOptions) {
    this.#o = options;
    this.#today = options.today;
    this.#yesterday = addDays(options.today, -1);
    this.#windowStart = addMonths(options.today, -24);
    this.#days = eachDate(this.#windowStart, options.today);
    this.#weekday = new Uint8Array(this.#days.length);
    this.#holiday = new Uint8Array(this.#days.length);
    this.#stamps = this.#days.map((d) => at(d, 15, 0));
    this.#days.forEach((d, i) => {
      this.#weekday[i] = isoWeekday(d);
      this.#holiday[i] = isFinnishHoliday(d) ? 1 : 0;
    });
  }

  #rng(label: string): Random {
    return new Random(this.#o.seed, label);
  }

  /** Index of a date in the window, clamped to it. */
  #dayIndex(date: IsoDate): number {
    const i = daysBetween(this.#windowStart, date);
    return Math.max(0, Math.min(this.#days.length - 1, i));
  }

  /** Whether work can happen on the window's day `i` (a weekday that is not a holiday). */
  #workday(i: number): boolean {
    return this.#weekday[i] <= 5 && this.#holiday[i] === 0;
  }

  // ---------------------------------------------------------------------------------------------
  // Organisations, units and staff

  #businessId(rng: Random): string {
    for (;;) {
      const id = makeBusinessId(rng.int(1_000_000, 3_399_999));
      if (id && !this.#businessIds.has(id)) {
        this.#businessIds.add(id);
        return id;
      }
    }
  }

  buildOrganisations(): void {
    const rng = this.#rng('organisations');
    const created = at(addDays(this.#windowStart, -400), 8);
    this.#municipalityId = rng.uuid();
    this.rows.organisation.push({
      id: this.#municipalityId, kind: 'municipality', name: MUNICIPALITY.name, municipalityCode: MUNICIPALITY.code,
      businessId: null, sector: null, createdAt: created,
    });
    for (const provider of PROVIDERS) {
      const providerId = rng.uuid();
      this.#providerIds.push(providerId);
      this.rows.organisation.push({
        id: providerId, kind: 'provider', name: provider.name, municipalityCode: null,
        businessId: this.#businessId(rng), sector: provider.sector, createdAt: created,
      });
      for (const def of provider.units) {
        const unit: UnitRec = { id: rng.uuid(), idx: this.#units.length, def, providerId, coaches: [] };
        this.#units.push(unit);
        this.rows.unit.push({
          id: unit.id, organisationId: providerId, name: def.name, unitType: def.type,
          municipalityCode: def.municipality, address: def.address, createdAt: created,
        });
      }
    }
    for (const name of EMPLOYERS) {
      const id = rng.uuid();
      this.#employerIds.push(id);
      this.rows.organisation.push({
        id, kind: 'employer', name, municipalityCode: null, businessId: this.#businessId(rng), sector: null,
        createdAt: at(addDays(this.#windowStart, rng.int(-200, 200)), 9),
      });
    }
    this.#demoUnit = this.#units.find((u) => u.def.name === DEMO_UNIT_NAME)!;
  }

  #userEmail(first: string, last: string): string {
    this.#emailCounter += 1;
    return `${emailPart(first)}.${emailPart(last)}.${this.#emailCounter}@${DEMO_EMAIL_DOMAIN}`;
  }

  #addUser(rng: Random, role: Role, organisationId: string | null, demo: boolean, name?: { first: string; last: string }): UserRec {
    const sex: Sex = rng.chance(0.72) && role === 'coach' ? 'female' : rng.chance(0.5) ? 'female' : 'male';
    const first = name?.first ?? rng.pick(FINNISH_NAMES[sex]);
    const last = name?.last ?? rng.pick(FINNISH_NAMES.last);
    const id = rng.uuid();
    const email = demo ? DEMO_EMAILS[role] : this.#userEmail(first, last);
    if (demo) this.demoLogins.push({ role, email });
    this.rows.appUser.push({
      id, email, displayName: `${first} ${last}`, passwordHash: this.#o.passwordHash, role, organisationId,
      locale: 'fi', active: true, createdAt: at(addDays(this.#windowStart, -rng.int(30, 365)), 8, rng.int(0, 59)),
    });
    return { id, first, last };
  }

  /** Everyone but the coaches and the client, who come once the caseloads are known. */
  buildStaff(): void {
    const rng = this.#rng('staff');
    this.#addUser(rng, 'admin', null, true);
    this.#addUser(rng, 'researcher', null, true);
    this.#addUser(rng, 'purchaser', this.#municipalityId, true);
    for (let i = 0; i < 2; i++) this.#addUser(rng, 'purchaser', this.#municipalityId, false);
    // One manager per provider; the demo manager runs the demo coach's provider.
    this.#providerIds.forEach((providerId) => {
      const manager = this.#addUser(rng, 'unit_manager', providerId, providerId === this.#demoUnit.providerId);
      for (const unit of this.#units.filter((u) => u.providerId === providerId)) {
        this.rows.unitStaff.push({ unitId: unit.id, userId: manager.id });
      }
    });
    this.#employerIds.forEach((employerId, i) => {
      this.#employerUsers.push(this.#addUser(rng, 'employer', employerId, i === 0).id);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Clients and their pathways

  #pickUnit(rng: Random, age: number): UnitRec {
    return this.#units[
      rng.weighted(
        this.#units.map((u) => {
          let w = u.def.weight;
          if (age < 30 && u.def.type === 'workshop') w *= 3;
          if (age < 30 && u.def.name === YOUTH_UNIT_NAME) w *= 2;
          if (age >= 30 && u.def.name === YOUTH_UNIT_NAME) w *= 0.1;
          return [u.idx, w] as const;
        }),
      )
    ];
  }

  #factors(rng: Random, type: UnitType, immigrant: boolean, age: number): BackgroundFactor[] {
    const p: Partial<Record<BackgroundFactor, number>> = {};
    switch (type) {
      case 'intellectual_disability_work_activity':
        Object.assign(p, { intellectual_disability: 0.92, disability: 0.3, long_term_illness: 0.1 });
        break;
      case 'production_work_centre':
        Object.assign(p, { intellectual_disability: 0.45, disability: 0.3, mental_health: 0.25, long_term_unemployed: 0.2 });
        break;
      case 'mental_health_work_activity':
        Object.assign(p, { mental_health: 0.92, substance_abuse: 0.15, long_term_unemployed: 0.3, social_reasons: 0.1 });
        break;
      case 'housing_service_unit':
        Object.assign(p, { substance_abuse: 0.5, mental_health: 0.5, social_reasons: 0.4, long_term_unemployed: 0.4 });
        break;
      default:
        Object.assign(p, {
          long_term_unemployed: 0.72, mental_health: 0.2, disability: 0.08, long_term_illness: 0.11, substance_abuse: 0.1,
          low_education: age < 30 ? 0.4 : 0.22, learning_difficulties: 0.1, social_reasons: 0.1, other: 0.03,
        });
    }
    if (immigrant) p.immigrant_background = 0.9;
    const drawn = BACKGROUND_FACTORS.filter((f) => rng.chance(p[f] ?? 0));
    // At most three, the most telling first: keep the order of the code list after a shuffle of the tail.
    return drawn.length <= 3 ? drawn : [drawn[0], ...rng.sample(drawn.slice(1), 2)];
  }

  #shape(rng: Random, kind: ServiceKind, mode?: DeliveryMode) {
    const shape = SERVICE_SHAPES[kind];
    const months = rng.pick(shape.months);
    const days = Math.round(months * 30.44) + rng.int(-5, 5);
    const daysPerWeek = rng.pick(shape.daysPerWeek);
    const hoursPerDay = rng.pick(shape.hoursPerDay);
    const deliveryMode: DeliveryMode =
      mode ?? (kind === 'work_and_day_activity_disability_act' ? (rng.chance(0.95) ? 'onsite' : 'hybrid') : rng.weighted({ onsite: 0.75, hybrid: 0.15, remote: 0.1 }));
    const patterns: Record<number, number[][]> = {
      1: [[3], [2], [4]],
      2: [[2, 4], [1, 3], [3, 5]],
      3: [[1, 2, 4], [1, 3, 5], [2, 3, 4]],
      4: [[1, 2, 3, 4], [1, 2, 4, 5]],
      5: [[1, 2, 3, 4, 5]],
    };
    return { days, daysPerWeek, hoursPerDay, mode: deliveryMode, weekdays: rng.pick(patterns[daysPerWeek]) };
  }

  buildClients(): void {
    const rng = this.#rng('clients');
    const n = this.#o.clients;
    const usedIds = new Set<string>();
    const today = this.#today;
    for (let idx = 0; idx < n; idx++) {
      const caseload = idx < DEMO_CASELOAD;
      const isDemoClient = idx === 0;
      // Ages 18–64; about a sixth 18–29. The demo client is a working-age adult.
      const age = isDemoClient ? 38 : rng.chance(0.17) ? rng.int(18, 29) : rng.int(30, 64);
      const birthDate = addDays(addMonths(today, -12 * age), -rng.int(0, 364));
      const adultOn = addMonths(birthDate, 12 * 18);
      const sex: Sex = rng.chance(0.5) ? 'female' : 'male';

      let pool: NamePool = FINNISH_NAMES;
      let languages = ['fi'];
      let immigrant = false;
      const background = isDemoClient ? 'fi' : rng.weighted({ fi: 0.84, sv: 0.05, immigrant: 0.11 });
      if (background === 'sv') {
        pool = SWEDISH_NAMES;
        languages = ['sv', 'fi'];
      } else if (background === 'immigrant') {
        const lang = rng.weighted(IMMIGRANT_LANGUAGES.map(([l, w]) => [l, w] as const));
        const entry = IMMIGRANT_LANGUAGES.find(([l]) => l === lang)!;
        pool = IMMIGRANT_NAMES[entry[0]];
        languages = [...entry[2]];
        immigrant = true;
      }
      const first = rng.pick(pool[sex]);
      const last = rng.pick(pool.last);

      // Test-range individual numbers 900–999: odd for men, even for women.
      let personalId = '';
      for (let attempt = 0; ; attempt++) {
        if (attempt > 500) throw new Error(`No free test-range personal id for ${birthDate}`);
        const individual = 900 + 2 * rng.int(0, 49) + (sex === 'male' ? 1 : 0);
        personalId = makePersonalId(birthDate, individual);
        if (!usedIds.has(personalId)) break;
      }
      usedIds.add(personalId);

      const home = caseload ? this.#demoUnit : this.#pickUnit(rng, age);
      const municipality =
        home.def.municipality !== MUNICIPALITY.code && rng.chance(0.7)
          ? home.def.municipality
          : rng.weighted([[MUNICIPALITY.code, 0.93], [NEIGHBOURS[0].code, 0.04], [NEIGHBOURS[1].code, 0.03]]);
      const referrer: Referrer =
        home.def.type === 'intellectual_disability_work_activity'
          ? rng.weighted({ municipal_social_services: 0.8, specialised_health_care: 0.1, organisation: 0.05, self: 0.05 })
          : rng.weighted({
              municipal_social_services: 0.36, employment_area: 0.34, typ: 0.08, kela: 0.04, health_centre: 0.06,
              specialised_health_care: 0.04, organisation: 0.04, self: 0.04,
            });

      const client: ClientRec = {
        idx, id: rng.uuid(), first, last, sex, birthDate, adultOn, age, personalId, municipality, languages, immigrant, referrer, home,
        factors: this.#factors(rng, home.def.type, immigrant, age), periods: [], active: caseload || rng.chance(ACTIVE_SHARE),
        goals: [],
        demo: { caseload, isDemoClient, noPlan: idx === 1 || idx === 2, staleGoals: idx === 3 || idx === 4, dueReferral: idx === 5 || idx === 6 },
      };
      if (isDemoClient) client.factors = ['long_term_unemployed', 'mental_health'];
      this.#buildPathway(rng, client);
      this.#clients.push(client);
    }
  }

  /** One to three consecutive periods ending in the window; the last one open for active clients. */
  #buildPathway(rng: Random, c: ClientRec): void {
    const count = c.demo.caseload ? rng.weighted({ 1: 0.6, 2: 0.4 }) : rng.weighted({ 1: 0.6, 2: 0.28, 3: 0.12 });
    const today = this.#today;
    const earliest = maxDate(c.adultOn, addMonths(this.#windowStart, -36));
    const periods: PeriodRec[] = [];
    let unit = c.home;
    let nextStart: IsoDate | null = null;
    for (let k = 0; k < count; k++) {
      const mix = SERVICE_MIX[unit.def.type];
      let kind = rng.weighted(mix as Record<ServiceKind, number>);
      if (c.demo.caseload && (kind === 'mapping_group' || kind === 'theme_group' || kind === 'job_coaching')) kind = 'rehabilitative_work_1a';
      if (c.demo.isDemoClient) kind = 'rehabilitative_work_1a';
      const shape = this.#shape(rng, kind, c.demo.isDemoClient ? 'hybrid' : undefined);
      if (c.demo.isDemoClient) {
        shape.daysPerWeek = 4;
        shape.weekdays = [1, 2, 3, 4];
        shape.hoursPerDay = 5;
      }
      let start: IsoDate;
      let end: IsoDate | null;
      let plannedEnd: IsoDate;
      if (nextStart === null) {
        if (c.active) {
          const elapsed = c.demo.caseload ? rng.int(20, 200) : rng.int(3, Math.max(10, Math.round(shape.days * 1.1)));
          start = maxDate(addDays(today, -elapsed), addDays(c.adultOn, rng.int(0, 20)));
          if (start > today) start = today;
          end = null;
          plannedEnd = addDays(start, shape.days);
        } else {
          end = addDays(today, -rng.int(1, 700));
          start = addDays(end, -shape.days);
          if (start < c.adultOn) {
            start = addDays(c.adultOn, rng.int(0, 30));
            end = addDays(start, shape.days);
            if (end >= today) end = null;
          }
          plannedEnd = end ?? addDays(start, shape.days);
          if (end === null) c.active = true;
        }
      } else {
        const gap = rng.weighted([[0, 0.2], [1, 0.15], [2, 0.65]]);
        const gapDays = gap === 0 ? 0 : gap === 1 ? rng.int(1, 14) : rng.int(15, 240);
        end = addDays(nextStart, -1 - gapDays);
        start = addDays(end, -shape.days);
        plannedEnd = end;
        if (end < this.#windowStart || start < earliest) break;
      }
      periods.unshift({
        id: '', client: c, unit, kind, start, plannedEnd, end, mode: shape.mode, daysPerWeek: shape.daysPerWeek,
        hoursPerDay: shape.hoursPerDay, weekdays: shape.weekdays, coachId: null, destination: null,
        forcedDestination: null, followUpDue: false,
      });
      nextStart = start;
      // The earlier period was in the same unit, or somewhere the client came from.
      if (!rng.chance(0.7)) unit = this.#pickUnit(rng, c.age);
    }
    // A period that ended within two weeks before the next one began leads straight into it.
    for (let k = 0; k < periods.length - 1; k++) {
      const p = periods[k];
      const next = periods[k + 1];
      if (daysBetween(p.end!, next.start) <= 15) {
        p.forcedDestination =
          next.kind === 'work_trial' ? 'work_trial'
          : next.kind === 'pay_subsidised_work' ? 'pay_subsidised_work'
          : next.kind === 'work_practice' ? 'work_practice'
          : 'other_service';
      }
    }
    c.periods = periods;
    c.home = periods[periods.length - 1].unit;
  }

  /** Ids in a fixed order, then coaches: enough per unit for about nine active clients each. */
  buildCoaches(): void {
    const rng = this.#rng('coaches');
    for (const c of this.#clients) for (const p of c.periods) {
      p.id = rng.uuid();
      this.#periods.push(p);
    }
    const staffRng = this.#rng('coach-users');
    for (const unit of this.#units) {
      const open = this.#periods.filter((p) => p.unit === unit && p.end === null && !(unit === this.#demoUnit && p.client.demo.caseload));
      const count = Math.max(1, Math.round(open.length / CLIENTS_PER_COACH));
      if (unit === this.#demoUnit) {
        const demoCoach = this.#addUser(staffRng, 'coach', unit.providerId, true);
        this.#demoCoachId = demoCoach.id;
        unit.coaches.push(demoCoach.id);
      }
      for (let i = 0; i < count; i++) unit.coaches.push(this.#addUser(staffRng, 'coach', unit.providerId, false).id);
      for (const id of unit.coaches) this.rows.unitStaff.push({ unitId: unit.id, userId: id });
      const others = unit === this.#demoUnit ? unit.coaches.slice(1) : unit.coaches;
      open.forEach((p, i) => (p.coachId = others[i % others.length]));
    }
    // A few coaches also work in another unit of the same provider.
    for (const unit of this.#units) {
      const siblings = this.#units.filter((u) => u.providerId === unit.providerId && u !== unit);
      if (siblings.length && unit.coaches.length > 1 && rng.chance(0.5)) {
        const coach = unit.coaches[unit.coaches.length - 1];
        const sibling = rng.pick(siblings);
        if (!sibling.coaches.includes(coach)) this.rows.unitStaff.push({ unitId: sibling.id, userId: coach });
      }
    }
    for (const p of this.#periods) {
      if (p.coachId) continue;
      if (p.client.demo.caseload && p.end === null) p.coachId = this.#demoCoachId;
      else p.coachId = rng.pick(p.unit.coaches);
    }
    // The demo coach has overdue follow-ups of ended periods to record.
    const candidates = this.#periods.filter(
      (p) => p.unit === this.#demoUnit && p.end !== null && !p.client.demo.caseload &&
        p.end < addMonths(this.#today, -6) && p.end > addMonths(this.#today, -10),
    );
    for (const p of rng.sample(candidates, 3)) {
      p.coachId = this.#demoCoachId;
      p.followUpDue = true;
    }
  }

  /** Goals are planned before the endings: clients with an open employment goal from the start,
   * goals set together and work towards tasks outside the unit fare a little better, as the
   * research project's hypotheses expect. */
  planGoals(): void {
    const rng = this.#rng('goal-plans');
    for (const c of this.#clients) {
      if (c.demo.noPlan) continue;
      if (!c.demo.caseload && !rng.chance(0.87)) continue;
      const type = c.home.def.type;
      let choice: 'employment' | 'education' | 'none';
      if (c.demo.isDemoClient) choice = 'employment';
      else if (type === 'intellectual_disability_work_activity') choice = rng.chance(0.1) ? 'employment' : 'none';
      else if (c.age < 30) choice = rng.weighted({ employment: 0.33, education: 0.35, none: 0.32 });
      else if (c.age > 58) choice = rng.chance(0.2) ? 'employment' : 'none';
      else choice = rng.weighted({ employment: 0.5, education: 0.1, none: 0.4 });
      const main: GoalKind | null = choice === 'none' ? null : choice;
      const count = c.demo.isDemoClient ? 3 : rng.weighted({ 1: 0.35, 2: 0.4, 3: 0.25 });
      const kinds: GoalKind[] = main ? [main] : [];
      const rest: GoalKind[] = rng.shuffle(['work_ability', 'professional_skills', 'life_management', 'participation']);
      while (kinds.length < count) kinds.push(rest.shift()!);
      const style = rng.weighted({ together: 0.55, coach: 0.25, client: 0.2 });
      for (const kind of kinds) {
        c.goals.push({
          id: rng.uuid(),
          kind,
          fromStart: c.demo.isDemoClient || rng.chance(kind === 'employment' || kind === 'education' ? 0.65 : 0.85),
          proposedBy: c.demo.isDemoClient ? 'together' : rng.chance(0.7) ? style : rng.weighted({ together: 0.55, coach: 0.25, client: 0.2 }),
          outside:
            c.demo.isDemoClient ||
            rng.chance(kind === 'employment' || kind === 'education' || kind === 'professional_skills' ? 0.55 : kind === 'work_ability' ? 0.35 : 0.1),
        });
      }
    }
  }

  /** Destinations as exact quotas of the barometer's shares; open employment goes preferably to the
   * clients with the best prospects, education to the young, pension to the older and ill. */
  assignDestinations(): void {
    const rng = this.#rng('destinations');
    const ended = this.#periods.filter((p) => p.end !== null);
    const forced = ended.filter((p) => p.forcedDestination);
    const deck = ended.filter((p) => !p.forcedDestination);
    const shares = DESTINATION_SHARES as Record<string, number>;
    const forcedCount: Record<string, number> = {};
    for (const p of forced) forcedCount[p.forcedDestination!] = (forcedCount[p.forcedDestination!] ?? 0) + 1;
    // Largest-remainder quotas for the deck, so that the totals match the shares.
    const raw = DESTINATIONS.map((d) => [d, Math.max(0, shares[d] * ended.length - (forcedCount[d] ?? 0))] as const);
    const rawTotal = raw.reduce((s, [, v]) => s + v, 0) || 1;
    const scaled = raw.map(([d, v]) => [d, (v * deck.length) / rawTotal] as const);
    const quota: Record<string, number> = {};
    let assigned = 0;
    for (const [d, v] of scaled) {
      quota[d] = Math.floor(v);
      assigned += quota[d];
    }
    const byRemainder = [...scaled].sort((a, b) => b[1] - Math.floor(b[1]) - (a[1] - Math.floor(a[1])) || DESTINATIONS.indexOf(a[0]) - DESTINATIONS.indexOf(b[0]));
    for (let i = 0; assigned < deck.length; i++, assigned++) quota[byRemainder[i % byRemainder.length][0]] += 1;

    const factor = (p: PeriodRec, f: BackgroundFactor) => p.client.factors.includes(f);
    const employability = (p: PeriodRec) => {
      const c = p.client;
      let s = rng.normal(0, 1);
      const employmentGoal = c.goals.find((g) => g.kind === 'employment');
      if (employmentGoal) s += employmentGoal.fromStart ? 0.9 : 0.4;
      if (c.goals.some((g) => g.proposedBy === 'together')) s += 0.3;
      if (c.goals.some((g) => g.outside)) s += 0.5;
      if (['multi_service_centre', 'workshop', 'social_enterprise'].includes(p.unit.def.type)) s += 0.5;
      if (['pay_subsidised_work', 'work_trial', 'work_practice', 'job_coaching'].includes(p.kind)) s += 0.9;
      if (factor(p, 'intellectual_disability')) s -= 1.5;
      if (factor(p, 'substance_abuse')) s -= 0.4;
      if (c.age > 58) s -= 0.8;
      return s;
    };
    const take = (pool: PeriodRec[], n: number, score: (p: PeriodRec) => number, d: Destination) => {
      const ranked = pool.map((p) => [p, score(p)] as const).sort((a, b) => b[1] - a[1]);
      const chosen = new Set(ranked.slice(0, n).map(([p]) => p));
      for (const p of chosen) p.destination = d;
      return pool.filter((p) => !chosen.has(p));
    };
    let pool = deck;
    pool = take(pool, quota.open_employment, employability, 'open_employment');
    pool = take(pool, quota.education, (p) => rng.normal(0, 1) + (p.client.age < 30 ? 1.5 : 0) - (p.client.age > 45 ? 1 : 0), 'education');
    pool = take(
      pool,
      quota.pension,
      (p) => rng.normal(0, 1) + (p.client.age - 45) / 8 + (factor(p, 'disability') || factor(p, 'long_term_illness') || factor(p, 'mental_health') ? 0.8 : 0),
      'pension',
    );
    const rest: Destination[] = [];
    for (const d of DESTINATIONS) {
      if (d === 'open_employment' || d === 'education' || d === 'pension') continue;
      for (let i = 0; i < quota[d]; i++) rest.push(d);
    }
    rng.shuffle(rest);
    pool.forEach((p, i) => (p.destination = rest[i] ?? 'back_to_basic_services'));
    for (const p of forced) p.destination = p.forcedDestination;
    // An interrupted period ends before its planned end.
    for (const p of ended) {
      if (p.destination === 'interrupted') {
        const length = daysBetween(p.start, p.end!);
        p.end = addDays(p.start, Math.max(7, Math.round(length * rng.float(0.2, 0.8))));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Rows for clients, periods, follow-ups, goals

  emitClients(): void {
    const rng = this.#rng('client-rows');
    for (const c of this.#clients) {
      const first = c.periods[0];
      const createdOn = addDays(first.start, -rng.int(7, 30));
      const createdBy = first.coachId;
      const streets = c.municipality === MUNICIPALITY.code ? STREETS : (NEIGHBOUR_STREETS[c.municipality] ?? STREETS);
      const [street, postcode, town] = rng.pick(streets);
      this.rows.client.push({
        id: c.id, userId: null, homeUnitId: c.home.id, firstName: c.first, lastName: c.last,
        personalId: c.personalId, birthYear: Number(c.birthDate.slice(0, 4)), municipalityCode: c.municipality,
        languages: c.languages, phone: null,
        email: rng.chance(0.4) ? `${emailPart(c.first)}.${emailPart(c.last)}.${c.idx + 1}@example.com` : null,
        address: `${street} ${rng.int(1, 60)}${rng.chance(0.6) ? ` ${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 40)}` : ''}, ${postcode} ${town}`,
        referrer: c.referrer, createdBy, createdAt: at(createdOn, 9, rng.int(0, 59)), updatedAt: at(createdOn, 9, 59),
      });
      for (const factor of c.factors) {
        this.rows.clientBackgroundFactor.push({
          clientId: c.id, factor,
          unemploymentMonths: factor === 'long_term_unemployed' ? 12 + Math.floor(rng.next() * rng.next() * 109) : null,
        });
      }
      if (c.demo.caseload || rng.chance(0.9)) {
        const housing = c.home.def.type === 'housing_service_unit';
        const selfAssessment: Record<string, number> = {};
        for (const domain of SELF_ASSESSMENT_DOMAINS) {
          if (rng.chance(0.78)) selfAssessment[domain] = rng.weighted({ 1: 0.08, 2: 0.22, 3: 0.35, 4: 0.25, 5: 0.1 });
        }
        const intakeOn = addDays(first.start, rng.int(0, 14));
        this.rows.intake.push({
          clientId: c.id,
          workHistory: rng.pick(T.WORK_HISTORY),
          studyHistory: rng.chance(0.9) ? rng.pick(T.STUDY_HISTORY) : null,
          workCapacity: rng.pick(T.WORK_CAPACITY),
          functionalCapacity: rng.chance(0.85) ? rng.pick(T.FUNCTIONAL_CAPACITY) : null,
          ownGoals: rng.pick(T.OWN_GOALS),
          financialSituation: housing ? rng.pick(T.FINANCIAL_SITUATION) : null,
          debtSituation: housing ? rng.pick(T.DEBT_SITUATION) : null,
          selfAssessment: JSON.stringify(selfAssessment),
          createdBy, createdAt: at(intakeOn, 10, rng.int(0, 59)), updatedAt: at(intakeOn, 11, rng.int(0, 59)),
        });
      }
    }
  }

  emitPeriods(): void {
    const rng = this.#rng('period-rows');
    for (const p of this.#periods) {
      this.rows.servicePeriod.push({
        id: p.id, clientId: p.client.id, unitId: p.unit.id, serviceKind: p.kind, startDate: p.start, plannedEndDate: p.plannedEnd,
        endDate: p.end, deliveryMode: p.mode, daysPerWeek: p.daysPerWeek, hoursPerDay: p.hoursPerDay, coachId: p.coachId,
        purchaserId: this.#municipalityId, destination: p.destination,
        endNote: p.destination && rng.chance(0.8) ? rng.pick(T.END_NOTES[p.destination]) : null,
        createdAt: at(addDays(p.start, -rng.int(1, 14)), 10, rng.int(0, 59)),
      });
    }
  }

  emitFollowUps(): void {
    const rng = this.#rng('follow-ups');
    const stays: Partial<Record<Destination, number>> = {
      open_employment: 0.75, education: 0.8, pension: 0.98, pay_subsidised_work: 0.65, rehabilitation: 0.6,
      back_to_basic_services: 0.7, unemployment: 0.6,
    };
    for (const p of this.#periods) {
      if (p.end === null) continue;
      const later = p.client.periods.filter((q) => q.start > p.end!);
      for (const months of [3, 6]) {
        const dueOn = addMonths(p.end, months);
        let status: FollowUpStatus | null = null;
        let recordedOn: IsoDate | null = null;
        if (dueOn < this.#today && !(p.followUpDue && months === 6)) {
          const delay = rng.int(0, 25);
          const recordedShare = months === 3 ? 0.92 : 0.78;
          const candidate = addDays(dueOn, delay);
          if (candidate < this.#today && rng.chance(recordedShare)) {
            recordedOn = candidate;
            if (later.some((q) => q.start <= dueOn && (q.end === null || q.end >= dueOn))) status = 'other_service';
            else if (rng.chance(0.12)) status = 'unknown';
            else if (rng.chance(stays[p.destination!] ?? 0.4)) status = p.destination!;
            else status = rng.weighted({ back_to_basic_services: 0.3, unemployment: 0.25, other_service: 0.2, open_employment: 0.07, rehabilitation: 0.08, education: 0.05, pay_subsidised_work: 0.05 });
          }
        }
        this.rows.followUp.push({
          id: rng.uuid(), periodId: p.id, months, dueOn, status, recordedOn,
          note: status && rng.chance(0.5) ? rng.pick(T.FOLLOW_UP_NOTES) : null,
          recordedBy: status ? p.coachId : null,
        });
      }
    }
  }

  emitGoals(): void {
    const rng = this.#rng('goals');
    for (const c of this.#clients) {
      if (c.goals.length === 0) continue;
      const first = c.periods[0];
      const last = c.periods[c.periods.length - 1];
      const open = last.end === null;
      const pathEnd = last.end ?? this.#today;
      for (const g of c.goals) {
        const text = rng.pick(T.GOAL_TEXTS[g.kind]);
        const createdOn = minDate(addDays(first.start, g.fromStart ? rng.int(0, 14) : rng.int(30, 180)), this.#yesterday);
        let status: 'active' | 'achieved' | 'dropped';
        if (c.demo.caseload) status = 'active';
        else if (!open && g.kind === 'employment' && last.destination === 'open_employment') status = 'achieved';
        else if (!open && g.kind === 'education' && last.destination === 'education') status = 'achieved';
        else if (!open) status = rng.weighted({ achieved: 0.4, dropped: 0.45, active: 0.15 });
        else status = rng.weighted({ active: 0.83, achieved: 0.12, dropped: 0.05 });

        // Assessments: roughly monthly from two weeks after the goal was set.
        let count: number = rng.weighted({ 0: 0.14, 1: 0.15, 2: 0.2, 3: 0.2, 4: 0.13, 5: 0.1, 6: 0.08 });
        let lastOn: IsoDate;
        if (open) {
          const stale = c.demo.staleGoals || (!c.demo.isDemoClient && rng.chance(0.35));
          lastOn = addDays(this.#today, stale ? -rng.int(35, 110) : -rng.int(1, 28));
          if (c.demo.staleGoals || c.demo.isDemoClient) count = Math.max(count, c.demo.isDemoClient ? 4 : 2);
        } else {
          lastOn = addDays(pathEnd, -rng.int(0, 20));
        }
        const firstOn = addDays(createdOn, 14);
        if (lastOn < firstOn) count = 0;
        const span = count > 0 ? daysBetween(firstOn, lastOn) : 0;
        const startScore = rng.int(1, 3);
        const endScore = status === 'achieved' ? 5 : status === 'dropped' ? Math.max(1, startScore - rng.int(0, 1)) : Math.min(4, startScore + rng.int(0, 2));
        let updatedOn = createdOn;
        for (let k = 0; k < count; k++) {
          const t = count === 1 ? 1 : k / (count - 1);
          const on = k === count - 1 ? lastOn : addDays(firstOn, Math.round(span * t));
          const score = Math.max(1, Math.min(5, Math.round(startScore + (endScore - startScore) * t + rng.normal(0, 0.4))));
          const finalScore = k === count - 1 && status === 'achieved' ? 5 : Math.min(score, status === 'achieved' ? 5 : 4);
          this.rows.goalAssessment.push({
            id: rng.uuid(), goalId: g.id, assessedOn: on, score: finalScore,
            note: rng.chance(0.75) ? rng.pick(T.ASSESSMENT_NOTES[finalScore]) : null,
            assessedBy: this.#coachOn(c, on), createdAt: at(on, 12, rng.int(0, 59)),
          });
          updatedOn = on;
        }
        const goalRow: Row<'goal'> = {
          id: g.id, clientId: c.id, kind: g.kind, title: text.title,
          clientWords: c.demo.isDemoClient || rng.chance(0.8) ? rng.pick(text.words) : null,
          proposedBy: g.proposedBy, towardsOutsideTasks: g.outside, targetDate: addMonths(createdOn, rng.pick([3, 6, 6, 9, 12])),
          status, createdBy: this.#coachOn(c, createdOn), createdAt: at(createdOn, 11, rng.int(0, 59)), updatedAt: at(updatedOn, 13, 0),
        };
        this.rows.goal.push(goalRow);
      }
    }
  }

  /** The coach of the client's period on a date (or the nearest period's coach). */
  #coachOn(c: ClientRec, on: IsoDate): string | null {
    let best = c.periods[0];
    for (const p of c.periods) if (p.start <= on) best = p;
    return best.coachId;
  }

  /** The workdays of a client's periods within the window, up to yesterday. */
  #clientWorkdays(c: ClientRec): number[] {
    const days: number[] = [];
    for (const p of c.periods) {
      const from = maxDate(p.start, this.#windowStart);
      const to = minDate(p.end ?? this.#yesterday, this.#yesterday);
      if (to < from) continue;
      for (let i = this.#dayIndex(from), last = this.#dayIndex(to); i <= last; i++) {
        if (this.#workday(i) && p.weekdays.includes(this.#weekday[i])) days.push(i);
      }
    }
    return days;
  }

  emitDiary(): void {
    const rng = this.#rng('diary');
    for (const c of this.#clients) {
      if (!c.demo.isDemoClient && !rng.chance(0.33)) continue;
      const workdays = this.#clientWorkdays(c);
      if (workdays.length === 0) continue;
      const count = c.demo.isDemoClient ? 12 : rng.int(2, 16);
      const chosen = rng.sample(workdays, count).sort((a, b) => a - b);
      if (c.demo.isDemoClient && chosen[chosen.length - 1] !== workdays[workdays.length - 1]) chosen.push(workdays[workdays.length - 1]);
      chosen.forEach((i, k) => {
        const date = this.#days[i];
        const shared = c.demo.isDemoClient ? k % 4 !== 1 : rng.chance(0.85);
        const id = rng.uuid();
        this.rows.diaryEntry.push({
          id, clientId: c.id, entryDate: date, didWhat: rng.pick(T.DIARY_DID),
          howItWent: rng.chance(0.85) ? rng.pick(T.DIARY_HOW) : null, mood: rng.weighted({ 1: 0.05, 2: 0.15, 3: 0.35, 4: 0.32, 5: 0.13 }),
          sharedWithCoach: shared, createdAt: at(date, 13, rng.int(0, 59)), updatedAt: at(date, 14, 0),
        });
        if (shared && rng.chance(c.demo.isDemoClient ? 0.5 : 0.25)) {
          const on = minDate(addDays(date, rng.int(1, 3)), this.#today);
          this.rows.diaryComment.push({
            id: rng.uuid(), entryId: id, authorId: this.#coachOn(c, date), body: rng.pick(T.DIARY_COMMENTS), createdAt: at(on, 7, rng.int(0, 59)),
          });
        }
      });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Groups and attendance

  #monday(date: IsoDate): IsoDate {
    return addDays(date, (8 - isoWeekday(date)) % 7);
  }

  #addGroup(
    rng: Random,
    unit: UnitRec,
    kind: 'mapping' | 'theme' | 'youth',
    name: string,
    description: string,
    start: IsoDate,
    end: IsoDate,
    weekdays: number[],
    startHour: number,
    hours: number,
    mode: DeliveryMode,
  ): GroupRec {
    const id = rng.uuid();
    const coachId = rng.pick(unit.coaches);
    const slug = emailPart(name).slice(0, 40);
    this.rows.groupActivity.push({
      id, unitId: unit.id, name, kind, description, deliveryMode: mode,
      remoteLink: mode === 'onsite' ? null : `https://meet.example.fi/polku/${slug}-${id.slice(0, 8)}`,
      startDate: start, endDate: end, coachId, createdAt: at(addDays(start, -21), 9, rng.int(0, 59)),
    });
    for (const weekday of weekdays) {
      this.rows.groupTimetableSlot.push({
        id: rng.uuid(), groupId: id, weekday,
        startTime: `${String(startHour).padStart(2, '0')}:00`, endTime: `${String(startHour + hours).padStart(2, '0')}:00`,
        place: mode === 'remote' ? null : `${unit.def.name}, ${unit.def.address}`,
      });
    }
    return { id, unit, start, end, weekdays, hours, mode, coachId };
  }

  #join(rng: Random, g: GroupRec, c: ClientRec, joinedOn: IsoDate, leftOn: IsoDate | null): void {
    this.rows.groupParticipant.push({ groupId: g.id, clientId: c.id, joinedOn, leftOn });
    const to = minDate(minDate(leftOn ?? g.end, g.end), this.#yesterday);
    if (to < joinedOn || joinedOn > this.#yesterday) return;
    let absent = false;
    for (let i = this.#dayIndex(joinedOn), last = this.#dayIndex(to); i <= last; i++) {
      if (!this.#workday(i) || !g.weekdays.includes(this.#weekday[i])) continue;
      absent = rng.chance(absent ? PRESENCE_ABSENT_AFTER_ABSENT : PRESENCE_ABSENT_AFTER_PRESENT);
      if (absent) continue;
      const key = c.idx * 4096 + i;
      if (this.#groupDays.has(key)) continue;
      this.#groupDays.add(key);
      const date = this.#days[i];
      const mode = g.mode === 'hybrid' ? (rng.chance(0.5) ? 'remote' : 'onsite') : g.mode;
      this.rows.attendance.push({
        id: rng.uuid(), clientId: c.id, periodId: null, groupId: g.id, date, hours: rng.chance(0.92) ? g.hours : g.hours - 1,
        mode, recordedBy: g.coachId, createdAt: at(date, 14, 30), updatedAt: at(date, 14, 30),
      });
    }
  }

  /** Participants: clients whose periods overlap the group (from `periods`), joining when both
   * have begun and, when the period ends first, leaving with it. */
  #candidates(
    g: GroupRec,
    periods: readonly PeriodRec[],
    filter: (p: PeriodRec) => boolean,
  ): Array<{ c: ClientRec; joined: IsoDate; left: IsoDate | null }> {
    const seen = new Set<ClientRec>();
    const out: Array<{ c: ClientRec; joined: IsoDate; left: IsoDate | null }> = [];
    for (const p of periods) {
      if (seen.has(p.client) || !filter(p)) continue;
      const pEnd = p.end ?? '9999-12-31';
      if (p.start > g.end || pEnd < g.start) continue;
      const joined = maxDate(p.start, g.start);
      const left = pEnd < g.end ? pEnd : null;
      if (left !== null && daysBetween(joined, left) < 14) continue;
      if (joined > minDate(g.end, this.#today)) continue;
      seen.add(p.client);
      out.push({ c: p.client, joined, left });
    }
    return out;
  }

  #periodsOf(unit: UnitRec): PeriodRec[] {
    if (!this.#byUnit) {
      this.#byUnit = new Map(this.#units.map((u) => [u, [] as PeriodRec[]]));
      for (const p of this.#periods) this.#byUnit.get(p.unit)!.push(p);
    }
    return this.#byUnit.get(unit)!;
  }

  #byUnit: Map<UnitRec, PeriodRec[]> | null = null;

  buildGroups(): void {
    const rng = this.#rng('groups');
    const termName = (date: IsoDate) => `${Number(date.slice(5, 7)) <= 6 ? 'kevät' : 'syksy'} ${date.slice(0, 4)}`;
    const demoClient = this.#clients[0];

    // The demo client's own theme group: hybrid, running now, with a remote link.
    {
      const start = this.#monday(addDays(this.#today, -49));
      const g = this.#addGroup(
        rng, this.#demoUnit, 'theme', `${T.THEME_GROUPS[0][0]}, ${termName(start)}`, T.THEME_GROUPS[0][1],
        start, addDays(addMonths(start, 3), -1), [3], 12, 4, 'hybrid',
      );
      const demoPeriod = demoClient.periods[demoClient.periods.length - 1];
      this.#join(rng, g, demoClient, maxDate(start, demoPeriod.start), null);
      const others = this.#candidates(g, this.#periodsOf(this.#demoUnit), (p) => p.client !== demoClient);
      for (const { c, joined, left } of rng.sample(others, 7)) this.#join(rng, g, c, joined, left);
    }

    // Mapping groups for new clients: three days a week, four hours a day, three months.
    MAPPING_UNIT_NAMES.forEach((unitName, u) => {
      const unit = this.#units.find((x) => x.def.name === unitName)!;
      for (let start = this.#monday(addDays(this.#windowStart, 14 * u)); start <= this.#today; start = this.#monday(addMonths(start, 3))) {
        const end = addDays(addMonths(start, 3), -1);
        const g = this.#addGroup(
          rng, unit, 'mapping', `Kartoitusryhmä ${unitName.split(' ').pop()} ${start.slice(5, 7).replace(/^0/, '')}/${start.slice(0, 4)}`,
          'Oman tilanteen, osaamisen ja tavoitteiden kartoitus ryhmässä kolmen kuukauden ajan.',
          start, end, [1, 2, 4], 9, 4, rng.chance(0.25) ? 'hybrid' : 'onsite',
        );
        const fresh = this.#candidates(g, this.#periodsOf(unit), (p) => Math.abs(daysBetween(g.start, p.start)) <= 21);
        const more = fresh.length < 6 ? this.#candidates(g, this.#periodsOf(unit), () => true) : [];
        const chosen = rng.sample(fresh, rng.int(6, 10));
        for (const x of rng.sample(more, 6 - chosen.length)) if (!chosen.some((y) => y.c === x.c)) chosen.push(x);
        for (const { c, joined, left } of chosen) this.#join(rng, g, c, joined, left);
      }
    });

    // Theme groups: one day a week, four hours, three months; several running at any time.
    const concurrent = Math.max(3, Math.round(this.#o.clients / 150));
    const themeUnits = this.#units.filter((u) => u.def.type !== 'intellectual_disability_work_activity');
    let themeIndex = 1;
    for (let round = this.#monday(this.#windowStart); round <= this.#today; round = this.#monday(addMonths(round, 3))) {
      for (let k = 0; k < concurrent; k++) {
        const [theme, description] = T.THEME_GROUPS[themeIndex++ % T.THEME_GROUPS.length];
        const unit = themeUnits[rng.weighted(themeUnits.map((u, i) => [i, u.def.weight] as const))];
        const start = addDays(round, 7 * rng.int(0, 2));
        const mode = rng.weighted({ onsite: 0.65, remote: 0.2, hybrid: 0.15 }) as DeliveryMode;
        const g = this.#addGroup(
          rng, unit, 'theme', `${theme}, ${termName(start)} (${unit.def.name.split(' ').pop()})`, description,
          start, addDays(addMonths(start, 3), -1), [1 + (k % 5)], rng.chance(0.5) ? 9 : 12, 4, mode,
        );
        const own = this.#candidates(g, this.#periodsOf(unit), (p) => p.client !== demoClient);
        const chosen = rng.sample(own, rng.int(4, 8));
        // A few from other units: a random slice of all periods is enough to find them.
        const slice = Array.from({ length: 400 }, () => rng.pick(this.#periods));
        const any = this.#candidates(g, slice, (p) => p.unit !== unit && p.client !== demoClient);
        for (const x of rng.sample(any, rng.int(1, 4))) if (!chosen.some((y) => y.c === x.c)) chosen.push(x);
        for (const { c, joined, left } of chosen) this.#join(rng, g, c, joined, left);
      }
    }

    // The youth group (18–29), a new group each term, two mornings a week.
    const youthUnit = this.#units.find((u) => u.def.name === YOUTH_UNIT_NAME)!;
    for (let start = this.#monday(this.#windowStart); start <= this.#today; start = this.#monday(addMonths(start, 6))) {
      const g = this.#addGroup(
        rng, youthUnit, 'youth', `Nuorten ryhmä, ${termName(start)}`,
        'Nuorten (18–29 v.) ryhmä: arjen taidot, opiskelu- ja työelämätaidot, vertaistuki.',
        start, addDays(addMonths(start, 6), -1), [2, 4], 10, 4, rng.chance(0.3) ? 'hybrid' : 'onsite',
      );
      const youths = this.#candidates(g, this.#periods, (p) => {
        const ageAtStart = p.client.age - Math.floor(daysBetween(g.start, this.#today) / 365.25);
        return ageAtStart >= 18 && ageAtStart <= 29 && p.client.adultOn <= g.start && p.client !== demoClient;
      });
      for (const { c, joined, left } of rng.sample(youths, 12)) this.#join(rng, g, c, joined, left);
    }
  }

  /** The big table: every period's weekdays in the window, skipping holidays and group days. */
  /** A rough count of the rows attendanceRows() will yield, for progress reports. */
  estimateAttendance(): number {
    let estimate = 0;
    for (const p of this.#periods) {
      const from = maxDate(p.start, this.#windowStart);
      const to = minDate(p.end ?? this.#yesterday, this.#yesterday);
      if (to >= from) estimate += ((daysBetween(from, to) + 1) / 7) * p.daysPerWeek * 0.8;
    }
    return Math.round(estimate);
  }

  /** The period attendance, produced lazily (it is most of the data): every period's weekdays
   * in the window, skipping holidays, summer holidays and the days spent in a group. Call it
   * after build(); rows.attendance holds the group attendance. */
  *attendanceRows(): Generator<Row<'attendance'>> {
    const rng = this.#rng('attendance');
    for (const p of this.#periods) {
      const from = maxDate(p.start, this.#windowStart);
      const to = minDate(p.end ?? this.#yesterday, this.#yesterday);
      if (to < from) continue;
      const c = p.client;
      const first = this.#dayIndex(from);
      const last = this.#dayIndex(to);
      // A summer holiday of two to three weeks for most clients.
      const holidays: Array<[number, number]> = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        if (!rng.chance(0.8)) continue;
        const h0 = daysBetween(this.#windowStart, `${year}-06-${String(rng.int(15, 30)).padStart(2, '0')}`);
        holidays.push([h0, h0 + rng.pick([13, 20])]);
      }
      const remoteDay = p.weekdays[p.weekdays.length - 1];
      const hpd = p.hoursPerDay;
      let weekdayMask = 0;
      for (const wd of p.weekdays) weekdayMask |= 1 << wd;
      let absent = false;
      for (let i = first; i <= last; i++) {
        const wd = this.#weekday[i];
        if (this.#holiday[i] || (weekdayMask & (1 << wd)) === 0) continue;
        if (holidays.length > 0 && holidays.some(([a, b]) => i >= a && i <= b)) continue;
        absent = rng.chance(absent ? PRESENCE_ABSENT_AFTER_ABSENT : PRESENCE_ABSENT_AFTER_PRESENT);
        if (absent || this.#groupDays.has(c.idx * 4096 + i)) continue;
        const r = rng.next();
        const hours = r < 0.8 ? hpd : r < 0.94 ? Math.max(1, hpd - rng.pick([0.5, 1, 1.5])) : rng.pick([2, 2.5]);
        const mode =
          p.mode === 'onsite' ? 'onsite' : p.mode === 'remote' ? 'remote' : wd === remoteDay || rng.chance(0.15) ? 'remote' : 'onsite';
        const date = this.#days[i];
        const stamp = this.#stamps[i];
        yield {
          id: rng.uuid(), clientId: c.id, periodId: p.id, groupId: null, date, hours, mode, recordedBy: p.coachId,
          createdAt: stamp, updatedAt: stamp,
        };
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Employers, placements, devices, referrals, the demo client's account

  buildEmployerWork(): void {
    const rng = this.#rng('employers');
    const workUnits = this.#units.filter((u) => ['multi_service_centre', 'workshop', 'social_enterprise', 'municipal_employment_services'].includes(u.def.type));
    this.#employerIds.forEach((employerId, e) => {
      const unit = e === 0 ? this.#demoUnit : rng.pick(workUnits);
      for (let k = rng.int(1, 3); k > 0; k--) {
        const on = addDays(this.#today, -rng.int(5, 500));
        this.rows.employerNeed.push({
          id: rng.uuid(), employerId, unitId: unit.id, description: rng.pick(T.EMPLOYER_NEEDS), positions: rng.int(1, 3),
          open: on > addMonths(this.#today, -4) ? rng.chance(0.8) : rng.chance(0.2),
          createdBy: rng.chance(0.5) ? this.#employerUsers[e] : rng.pick(unit.coaches), createdAt: at(on, 10, rng.int(0, 59)),
        });
      }
      for (let k = rng.int(6, 14); k > 0; k--) {
        const contactUnit = rng.chance(0.7) ? unit : rng.pick(workUnits);
        const on = addDays(this.#today, -rng.int(1, 720));
        this.rows.employerContact.push({
          id: rng.uuid(), employerId, unitId: contactUnit.id, contactDate: on,
          contactPerson: `${rng.pick(FINNISH_NAMES[rng.chance(0.5) ? 'female' : 'male'])} ${rng.pick(FINNISH_NAMES.last)}`,
          channel: rng.weighted(CONTACT_CHANNELS.map((ch) => [ch, ({ visit: 0.25, phone: 0.35, email: 0.25, meeting: 0.12, other: 0.03 } as Record<string, number>)[ch]] as const)),
          notes: rng.pick(T.CONTACT_NOTES), createdBy: rng.pick(contactUnit.coaches), createdAt: at(on, 12, rng.int(0, 59)),
        });
      }
    });
    for (const p of this.#periods) {
      const share = ({ work_trial: 0.85, pay_subsidised_work: 0.85, work_practice: 0.7 } as Record<string, number>)[p.kind] ?? 0;
      if (share && rng.chance(share)) {
        this.rows.placement.push({
          id: rng.uuid(), employerId: rng.pick(this.#employerIds), clientId: p.client.id, periodId: p.id, startDate: p.start, endDate: p.end,
          tasks: rng.pick(T.PLACEMENT_TASKS), createdBy: p.coachId, createdAt: at(addDays(p.start, -rng.int(1, 10)), 11, 0),
        });
      } else if (p.destination === 'open_employment' && rng.chance(0.5)) {
        const start = addDays(p.end!, 1);
        if (start <= this.#today) {
          this.rows.placement.push({
            id: rng.uuid(), employerId: rng.pick(this.#employerIds), clientId: p.client.id, periodId: p.id, startDate: start, endDate: null,
            tasks: rng.pick(T.PLACEMENT_TASKS), createdBy: p.coachId, createdAt: at(p.end!, 11, 0),
          });
        }
      }
    }
  }

  buildDevicesAndReferrals(): void {
    const rng = this.#rng('devices-referrals');
    let serial = 0;
    for (const c of this.#clients) {
      for (const p of c.periods) {
        const remote = p.mode !== 'onsite';
        if (!(c.demo.isDemoClient || rng.chance(remote ? 0.45 : 0.02))) continue;
        const lentOn = minDate(addDays(maxDate(p.start, this.#windowStart), rng.int(0, 10)), this.#today);
        const kind = c.demo.isDemoClient ? 'laptop' : rng.weighted({ laptop: 0.55, phone: 0.4, tablet: 0.05 });
        serial += 1;
        let returnedOn: IsoDate | null = null;
        if (p.end !== null && rng.chance(0.85)) returnedOn = maxDate(lentOn, minDate(addDays(p.end, rng.int(0, 14)), this.#today));
        else if (p.end === null && !c.demo.isDemoClient && rng.chance(0.1)) returnedOn = minDate(addDays(lentOn, rng.int(14, 90)), this.#today);
        this.rows.deviceLoan.push({
          id: rng.uuid(), clientId: c.id, deviceKind: kind,
          identifier: `POLKU-${kind === 'laptop' ? 'KANN' : kind === 'phone' ? 'PUH' : 'TAB'}-${String(serial).padStart(4, '0')}`,
          lentOn, dueOn: maxDate(lentOn, p.plannedEnd), returnedOn, lentBy: p.coachId, createdAt: at(lentOn, 10, 0),
        });
      }
      const count = c.demo.dueReferral ? 1 : rng.chance(0.18) ? rng.int(1, 2) : 0;
      for (let k = 0; k < count; k++) {
        const p = rng.pick(c.periods);
        const [service, organisationName] = rng.pick(T.REFERRAL_SERVICES);
        let referredOn: IsoDate;
        let followUpOn: IsoDate;
        let resolvedOn: IsoDate | null = null;
        let outcome: string | null = null;
        if (c.demo.dueReferral) {
          referredOn = addDays(this.#today, -rng.int(30, 60));
          followUpOn = addDays(referredOn, 21);
        } else {
          const from = maxDate(p.start, this.#windowStart);
          const to = minDate(p.end ?? this.#yesterday, this.#yesterday);
          if (to < from) continue;
          referredOn = addDays(from, rng.int(0, daysBetween(from, to)));
          followUpOn = addDays(referredOn, rng.int(14, 42));
          if (followUpOn < this.#today && rng.chance(0.8)) {
            resolvedOn = maxDate(referredOn, minDate(addDays(followUpOn, rng.int(-7, 10)), this.#today));
            outcome = rng.pick(T.REFERRAL_OUTCOMES);
          }
        }
        this.rows.referral.push({
          id: rng.uuid(), clientId: c.id, service, organisationName, referredOn, followUpOn, resolvedOn, outcome,
          createdBy: c.demo.dueReferral ? this.#demoCoachId : p.coachId, createdAt: at(referredOn, 13, rng.int(0, 59)),
        });
      }
    }
  }

  /** The demo client's own account, linked to the client record. */
  linkDemoClient(): void {
    const rng = this.#rng('demo-client');
    const c = this.#clients[0];
    const user = this.#addUser(rng, 'client', null, true, { first: c.first, last: c.last });
    const row = this.rows.client.find((r) => r.id === c.id)!;
    row.userId = user.id;
  }

  /** Puts the (slow, so computed meanwhile) password hash on every demo user. */
  setPasswordHash(hash: string): void {
    for (const user of this.rows.appUser) user.passwordHash = hash;
  }

  build(): void {
    this.buildOrganisations();
    this.buildStaff();
    this.buildClients();
    this.buildCoaches();
    this.planGoals();
    this.assignDestinations();
    this.emitClients();
    this.linkDemoClient();
    this.emitPeriods();
    this.emitFollowUps();
    this.emitGoals();
    this.emitDiary();
    this.buildGroups();
    this.buildEmployerWork();
    this.buildDevicesAndReferrals();
  }
}
