// The observed-against-expected model and the hypotheses on the demo world: fitted through the
// API, stored, and used by the purchaser, a provider's unit manager and a researcher.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { DEMO_EMAILS, generateDemo } from '../../src/demo/generate.ts';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const PASSWORD = 'demo-salasana-2';
let handle: TestDatabase;
let app: FastifyInstance;
let tampere: string;
const cookies: Record<string, string> = {};
const get = (who: string | null, url: string) => app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who] } : {} });

beforeAll(async () => {
  handle = await createTestDatabase();
  await generateDemo(handle.db, { clients: 600, seed: 7, password: PASSWORD, today: '2026-06-30' });
  app = await buildApp({ db: handle.db, config: { ...loadConfig({}), logLevel: 'silent', webDir: '/nonexistent' } });
  for (const role of ['purchaser', 'unit_manager', 'researcher', 'coach'] as const) {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO_EMAILS[role], password: PASSWORD } });
    cookies[role] = String(res.headers['set-cookie']).split(';')[0];
    cookies[`${role}:csrf`] = res.json().csrfToken;
  }
  tampere = (await handle.db.selectFrom('organisation').select('id').where('kind', '=', 'municipality').where('municipalityCode', '=', '837').executeTakeFirstOrThrow()).id;
}, 240_000);
afterAll(async () => {
  await app?.close();
  await handle?.dispose();
});

describe('the observed-against-expected model', () => {
  it('a unit manager cannot use a model before the municipality has fitted one', async () => {
    const res = await get('unit_manager', `/api/analytics/expected?year=2025&asOf=2026-06-30&municipality=${tampere}`);
    expect(res.statusCode).toBe(409);
  });

  it('the purchaser refits it on demand and it is stored with its coefficients', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/analytics/model',
      payload: { year: 2025 },
      headers: { cookie: cookies.purchaser, 'x-csrf-token': cookies['purchaser:csrf'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const model = res.json();
    expect(model.fit.converged).toBe(true);
    expect(model.periods).toBeGreaterThan(100);
    expect(model.fit.coefficients[0].name).toBe('(Intercept)');
    expect(model.fit.coefficients.some((c: { name: string }) => c.name.startsWith('factor:'))).toBe(true);
    const stored = (await get('purchaser', '/api/analytics/model?year=2025')).json();
    expect(stored.model.id).toBe(model.id);
  });

  it('expected successes add up to the observed ones over the municipality’s providers', async () => {
    const res = await get('purchaser', '/api/analytics/expected?year=2025&asOf=2026-06-30');
    expect(res.statusCode).toBe(200);
    const { providers } = res.json();
    expect(providers.length).toBeGreaterThan(2);
    const observed = providers.reduce((s: number, p: any) => s + p.observed.count, 0);
    const expected = providers.reduce((s: number, p: any) => s + p.expected * p.observed.n, 0);
    expect(expected).toBeCloseTo(observed, 4);
    for (const p of providers) if (p.ratio !== null) expect(p.ratioLower).toBeLessThanOrEqual(p.ratio);
  });

  it('a unit manager sees only the own organisation’s providers, under the municipality’s model', async () => {
    const res = await get('unit_manager', `/api/analytics/expected?year=2025&asOf=2026-06-30&municipality=${tampere}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().providers).toHaveLength(1);
  });

  it('a researcher gets suppressed rows; a coach gets none at all', async () => {
    const res = await get('researcher', `/api/analytics/expected?year=2025&municipality=${tampere}`);
    expect(res.statusCode).toBe(200);
    for (const p of res.json().providers) if (p.suppressed) expect(p.observed).toBeNull();
    expect((await get('coach', '/api/analytics/expected?year=2025')).statusCode).toBe(403);
  });
});

describe('the hypotheses on the demo world', () => {
  it('give crude and adjusted odds ratios with intervals for each practice', async () => {
    const res = await get('purchaser', '/api/analytics/hypotheses?year=2025&asOf=2026-06-30');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.hypotheses.map((h: any) => h.practice)).toEqual(['goals_together', 'early_employment_goal', 'outside_tasks']);
    for (const h of body.hypotheses) {
      expect(h.with.n + h.without.n).toBe(body.periods);
      expect(h.crude.lower).toBeLessThan(h.crude.oddsRatio);
      expect(h.adjusted.lower).toBeLessThan(h.adjusted.oddsRatio);
      expect(h.adjusted.upper).toBeGreaterThan(h.adjusted.oddsRatio);
    }
  });
});
