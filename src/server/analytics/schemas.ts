// Query schemas of the analytics API. Every measure takes the same window, breakdown and filters.
import { z } from 'zod';
import { BREAKDOWN_NAMES, PROFILE_DIMENSIONS, PROFILE_SCALE } from '../../domain/analytics/definitions.ts';
import * as codes from '../../domain/codes.ts';
import { ZDate, ZId } from '../pathway/schemas.ts';

const ZCounted = z
  .string()
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.enum(codes.DESTINATIONS, { message: 'errors.analyticsUnknownDestination' })).min(1).max(codes.DESTINATIONS.length));

export const ZMeasureQuery = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  /** A calendar year: shorthand for from = 1 January and to = 31 December. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  /** The reference date for ongoing periods and due follow-ups; today by default. */
  asOf: ZDate.optional(),
  by: z.enum(BREAKDOWN_NAMES as [string, ...string[]]).default('total'),
  counted: ZCounted.optional(),
  /** Limit to one purchasing municipality (admins, researchers, the public). */
  municipality: ZId.optional(),
  provider: ZId.optional(),
  unit: ZId.optional(),
  unitType: z.enum(codes.UNIT_TYPES).optional(),
  service: z.enum(codes.SERVICE_KINDS).optional(),
  coach: ZId.optional(),
  ageGroup: z.string().max(20).optional(),
  unemployment: z.string().max(30).optional(),
  referrer: z.enum(codes.REFERRERS).optional(),
});
export type TMeasureQuery = z.infer<typeof ZMeasureQuery>;

export const ZCompareQuery = ZMeasureQuery.extend({ a: z.string().min(1).max(100), b: z.string().min(1).max(100) });

export const ZModelFit = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  counted: z.array(z.enum(codes.DESTINATIONS)).min(1).optional(),
  municipality: ZId.optional(),
});

export const ZProfileQuery = z.object({ municipality: ZId.optional() });
export const ZProfileParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const ZProfileBody = z.object({
  municipality: ZId.optional(),
  scores: z.partialRecord(z.enum(PROFILE_DIMENSIONS), z.number().int().min(PROFILE_SCALE.min).max(PROFILE_SCALE.max)),
  notes: z.string().trim().max(4000).nullable().optional(),
});

export const MEASURES = ['transitions', 'relative', 'durability', 'timeToOutcome', 'caseload', 'attendance', 'goalPractices', 'expected', 'hypotheses'] as const;
export const ZExportQuery = ZMeasureQuery.extend({ measure: z.enum(MEASURES), format: z.enum(['csv', 'xlsx']).default('csv') });
