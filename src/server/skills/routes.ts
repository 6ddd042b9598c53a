// Routes of the skills taxonomy and the suggester. Any signed-in user may use them: the taxonomy
// is public reference data, and the text sent for suggestions is not stored.
import { z } from 'zod';
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { MAX_TEXT_LENGTH } from '../../domain/skills/suggest.ts';
import { getOccupation, getSkill, searchTaxonomy, suggestSkills } from './service.ts';

const tags = ['skills'];
const ZLang = z.enum(['fi', 'sv', 'en']);

export const ZSuggestBody = z
  .object({
    text: z.string().max(MAX_TEXT_LENGTH),
    /** Language of the text; detected when absent. */
    lang: ZLang.optional(),
    /** Ids of the keywords the person has already chosen: they steer the suggestions. */
    chosen: z.array(z.uuid()).max(200).optional(),
    limit: z.number().int().min(1).max(50).optional(),
  })
  .strict();

const ZIdParams = z.object({ id: z.uuid() });
const ZLabelQuery = z.object({ lang: ZLang.optional() });
const ZSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  lang: ZLang.optional(),
  kind: z.enum(['occupation', 'skill']).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export function skillsRoutes(app: App, { db }: AppContext) {
  app.post(
    '/api/skills/suggest',
    { schema: { tags, summary: 'Suggest occupations, skills and aspirations for free text (a CV, own words)', body: ZSuggestBody } },
    async (req) => {
      requireActor(req);
      return suggestSkills(db, { ...req.body, labelLang: req.locale });
    },
  );
  app.get(
    '/api/skills/occupations/:id',
    { schema: { tags, summary: 'An occupation with its labels, skills and hierarchy', params: ZIdParams, querystring: ZLabelQuery } },
    async (req) => {
      requireActor(req);
      return getOccupation(db, req.params.id, req.query.lang ?? req.locale);
    },
  );
  app.get(
    '/api/skills/skills/:id',
    { schema: { tags, summary: 'A skill with its labels, occupations and hierarchy', params: ZIdParams, querystring: ZLabelQuery } },
    async (req) => {
      requireActor(req);
      return getSkill(db, req.params.id, req.query.lang ?? req.locale);
    },
  );
  app.get(
    '/api/skills/search',
    { schema: { tags, summary: 'Occupations and skills by label (prefix first, then anywhere in the label)', querystring: ZSearchQuery } },
    async (req) => {
      requireActor(req);
      return searchTaxonomy(db, req.query.q, { lang: req.query.lang ?? req.locale, kind: req.query.kind, limit: req.query.limit });
    },
  );
}
