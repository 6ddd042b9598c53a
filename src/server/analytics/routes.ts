// Routes of the effectiveness analytics: GET /api/analytics/<measure> returns the numbers with n,
// intervals and suppression flags. Signed-in staff, purchasers and researchers see their scope;
// without a session the same endpoints give the public summary (suppressed aggregates only).
import type { FastifyRequest } from 'fastify';
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { download } from '../download.ts';
import { writeXlsx } from '../../domain/tabular/xlsx.ts';
import { measureTable, tableCsv } from './exports.ts';
import { councilReport } from './report.ts';
import { getProfile, saveProfile } from './profile.ts';
import * as s from './schemas.ts';
import * as service from './service.ts';

type Measure = (typeof s.MEASURES)[number];

export function analyticsRoutes(app: App, { db, config }: AppContext) {
  const tags = ['analytics'];
  const context = (req: FastifyRequest, query: s.TMeasureQuery) => service.measureContext(req.actor ?? null, query, config.minGroup);

  const compute = async (req: FastifyRequest, measure: Measure, query: s.TMeasureQuery): Promise<Record<string, unknown>> => {
    const ctx = context(req, query);
    switch (measure) {
      case 'transitions':
        return service.transitions(db, ctx);
      case 'relative':
        return service.relative(db, ctx);
      case 'durability':
        return service.durability(db, ctx);
      case 'timeToOutcome':
        return service.timeToOutcome(db, ctx);
      case 'caseload':
        return service.caseload(db, ctx);
      case 'attendance':
        return service.attendance(db, ctx);
      case 'goalPractices':
        return service.goalPractices(db, ctx);
      case 'expected':
        return service.expected(db, requireActor(req), ctx);
      case 'hypotheses':
        return service.hypotheses(db, ctx);
    }
  };

  const paths: Record<Measure, [string, string]> = {
    transitions: ['transitions', 'Transition rate: ended periods by destination, the counted share with a Wilson interval'],
    relative: ['transitions-relative', 'Transitions in a year relative to clients at its end (the barometer’s measure)'],
    durability: ['durability', 'Still in work or education at the 3- and 6-month follow-ups'],
    timeToOutcome: ['time-to-outcome', 'Kaplan–Meier curve of days from start to a counted transition'],
    caseload: ['caseload', 'Active clients per coach by unit type'],
    attendance: ['attendance', 'Paid days per client-month and the remote share'],
    goalPractices: ['goal-practices', 'Shares of periods with the goal practices of the 2020 study'],
    expected: ['expected', 'Observed against expected rates per provider (sign-in required)'],
    hypotheses: ['hypotheses', 'The 2020 study’s hypotheses: outcome with and without each practice (sign-in required)'],
  };
  for (const [measure, [path, summary]] of Object.entries(paths) as Array<[Measure, [string, string]]>) {
    app.get(`/api/analytics/${path}`, { schema: { tags, summary, querystring: s.ZMeasureQuery } }, async (req) => compute(req, measure, req.query));
  }

  app.get('/api/analytics/compare', { schema: { tags, summary: 'Two groups’ transition rates and the interval of their difference', querystring: s.ZCompareQuery } }, async (req) =>
    service.compareGroups(db, context(req, req.query), req.query.a, req.query.b),
  );

  app.get('/api/analytics/model', { schema: { tags, summary: 'The latest observed-against-expected model: coefficients and suggested risk weights', querystring: s.ZMeasureQuery } }, async (req) => {
    requireActor(req);
    return { model: await service.latestModel(db, context(req, req.query)) };
  });
  app.post('/api/analytics/model', { schema: { tags, summary: 'Refit the model on the municipality’s ended periods (purchaser, admin)', body: s.ZModelFit } }, async (req, reply) => {
    const actor = requireActor(req);
    const ctx = context(req, { ...req.body, by: 'total' });
    return reply.code(201).send(await service.fitModel(db, actor, ctx));
  });

  app.get('/api/analytics/export', { schema: { tags, summary: 'A measure as CSV or XLSX', querystring: s.ZExportQuery } }, async (req, reply) => {
    const { measure, format, ...query } = req.query;
    const result = await compute(req, measure, query);
    const table = measureTable(measure, result, req.locale);
    const base = `polku-${measure}-${(result.window as { from: string }).from}`;
    if (format === 'xlsx') {
      return download(reply, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `${base}.xlsx`, writeXlsx([{ name: measure, rows: [table.columns, ...table.rows] }]));
    }
    return download(reply, 'text/csv; charset=utf-8', `${base}.csv`, tableCsv(table));
  });

  app.get('/api/analytics/report.pdf', { schema: { tags, summary: 'The report to the council: key measures with definitions and charts (PDF)', querystring: s.ZMeasureQuery } }, async (req, reply) => {
    const ctx = context(req, req.query);
    return download(reply, 'application/pdf', `polku-report-${ctx.window.from}-${ctx.window.to}.pdf`, await councilReport(db, ctx, req.locale));
  });

  app.get('/api/analytics/municipalities', { schema: { tags, summary: 'Municipalities whose services the figures can be limited to (no sign-in)' } }, async () =>
    db
      .selectFrom('organisation')
      .select(['id', 'name', 'municipalityCode'])
      .where('kind', '=', 'municipality')
      .orderBy('name')
      .execute(),
  );

  app.get('/api/analytics/profile', { schema: { tags, summary: 'A municipality’s profile self-assessments by year', querystring: s.ZProfileQuery } }, async (req) =>
    getProfile(db, req.actor ?? null, req.query.municipality),
  );
  app.put('/api/analytics/profile/:year', { schema: { tags, summary: 'Save the year’s profile self-assessment (the municipality, admin)', params: s.ZProfileParams, body: s.ZProfileBody } }, async (req) =>
    saveProfile(db, requireActor(req), req.params.year, req.body),
  );
}

