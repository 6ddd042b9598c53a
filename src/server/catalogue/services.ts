// The service catalogue: providers publish their services on equal footing; anyone searches the
// published ones without signing in; a changed description keeps its history as versions; coaches
// refer clients to a service from its page (a referral row, scope-checked and logged).
import { sql, type Expression, type ExpressionBuilder, type SqlBool, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { Locale } from '../../domain/codes.ts';
import { stableStringify } from '../../domain/invoicing/lines.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient } from '../access/scope.ts';
import { AppError, forbidden, invalidField, notFound, type FieldError } from '../errors.ts';
import { REMOTE_FIELDS, TEXT_FIELDS, type TCatalogueQuery, type TLocalizedText, type TServiceCreate, type TServiceTexts, type TServiceUpdate } from './schemas.ts';
import type { z } from 'zod';
import type { ZCatalogueReferral } from './schemas.ts';

type Tx = Transaction<DB>;
type Db = Database | Tx;
type Texts = Record<string, unknown> & { name: TLocalizedText; remote?: Record<string, TLocalizedText> };

const TS_CONFIG: Record<Locale, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };

/** Drops empty languages and fields, so that equal texts are stored (and compared) alike. */
function cleanLocalized(text: TLocalizedText | undefined): TLocalizedText | undefined {
  if (!text) return undefined;
  const out: TLocalizedText = {};
  for (const lang of ['fi', 'sv', 'en'] as const) if (text[lang]) out[lang] = text[lang];
  return Object.keys(out).length ? out : undefined;
}
function cleanTexts(texts: TServiceTexts): Texts {
  const out: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) {
    const t = cleanLocalized(texts[field] as TLocalizedText | undefined);
    if (t) out[field] = t;
  }
  const remote: Record<string, TLocalizedText> = {};
  for (const field of REMOTE_FIELDS) {
    const t = cleanLocalized(texts.remote?.[field] as TLocalizedText | undefined);
    if (t) remote[field] = t;
  }
  if (Object.keys(remote).length) out.remote = remote;
  return out as Texts;
}

/** A text in the wanted language, else Finnish, else whichever there is. */
export function pick(text: TLocalizedText | undefined, lang: Locale): string | null {
  if (!text) return null;
  return text[lang] ?? text.fi ?? text.sv ?? text.en ?? null;
}

/** What the search reads in one language: every text field, falling back as `pick` does. */
function searchText(texts: Texts, lang: Locale): string {
  const parts: string[] = [];
  for (const field of TEXT_FIELDS) parts.push(pick(texts[field] as TLocalizedText | undefined, lang) ?? '');
  for (const field of REMOTE_FIELDS) parts.push(pick(texts.remote?.[field], lang) ?? '');
  return parts.filter(Boolean).join('\n').toLowerCase();
}

interface Content {
  kind: string;
  deliveryMode: string;
  municipalityCodes: string[];
  languages: string[];
  targetFactors: string[];
  priceCents: number | null;
  priceUnit: string | null;
  capacity: number | null;
  texts: Texts;
}

const SERVICE_COLUMNS = [
  'catalogueService.id',
  'catalogueService.providerId',
  'provider.name as providerName',
  'provider.sector as providerSector',
  'catalogueService.kind',
  'catalogueService.deliveryMode',
  'catalogueService.municipalityCodes',
  'catalogueService.languages',
  'catalogueService.targetFactors',
  'catalogueService.priceCents',
  'catalogueService.priceUnit',
  'catalogueService.capacity',
  'catalogueService.texts',
  'catalogueService.version',
  'catalogueService.published',
  'catalogueService.publishedAt',
  'catalogueService.createdAt',
  'catalogueService.updatedAt',
] as const;

function baseQuery(db: Db) {
  return db.selectFrom('catalogueService').innerJoin('organisation as provider', 'provider.id', 'catalogueService.providerId');
}

function toPublic(row: Record<string, unknown>, lang: Locale) {
  const texts = row.texts as Texts;
  return {
    id: row.id as string,
    provider: { id: row.providerId as string, name: row.providerName as string, sector: row.providerSector as string | null },
    kind: row.kind as string,
    deliveryMode: row.deliveryMode as string,
    municipalityCodes: row.municipalityCodes as string[],
    languages: row.languages as string[],
    targetFactors: row.targetFactors as string[],
    priceCents: row.priceCents as number | null,
    priceUnit: row.priceUnit as string | null,
    capacity: row.capacity as number | null,
    name: pick(texts.name, lang),
    texts,
    version: row.version as number,
    published: row.published as boolean,
    publishedAt: row.publishedAt,
    updatedAt: row.updatedAt,
  };
}

/** May the actor change the provider's services: its unit managers, and admins. */
function manages(actor: Actor | null, providerId: string) {
  return Boolean(actor && (actor.role === 'admin' || (actor.role === 'unit_manager' && actor.organisationId === providerId)));
}

/** Services the actor may see: published ones, and unpublished ones of a provider it manages. */
function visible(actor: Actor | null) {
  return (eb: ExpressionBuilder<DB, 'catalogueService'>): Expression<SqlBool> => {
    if (actor?.role === 'admin') return sql<boolean>`true`;
    if (actor?.role === 'unit_manager' && actor.organisationId) {
      return eb.or([eb('catalogueService.published', '=', true), eb('catalogueService.providerId', '=', actor.organisationId)]);
    }
    return eb('catalogueService.published', '=', true);
  };
}

const escapeLike = (word: string) => `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;

/** Public search of published services: free text in one language and filters. */
export async function searchServices(db: Database, query: TCatalogueQuery, locale: Locale) {
  const lang = query.lang ?? locale;
  const searchColumn = `catalogueService.search${lang[0].toUpperCase()}${lang[1]}` as 'catalogueService.searchFi';
  const tsvColumn = `catalogue_service.search_${lang}_tsv`;
  let q = baseQuery(db).where('catalogueService.published', '=', true);
  if (query.kind) q = q.where('catalogueService.kind', '=', query.kind);
  if (query.deliveryMode) q = q.where('catalogueService.deliveryMode', '=', query.deliveryMode);
  if (query.municipality) q = q.where(sql<boolean>`${query.municipality} = any(catalogue_service.municipality_codes)`);
  if (query.language) q = q.where(sql<boolean>`${query.language} = any(catalogue_service.languages)`);
  if (query.sector) q = q.where('provider.sector', '=', query.sector);
  if (query.providerId) q = q.where('catalogueService.providerId', '=', query.providerId);
  // Each word must match: as a substring (compounds: "paja" finds "työpaja"), by its stem in the
  // language (inflections: "työpajassa" finds "työpaja"), or in the provider's name.
  const words = (query.q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 10);
  for (const word of words) {
    q = q.where((eb) =>
      eb.or([
        eb(searchColumn, 'like', escapeLike(word)),
        sql<boolean>`${sql.raw(tsvColumn)} @@ plainto_tsquery(${TS_CONFIG[lang]}::regconfig, ${word})`,
        eb(eb.fn('lower', ['provider.name']), 'like', escapeLike(word)),
      ]),
    );
  }
  const nameOrder = sql`lower(coalesce(catalogue_service.texts->'name'->>${lang}, catalogue_service.texts->'name'->>'fi', catalogue_service.texts->'name'->>'sv', catalogue_service.texts->'name'->>'en'))`;
  const [count, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    q.select(SERVICE_COLUMNS).orderBy(nameOrder).orderBy('catalogueService.id').limit(query.limit).offset(query.offset).execute(),
  ]);
  return { total: Number(count.total), lang, items: rows.map((r) => toPublic(r, lang)) };
}

/** A service with the earlier versions of its description, newest first. */
export async function getService(db: Database, actor: Actor | null, serviceId: string, locale: Locale) {
  const row = await baseQuery(db).select(SERVICE_COLUMNS).where('catalogueService.id', '=', serviceId).where(visible(actor)).executeTakeFirst();
  if (!row) throw notFound('service');
  const history = await db
    .selectFrom('catalogueServiceVersion')
    .select(['version', 'createdAt', 'content'])
    .where('serviceId', '=', serviceId)
    .where('version', '<', row.version)
    .orderBy('version', 'desc')
    .execute();
  return { ...toPublic(row, locale), canManage: manages(actor, row.providerId), history };
}

/** The services of the caller's provider organisation (all of them for an admin), published or not. */
export async function ownServices(db: Database, actor: Actor, locale: Locale) {
  if (actor.role !== 'admin' && actor.role !== 'unit_manager') throw forbidden('own services are for unit managers');
  let q = baseQuery(db).select(SERVICE_COLUMNS).orderBy('catalogueService.updatedAt', 'desc').limit(1000);
  if (actor.role !== 'admin') q = q.where('catalogueService.providerId', '=', actor.organisationId ?? '00000000-0000-0000-0000-000000000000');
  return (await q.execute()).map((r) => toPublic(r, locale));
}

function contentOf(input: Omit<TServiceCreate, 'providerId'>): Content {
  return {
    kind: input.kind,
    deliveryMode: input.deliveryMode,
    municipalityCodes: input.municipalityCodes,
    languages: input.languages,
    targetFactors: input.targetFactors,
    priceCents: input.priceCents ?? null,
    priceUnit: input.priceUnit ?? null,
    capacity: input.capacity ?? null,
    texts: cleanTexts(input.texts),
  };
}

function columnsOf(content: Content) {
  return {
    ...content,
    texts: JSON.stringify(content.texts),
    searchFi: searchText(content.texts, 'fi'),
    searchSv: searchText(content.texts, 'sv'),
    searchEn: searchText(content.texts, 'en'),
  };
}

/**
 * The stored columns of a service and the content of its version row, from the same input the API
 * takes: the demo generator stores its services exactly as the API would.
 */
export function serviceStorage(input: Omit<TServiceCreate, 'providerId'>) {
  const content = contentOf(input);
  return { columns: columnsOf(content), content };
}

/** A published remote or hybrid service describes how it is delivered: the eight remote texts. */
function assertPublishable(content: Content) {
  if (content.deliveryMode === 'onsite') return;
  const missing: FieldError[] = REMOTE_FIELDS.filter((f) => !content.texts.remote?.[f]).map((f) => ({ path: `texts.remote.${f}`, messageKey: 'errors.required' }));
  if (missing.length) throw new AppError(422, 'errors.remoteDescriptionMissing', 'remote delivery needs its description before publishing', missing);
}

async function serviceForChange(trx: Tx, actor: Actor, serviceId: string) {
  const row = await trx
    .selectFrom('catalogueService')
    .selectAll()
    .where('id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();
  if (!row || !manages(actor, row.providerId)) throw notFound('service');
  return row;
}

async function readBack(trx: Tx, actor: Actor, serviceId: string, locale: Locale) {
  const row = await baseQuery(trx).select(SERVICE_COLUMNS).where('catalogueService.id', '=', serviceId).executeTakeFirstOrThrow();
  return { ...toPublic(row, locale), canManage: manages(actor, row.providerId) };
}

export async function createService(db: Database, actor: Actor, input: TServiceCreate, locale: Locale) {
  let providerId: string;
  if (actor.role === 'admin') {
    if (!input.providerId) throw invalidField('providerId', 'errors.required');
    providerId = input.providerId;
  } else if (actor.role === 'unit_manager' && actor.organisationId) {
    if (input.providerId && input.providerId !== actor.organisationId) throw invalidField('providerId', 'errors.invalidChoice');
    providerId = actor.organisationId;
  } else {
    throw forbidden('services are published by providers’ unit managers');
  }
  const content = contentOf(input);
  return db.transaction().execute(async (trx) => {
    const provider = await trx.selectFrom('organisation').select('id').where('id', '=', providerId).where('kind', '=', 'provider').executeTakeFirst();
    if (!provider) throw actor.role === 'admin' ? invalidField('providerId', 'errors.invalidChoice') : forbidden('the organisation is not a provider');
    const { id } = await trx
      .insertInto('catalogueService')
      .values({ providerId, ...columnsOf(content), createdBy: actor.userId })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('catalogueServiceVersion').values({ serviceId: id, version: 1, content: JSON.stringify(content), createdBy: actor.userId }).execute();
    return readBack(trx, actor, id, locale);
  });
}

/** Changes a service; a changed description becomes a new version, the earlier one kept. */
export async function updateService(db: Database, actor: Actor, serviceId: string, input: TServiceUpdate, locale: Locale) {
  return db.transaction().execute(async (trx) => {
    const row = await serviceForChange(trx, actor, serviceId);
    const current: Content = {
      kind: row.kind,
      deliveryMode: row.deliveryMode,
      municipalityCodes: row.municipalityCodes,
      languages: row.languages,
      targetFactors: row.targetFactors,
      priceCents: row.priceCents,
      priceUnit: row.priceUnit,
      capacity: row.capacity,
      texts: row.texts as Texts,
    };
    const next: Content = {
      ...current,
      ...Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'texts')),
      ...(input.texts ? { texts: cleanTexts(input.texts) } : {}),
    } as Content;
    if ((next.priceCents === null) !== (next.priceUnit === null)) throw invalidField('priceUnit', 'errors.required');
    if (row.published) assertPublishable(next);
    if (stableStringify(next) === stableStringify(current)) return readBack(trx, actor, serviceId, locale);
    const version = row.version + 1;
    await trx
      .updateTable('catalogueService')
      .set({ ...columnsOf(next), version, updatedAt: sql`now()` })
      .where('id', '=', serviceId)
      .execute();
    await trx.insertInto('catalogueServiceVersion').values({ serviceId, version, content: JSON.stringify(next), createdBy: actor.userId }).execute();
    return readBack(trx, actor, serviceId, locale);
  });
}

export async function setPublished(db: Database, actor: Actor, serviceId: string, published: boolean, locale: Locale) {
  return db.transaction().execute(async (trx) => {
    const row = await serviceForChange(trx, actor, serviceId);
    if (published) assertPublishable({ deliveryMode: row.deliveryMode, texts: row.texts as Texts } as Content);
    if (row.published !== published) {
      await trx
        .updateTable('catalogueService')
        .set({ published, publishedAt: published ? sql`now()` : null, updatedAt: sql`now()` })
        .where('id', '=', serviceId)
        .execute();
    }
    return readBack(trx, actor, serviceId, locale);
  });
}

/** A coach refers a client to a published service from its page: a referral naming the service. */
export async function referToService(db: Database, actor: Actor, serviceId: string, input: z.infer<typeof ZCatalogueReferral>) {
  if (input.followUpOn < input.referredOn) throw invalidField('followUpOn', 'errors.dateOrder');
  return db.transaction().execute(async (trx) => {
    const service = await baseQuery(trx)
      .select(['catalogueService.id', 'catalogueService.texts', 'provider.name as providerName'])
      .where('catalogueService.id', '=', serviceId)
      .where('catalogueService.published', '=', true)
      .executeTakeFirst();
    if (!service) throw notFound('service');
    await authorizeClient(trx, actor, input.clientId, 'referral', 'create');
    const name = pick((service.texts as Texts).name, actor.locale) ?? '';
    return trx
      .insertInto('referral')
      .values({
        clientId: input.clientId,
        service: name.slice(0, 300),
        organisationName: service.providerName,
        referredOn: input.referredOn,
        followUpOn: input.followUpOn,
        catalogueServiceId: serviceId,
        createdBy: actor.userId,
      })
      .returning(['id', 'clientId', 'service', 'organisationName', 'referredOn', 'followUpOn', 'resolvedOn', 'outcome', 'catalogueServiceId'])
      .executeTakeFirstOrThrow();
  });
}
