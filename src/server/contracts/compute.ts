// Builds contracts' invoice content from the database: loads exactly each contract's clients (with
// background factors), service periods, recorded follow-ups and the attendance of the months
// needed, in the shape `computeMonth` takes, and computes the month's lines plus the adjustments of
// earlier approved months whose data may have changed (docs/invoicing.md).
//
// The same functions serve one contract (a draft, an approval) and all contracts of a month
// (POST /api/invoices/drafts), with a constant number of queries either way: the invoicing state,
// the periods (with factors and follow-ups), the attendance of each month needed, and the approved
// amounts of recomputed months. The indexes are in migration 003.
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/calendar/dates.ts';
import type { AttendanceMode, Destination, FollowUpStatus } from '../../domain/codes.ts';
import { computeMonth, monthBounds, type LineKind } from '../../domain/compensation/invoice.ts';
import type { AttendanceRecord, ClientRecord, CompensationInput, CompensationTerms, FollowUpRecord, PeriodRecord } from '../../domain/compensation/terms.ts';
import { computeAdjustments, type ClientKindAmount } from '../../domain/invoicing/adjustments.ts';
import { invoiceDigest, invoiceTotals, regularLines, summariseIgnored, type IgnoredSummary, type InvoiceTotals, type StoredLine } from '../../domain/invoicing/lines.ts';
import { monthOf, monthStart, type Month } from '../../domain/invoicing/months.ts';
import { termsForMonth } from '../../domain/invoicing/terms-in-force.ts';
import type { Actor } from '../access/actor.ts';
import { contractVisible } from './access.ts';
import { storedTerms } from './terms.ts';

type Tx = Transaction<DB>;

export interface ContractForInvoice {
  id: string;
  startDate: IsoDate;
  endDate: IsoDate | null;
  terms: unknown;
}

/** A contract with what drafting its invoices needs to know besides the client data. */
export interface InvoicingState {
  contract: ContractForInvoice & { reference: string };
  /** Months of the contract's approved invoices, in order. */
  approved: Month[];
  /** Earliest date whose data changed since the last approval (invoice_stale), or null. */
  staleSince: IsoDate | null;
  amendments: { id: string; effectiveFrom: IsoDate; terms: unknown }[];
  /** The draft of the month asked for, if there is one. */
  draftId: string | null;
}

/** A uuid[] literal for a parameter: one parameter however many ids. */
export const uuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** The list under a key, created on first use (appending in place, not copying per row). */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * One query: the contracts (those the actor may see; a null actor is internal use) with their
 * approved months, stale mark, amendments and draft of the month. `which` is a list of ids, or
 * `inForce` for every contract whose validity overlaps the month.
 */
export async function invoicingStates(trx: Tx, actor: Actor | null, which: readonly string[] | 'inForce', month: Month): Promise<InvoicingState[]> {
  const first = monthStart(month);
  let query = trx
    .selectFrom('contract')
    .select([
      'contract.id',
      'contract.reference',
      'contract.startDate',
      'contract.endDate',
      sql<string>`contract.terms::text`.as('termsJson'),
      sql<string | null>`(select s.since::text from invoice_stale s where s.contract_id = contract.id)`.as('staleSince'),
      sql<string>`(select coalesce(string_agg(to_char(i.month, 'YYYY-MM'), ' ' order by i.month), '') from invoice i where i.contract_id = contract.id and i.status = 'approved')`.as('approved'),
      sql<string>`(select coalesce(json_agg(json_build_object('id', m.id, 'effectiveFrom', m.effective_from, 'terms', m.terms) order by m.effective_from)::text, '[]') from contract_amendment m where m.contract_id = contract.id)`.as('amendmentsJson'),
      sql<string | null>`(select i.id::text from invoice i where i.contract_id = contract.id and i.month = ${first}::date and i.status = 'draft')`.as('draftId'),
    ])
    .orderBy('contract.reference');
  query =
    which === 'inForce'
      ? query
          .where('contract.startDate', '<=', monthBounds(month).last)
          .where((eb) => eb.or([eb('contract.endDate', 'is', null), eb('contract.endDate', '>=', first)]))
      : query.where(sql<boolean>`contract.id = any(${uuidArray(which)}::uuid[])`);
  if (actor) query = query.where(contractVisible(actor));
  const rows = await query.execute();
  return rows.map((row) => ({
    contract: { id: row.id, reference: row.reference, startDate: row.startDate, endDate: row.endDate, terms: JSON.parse(row.termsJson) as unknown },
    approved: row.approved === '' ? [] : row.approved.split(' '),
    staleSince: row.staleSince,
    amendments: JSON.parse(row.amendmentsJson) as InvoicingState['amendments'],
    draftId: row.draftId,
  }));
}

export interface ContractData {
  clients: ClientRecord[];
  periods: PeriodRecord[];
  followUps: FollowUpRecord[];
  followUpIds: string[];
  /** The attendance of each month, in the order of the periods' list. */
  attendance: Map<Month, AttendanceRecord[]>;
}

type AttendanceText = Map<string, string>;

/**
 * The attendance of the contracts' periods in a month, as compact text per period
 * ("2025-03-03 4.00 onsite,…"): a few thousand short strings travel and parse far faster than two
 * hundred thousand rows. Each period's rows come from the (period_id, date) index, so the cost
 * follows the drafted contracts' own data. (A join on contract_id lets the planner read the whole
 * month of every contract instead: ten times slower for one contract, no faster for thirty, and
 * slower still when the database holds other municipalities too.) No order within a period: the
 * invoice does not depend on the order of the records (paid days are counted per date, and the
 * stored ignored records are sorted).
 */
async function loadAttendance(trx: Tx, contractIds: readonly string[], month: Month): Promise<AttendanceText> {
  const { first, last } = monthBounds(month);
  const { rows } = await sql<{ periodId: string; text: string | null }>`
    select p.id as period_id,
           (select string_agg(a.date::text || ' ' || a.hours::text || ' ' || a.mode, ',')
              from attendance a where a.period_id = p.id and a.date between ${first}::date and ${last}::date) as text
      from service_period p where p.contract_id = any(${uuidArray(contractIds)}::uuid[])`.execute(trx);
  const byPeriod: AttendanceText = new Map();
  for (const row of rows) if (row.text) byPeriod.set(row.periodId, row.text);
  return byPeriod;
}

/** Parses "2025-03-03 4.00 onsite,2025-03-04 2.50 remote" without intermediate arrays (200,000 records a month). */
export function parseAttendance(text: string, client: string, out: AttendanceRecord[]) {
  let i = 0;
  while (i < text.length) {
    const date = text.slice(i, i + 10);
    const space = text.indexOf(' ', i + 11);
    const comma = text.indexOf(',', space);
    const end = comma < 0 ? text.length : comma;
    const mode = text.startsWith('onsite', space + 1) && end === space + 7 ? 'onsite' : text.startsWith('remote', space + 1) && end === space + 7 ? 'remote' : text.slice(space + 1, end);
    out.push({ client, date, hours: Number(text.slice(i + 11, space)), mode: mode as AttendanceMode });
    i = end + 1;
  }
}

/**
 * Everything `computeMonth` needs of each contract, with the attendance of the months each one
 * needs: the periods, the clients' background factors, the recorded follow-ups, and one
 * attendance query per month needed.
 */
export async function loadContractsData(trx: Tx, needs: ReadonlyMap<string, readonly Month[]>): Promise<Map<string, ContractData>> {
  const contractIds = [...needs.keys()];
  const result = new Map<string, ContractData>(
    contractIds.map((id) => [id, { clients: [], periods: [], followUps: [], followUpIds: [], attendance: new Map(needs.get(id)!.map((m) => [m, []])) }]),
  );
  if (contractIds.length === 0) return result;
  const contractsByMonth = new Map<Month, string[]>();
  for (const [id, months] of needs) for (const m of months) listIn(contractsByMonth, m).push(id);

  const ids = uuidArray(contractIds);
  const [{ rows: periodRows }, { rows: factorRows }, { rows: followUpRows }, ...attendance] = await Promise.all([
    sql<{ contractId: string; id: string; clientId: string; startDate: string; endDate: string | null; destination: string | null }>`
      select p.contract_id, p.id, p.client_id, p.start_date, p.end_date, p.destination
        from service_period p where p.contract_id = any(${ids}::uuid[])
       order by p.contract_id, p.client_id, p.start_date, p.id`.execute(trx),
    sql<{ clientId: string; factors: string }>`
      select f.client_id, string_agg(f.factor, ' ' order by f.factor) as factors
        from client_background_factor f
       where f.client_id in (select p.client_id from service_period p where p.contract_id = any(${ids}::uuid[]))
       group by f.client_id`.execute(trx),
    sql<{ periodId: string; id: string; recordedOn: string; status: string }>`
      select u.period_id, u.id, u.recorded_on, u.status
        from follow_up u join service_period p on p.id = u.period_id
       where p.contract_id = any(${ids}::uuid[]) and u.status is not null
       order by u.period_id, u.recorded_on, u.id`.execute(trx),
    ...[...contractsByMonth].map(([m, monthContracts]) => loadAttendance(trx, monthContracts, m).then((text) => [m, text] as const)),
  ]);
  const factorsOf = new Map(factorRows.map((r) => [r.clientId, r.factors.split(' ')]));
  const followUpsOf = new Map<string, typeof followUpRows>();
  for (const row of followUpRows) listIn(followUpsOf, row.periodId).push(row);

  const seen = new Map<string, Set<string>>();
  for (const row of periodRows) {
    const data = result.get(row.contractId)!;
    let clients = seen.get(row.contractId);
    if (!clients) seen.set(row.contractId, (clients = new Set()));
    if (!clients.has(row.clientId)) {
      clients.add(row.clientId);
      data.clients.push({ id: row.clientId, factors: factorsOf.get(row.clientId) ?? [] });
    }
    data.periods.push({ id: row.id, client: row.clientId, start: row.startDate, end: row.endDate, destination: row.destination as Destination | null });
    for (const f of followUpsOf.get(row.id) ?? []) {
      data.followUps.push({ client: row.clientId, period: row.id, date: f.recordedOn, status: f.status as FollowUpStatus });
      data.followUpIds.push(f.id);
    }
    for (const [m, byPeriod] of attendance) {
      const records = data.attendance.get(m);
      const text = byPeriod.get(row.id);
      if (records && text) parseAttendance(text, row.clientId, records);
    }
  }
  return result;
}

export interface InvoiceContent {
  month: Month;
  lines: StoredLine[];
  ignored: IgnoredSummary;
  totals: InvoiceTotals;
  terms: CompensationTerms;
  termsEffectiveFrom: IsoDate;
  /** Approved months recomputed for adjustments. */
  recomputedMonths: Month[];
  hash: string;
}

/** What has been approved so far for each contract's recomputed months, per client and kind. */
async function approvedAmounts(trx: Tx, needs: ReadonlyMap<string, readonly Month[]>): Promise<Map<string, ClientKindAmount[]>> {
  const result = new Map<string, ClientKindAmount[]>();
  const contractIds = [...needs].filter(([, months]) => months.length > 0).map(([id]) => id);
  if (contractIds.length === 0) return result;
  const months = [...new Set(contractIds.flatMap((id) => needs.get(id)!))];
  const { rows } = await sql<{ contractId: string; forMonth: string; clientId: string; kind: string; amountCents: number }>`
    select i.contract_id, l.for_month, l.client_id, l.kind, sum(l.amount_cents)::bigint as amount_cents
      from invoice_line l join invoice i on i.id = l.invoice_id
     where i.contract_id = any(${uuidArray(contractIds)}::uuid[]) and i.status = 'approved'
       and l.for_month = any(${`{${months.map(monthStart).join(',')}}`}::date[])
     group by i.contract_id, l.for_month, l.client_id, l.kind`.execute(trx);
  for (const row of rows) {
    const key = `${row.contractId} ${monthOf(row.forMonth)}`;
    listIn(result, key).push({ clientId: row.clientId, kind: row.kind as LineKind, amountCents: Number(row.amountCents) });
  }
  return result;
}

/** Approved months of the state that must be recomputed for a draft of `month`. */
function monthsToRecompute(state: InvoicingState, month: Month): Month[] {
  const since = state.staleSince;
  return since === null ? [] : state.approved.filter((m) => m >= monthOf(since) && m !== month);
}

/**
 * The content of each contract's invoice for `month`. Approved months from the month of a
 * contract's `staleSince` on are recomputed and their differences become adjustment lines; months
 * before it cannot have changed since the last approval.
 */
export async function computeInvoiceContents(trx: Tx, states: readonly InvoicingState[], month: Month): Promise<Map<string, InvoiceContent>> {
  const recompute = new Map(states.map((s) => [s.contract.id, monthsToRecompute(s, month)]));
  const [data, approved] = await Promise.all([
    loadContractsData(trx, new Map(states.map((s) => [s.contract.id, [month, ...recompute.get(s.contract.id)!]]))),
    approvedAmounts(trx, recompute),
  ]);
  const contents = new Map<string, InvoiceContent>();
  for (const state of states) {
    const { contract } = state;
    const contractData = data.get(contract.id)!;
    const base = { startDate: contract.startDate, terms: storedTerms(contract.terms) };
    const amendments = state.amendments.map((a) => ({ id: a.id, effectiveFrom: a.effectiveFrom, terms: storedTerms(a.terms) }));
    const compute = (m: Month) => {
      const source = termsForMonth(base, amendments, m);
      const input: CompensationInput = {
        contract: { id: contract.id, start: contract.startDate, end: contract.endDate, ...source.terms },
        clients: contractData.clients,
        periods: contractData.periods,
        attendance: contractData.attendance.get(m)!,
        followUps: contractData.followUps,
      };
      const result = computeMonth(input, m);
      return { source, result, lines: regularLines(result, { followUps: contractData.followUpIds }) };
    };
    const main = compute(month);
    const lines = [...main.lines];
    for (const m of recompute.get(contract.id)!) lines.push(...computeAdjustments(m, approved.get(`${contract.id} ${m}`) ?? [], compute(m).lines));
    contents.set(contract.id, {
      month,
      lines,
      ignored: summariseIgnored(main.result.ignored, { followUps: contractData.followUpIds }, contractData.periods.map((p) => p.id)),
      totals: invoiceTotals(lines, month),
      terms: main.source.terms,
      termsEffectiveFrom: main.source.effectiveFrom,
      recomputedMonths: recompute.get(contract.id)!,
      hash: invoiceDigest(lines, main.source.terms),
    });
  }
  return contents;
}

/** One contract's content (see computeInvoiceContents). */
export async function computeInvoiceContent(trx: Tx, state: InvoicingState, month: Month): Promise<InvoiceContent> {
  return (await computeInvoiceContents(trx, [state], month)).get(state.contract.id)!;
}

/**
 * What the current data says of a month, per client and kind: the right side of the invariant
 * "approved lines + approved adjustments of a month = its current figures" (used by tests).
 */
export async function currentFigures(trx: Tx, contractId: string, month: Month): Promise<ClientKindAmount[]> {
  const [state] = await invoicingStates(trx, null, [contractId], month);
  if (!state) throw new Error(`no contract ${contractId}`);
  const content = await computeInvoiceContent(trx, { ...state, staleSince: null }, month);
  return content.lines.map((l) => ({ clientId: l.clientId, kind: l.kind, amountCents: l.amountCents }));
}
