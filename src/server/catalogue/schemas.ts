// Request schemas of the service catalogue. Texts are given field by field in Finnish, Swedish
// and English ({"fi": …, "sv": …, "en": …}); every text field needs at least one language.
import { z } from 'zod';
import * as codes from '../../domain/codes.ts';
import { ZDate, ZId } from '../pathway/schemas.ts';

/** What a service's price is for: the code list of src/domain/codes.ts. */
export const PRICE_UNITS = codes.PRICE_UNITS;

const ZLanguageText = (max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().max(max).nullable()).optional();

export const ZLocalizedText = (max: number) =>
  z
    .object({ fi: ZLanguageText(max), sv: ZLanguageText(max), en: ZLanguageText(max) })
    .refine((t) => Boolean(t.fi || t.sv || t.en), { message: 'errors.required' });
export type TLocalizedText = { fi?: string | null; sv?: string | null; en?: string | null };

/** What Tampere asked providers of remote services to describe in 2020. */
export const REMOTE_FIELDS = [
  'content',
  'methods',
  'toolsAndPlatforms',
  'dailyGuidance',
  'documentationAndDiary',
  'ethicalPrinciples',
  'timetable',
  'caseExample',
] as const;

const ZRemoteText = ZLocalizedText(4000).optional();
export const ZRemoteTexts = z.object({
  content: ZRemoteText,
  methods: ZRemoteText,
  toolsAndPlatforms: ZRemoteText,
  /** How daily personal guidance is ensured. */
  dailyGuidance: ZRemoteText,
  /** How the work is documented, and the client's diary. */
  documentationAndDiary: ZRemoteText,
  ethicalPrinciples: ZRemoteText,
  timetable: ZRemoteText,
  caseExample: ZRemoteText,
});

export const TEXT_FIELDS = ['name', 'targetGroup', 'area', 'schedule', 'description', 'priceNote'] as const;

export const ZServiceTexts = z.object({
  name: ZLocalizedText(200),
  targetGroup: ZLocalizedText(2000).optional(),
  area: ZLocalizedText(1000).optional(),
  schedule: ZLocalizedText(2000).optional(),
  description: ZLocalizedText(8000),
  priceNote: ZLocalizedText(1000).optional(),
  /** For remote or hybrid delivery; all eight are needed before such a service is published. */
  remote: ZRemoteTexts.optional(),
});
export type TServiceTexts = z.infer<typeof ZServiceTexts>;

const ZMunicipalityCode = z.string().regex(/^\d{3}$/, { message: 'errors.invalidMunicipalityCode' });
const ZLanguageCode = z.string().regex(/^[a-z]{2,3}$/, { message: 'errors.invalidLanguage' });

const ZServiceFields = {
  kind: z.enum(codes.SERVICE_KINDS),
  deliveryMode: z.enum(codes.DELIVERY_MODES),
  municipalityCodes: z.array(ZMunicipalityCode).min(1).max(400).transform((list) => [...new Set(list)]),
  languages: z.array(ZLanguageCode).max(10).transform((list) => [...new Set(list)]),
  targetFactors: z.array(z.enum(codes.BACKGROUND_FACTORS)).max(codes.BACKGROUND_FACTORS.length).transform((list) => [...new Set(list)]),
  priceCents: z.number().int().min(0).max(100_000_000).nullable().optional(),
  priceUnit: z.enum(PRICE_UNITS).nullable().optional(),
  capacity: z.number().int().min(0).max(100_000).nullable().optional(),
  texts: ZServiceTexts,
};

const priceAndUnit = (s: { priceCents?: number | null; priceUnit?: string | null }) => (s.priceCents == null) === (s.priceUnit == null);

export const ZServiceCreate = z
  .object({
    /** An admin names the provider; a unit manager's services are its own organisation's. */
    providerId: ZId.optional(),
    ...ZServiceFields,
    languages: ZServiceFields.languages.default([]),
    targetFactors: ZServiceFields.targetFactors.default([]),
  })
  .refine(priceAndUnit, { message: 'errors.required', path: ['priceUnit'] });
/** Only the fields given change; `texts` is replaced as a whole. */
export const ZServiceUpdate = z.object(ZServiceFields).partial();
export type TServiceCreate = z.infer<typeof ZServiceCreate>;
export type TServiceUpdate = z.infer<typeof ZServiceUpdate>;

export const ZCatalogueQuery = z.object({
  q: z.string().trim().max(200).optional(),
  /** The language whose texts are searched and sorted by; the request's language by default. */
  lang: z.enum(codes.LOCALES).optional(),
  kind: z.enum(codes.SERVICE_KINDS).optional(),
  municipality: ZMunicipalityCode.optional(),
  deliveryMode: z.enum(codes.DELIVERY_MODES).optional(),
  language: ZLanguageCode.optional(),
  sector: z.enum(codes.PROVIDER_SECTORS).optional(),
  providerId: ZId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type TCatalogueQuery = z.infer<typeof ZCatalogueQuery>;

export const ZCatalogueReferral = z.object({
  clientId: ZId,
  referredOn: ZDate,
  followUpOn: ZDate,
});
