// Contracts between a purchaser (municipality) and a provider: validity, the service kinds paid
// for, compensation terms, amendments that change the terms from a date, and attached documents.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { IsoDate } from '../../domain/calendar/dates.ts';
import type { ServiceKind } from '../../domain/codes.ts';
import type { Actor } from '../access/actor.ts';
import { conflict, forbidden, invalidField, notFound } from '../errors.ts';
import { assertManagesContracts, contractVisible, seesContracts } from './access.ts';
import { MAX_DOCUMENT_BYTES, type TContractCreate, type TContractUpdate, type TDocumentCreate, type TInvoicingDetails } from './schemas.ts';
import type { z } from 'zod';
import type { ZAmendmentCreate, ZAmendmentUpdate, ZApplicableQuery, ZContractQuery } from './schemas.ts';
import { validTerms } from './terms.ts';

type Tx = Transaction<DB>;
type Db = Database | Tx;

/**
 * A jsonb column as text, parsed by the caller: the CamelCasePlugin would rename the keys of
 * nested objects, and terms are keyed by codes ("open_employment" must stay as it is).
 */
export const jsonText = (column: string) => sql<string>`${sql.ref(column)}::text`;

/** PostgreSQL's unique_violation, from pg and PGlite alike. */
export const isUniqueViolation = (error: unknown) => typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

export const CONTRACT_COLUMNS = [
  'contract.id',
  'contract.reference',
  'contract.title',
  'contract.purchaserId',
  'contract.providerId',
  'contract.startDate',
  'contract.endDate',
  'contract.serviceKinds',
  'contract.note',
  'contract.paymentIban',
  'contract.paymentBic',
  'contract.sellerEinvoiceAddress',
  'contract.sellerIntermediator',
  'contract.buyerBusinessId',
  'contract.buyerEinvoiceAddress',
  'contract.buyerIntermediator',
  'contract.buyerReference',
  'contract.paymentTermDays',
  'contract.createdAt',
  'contract.updatedAt',
] as const;

/** A contract the actor may see, or a 404. */
export async function findContract(db: Db, actor: Actor, contractId: string) {
  const contract = await db
    .selectFrom('contract')
    .innerJoin('organisation as purchaser', 'purchaser.id', 'contract.purchaserId')
    .innerJoin('organisation as provider', 'provider.id', 'contract.providerId')
    .select([
      ...CONTRACT_COLUMNS,
      jsonText('contract.terms').as('termsJson'),
      'purchaser.name as purchaserName',
      'provider.name as providerName',
      'provider.businessId as providerBusinessId',
    ])
    .where('contract.id', '=', contractId)
    .where(contractVisible(actor))
    .executeTakeFirst();
  if (!contract) throw notFound('contract');
  const { termsJson, ...rest } = contract;
  return { ...rest, terms: JSON.parse(termsJson) as unknown };
}
export type ContractRow = Awaited<ReturnType<typeof findContract>>;

const invoicingOut = (c: ContractRow) => ({
  paymentIban: c.paymentIban,
  paymentBic: c.paymentBic,
  sellerEInvoiceAddress: c.sellerEinvoiceAddress,
  sellerIntermediator: c.sellerIntermediator,
  buyerBusinessId: c.buyerBusinessId,
  buyerEInvoiceAddress: c.buyerEinvoiceAddress,
  buyerIntermediator: c.buyerIntermediator,
  buyerReference: c.buyerReference,
  paymentTermDays: c.paymentTermDays,
});

/** The invoicing details as columns; only the fields given are set. */
function invoicingColumns(input: TInvoicingDetails | undefined) {
  if (!input) return {};
  const columns: Record<string, unknown> = {};
  const map: Record<keyof TInvoicingDetails, string> = {
    paymentIban: 'paymentIban',
    paymentBic: 'paymentBic',
    sellerEInvoiceAddress: 'sellerEinvoiceAddress',
    sellerIntermediator: 'sellerIntermediator',
    buyerBusinessId: 'buyerBusinessId',
    buyerEInvoiceAddress: 'buyerEinvoiceAddress',
    buyerIntermediator: 'buyerIntermediator',
    buyerReference: 'buyerReference',
    paymentTermDays: 'paymentTermDays',
  };
  for (const [key, column] of Object.entries(map)) {
    const value = input[key as keyof TInvoicingDetails];
    if (value !== undefined) columns[column] = value;
  }
  return columns as { paymentTermDays?: number } & Record<string, string | null>;
}

async function contractBody(db: Db, actor: Actor, contract: ContractRow) {
  const [services, amendments, documents] = await Promise.all([
    db
      .selectFrom('contractService')
      .innerJoin('catalogueService', 'catalogueService.id', 'contractService.serviceId')
      .select(['catalogueService.id', 'catalogueService.kind', 'catalogueService.texts'])
      .where('contractService.contractId', '=', contract.id)
      .execute(),
    db
      .selectFrom('contractAmendment')
      .select(['id', 'effectiveFrom', 'title', jsonText('contract_amendment.terms').as('termsJson'), 'note', 'createdAt'])
      .where('contractId', '=', contract.id)
      .orderBy('effectiveFrom')
      .execute()
      .then((rows) => rows.map(({ termsJson, ...a }) => ({ ...a, terms: JSON.parse(termsJson) as unknown }))),
    db
      .selectFrom('contractDocument')
      .select(['id', 'title', 'fileName', 'contentType', 'sizeBytes', 'url', 'createdAt'])
      .where('contractId', '=', contract.id)
      .orderBy('createdAt')
      .execute(),
  ]);
  return {
    id: contract.id,
    reference: contract.reference,
    title: contract.title,
    purchaser: { id: contract.purchaserId, name: contract.purchaserName },
    provider: { id: contract.providerId, name: contract.providerName, businessId: contract.providerBusinessId },
    startDate: contract.startDate,
    endDate: contract.endDate,
    serviceKinds: contract.serviceKinds,
    services: services.map((s) => ({ id: s.id, kind: s.kind, name: (s.texts as { name?: unknown }).name ?? null })),
    terms: contract.terms,
    note: contract.note,
    invoicing: invoicingOut(contract),
    amendments,
    documents: documents.map((d) => ({ ...d, stored: d.url === null })),
    createdAt: contract.createdAt,
    updatedAt: contract.updatedAt,
    canManage: actor.role === 'purchaser' || actor.role === 'admin',
  };
}

export async function listContracts(db: Database, actor: Actor, query: z.infer<typeof ZContractQuery>) {
  if (!seesContracts(actor)) throw forbidden('contracts are for purchasers, unit managers and admins');
  let q = db
    .selectFrom('contract')
    .innerJoin('organisation as purchaser', 'purchaser.id', 'contract.purchaserId')
    .innerJoin('organisation as provider', 'provider.id', 'contract.providerId')
    .select([
      'contract.id',
      'contract.reference',
      'contract.title',
      'contract.purchaserId',
      'purchaser.name as purchaserName',
      'contract.providerId',
      'provider.name as providerName',
      'contract.startDate',
      'contract.endDate',
      'contract.serviceKinds',
    ])
    .where(contractVisible(actor))
    .orderBy('contract.startDate', 'desc')
    .orderBy('contract.reference');
  if (query.providerId) q = q.where('contract.providerId', '=', query.providerId);
  if (query.activeOn) {
    const on = query.activeOn;
    q = q.where('contract.startDate', '<=', on).where((eb) => eb.or([eb('contract.endDate', 'is', null), eb('contract.endDate', '>=', on)]));
  }
  return q.execute();
}

export async function getContract(db: Database, actor: Actor, contractId: string) {
  return contractBody(db, actor, await findContract(db, actor, contractId));
}

/** The provider's catalogue services named by the contract must be of the kinds it covers. */
async function checkServices(trx: Tx, providerId: string, serviceIds: string[], serviceKinds: readonly string[]) {
  if (serviceIds.length === 0) return;
  const found = await trx.selectFrom('catalogueService').select(['id', 'kind']).where('providerId', '=', providerId).where('id', 'in', serviceIds).execute();
  const kinds = new Map(found.map((s) => [s.id, s.kind]));
  serviceIds.forEach((id, i) => {
    const kind = kinds.get(id);
    if (kind === undefined) throw invalidField(`serviceIds.${i}`, 'errors.invalidChoice');
    if (!serviceKinds.includes(kind)) throw invalidField(`serviceIds.${i}`, 'errors.serviceNotCovered');
  });
}

async function writeServices(trx: Tx, contractId: string, serviceIds: string[]) {
  await trx.deleteFrom('contractService').where('contractId', '=', contractId).execute();
  const unique = [...new Set(serviceIds)];
  if (unique.length) await trx.insertInto('contractService').values(unique.map((serviceId) => ({ contractId, serviceId }))).execute();
}

export async function createContract(db: Database, actor: Actor, input: TContractCreate) {
  assertManagesContracts(actor);
  let purchaserId: string;
  if (actor.role === 'purchaser') {
    if (!actor.organisationId || (input.purchaserId && input.purchaserId !== actor.organisationId)) throw invalidField('purchaserId', 'errors.invalidChoice');
    purchaserId = actor.organisationId;
  } else {
    if (!input.purchaserId) throw invalidField('purchaserId', 'errors.required');
    purchaserId = input.purchaserId;
  }
  if (input.endDate && input.endDate < input.startDate) throw invalidField('endDate', 'errors.dateOrder');
  const terms = validTerms(input.terms);
  return db.transaction().execute(async (trx) => {
    const purchaser = await trx.selectFrom('organisation').select('id').where('id', '=', purchaserId).where('kind', '=', 'municipality').executeTakeFirst();
    if (!purchaser) throw invalidField('purchaserId', 'errors.invalidChoice');
    const provider = await trx.selectFrom('organisation').select('id').where('id', '=', input.providerId).where('kind', '=', 'provider').executeTakeFirst();
    if (!provider) throw invalidField('providerId', 'errors.invalidChoice');
    await checkServices(trx, input.providerId, input.serviceIds, input.serviceKinds);
    const duplicate = await trx
      .selectFrom('contract')
      .select('id')
      .where('purchaserId', '=', purchaserId)
      .where((eb) => eb(eb.fn('lower', ['reference']), '=', input.reference.toLowerCase()))
      .executeTakeFirst();
    if (duplicate) throw conflict('errors.contractReferenceExists');
    const { id } = await trx
      .insertInto('contract')
      .values({
        purchaserId,
        providerId: input.providerId,
        reference: input.reference,
        title: input.title,
        startDate: input.startDate,
        endDate: input.endDate ?? null,
        serviceKinds: input.serviceKinds,
        terms: JSON.stringify(terms),
        note: input.note ?? null,
        createdBy: actor.userId,
        ...invoicingColumns(input.invoicing),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch((error) => {
        throw isUniqueViolation(error) ? conflict('errors.contractReferenceExists') : error;
      });
    await writeServices(trx, id, input.serviceIds);
    return contractBody(trx, actor, await findContract(trx, actor, id));
  });
}

export async function updateContract(db: Database, actor: Actor, contractId: string, input: TContractUpdate) {
  return db.transaction().execute(async (trx) => {
    const contract = await findContract(trx, actor, contractId);
    assertManagesContracts(actor);
    const startDate = input.startDate ?? contract.startDate;
    const endDate = input.endDate === undefined ? contract.endDate : input.endDate;
    if (endDate && endDate < startDate) throw invalidField(input.endDate ? 'endDate' : 'startDate', 'errors.dateOrder');
    const serviceKinds = input.serviceKinds ?? contract.serviceKinds;
    let terms: string | undefined;
    if (input.terms !== undefined) {
      terms = JSON.stringify(validTerms(input.terms));
      // Once an invoice is approved, the terms change only through amendments with a date.
      const approved = await trx.selectFrom('invoice').select('id').where('contractId', '=', contractId).where('status', '=', 'approved').executeTakeFirst();
      if (approved) throw conflict('errors.contractInvoiced', 'terms of an invoiced contract change through amendments');
    }
    if (input.serviceIds !== undefined || input.serviceKinds !== undefined) {
      const serviceIds =
        input.serviceIds ?? (await trx.selectFrom('contractService').select('serviceId').where('contractId', '=', contractId).execute()).map((s) => s.serviceId);
      await checkServices(trx, contract.providerId, serviceIds, serviceKinds);
      await writeServices(trx, contractId, serviceIds);
    }
    if (input.reference && input.reference.toLowerCase() !== contract.reference.toLowerCase()) {
      const duplicate = await trx
        .selectFrom('contract')
        .select('id')
        .where('purchaserId', '=', contract.purchaserId)
        .where('id', '<>', contractId)
        .where((eb) => eb(eb.fn('lower', ['reference']), '=', input.reference!.toLowerCase()))
        .executeTakeFirst();
      if (duplicate) throw conflict('errors.contractReferenceExists');
    }
    await trx
      .updateTable('contract')
      .set({
        ...(input.reference !== undefined ? { reference: input.reference } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.startDate !== undefined ? { startDate: input.startDate } : {}),
        ...(input.endDate !== undefined ? { endDate: input.endDate } : {}),
        ...(input.serviceKinds !== undefined ? { serviceKinds: input.serviceKinds } : {}),
        ...(terms !== undefined ? { terms } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
        ...invoicingColumns(input.invoicing),
        updatedAt: sql`now()`,
      })
      .where('id', '=', contractId)
      .execute();
    return contractBody(trx, actor, await findContract(trx, actor, contractId));
  });
}

export async function addAmendment(db: Database, actor: Actor, contractId: string, input: z.infer<typeof ZAmendmentCreate>) {
  return db.transaction().execute(async (trx) => {
    const contract = await findContract(trx, actor, contractId);
    assertManagesContracts(actor);
    if (input.effectiveFrom < contract.startDate || (contract.endDate && input.effectiveFrom > contract.endDate)) {
      throw invalidField('effectiveFrom', 'errors.amendmentOutsideContract');
    }
    const terms = validTerms(input.terms);
    const existing = await trx.selectFrom('contractAmendment').select('id').where('contractId', '=', contractId).where('effectiveFrom', '=', input.effectiveFrom).executeTakeFirst();
    if (existing) throw conflict('errors.amendmentExists');
    await trx
      .insertInto('contractAmendment')
      .values({ contractId, effectiveFrom: input.effectiveFrom, title: input.title, terms: JSON.stringify(terms), note: input.note ?? null, createdBy: actor.userId })
      .execute()
      .catch((error) => {
        throw isUniqueViolation(error) ? conflict('errors.amendmentExists') : error;
      });
    return contractBody(trx, actor, await findContract(trx, actor, contractId));
  });
}

/**
 * Changes an amendment. Approved invoices never change: the database marks the contract's months
 * from the earlier of the old and new effective dates as changed, and the next draft carries
 * adjustment lines for the approved months whose figures differ (docs/invoicing.md).
 */
export async function updateAmendment(db: Database, actor: Actor, contractId: string, amendmentId: string, input: z.infer<typeof ZAmendmentUpdate>) {
  return db.transaction().execute(async (trx) => {
    const contract = await findContract(trx, actor, contractId);
    assertManagesContracts(actor);
    const amendment = await trx.selectFrom('contractAmendment').select(['id', 'effectiveFrom']).where('id', '=', amendmentId).where('contractId', '=', contractId).forUpdate().executeTakeFirst();
    if (!amendment) throw notFound('amendment');
    const effectiveFrom = input.effectiveFrom ?? amendment.effectiveFrom;
    if (effectiveFrom < contract.startDate || (contract.endDate && effectiveFrom > contract.endDate)) throw invalidField('effectiveFrom', 'errors.amendmentOutsideContract');
    const terms = input.terms === undefined ? undefined : JSON.stringify(validTerms(input.terms));
    if (effectiveFrom !== amendment.effectiveFrom) {
      const clash = await trx.selectFrom('contractAmendment').select('id').where('contractId', '=', contractId).where('effectiveFrom', '=', effectiveFrom).where('id', '<>', amendmentId).executeTakeFirst();
      if (clash) throw conflict('errors.amendmentExists');
    }
    await trx
      .updateTable('contractAmendment')
      .set({
        ...(input.effectiveFrom !== undefined ? { effectiveFrom: input.effectiveFrom } : {}),
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(terms !== undefined ? { terms } : {}),
        ...(input.note !== undefined ? { note: input.note } : {}),
      })
      .where('id', '=', amendmentId)
      .execute()
      .catch((error) => {
        throw isUniqueViolation(error) ? conflict('errors.amendmentExists') : error;
      });
    return contractBody(trx, actor, await findContract(trx, actor, contractId));
  });
}

/** Removes an amendment; as with a change, approved months are corrected by adjustment lines. */
export async function deleteAmendment(db: Database, actor: Actor, contractId: string, amendmentId: string) {
  return db.transaction().execute(async (trx) => {
    await findContract(trx, actor, contractId);
    assertManagesContracts(actor);
    const deleted = await trx.deleteFrom('contractAmendment').where('id', '=', amendmentId).where('contractId', '=', contractId).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('amendment');
    return contractBody(trx, actor, await findContract(trx, actor, contractId));
  });
}

export async function addDocument(db: Database, actor: Actor, contractId: string, input: TDocumentCreate) {
  let content: Buffer | null = null;
  if (input.contentBase64 !== undefined) {
    content = Buffer.from(input.contentBase64, 'base64');
    if (content.length > MAX_DOCUMENT_BYTES) throw invalidField('contentBase64', 'errors.fileTooLarge', { max: MAX_DOCUMENT_BYTES });
    if (content.length === 0) throw invalidField('contentBase64', 'errors.required');
  }
  return db.transaction().execute(async (trx) => {
    await findContract(trx, actor, contractId);
    assertManagesContracts(actor);
    return trx
      .insertInto('contractDocument')
      .values({
        contractId,
        title: input.title,
        url: input.url ?? null,
        fileName: content ? input.fileName! : null,
        contentType: content ? input.contentType! : null,
        sizeBytes: content ? content.length : null,
        content,
        createdBy: actor.userId,
      })
      .returning(['id', 'title', 'fileName', 'contentType', 'sizeBytes', 'url', 'createdAt'])
      .executeTakeFirstOrThrow();
  });
}

export async function readDocument(db: Database, actor: Actor, contractId: string, documentId: string) {
  await findContract(db, actor, contractId);
  const document = await db
    .selectFrom('contractDocument')
    .select(['fileName', 'contentType', 'content'])
    .where('id', '=', documentId)
    .where('contractId', '=', contractId)
    .where('content', 'is not', null)
    .executeTakeFirst();
  if (!document) throw notFound('document');
  return { fileName: document.fileName!, contentType: document.contentType!, content: Buffer.from(document.content!) };
}

export async function deleteDocument(db: Database, actor: Actor, contractId: string, documentId: string) {
  return db.transaction().execute(async (trx) => {
    await findContract(trx, actor, contractId);
    assertManagesContracts(actor);
    const deleted = await trx.deleteFrom('contractDocument').where('id', '=', documentId).where('contractId', '=', contractId).executeTakeFirst();
    if (Number(deleted.numDeletedRows) === 0) throw notFound('document');
  });
}

/**
 * Contracts under which a unit can start a service period on a date: for the staff of the unit,
 * who choose the contract in the period form. Only what the choice needs: no terms.
 */
export async function applicableContracts(db: Database, actor: Actor, query: z.infer<typeof ZApplicableQuery>) {
  if (actor.role !== 'admin' && !((actor.role === 'coach' || actor.role === 'unit_manager') && actor.unitIds.includes(query.unitId))) {
    throw notFound('unit');
  }
  let q = db
    .selectFrom('contract')
    .innerJoin('unit', 'unit.organisationId', 'contract.providerId')
    .innerJoin('organisation as purchaser', 'purchaser.id', 'contract.purchaserId')
    .select(['contract.id', 'contract.reference', 'contract.title', 'purchaser.name as purchaserName', 'contract.startDate', 'contract.endDate', 'contract.serviceKinds'])
    .where('unit.id', '=', query.unitId)
    .where('contract.startDate', '<=', query.date)
    .where((eb) => eb.or([eb('contract.endDate', 'is', null), eb('contract.endDate', '>=', query.date)]))
    .orderBy('contract.reference');
  if (query.serviceKind) q = q.where(sql<boolean>`${query.serviceKind} = any(contract.service_kinds)`);
  return q.execute();
}

/**
 * Checks that a service period may be paid under the contract: the contract is the unit's
 * provider's, in force on the period's start date and covers the service kind. Returns the
 * contract's purchaser, who then pays for (and sees) the period.
 */
export async function contractForPeriod(trx: Db, contractId: string, unitId: string, startDate: IsoDate, serviceKind: ServiceKind) {
  const contract = await trx
    .selectFrom('contract')
    .innerJoin('unit', 'unit.organisationId', 'contract.providerId')
    .select(['contract.purchaserId', 'contract.startDate', 'contract.endDate', 'contract.serviceKinds'])
    .where('contract.id', '=', contractId)
    .where('unit.id', '=', unitId)
    .executeTakeFirst();
  if (!contract) throw invalidField('contractId', 'errors.invalidChoice');
  if (startDate < contract.startDate || (contract.endDate !== null && startDate > contract.endDate)) throw invalidField('contractId', 'errors.contractNotInForce');
  if (!contract.serviceKinds.includes(serviceKind)) throw invalidField('contractId', 'errors.serviceNotCovered');
  return { purchaserId: contract.purchaserId };
}
