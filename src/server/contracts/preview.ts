// Trying compensation terms before signing: draft terms are run with `computeMonth` (the same
// function as the invoices) over the purchaser's real data of earlier months, per provider, as if
// a contract with those terms had covered the months. The answer is aggregates per provider and
// month, with no client named, and beside them what the provider's contract in force (if any)
// gives for the same data.
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { IsoDate } from '../../domain/calendar/dates.ts';
import type { Destination, FollowUpStatus } from '../../domain/codes.ts';
import { computeMonth, monthBounds } from '../../domain/compensation/invoice.ts';
import type { AttendanceRecord, ClientRecord, CompensationTerms, FollowUpRecord, PeriodRecord } from '../../domain/compensation/terms.ts';
import { addMonthsToMonth, monthOf, type Month } from '../../domain/invoicing/months.ts';
import { addFigures, emptyFigures, monthFigures, type MonthFigures } from '../../domain/invoicing/preview.ts';
import { termsForMonth } from '../../domain/invoicing/terms-in-force.ts';
import type { Actor } from '../access/actor.ts';
import { forbidden, invalidField } from '../errors.ts';
import { parseAttendance, uuidArray } from './compute.ts';
import type { TTermsPreview } from './schemas.ts';
import { storedTerms, validTerms } from './terms.ts';

/** At most two years at a time: a preview is read from the live database. */
export const MAX_PREVIEW_MONTHS = 24;

interface ProviderData {
  id: string;
  name: string;
  clients: ClientRecord[];
  periods: PeriodRecord[];
  followUps: FollowUpRecord[];
  attendance: Map<Month, AttendanceRecord[]>;
  contract: { id: string; reference: string; startDate: IsoDate; endDate: IsoDate | null; terms: CompensationTerms; amendments: { id: string; effectiveFrom: IsoDate; terms: CompensationTerms }[] } | null;
}

/** The months of the range, in order. */
function monthsOf(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let m = from; m <= to; m = addMonthsToMonth(m, 1)) months.push(m);
  return months;
}

/** The calendar year before `today`'s: "last year's real data". */
export function defaultRange(today: IsoDate): { from: Month; to: Month } {
  const year = Number(today.slice(0, 4)) - 1;
  return { from: `${year}-01`, to: `${year}-12` };
}

export async function previewTerms(db: Database, actor: Actor, input: TTermsPreview, today: IsoDate) {
  if (actor.role !== 'purchaser' || !actor.organisationId) throw forbidden('the terms preview is for purchasers');
  const terms = validTerms(input.terms);
  const range = input.from && input.to ? { from: input.from, to: input.to } : defaultRange(today);
  if (range.to < range.from) throw invalidField('to', 'errors.dateOrder');
  if (range.to >= monthOf(today)) throw invalidField('to', 'errors.monthNotOver');
  const months = monthsOf(range.from, range.to);
  if (months.length > MAX_PREVIEW_MONTHS) throw invalidField('from', 'errors.rangeTooLong', { max: MAX_PREVIEW_MONTHS });
  const first = monthBounds(range.from).first;
  const last = monthBounds(range.to).last;
  const purchaserId = actor.organisationId;

  return db.transaction().execute(async (trx) => {
    // The purchaser's periods of these kinds at the providers asked for, started by the range's
    // end: earlier ones too, since a bonus window looks back over the contract's history.
    const { rows: periodRows } = await sql<{ id: string; clientId: string; startDate: string; endDate: string | null; destination: string | null; providerId: string; providerName: string }>`
      select p.id, p.client_id, p.start_date::text as start_date, p.end_date::text as end_date, p.destination, u.organisation_id as provider_id, o.name as provider_name
        from service_period p join unit u on u.id = p.unit_id join organisation o on o.id = u.organisation_id
       where p.purchaser_id = ${purchaserId}::uuid and o.kind = 'provider'
         and p.service_kind = any(${`{${input.serviceKinds.join(',')}}`}::text[])
         and p.start_date <= ${last}::date
         ${input.providerIds?.length ? sql`and u.organisation_id = any(${uuidArray(input.providerIds)}::uuid[])` : sql``}
       order by o.name, u.organisation_id, p.client_id, p.start_date, p.id`.execute(trx);
    const periodIds = uuidArray(periodRows.map((p) => p.id));
    const [{ rows: factorRows }, { rows: followUpRows }, { rows: attendanceRows }, { rows: contractRows }] = await Promise.all([
      sql<{ clientId: string; factors: string }>`
        select f.client_id, string_agg(f.factor, ' ' order by f.factor) as factors from client_background_factor f
         where f.client_id in (select p.client_id from service_period p where p.id = any(${periodIds}::uuid[])) group by f.client_id`.execute(trx),
      sql<{ periodId: string; recordedOn: string; status: string }>`
        select u.period_id, u.recorded_on::text as recorded_on, u.status from follow_up u
         where u.period_id = any(${periodIds}::uuid[]) and u.status is not null
         order by u.period_id, u.recorded_on, u.id`.execute(trx),
      sql<{ periodId: string; text: string | null }>`
        select p.id as period_id,
               (select string_agg(a.date::text || ' ' || a.hours::text || ' ' || a.mode, ',')
                  from attendance a where a.period_id = p.id and a.date between ${first}::date and ${last}::date) as text
          from service_period p where p.id = any(${periodIds}::uuid[])`.execute(trx),
      sql<{ id: string; providerId: string; reference: string; startDate: string; endDate: string | null; terms: string; amendments: string }>`
        select c.id, c.provider_id, c.reference, c.start_date::text as start_date, c.end_date::text as end_date, c.terms::text as terms,
               (select coalesce(json_agg(json_build_object('id', m.id, 'effectiveFrom', m.effective_from, 'terms', m.terms) order by m.effective_from)::text, '[]')
                  from contract_amendment m where m.contract_id = c.id) as amendments
          from contract c
         where c.purchaser_id = ${purchaserId}::uuid and c.start_date <= ${last}::date and (c.end_date is null or c.end_date >= ${first}::date)
         order by c.start_date desc, c.reference`.execute(trx),
    ]);

    const factorsOf = new Map(factorRows.map((r) => [r.clientId, r.factors.split(' ')]));
    const textOf = new Map(attendanceRows.map((r) => [r.periodId, r.text]));
    const followUpsOf = new Map<string, typeof followUpRows>();
    for (const f of followUpRows) {
      const list = followUpsOf.get(f.periodId);
      if (list) list.push(f);
      else followUpsOf.set(f.periodId, [f]);
    }
    const providers = new Map<string, ProviderData>();
    const seen = new Set<string>();
    for (const row of periodRows) {
      let provider = providers.get(row.providerId);
      if (!provider) {
        const contract = contractRows.find((c) => c.providerId === row.providerId);
        provider = {
          id: row.providerId, name: row.providerName, clients: [], periods: [], followUps: [], attendance: new Map(months.map((m) => [m, []])),
          contract: contract
            ? {
                id: contract.id, reference: contract.reference, startDate: contract.startDate, endDate: contract.endDate, terms: storedTerms(JSON.parse(contract.terms)),
                amendments: (JSON.parse(contract.amendments) as { id: string; effectiveFrom: string; terms: unknown }[]).map((a) => ({ ...a, terms: storedTerms(a.terms) })),
              }
            : null,
        };
        providers.set(row.providerId, provider);
      }
      if (!seen.has(`${row.providerId} ${row.clientId}`)) {
        seen.add(`${row.providerId} ${row.clientId}`);
        provider.clients.push({ id: row.clientId, factors: factorsOf.get(row.clientId) ?? [] });
      }
      provider.periods.push({ id: row.id, client: row.clientId, start: row.startDate, end: row.endDate, destination: row.destination as Destination | null });
      for (const f of followUpsOf.get(row.id) ?? []) provider.followUps.push({ client: row.clientId, period: row.id, date: f.recordedOn, status: f.status as FollowUpStatus });
      const text = textOf.get(row.id);
      if (text) {
        const records: AttendanceRecord[] = [];
        parseAttendance(text, row.clientId, records);
        for (const record of records) provider.attendance.get(monthOf(record.date))?.push(record);
      }
    }

    const result = [...providers.values()].map((provider) => {
      const input = { clients: provider.clients, periods: provider.periods, followUps: provider.followUps };
      const draftContract = { id: 'preview', start: first, end: last, ...terms };
      const byMonth = months.map((month) => {
        const draft = monthFigures(computeMonth({ ...input, contract: draftContract, attendance: provider.attendance.get(month)! }, month));
        let current: MonthFigures | null = null;
        const c = provider.contract;
        if (c && c.startDate <= monthBounds(month).last && (c.endDate === null || c.endDate >= monthBounds(month).first)) {
          const source = termsForMonth({ startDate: c.startDate, terms: c.terms }, c.amendments, month);
          current = monthFigures(computeMonth({ ...input, contract: { id: c.id, start: c.startDate, end: c.endDate, ...source.terms }, attendance: provider.attendance.get(month)! }, month));
        }
        return { month, draft, current };
      });
      const total = byMonth.reduce((sum, m) => addFigures(sum, m.draft), emptyFigures());
      const currentMonths = byMonth.filter((m) => m.current !== null);
      const currentTotal = currentMonths.length ? currentMonths.reduce((sum, m) => addFigures(sum, m.current!), emptyFigures()) : null;
      return {
        provider: { id: provider.id, name: provider.name },
        contract: provider.contract ? { id: provider.contract.id, reference: provider.contract.reference } : null,
        periods: provider.periods.length,
        months: byMonth,
        total,
        currentTotal,
      };
    });
    const grand = result.reduce((sum, p) => addFigures(sum, p.total), emptyFigures());
    return { from: range.from, to: range.to, terms, serviceKinds: input.serviceKinds, providers: result, totalCents: grand.totalCents };
  });
}
