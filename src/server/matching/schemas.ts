// Request schemas of profiles, postings and matching. Visibility travels apart from the content,
// so that the rule "only the person changes it" is one route with one check.
import { z } from 'zod';
import * as codes from '../../domain/codes.ts';
import { ZDate, ZId, ZText } from '../pathway/schemas.ts';

const ZMunicipalityCode = z.string().regex(/^\d{3}$/, { message: 'errors.invalidMunicipalityCode' });
const ZShort = z.string().trim().min(1).max(200);
const ZYear = z.number().int().min(1940).max(2100);

export const ZConceptChoice = z.object({ id: ZId, aspiration: z.boolean().optional() }).strict();

export const ZProfileContent = z
  .object({
    occupations: z.array(ZConceptChoice).max(50),
    skills: z.array(ZConceptChoice).max(200),
    workHistory: z
      .array(z.object({ title: ZShort, employer: ZText(200), startYear: ZYear.nullable().optional(), endYear: ZYear.nullable().optional(), description: ZText(2000) }).strict())
      .max(50),
    education: z.array(z.object({ title: ZShort, institution: ZText(200), year: ZYear.nullable().optional() }).strict()).max(30),
    languages: z.array(z.object({ language: z.string().regex(/^[a-z]{2,3}$/, { message: 'errors.invalidFormat' }), level: z.enum(codes.LANGUAGE_LEVELS) }).strict()).max(20),
    municipalityCodes: z.array(ZMunicipalityCode).max(50),
    workingTimes: z.array(z.enum(codes.WORKING_TIMES)).max(2),
    deliveryModes: z.array(z.enum(codes.DELIVERY_MODES)).max(3),
    wishes: ZText(4000),
  })
  .strict();
export type TProfileContent = z.infer<typeof ZProfileContent>;

export const ZVisibility = z
  .object({
    visibility: z.enum(codes.PROFILE_VISIBILITIES),
    /** The employers a profile shown to chosen employers is shown to. */
    employerIds: z.array(ZId).max(100).optional(),
  })
  .strict();
export type TVisibility = z.infer<typeof ZVisibility>;

const postingFields = {
  title: ZShort,
  description: z.string().trim().max(20_000).optional(),
  mainOccupationId: ZId.nullable().optional(),
  occupationIds: z.array(ZId).max(20).optional(),
  skillIds: z.array(ZId).max(100).optional(),
  municipalityCode: ZMunicipalityCode.nullable().optional(),
  workingTime: z.enum(codes.WORKING_TIMES).nullable().optional(),
  employmentType: z.enum(codes.EMPLOYMENT_TYPES).nullable().optional(),
  openPositions: z.number().int().min(1).max(10_000).optional(),
  expiresOn: ZDate.nullable().optional(),
};
export const ZPostingCreate = z.object(postingFields).strict();
export const ZPostingUpdate = z
  .object({ ...postingFields, title: ZShort.optional(), status: z.enum(codes.POSTING_STATUSES).optional() })
  .strict();
export type TPostingCreate = z.infer<typeof ZPostingCreate>;
export type TPostingUpdate = z.infer<typeof ZPostingUpdate>;

export const ZPostingQuery = z.object({
  /** Only the caller's own organisation's postings (employers), closed ones included. */
  mine: z.enum(['1', 'true']).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

export const ZMatchQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).optional() });
