// Routes of surveys: building and running them (signed in), answering (no sign-in, /api/answer),
// results, exports and import. The answering page itself is served at /answer/:token.
import { existsSync } from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { z } from 'zod';
import type { App, AppContext } from '../app.ts';
import { requireActor } from '../access/routes.ts';
import { download } from '../download.ts';
import { forbidden } from '../errors.ts';
import { maySurvey } from '../../domain/access/permissions.ts';
import { ZIdParams } from '../pathway/schemas.ts';
import * as s from './schemas.ts';
import { resumeDraft, saveDraft, submitResponse, surveyForAnswering } from './answer.ts';
import { exportResponses, importResponses, previewImport, reportPdf } from './exchange.ts';
import { createLinks, createRound, createSurvey, getSurvey, listSurveys, listTemplates, renewOpenLink, surveyResults, updateRound, updateSurvey } from './service.ts';

const tags = ['surveys'];
const params = ZIdParams;

const ZExportQuery = z.object({ roundId: z.uuid().optional(), lang: z.enum(['fi', 'sv', 'en']).optional(), groupBy: z.string().max(40).optional() }).strict();

export function surveyRoutes(app: App, { db, config }: AppContext) {
  // --- building and running -------------------------------------------------------------------
  app.get('/api/surveys/templates', { schema: { tags, summary: 'The survey templates shipped with Polku' } }, async (req) => {
    const actor = requireActor(req);
    if (!maySurvey(actor.role, 'build')) throw forbidden();
    return listTemplates();
  });
  app.get('/api/surveys', { schema: { tags, summary: 'Surveys the caller runs or may read results of' } }, async (req) => listSurveys(db, requireActor(req)));
  app.post('/api/surveys', { schema: { tags, summary: 'Create a survey, from a template or a definition', body: s.ZSurveyCreate } }, async (req, reply) =>
    reply.code(201).send(await createSurvey(db, requireActor(req), req.body)),
  );
  app.get('/api/surveys/:id', { schema: { tags, summary: 'A survey with its definition and rounds', params } }, async (req) => getSurvey(db, requireActor(req), req.params.id));
  app.put('/api/surveys/:id', { schema: { tags, summary: 'Change a survey (rounds already answered keep their questions)', params, body: s.ZSurveyUpdate } }, async (req) =>
    updateSurvey(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/surveys/:id/rounds', { schema: { tags, summary: 'Open a round; the open link’s token is returned once', params, body: s.ZRoundCreate } }, async (req, reply) =>
    reply.code(201).send(await createRound(db, requireActor(req), req.params.id, req.body)),
  );
  app.patch('/api/survey-rounds/:id', { schema: { tags, summary: 'Change a round’s closing date', params, body: s.ZRoundUpdate } }, async (req) =>
    updateRound(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/survey-rounds/:id/open-link', { schema: { tags, summary: 'A new open link (the old one stops working)', params } }, async (req) =>
    renewOpenLink(db, requireActor(req), req.params.id),
  );
  app.post('/api/survey-rounds/:id/links', { schema: { tags, summary: 'One-time links (count, or one per service period for identified surveys)', params, body: s.ZLinksCreate } }, async (req, reply) =>
    reply.code(201).send(await createLinks(db, requireActor(req), req.params.id, req.body)),
  );
  app.post('/api/surveys/qr', { schema: { tags, summary: 'A QR code of an answering link: {svg}', body: s.ZQrBody } }, async (req) => {
    const actor = requireActor(req);
    if (!maySurvey(actor.role, 'distribute')) throw forbidden();
    return { svg: await QRCode.toString(req.body.text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
  });

  // --- results and exports --------------------------------------------------------------------
  app.get('/api/surveys/:id/results', { schema: { tags, summary: 'Results of a round (the latest by default)', params, querystring: s.ZResultsQuery } }, async (req) =>
    surveyResults(db, requireActor(req), req.params.id, req.query),
  );
  for (const format of ['csv', 'xlsx', 'codebook'] as const) {
    const url = format === 'codebook' ? '/api/surveys/:id/codebook.csv' : `/api/surveys/:id/responses.${format}`;
    app.get(url, { schema: { tags, summary: `Anonymised responses (${format})`, params, querystring: ZExportQuery } }, async (req, reply) => {
      const file = await exportResponses(db, requireActor(req), req.params.id, format, req.query.roundId, req.query.lang ?? req.locale);
      return download(reply, file.type, file.fileName, file.body);
    });
  }
  app.get('/api/surveys/:id/report.pdf', { schema: { tags, summary: 'The PDF report of a round', params, querystring: ZExportQuery } }, async (req, reply) => {
    const file = await reportPdf(db, requireActor(req), req.params.id, req.query.roundId, req.query.lang ?? req.locale, req.query);
    return download(reply, 'application/pdf', file.fileName, file.body);
  });

  // --- import ---------------------------------------------------------------------------------
  const importOptions = { bodyLimit: 15 * 1024 * 1024 };
  app.post('/api/surveys/:id/import/preview', { ...importOptions, schema: { tags, summary: 'Read a CSV or XLSX file: mapping, preview and row problems', params, body: s.ZImportBody } }, async (req) =>
    previewImport(db, requireActor(req), req.params.id, req.body),
  );
  app.post('/api/surveys/:id/import', { ...importOptions, schema: { tags, summary: 'Import the responses of a CSV or XLSX file', params, body: s.ZImportBody } }, async (req, reply) =>
    reply.code(201).send(await importResponses(db, requireActor(req), req.params.id, req.body)),
  );

  // --- answering (no sign-in) -----------------------------------------------------------------
  const tparams = s.ZTokenParams;
  app.get('/api/answer/:token', { schema: { tags, summary: 'The survey behind an answering link', params: tparams } }, async (req) => surveyForAnswering(db, req.params.token));
  app.post('/api/answer/:token/draft', { schema: { tags, summary: 'Save answers so far', params: tparams, body: s.ZDraftSave } }, async (req) => saveDraft(db, req.params.token, req.body));
  app.post('/api/answer/:token/resume', { schema: { tags, summary: 'The answers saved so far', params: tparams, body: s.ZDraftResume } }, async (req) => resumeDraft(db, req.params.token, req.body));
  app.post('/api/answer/:token/submit', { schema: { tags, summary: 'Send the response', params: tparams, body: s.ZSubmit } }, async (req, reply) =>
    reply.code(201).send(await submitResponse(db, req.params.token, req.body)),
  );

  // The answering page: its own small bundle (src/web/answer), not the staff app.
  const answerHtml = path.join(config.webDir, 'answer', 'index.html');
  app.get('/answer/:token', { schema: { hide: true } }, async (_req, reply) => {
    if (!existsSync(answerHtml)) return reply.code(404).type('text/plain').send('the web app is not built');
    return reply.header('cache-control', 'no-cache').header('referrer-policy', 'no-referrer').sendFile('answer/index.html');
  });
}
