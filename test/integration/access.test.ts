// Sign-in, sessions, CSRF and throttling, on a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { api, createWorld, PASSWORD, signIn, type World } from '../support/world.ts';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => world?.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

describe('sessions', () => {
  it('signs in with an HTTP-only, SameSite cookie and stores only a hash of the token', async () => {
    const res = await login('coachA1@test.polku.fi', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/polku_session=[\w-]{40,}/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    const token = cookie.split(';')[0].split('=')[1];
    const stored = await world.handle.db.selectFrom('userSession').select('tokenHash').execute();
    expect(stored.map((s) => s.tokenHash)).not.toContain(token);
    expect(res.json().user).toMatchObject({ role: 'coach', email: 'coachA1@test.polku.fi' });
  });

  it('accepts the address in any case', async () => {
    expect((await login('COACHA1@Test.Polku.fi', PASSWORD)).statusCode).toBe(200);
  });

  it('answers 401 without a session and after logout', async () => {
    expect((await api(world, null)('GET', '/api/auth/me')).status).toBe(401);
    const session = await signIn(world, 'coachA2');
    const call = api(world, session);
    expect((await call('GET', '/api/auth/me')).status).toBe(200);
    expect((await call('POST', '/api/auth/logout')).status).toBe(204);
    const after = await call('GET', '/api/auth/me');
    expect(after.status).toBe(401);
    expect(after.body.messageKey).toBe('errors.unauthorized');
  });

  it('ends a session that has been idle too long', async () => {
    const session = await signIn(world, 'coachB1');
    await sql`update user_session set last_seen_at = now() - interval '9 hours' where user_id = ${session.userId}`.execute(world.handle.db);
    expect((await api(world, session)('GET', '/api/auth/me')).status).toBe(401);
  });

  it('ends a session past its maximum age', async () => {
    const session = await signIn(world, 'managerB');
    await sql`update user_session set expires_at = now() - interval '1 second' where user_id = ${session.userId}`.execute(world.handle.db);
    expect((await api(world, session)('GET', '/api/auth/me')).status).toBe(401);
  });

  it('refuses a deactivated account even with a live session', async () => {
    const session = await signIn(world, 'researcher');
    await world.handle.db.updateTable('appUser').set({ active: false }).where('id', '=', session.userId).execute();
    expect((await api(world, session)('GET', '/api/auth/me')).status).toBe(401);
    expect((await login('researcher@test.polku.fi', PASSWORD)).statusCode).toBe(401);
  });

  it('saves the user’s language', async () => {
    const session = await signIn(world, 'managerA');
    const call = api(world, session);
    expect((await call('PUT', '/api/auth/me/locale', { locale: 'sv' })).status).toBe(200);
    expect((await call('GET', '/api/auth/me')).body.user.locale).toBe('sv');
    expect((await call('PUT', '/api/auth/me/locale', { locale: 'de' })).status).toBe(400);
  });
});

describe('CSRF protection', () => {
  it('refuses a change without the session’s token', async () => {
    const session = await signIn(world, 'coachA1');
    const res = await world.app.inject({
      method: 'POST',
      url: '/api/employers',
      payload: { name: 'X Oy', businessId: '0737546-2' },
      headers: { cookie: session.cookie },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().messageKey).toBe('errors.csrf');
    const wrong = await api(world, { ...session, csrf: 'x'.repeat(32) })('POST', '/api/employers', { name: 'X Oy', businessId: '0737546-2' });
    expect(wrong.status).toBe(403);
    const employers = await world.handle.db.selectFrom('organisation').select('id').where('name', '=', 'X Oy').execute();
    expect(employers).toHaveLength(0);
  });
});

describe('login throttling', () => {
  it('locks an address after five failures, with Retry-After, without telling whether it exists', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await login('purchaser@test.polku.fi', 'wrong password', `10.1.0.${i}`);
      expect(res.statusCode).toBe(401);
      expect(res.json().messageKey).toBe('errors.invalidCredentials');
    }
    const locked = await login('purchaser@test.polku.fi', PASSWORD, '10.1.0.99');
    expect(locked.statusCode).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    expect(locked.json().messageKey).toBe('errors.tooManyAttempts');
    // Unknown addresses answer exactly like wrong passwords.
    const unknown = await login('nobody@test.polku.fi', 'whatever', '10.2.0.1');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().messageKey).toBe('errors.invalidCredentials');
  });

  it('locks an IP address after twenty failures across addresses', async () => {
    for (let i = 0; i < 20; i++) await login(`guess${i}@test.polku.fi`, 'x', '10.3.0.1');
    expect((await login('employer@test.polku.fi', PASSWORD, '10.3.0.1')).statusCode).toBe(429);
    expect((await login('employer@test.polku.fi', PASSWORD, '10.3.0.2')).statusCode).toBe(200);
  });
});

describe('the API surface', () => {
  it('answers health, OpenAPI and unknown routes as documented', async () => {
    const call = api(world, null);
    expect((await call('GET', '/api/health')).body).toEqual({ status: 'ok' });
    const openapi = await call('GET', '/api/openapi.json');
    expect(openapi.body.openapi).toMatch(/^3\./);
    expect(Object.keys(openapi.body.paths)).toContain('/api/clients/{id}/plan');
    const missing = await call('GET', '/api/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    const malformed = await world.app.inject({ method: 'POST', url: '/api/auth/login', payload: '{not json', headers: { 'content-type': 'application/json' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().messageKey).toBe('errors.badRequest');
    expect(malformed.body).not.toContain('at ');
  });

  it('lists code lists and holidays for anyone', async () => {
    const call = api(world, null);
    const codes = await call('GET', '/api/codes');
    expect(codes.body.destinations).toContain('back_to_basic_services');
    const holidays = await call('GET', '/api/holidays?year=2026');
    expect(holidays.body).toContainEqual({ date: '2026-06-19', key: 'midsummer_eve' });
  });
});
