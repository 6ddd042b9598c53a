// Request schemas of contracts and invoices (Z… schemas, T… inferred types). Compensation terms
// travel as a plain object and are validated by `parseTerms` when saved, so that a wrong term
// answers 422 with the JSON path of the problem under `terms` (e.g. terms.outcomeBonusCents.hired).
import { z } from 'zod';
import * as codes from '../../domain/codes.ts';
import { isValidBusinessId } from '../../domain/identity/business-id.ts';
import { isValidBic, isValidIban, normaliseIban } from '../../domain/invoicing/identifiers.ts';
import { ZDate, ZId, ZText } from '../pathway/schemas.ts';

export const ZMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'errors.invalidMonth' });

export const ZTermsInput = z
  .record(z.string(), z.unknown())
  .meta({ description: 'Compensation terms, as in docs/compensation.md; validated when saved (422, errors under terms.*)' });

const ZOptionalCode = (max: number) => ZText(max);

export const ZInvoicingDetails = z.object({
  paymentIban: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? null : normaliseIban(v)) : v),
    z.string().refine(isValidIban, { message: 'errors.invalidIban' }).nullable(),
  ).optional(),
  paymentBic: z.preprocess(
    (v) => (typeof v === 'string' ? (v.trim() === '' ? null : v.trim().toUpperCase()) : v),
    z.string().refine(isValidBic, { message: 'errors.invalidBic' }).nullable(),
  ).optional(),
  sellerEInvoiceAddress: ZOptionalCode(35),
  sellerIntermediator: ZOptionalCode(35),
  buyerBusinessId: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().refine(isValidBusinessId, { message: 'errors.invalidBusinessId' }).nullable(),
  ).optional(),
  buyerEInvoiceAddress: ZOptionalCode(35),
  buyerIntermediator: ZOptionalCode(35),
  buyerReference: ZOptionalCode(70),
  paymentTermDays: z.number().int().min(0).max(365).optional(),
});
export type TInvoicingDetails = z.infer<typeof ZInvoicingDetails>;

const ZServiceKinds = z
  .array(z.enum(codes.SERVICE_KINDS))
  .min(1)
  .max(codes.SERVICE_KINDS.length * 2)
  .transform((kinds) => [...new Set(kinds)]);

const ZContractFields = {
  reference: z.string().trim().min(1).max(50),
  title: z.string().trim().min(1).max(200),
  startDate: ZDate,
  endDate: ZDate.nullable().optional(),
  serviceKinds: ZServiceKinds,
  /** Catalogue services of the provider that the contract names (optional). */
  serviceIds: z.array(ZId).max(200),
  terms: ZTermsInput,
  note: ZText(4000),
  invoicing: ZInvoicingDetails,
};

export const ZContractCreate = z.object({
  providerId: ZId,
  /** An admin names the purchaser; a purchaser's contracts are always its own municipality's. */
  purchaserId: ZId.optional(),
  ...ZContractFields,
  serviceIds: ZContractFields.serviceIds.default([]),
  invoicing: ZInvoicingDetails.default({}),
});
/** Only the fields given change (no defaults here: a missing field is left as it is). */
export const ZContractUpdate = z.object(ZContractFields).partial();
export type TContractCreate = z.infer<typeof ZContractCreate>;
export type TContractUpdate = z.infer<typeof ZContractUpdate>;

export const ZContractQuery = z.object({
  providerId: ZId.optional(),
  /** Only contracts in force on this date. */
  activeOn: ZDate.optional(),
});

export const ZApplicableQuery = z.object({
  unitId: ZId,
  date: ZDate,
  serviceKind: z.enum(codes.SERVICE_KINDS).optional(),
});

export const ZAmendmentCreate = z.object({
  effectiveFrom: ZDate,
  title: z.string().trim().min(1).max(200),
  terms: ZTermsInput,
  note: ZText(4000),
});

/** Only the fields given change; the terms are replaced as a whole. */
export const ZAmendmentUpdate = ZAmendmentCreate.partial();
export const ZAmendmentParams = z.object({ id: ZId, amendmentId: ZId });

/** Draft terms tried against earlier months' real data (POST /api/contracts/terms-preview). */
export const ZTermsPreview = z.object({
  terms: ZTermsInput,
  /** The services the draft contract would pay for. */
  serviceKinds: ZServiceKinds,
  /** Only these providers; by default every provider whose periods the purchaser paid for. */
  providerIds: z.array(ZId).max(200).optional(),
  /** The months tried; by default the whole previous calendar year. */
  from: ZMonth.optional(),
  to: ZMonth.optional(),
});
export type TTermsPreview = z.infer<typeof ZTermsPreview>;

/** Documents up to 512 KiB are kept in the database; anything else is linked by its address. */
export const MAX_DOCUMENT_BYTES = 512 * 1024;
export const DOCUMENT_TYPES = [
  'application/pdf',
  'text/plain',
  'image/png',
  'image/jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.oasis.opendocument.text',
] as const;

export const ZDocumentCreate = z
  .object({
    title: z.string().trim().min(1).max(200),
    url: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, message: 'errors.invalidUrl' }).max(2000).optional()),
    fileName: z.string().trim().min(1).max(200).regex(/^[^\\/\u0000-\u001f]+$/, { message: 'errors.invalidFormat' }).optional(),
    contentType: z.enum(DOCUMENT_TYPES, { message: 'errors.fileTypeNotAllowed' }).optional(),
    /** The file in base64. */
    contentBase64: z.string().max(Math.ceil((MAX_DOCUMENT_BYTES * 4) / 3) + 8, { message: 'errors.fileTooLarge' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: 'errors.invalidFormat' }).optional(),
  })
  .refine((d) => (d.url === undefined) !== (d.contentBase64 === undefined), { message: 'errors.documentUrlOrFile', path: ['url'] })
  .refine((d) => d.contentBase64 === undefined || (d.fileName !== undefined && d.contentType !== undefined), {
    message: 'errors.required',
    path: ['fileName'],
  });
export type TDocumentCreate = z.infer<typeof ZDocumentCreate>;

export const ZDocumentParams = z.object({ id: ZId, documentId: ZId });

export const ZDraftRequest = z.object({ month: ZMonth });
export const ZDraftMonthRequest = z.object({
  month: ZMonth,
  /** Only these contracts; by default every contract in the caller's scope in force during the month. */
  contractIds: z.array(ZId).max(1000).optional(),
});
export const ZInvoiceQuery = z.object({
  contractId: ZId.optional(),
  status: z.enum(['draft', 'approved']).optional(),
  month: ZMonth.optional(),
});
