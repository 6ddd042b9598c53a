// Monthly invoices of a contract: drafts computed from the database with `computeMonth`, the
// purchaser's approval that locks them, adjustments of earlier approved months, and reading them.
// Invoice lines name clients: every read writes an access-log row per client, in the transaction.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { pgArray } from '../../db/arrays.ts';
import type { AccessAction } from '../../domain/codes.ts';
import { addMonthsToMonth, monthOf, monthStart, type Month } from '../../domain/invoicing/months.ts';
import type { IgnoredSummary } from '../../domain/invoicing/lines.ts';
import type { Actor } from '../access/actor.ts';
import { logAccess } from '../access/scope.ts';
import { AppError, conflict, forbidden, invalidField, notFound } from '../errors.ts';
import { assertApproves, assertManagesContracts, contractVisible, seesContracts } from './access.ts';
import { computeInvoiceContent, computeInvoiceContents, invoicingStates, type ContractForInvoice, type InvoiceContent, type InvoicingState } from './compute.ts';
import { findContract, isUniqueViolation, jsonText } from './contracts.ts';

type Tx = Transaction<DB>;

/**
 * Invoices are made in month order. The first may be any month from the contract's start; after
 * that, a month needs the previous one approved, and no later month may be approved already.
 */
function checkSequence(contract: ContractForInvoice, month: Month, approved: readonly Month[]) {
  if (month < monthOf(contract.startDate)) throw invalidField('month', 'errors.monthOutsideContract');
  if (approved.includes(month)) throw conflict('errors.invoiceApproved', `${month} is already approved`);
  if (approved.some((m) => m > month)) throw conflict('errors.laterMonthApproved', `a month after ${month} is approved`);
  if (approved.length > 0 && !approved.includes(addMonthsToMonth(month, -1))) {
    throw conflict('errors.previousMonthNotApproved', `${addMonthsToMonth(month, -1)} is not approved`);
  }
}


interface DraftToStore {
  state: InvoicingState;
  content: InvoiceContent;
}

/**
 * Replaces the drafts of the month: removes the earlier drafts, inserts the invoices and all their
 * lines in one statement (INSERT … SELECT FROM unnest(...), one array per column), and writes an
 * access-log row per client each invoice names. Returns the new ids by contract.
 */
async function storeDrafts(trx: Tx, actor: Actor, month: Month, drafts: readonly DraftToStore[]): Promise<Map<string, string>> {
  if (drafts.length === 0) return new Map();
  const earlier = drafts.map((d) => d.state.draftId).filter((id): id is string => id !== null);
  if (earlier.length) await trx.deleteFrom('invoice').where('id', 'in', earlier).where('status', '=', 'draft').execute();
  const invoices = (f: (d: DraftToStore) => string | number | null) => pgArray(drafts.map(f));
  const lines = drafts.flatMap((d) => d.content.lines.map((line, i) => ({ contractId: d.state.contract.id, lineNo: i + 1, line })));
  const column = (f: (l: (typeof lines)[number]) => string | number | null) => pgArray(lines.map(f));
  const { rows } = await sql<{ id: string; contractId: string }>`
    with inv as (
      insert into invoice (contract_id, month, base_cents, outcome_cents, durability_cents, adjustment_cents, total_cents,
                           terms, terms_effective_from, ignored, content_hash, created_by)
      select u.contract_id, ${monthStart(month)}::date, u.base_cents, u.outcome_cents, u.durability_cents, u.adjustment_cents, u.total_cents,
             u.terms, u.terms_effective_from, u.ignored, u.content_hash, ${actor.userId}::uuid
        from unnest(
        ${invoices((d) => d.state.contract.id)}::uuid[], ${invoices((d) => d.content.totals.baseCents)}::bigint[],
        ${invoices((d) => d.content.totals.outcomeCents)}::bigint[], ${invoices((d) => d.content.totals.durabilityCents)}::bigint[],
        ${invoices((d) => d.content.totals.adjustmentCents)}::bigint[], ${invoices((d) => d.content.totals.totalCents)}::bigint[],
        ${invoices((d) => JSON.stringify(d.content.terms))}::jsonb[], ${invoices((d) => d.content.termsEffectiveFrom)}::date[],
        ${invoices((d) => JSON.stringify(d.content.ignored))}::jsonb[], ${invoices((d) => d.content.hash)}::text[]
      ) as u (contract_id, base_cents, outcome_cents, durability_cents, adjustment_cents, total_cents, terms, terms_effective_from, ignored, content_hash)
      returning id, contract_id
    ), lines as (
      insert into invoice_line (invoice_id, line_no, for_month, client_id, kind, rule, quantity, unit_price_cents, amount_cents, detail)
      select inv.id, u.line_no, u.for_month, u.client_id, u.kind, u.rule, u.quantity, u.unit_price_cents, u.amount_cents, u.detail
        from unnest(
          ${column((l) => l.contractId)}::uuid[], ${column((l) => l.lineNo)}::int[], ${column((l) => monthStart(l.line.forMonth))}::date[],
          ${column((l) => l.line.clientId)}::uuid[], ${column((l) => l.line.kind)}::text[], ${column((l) => l.line.rule)}::text[],
          ${column((l) => l.line.quantity)}::int[], ${column((l) => l.line.unitPriceCents)}::bigint[], ${column((l) => l.line.amountCents)}::bigint[],
          ${column((l) => JSON.stringify(l.line.detail))}::jsonb[]
        ) as u (contract_id, line_no, for_month, client_id, kind, rule, quantity, unit_price_cents, amount_cents, detail)
        join inv on inv.contract_id = u.contract_id
    )
    select id, contract_id from inv`
    .execute(trx)
    .catch((error) => {
      throw isUniqueViolation(error) ? conflict('errors.conflict', 'another draft or approval of the month was made at the same time') : error;
    });
  const ids = new Map(rows.map((r) => [r.contractId, r.id]));
  const entries = drafts.flatMap((d) => {
    const clientIds = new Set(d.content.lines.map((l) => l.clientId));
    for (const record of d.content.ignored.records) clientIds.add(record.clientId);
    const resourceId = ids.get(d.state.contract.id)!;
    return [...clientIds].sort().map((clientId) => ({ clientId, action: 'create' as const, resource: 'invoice', resourceId }));
  });
  await logAccess(trx, actor, entries);
  return ids;
}

/** The contract's invoicing state for the month, or a 404 when the actor may not see it. */
async function stateFor(trx: Tx, actor: Actor, contractId: string, month: Month) {
  const [state] = await invoicingStates(trx, actor, [contractId], month);
  if (!state) throw notFound('contract');
  return state;
}

/**
 * Makes (or remakes) the draft invoice of a contract's month from the current data: the month's
 * lines, plus adjustment lines for earlier approved months whose data has changed since.
 */
export async function draftInvoice(db: Database, actor: Actor, contractId: string, month: Month) {
  return db.transaction().execute(async (trx) => {
    const state = await stateFor(trx, actor, contractId, month);
    assertManagesContracts(actor);
    checkSequence(state.contract, month, state.approved);
    const content = await computeInvoiceContent(trx, state, month);
    const ids = await storeDrafts(trx, actor, month, [{ state, content }]);
    return invoiceBody(trx, actor, ids.get(contractId)!, 'read', 'invoice', false);
  });
}

export interface MonthDraft {
  contractId: string;
  reference: string;
  invoiceId: string | null;
  totals: InvoiceContent['totals'] | null;
  lines: number;
  adjustments: number;
  /** Why the contract was not drafted (e.g. errors.previousMonthNotApproved), else null. */
  messageKey: string | null;
}

/** How many transactions draft a month's contracts side by side: PostgreSQL reads while Node computes. */
export const DRAFT_PARALLELISM = 2;

/**
 * Drafts the month's invoices of every contract in the caller's scope in force during the month
 * (or of the contracts named), with a constant number of queries: the month is read once for a
 * group of contracts. The contracts are drafted in a few groups side by side, each group in its
 * own transaction; a contract that cannot be drafted (say, its previous month is not approved) is
 * reported and the others go ahead. Answers summaries without client data; the access-log rows of
 * every draft are written with it.
 */
export async function draftMonth(db: Database, actor: Actor, month: Month, contractIds?: readonly string[], parallelism = DRAFT_PARALLELISM) {
  assertManagesContracts(actor);
  const states = await db.transaction().execute((trx) => invoicingStates(trx, actor, contractIds?.length ? contractIds : 'inForce', month));
  if (contractIds?.length && states.length !== new Set(contractIds).size) throw notFound('contract');
  const results: MonthDraft[] = [];
  const ready: InvoicingState[] = [];
  for (const state of states) {
    try {
      checkSequence(state.contract, month, state.approved);
      ready.push(state);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const messageKey = error.fieldErrors[0]?.messageKey ?? error.messageKey;
      results.push({ contractId: state.contract.id, reference: state.contract.reference, invoiceId: null, totals: null, lines: 0, adjustments: 0, messageKey });
    }
  }
  const groups: InvoicingState[][] = Array.from({ length: Math.min(Math.max(1, parallelism), ready.length) }, () => []);
  ready.forEach((state, i) => groups[i % groups.length].push(state));
  const drafted = await Promise.allSettled(
    groups.map((group) =>
      db.transaction().execute(async (trx) => {
        const contents = await computeInvoiceContents(trx, group, month);
        const ids = await storeDrafts(trx, actor, month, group.map((state) => ({ state, content: contents.get(state.contract.id)! })));
        return group.map((state) => ({ state, content: contents.get(state.contract.id)!, id: ids.get(state.contract.id)! }));
      }),
    ),
  );
  for (const outcome of drafted) if (outcome.status === 'rejected') throw outcome.reason;
  for (const outcome of drafted) {
    if (outcome.status !== 'fulfilled') continue;
    for (const { state, content, id } of outcome.value) {
      results.push({
        contractId: state.contract.id,
        reference: state.contract.reference,
        invoiceId: id,
        totals: content.totals,
        lines: content.lines.length,
        adjustments: content.lines.filter((l) => l.forMonth !== month).length,
        messageKey: null,
      });
    }
  }
  results.sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
  return { month, invoices: results };
}

/**
 * The purchaser approves a draft. The contract's row in invoice_stale is locked first, so no change
 * of the contract's data can commit meanwhile; the draft is computed once more and must say exactly
 * what it said (else 409: the data changed, make the draft again). Then the invoice is locked for
 * good and the stale mark is cleared: every approved month now agrees with the data.
 */
export async function approveInvoice(db: Database, actor: Actor, invoiceId: string) {
  return db.transaction().execute(async (trx) => {
    const invoice = await findInvoice(trx, actor, invoiceId, true);
    assertApproves(actor);
    if (invoice.status === 'approved') throw conflict('errors.invoiceApproved');
    await sql`
      insert into invoice_stale (contract_id, since) values (${invoice.contractId}, null)
      on conflict (contract_id) do update set since = invoice_stale.since`.execute(trx);
    const month = monthOf(invoice.month);
    const state = await stateFor(trx, actor, invoice.contractId, month);
    checkSequence(state.contract, month, state.approved);
    const content = await computeInvoiceContent(trx, state, month);
    if (content.hash !== invoice.contentHash) throw conflict('errors.invoiceOutdated', 'the data behind the draft has changed');
    await trx
      .updateTable('invoice')
      .set({ status: 'approved', number: sql`nextval('invoice_number_seq')`, approvedBy: actor.userId, approvedAt: sql`now()` })
      .where('id', '=', invoiceId)
      .where('status', '=', 'draft')
      .execute();
    await trx.updateTable('invoiceStale').set({ since: null }).where('contractId', '=', invoice.contractId).execute();
    return invoiceBody(trx, actor, invoiceId, 'update');
  });
}

/**
 * Drafts and approves a month's invoices of the contracts inside the caller's transaction, with the
 * same computation and storage as the API (used by the demo generator for a history of approved
 * months). The months must follow each other as `checkSequence` demands.
 */
export async function approveMonthWithin(trx: Tx, actor: Actor, contractIds: readonly string[], month: Month, approvedAt: string) {
  assertApproves(actor);
  const states = await invoicingStates(trx, actor, contractIds, month);
  for (const state of states) checkSequence(state.contract, month, state.approved);
  const contents = await computeInvoiceContents(trx, states, month);
  const ids = await storeDrafts(trx, actor, month, states.map((state) => ({ state, content: contents.get(state.contract.id)! })));
  const invoiceIds = [...ids.values()];
  if (invoiceIds.length === 0) return [];
  // One number at a time in contract order, so that the numbers do not depend on the plan.
  for (const state of states) {
    await trx
      .updateTable('invoice')
      .set({ status: 'approved', number: sql`nextval('invoice_number_seq')`, approvedBy: actor.userId, approvedAt })
      .where('id', '=', ids.get(state.contract.id)!)
      .execute();
  }
  await trx.updateTable('invoiceStale').set({ since: null }).where('contractId', 'in', [...contractIds]).execute();
  return states.map((state) => ({ contractId: state.contract.id, invoiceId: ids.get(state.contract.id)!, totals: contents.get(state.contract.id)!.totals }));
}

export async function deleteDraft(db: Database, actor: Actor, invoiceId: string) {
  return db.transaction().execute(async (trx) => {
    const invoice = await findInvoice(trx, actor, invoiceId, true);
    assertManagesContracts(actor);
    if (invoice.status === 'approved') throw conflict('errors.invoiceApproved');
    await trx.deleteFrom('invoice').where('id', '=', invoiceId).where('status', '=', 'draft').execute();
  });
}

/** An invoice whose contract the actor may see, or a 404. */
export async function findInvoice(trx: Tx | Database, actor: Actor, invoiceId: string, forUpdate = false) {
  let query = trx
    .selectFrom('invoice')
    .innerJoin('contract', 'contract.id', 'invoice.contractId')
    .select([
      'invoice.id',
      'invoice.contractId',
      'invoice.month',
      'invoice.status',
      'invoice.number',
      'invoice.baseCents',
      'invoice.outcomeCents',
      'invoice.durabilityCents',
      'invoice.adjustmentCents',
      'invoice.totalCents',
      jsonText('invoice.terms').as('termsJson'),
      'invoice.termsEffectiveFrom',
      jsonText('invoice.ignored').as('ignoredJson'),
      'invoice.contentHash',
      'invoice.createdAt',
      'invoice.approvedAt',
      'invoice.approvedBy',
    ])
    .where('invoice.id', '=', invoiceId)
    .where(contractVisible(actor));
  if (forUpdate) query = query.forUpdate('invoice');
  const found = await query.executeTakeFirst();
  if (!found) throw notFound('invoice');
  const { termsJson, ignoredJson, ...invoice } = found;
  return { ...invoice, terms: JSON.parse(termsJson) as unknown, ignored: JSON.parse(ignoredJson) as IgnoredSummary };
}

export type InvoiceBody = Awaited<ReturnType<typeof invoiceBody>>;

/** The invoice with its lines and the clients they name; logs the access to each client. */
export async function invoiceBody(trx: Tx, actor: Actor, invoiceId: string, action: AccessAction, resource = 'invoice', log = true) {
  const invoice = await findInvoice(trx, actor, invoiceId);
  const [contract, approver, lines] = await Promise.all([
    findContract(trx, actor, invoice.contractId),
    invoice.approvedBy ? trx.selectFrom('appUser').select('displayName').where('id', '=', invoice.approvedBy).executeTakeFirst() : undefined,
    trx
      .selectFrom('invoiceLine')
      .innerJoin('client', 'client.id', 'invoiceLine.clientId')
      .select([
        'invoiceLine.lineNo',
        'invoiceLine.forMonth',
        'invoiceLine.clientId',
        'client.firstName',
        'client.lastName',
        'invoiceLine.kind',
        'invoiceLine.rule',
        'invoiceLine.quantity',
        'invoiceLine.unitPriceCents',
        'invoiceLine.amountCents',
        jsonText('invoice_line.detail').as('detailJson'),
      ])
      .where('invoiceLine.invoiceId', '=', invoiceId)
      .orderBy('invoiceLine.lineNo')
      .execute(),
  ]);
  const month = monthOf(invoice.month);
  const ignored = invoice.ignored;
  const clientIds = new Set(lines.map((l) => l.clientId));
  for (const record of ignored.records ?? []) clientIds.add(record.clientId);
  if (log) await logAccess(trx, actor, [...clientIds].sort().map((clientId) => ({ clientId, action, resource, resourceId: invoiceId })));
  return {
    id: invoice.id,
    contract: {
      id: contract.id,
      reference: contract.reference,
      title: contract.title,
      startDate: contract.startDate,
      endDate: contract.endDate,
      purchaser: { id: contract.purchaserId, name: contract.purchaserName },
      provider: { id: contract.providerId, name: contract.providerName, businessId: contract.providerBusinessId },
    },
    month,
    status: invoice.status as 'draft' | 'approved',
    number: invoice.number,
    totals: {
      baseCents: invoice.baseCents,
      outcomeCents: invoice.outcomeCents,
      durabilityCents: invoice.durabilityCents,
      adjustmentCents: invoice.adjustmentCents,
      totalCents: invoice.totalCents,
    },
    terms: invoice.terms,
    termsEffectiveFrom: invoice.termsEffectiveFrom,
    createdAt: invoice.createdAt,
    approvedAt: invoice.approvedAt,
    approvedByName: approver?.displayName ?? null,
    lines: lines.map((l) => {
      const detail = JSON.parse(l.detailJson) as { explanation?: string } & Record<string, unknown>;
      return {
        lineNo: l.lineNo,
        forMonth: monthOf(l.forMonth),
        adjustment: monthOf(l.forMonth) !== month,
        clientId: l.clientId,
        firstName: l.firstName,
        lastName: l.lastName,
        kind: l.kind,
        rule: l.rule,
        quantity: l.quantity,
        unitPriceCents: l.unitPriceCents,
        amountCents: l.amountCents,
        explanation: detail.explanation ?? '',
        detail,
      };
    }),
    ignored,
    /** Payment details of the contract, for the exports. */
    invoicing: {
      paymentIban: contract.paymentIban,
      paymentBic: contract.paymentBic,
      sellerEInvoiceAddress: contract.sellerEinvoiceAddress,
      sellerIntermediator: contract.sellerIntermediator,
      buyerBusinessId: contract.buyerBusinessId,
      buyerEInvoiceAddress: contract.buyerEinvoiceAddress,
      buyerIntermediator: contract.buyerIntermediator,
      buyerReference: contract.buyerReference,
      paymentTermDays: contract.paymentTermDays,
    },
  };
}

export async function getInvoice(db: Database, actor: Actor, invoiceId: string) {
  return db.transaction().execute((trx) => invoiceBody(trx, actor, invoiceId, 'read'));
}

/** Invoice summaries (no client data): the month, status, number and totals. */
export async function listInvoices(db: Database, actor: Actor, query: { contractId?: string; status?: 'draft' | 'approved'; month?: Month }) {
  if (query.contractId) await findContract(db, actor, query.contractId);
  else if (!seesContracts(actor)) throw forbidden('invoices are for purchasers, unit managers and admins');
  let q = db
    .selectFrom('invoice')
    .innerJoin('contract', 'contract.id', 'invoice.contractId')
    .innerJoin('organisation as provider', 'provider.id', 'contract.providerId')
    .select([
      'invoice.id',
      'invoice.contractId',
      'contract.reference as contractReference',
      'provider.name as providerName',
      'invoice.month',
      'invoice.status',
      'invoice.number',
      'invoice.baseCents',
      'invoice.outcomeCents',
      'invoice.durabilityCents',
      'invoice.adjustmentCents',
      'invoice.totalCents',
      'invoice.createdAt',
      'invoice.approvedAt',
    ])
    .where(contractVisible(actor))
    .orderBy('invoice.month', 'desc')
    .orderBy('contract.reference')
    .limit(1000);
  if (query.contractId) q = q.where('invoice.contractId', '=', query.contractId);
  if (query.status) q = q.where('invoice.status', '=', query.status);
  if (query.month) q = q.where('invoice.month', '=', monthStart(query.month));
  const rows = await q.execute();
  return rows.map(({ month, ...r }) => ({ ...r, month: monthOf(month) }));
}

/** An invoice for an export, read (and logged) as `invoice_export`. */
export async function invoiceForExport(db: Database, actor: Actor, invoiceId: string) {
  return db.transaction().execute((trx) => invoiceBody(trx, actor, invoiceId, 'read', 'invoice_export'));
}
