// Request schemas of the survey API. The shape of a definition is checked here; its rules (unique
// codes, conditions that look back, scales of Likert items) by checkDefinition in the domain.
import { z } from 'zod';
import { CONDITION_OPS, QUESTION_TYPES } from '../../domain/surveys/definition.ts';
import { TEMPLATE_KEYS } from '../../domain/surveys/templates/index.ts';
import { ZDate, ZId } from '../pathway/schemas.ts';

const ZLang = (max: number) => z.string().trim().max(max).optional();
export const ZSurveyText = (max = 1000) => z.object({ fi: z.string().trim().min(1).max(max), sv: ZLang(max), en: ZLang(max) }).strict();
const ZCode = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, { message: 'errors.surveyItemCode' });

export const ZQuestion = z
  .object({
    code: ZCode,
    type: z.enum(QUESTION_TYPES),
    text: ZSurveyText(1000),
    help: ZSurveyText(1000).optional(),
    required: z.boolean().default(false),
    showIf: z.object({ code: ZCode, op: z.enum(CONDITION_OPS), value: z.union([z.string().max(200), z.number()]).optional() }).strict().optional(),
    points: z.number().int().min(2).max(11).optional(),
    labels: z.array(ZSurveyText(200)).max(11).optional(),
    options: z.array(z.object({ value: z.string().trim().min(1).max(60), text: ZSurveyText(300) }).strict()).max(60).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    statements: z.array(z.object({ code: ZCode, text: ZSurveyText(500) }).strict()).max(80).optional(),
    maxLength: z.number().int().min(1).max(4000).optional(),
  })
  .strict();

export const ZDefinition = z
  .object({
    questions: z.array(ZQuestion).max(300),
    scales: z.array(z.object({ code: ZCode, name: ZSurveyText(300), items: z.array(z.string().max(41)).max(80) }).strict()).max(30).default([]),
  })
  .strict();

export const ZSurveyCreate = z
  .object({
    title: ZSurveyText(200).optional(),
    description: ZSurveyText(2000).optional(),
    mode: z.enum(['anonymous', 'identified']).optional(),
    templateKey: z.enum(TEMPLATE_KEYS as [string, ...string[]]).optional(),
    definition: ZDefinition.optional(),
    /** An admin may create a survey for an organisation. */
    organisationId: ZId.optional(),
    sharedWithResearchers: z.boolean().optional(),
  })
  .strict()
  .refine((s) => s.templateKey !== undefined || (s.title !== undefined && s.definition !== undefined), { message: 'errors.surveyTemplateOrDefinition', path: ['definition'] });
export type TSurveyCreate = z.infer<typeof ZSurveyCreate>;

export const ZSurveyUpdate = z
  .object({
    title: ZSurveyText(200).optional(),
    description: ZSurveyText(2000).optional(),
    mode: z.enum(['anonymous', 'identified']).optional(),
    definition: ZDefinition.optional(),
    sharedWithResearchers: z.boolean().optional(),
  })
  .strict();
export type TSurveyUpdate = z.infer<typeof ZSurveyUpdate>;

export const ZRoundCreate = z
  .object({ label: z.string().trim().min(1).max(60), opensOn: ZDate, closesOn: ZDate, openLink: z.boolean().default(true) })
  .strict()
  .refine((r) => r.closesOn >= r.opensOn, { message: 'errors.surveyClosesBeforeOpens', path: ['closesOn'] });
export const ZRoundUpdate = z.object({ closesOn: ZDate }).strict();

export const ZLinksCreate = z
  .object({
    count: z.number().int().min(1).max(2000).optional(),
    /** Identified surveys: one link per client's service period. */
    recipients: z.array(z.object({ periodId: ZId }).strict()).min(1).max(500).optional(),
  })
  .strict()
  .refine((b) => (b.count === undefined) !== (b.recipients === undefined), { message: 'errors.surveyCountOrRecipients', path: ['count'] });

export const ZTokenParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'errors.notFound' }) });
const ZResumeKey = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, { message: 'errors.invalidFormat' });
export const ZAnswers = z.record(z.string().max(41), z.union([z.number(), z.string().max(4000), z.array(z.string().max(60)).max(60)]));
export const ZDraftSave = z.object({ resumeKey: ZResumeKey.optional(), answers: ZAnswers }).strict();
export const ZDraftResume = z.object({ resumeKey: ZResumeKey.optional() }).strict();
export const ZSubmit = z.object({ resumeKey: ZResumeKey.optional(), answers: ZAnswers, consent: z.boolean().optional() }).strict();

export const ZResultsQuery = z
  .object({
    roundId: ZId.optional(),
    groupBy: ZCode.optional(),
    rotation: z.enum(['varimax', 'oblimin', 'none']).optional(),
    method: z.enum(['minres', 'pa']).optional(),
    lang: z.enum(['fi', 'sv', 'en']).optional(),
  })
  .strict();

export const ZImportBody = z
  .object({
    roundId: ZId,
    fileName: z.string().trim().min(1).max(200),
    /** The file's bytes in base64 (CSV or XLSX). */
    content: z.string().min(1).max(14_000_000),
    mapping: z.record(z.string().max(300), z.string().max(100)).optional(),
    skipInvalid: z.boolean().default(false),
  })
  .strict();

export const ZQrBody = z.object({ text: z.string().url().max(500) }).strict();
