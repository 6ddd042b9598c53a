// The HTTP application: sessions, CSRF, idempotent submits, problem+json errors, OpenAPI, the web
// app's static files, and each area's routes. Handlers stay thin; the work is in services.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database } from '../db/connection.ts';
import type { Locale } from '../domain/codes.ts';
import { loadActor, type Actor } from './access/actor.ts';
import { accessRoutes } from './access/routes.ts';
import { resolveSession, sameToken, SESSION_COOKIE } from './access/sessions.ts';
import type { Config } from './config.ts';
import { AppError, type FieldError } from './errors.ts';
import { localeFromHeader, translate } from './messages.ts';
import { pathwayRoutes } from './pathway/routes.ts';
import { groupRoutes } from './pathway/group-routes.ts';
import { employerRoutes } from './pathway/employer-routes.ts';
import { referenceRoutes } from './reference/routes.ts';
import { organisationRoutes } from './organisations/routes.ts';
import { skillsRoutes } from './skills/routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { contractRoutes, invoiceRoutes } from './contracts/routes.ts';
import { analyticsRoutes } from './analytics/routes.ts';
import { surveyRoutes } from './surveys/routes.ts';
import { matchingRoutes } from './matching/routes.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionToken: string | null;
    csrfToken: string | null;
    locale: Locale;
    idempotency: { key: string; userId: string } | null;
  }
}

export type App = FastifyInstance<any, any, any, any, ZodTypeProvider>;
export interface AppContext {
  db: Database;
  config: Config;
  /** The database holds the demo world: the login page shows the demo accounts. */
  demo?: boolean;
}

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildApp(ctx: AppContext): Promise<App> {
  const app = Fastify({
    logger: { level: ctx.config.logLevel },
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Polku API',
        version: '0.1.0',
        description: 'Client pathway of municipal employment services. Conventions: docs/api.md.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('locale', 'fi');
  app.decorateRequest('idempotency', null);

  app.addHook('onRequest', async (req) => {
    req.locale = localeFromHeader(req.headers['accept-language']);
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (!token) return;
    const session = await resolveSession(ctx.db, ctx.config, token);
    if (!session) return;
    const actor = await loadActor(ctx.db, session.userId);
    if (!actor) return;
    req.actor = actor;
    req.sessionToken = token;
    req.csrfToken = session.csrfToken;
    if (!req.headers['accept-language']) req.locale = actor.locale;
    if (MUTATING.has(req.method) && !sameToken(session.csrfToken, header(req, 'x-csrf-token'))) {
      throw new AppError(403, 'errors.csrf', 'missing or wrong CSRF token');
    }
  });

  registerIdempotency(app, ctx.db);
  app.setErrorHandler((error, req, reply) => sendProblem(app, error, req, reply));

  app.get('/api/health', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/api/meta', { schema: { tags: ['reference'], summary: 'About this installation' } }, async () => ({ demo: Boolean(ctx.demo) }));
  await app.register(async (scoped) => {
    accessRoutes(scoped as App, ctx);
    referenceRoutes(scoped as App, ctx);
    organisationRoutes(scoped as App, ctx);
    pathwayRoutes(scoped as App, ctx);
    groupRoutes(scoped as App, ctx);
    employerRoutes(scoped as App, ctx);
    skillsRoutes(scoped as App, ctx);
    catalogueRoutes(scoped as App, ctx);
    contractRoutes(scoped as App, ctx);
    invoiceRoutes(scoped as App, ctx);
    analyticsRoutes(scoped as App, ctx);
    surveyRoutes(scoped as App, ctx);
    matchingRoutes(scoped as App, ctx);
  });

  await serveWebApp(app, ctx.config.webDir);
  return app;
}

const header = (req: FastifyRequest, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** A repeated POST with the same Idempotency-Key answers as the first one did and changes nothing. */
function registerIdempotency(app: App, db: Database) {
  app.addHook('preHandler', async (req, reply) => {
    const key = header(req, 'idempotency-key');
    if (req.method !== 'POST' || !key || !req.actor) return;
    if (key.length > 200) throw new AppError(400, 'errors.badRequest', 'Idempotency-Key too long');
    const requestHash = createHash('sha256').update(`${req.method} ${req.url} ${JSON.stringify(req.body ?? null)}`).digest('hex');
    const claimed = await db
      .insertInto('idempotencyKey')
      .values({ userId: req.actor.userId, key, requestHash, statusCode: 0, response: JSON.stringify(null) })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed) {
      req.idempotency = { key, userId: req.actor.userId };
      return;
    }
    const earlier = await db
      .selectFrom('idempotencyKey')
      .select(['requestHash', 'statusCode', 'response'])
      .where('userId', '=', req.actor.userId)
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    if (earlier.requestHash !== requestHash) throw new AppError(422, 'errors.idempotencyKeyReused', 'key used for another request');
    if (earlier.statusCode === 0) throw new AppError(409, 'errors.requestInProgress', 'the first request is still running');
    reply.header('idempotent-replayed', 'true');
    return reply.code(earlier.statusCode).type('application/json').send(JSON.stringify(earlier.response));
  });
  app.addHook('onSend', async (req, reply, payload) => {
    if (!req.idempotency || reply.getHeader('idempotent-replayed')) return payload;
    const { key, userId } = req.idempotency;
    const where = db.updateTable('idempotencyKey').where('userId', '=', userId).where('key', '=', key);
    if (reply.statusCode < 400) {
      const body = typeof payload === 'string' && payload ? JSON.parse(payload) : null;
      await where.set({ statusCode: reply.statusCode, response: JSON.stringify(body) }).execute();
    } else {
      // A refused request changed nothing: free the key so the corrected form can be sent again.
      await db.deleteFrom('idempotencyKey').where('userId', '=', userId).where('key', '=', key).execute();
    }
    return payload;
  });
}

function sendProblem(app: App, error: unknown, req: FastifyRequest, reply: FastifyReply) {
  let status = 500;
  let messageKey = 'errors.internal';
  let fieldErrors: FieldError[] = [];
  if (error instanceof AppError) {
    status = error.status;
    messageKey = error.messageKey;
    fieldErrors = error.fieldErrors;
  } else if (hasZodFastifySchemaValidationErrors(error)) {
    status = 400;
    messageKey = 'errors.validation';
    fieldErrors = error.validation.map((v) =>
      fieldErrorFromIssue(v.instancePath, { ...(v.params as object), code: v.keyword, message: v.message } as ZodIssueLike),
    );
  } else if (isHttpError(error) && error.statusCode < 500) {
    status = error.statusCode;
    messageKey = status === 413 ? 'errors.tooLarge' : status === 404 ? 'errors.notFound' : 'errors.badRequest';
  }
  if (status >= 500) req.log.error({ err: error }, 'request failed');
  else req.log.info({ err: error }, 'request refused');
  if (status === 429 && error instanceof AppError && error.message) reply.header('retry-after', error.message);
  const locale = req.locale;
  return reply
    .code(status)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: translate(locale, messageKey),
      status,
      messageKey,
      ...(fieldErrors.length
        ? {
            errors: fieldErrors.map((f) => ({
              path: f.path,
              messageKey: f.messageKey,
              message: translate(locale, f.messageKey, f.params),
              ...(f.params ? { params: f.params } : {}),
            })),
          }
        : {}),
    });
}

interface ZodIssueLike {
  code: string;
  message?: string;
  input?: unknown;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

/** Our own refinements carry an i18n key as their message; Zod's built-in checks map to generic keys. */
function fieldErrorFromIssue(instancePath: string, issue: ZodIssueLike): FieldError {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  if (issue.message?.startsWith('errors.')) return { path, messageKey: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { path, messageKey: issue.input === undefined || issue.input === null ? 'errors.required' : 'errors.invalidType' };
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1
        ? { path, messageKey: 'errors.required' }
        : { path, messageKey: issue.origin === 'string' ? 'errors.tooShort' : 'errors.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return { path, messageKey: issue.origin === 'string' ? 'errors.tooLong' : 'errors.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { path, messageKey: 'errors.invalidChoice' };
    case 'invalid_format':
      return { path, messageKey: 'errors.invalidFormat' };
    case 'unrecognized_keys':
      return { path, messageKey: 'errors.unknownField' };
    default:
      return { path, messageKey: 'errors.invalid' };
  }
}

function isHttpError(error: unknown): error is { statusCode: number } {
  return typeof error === 'object' && error !== null && typeof (error as { statusCode?: unknown }).statusCode === 'number';
}

/** Serves the built single-page app, with index.html for every non-API path (client-side routes). */
async function serveWebApp(app: App, webDir: string) {
  const index = path.join(webDir, 'index.html');
  const hasWeb = existsSync(index);
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, preCompressed: false, maxAge: '1h', index: false });
  }
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !hasWeb || req.method !== 'GET') {
      return sendProblem(app, new AppError(404, 'errors.notFound', `no route ${req.method} ${req.url}`), req, reply);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
