// A small world of organisations, units and users for integration tests, made through the real
// database (never mocked), and an HTTP client that signs in as any of them.
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { hashPassword } from '../../src/server/access/passwords.ts';
import { makeBusinessId } from '../../src/domain/identity/business-id.ts';
import type { Role } from '../../src/domain/codes.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const PASSWORD = 'correct horse battery';

export interface World {
  handle: TestDatabase;
  app: FastifyInstance;
  ids: Record<string, string>;
  close(): Promise<void>;
}

let businessSeed = 1234560;
const nextBusinessId = () => {
  for (;;) {
    const id = makeBusinessId(businessSeed++);
    if (id) return id;
  }
};

/**
 * Tampere buys services from provider A (units A1 and A2) and provider B (unit B1); Helsinki is
 * another purchaser. Users: coachA1, coachA2, coachB1, managerA, managerB, purchaser, purchaserHki,
 * employer, researcher, admin, and two client accounts (clientX at A1, clientY at B1).
 */
export async function createWorld(): Promise<World> {
  const handle = await createTestDatabase();
  const { db } = handle;
  const ids: Record<string, string> = {};
  const org = async (key: string, kind: string, name: string, extra: { municipalityCode?: string; businessId?: string } = {}) => {
    ids[key] = (await db.insertInto('organisation').values({ kind, name, ...extra }).returning('id').executeTakeFirstOrThrow()).id;
  };
  await org('tampere', 'municipality', 'Tampereen kaupunki', { municipalityCode: '837' });
  await org('helsinki', 'municipality', 'Helsingin kaupunki', { municipalityCode: '091' });
  await org('providerA', 'provider', 'Työpaja A ry', { businessId: nextBusinessId() });
  await org('providerB', 'provider', 'Palvelu B Oy', { businessId: nextBusinessId() });
  await org('employerOrg', 'employer', 'Kiinteistöhuolto Oy', { businessId: nextBusinessId() });
  const unit = async (key: string, organisation: string, unitType: string, municipalityCode = '837') => {
    ids[key] = (
      await db.insertInto('unit').values({ organisationId: ids[organisation], name: `Yksikkö ${key}`, unitType, municipalityCode }).returning('id').executeTakeFirstOrThrow()
    ).id;
  };
  await unit('unitA1', 'providerA', 'workshop');
  await unit('unitA2', 'providerA', 'housing_service_unit');
  await unit('unitB1', 'providerB', 'social_enterprise');

  const passwordHash = await hashPassword(PASSWORD);
  const user = async (key: string, role: Role, organisation: string | null, units: string[] = []) => {
    const { id } = await db
      .insertInto('appUser')
      .values({ email: `${key}@test.polku.fi`, displayName: `Test ${key}`, role, organisationId: organisation ? ids[organisation] : null, passwordHash })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = id;
    for (const u of units) await db.insertInto('unitStaff').values({ unitId: ids[u], userId: id }).execute();
  };
  await user('coachA1', 'coach', 'providerA', ['unitA1']);
  await user('coachA2', 'coach', 'providerA', ['unitA2']);
  await user('coachB1', 'coach', 'providerB', ['unitB1']);
  await user('managerA', 'unit_manager', 'providerA');
  await user('managerB', 'unit_manager', 'providerB');
  await user('purchaser', 'purchaser', 'tampere');
  await user('purchaserHki', 'purchaser', 'helsinki');
  await user('employer', 'employer', 'employerOrg');
  await user('researcher', 'researcher', null);
  await user('admin', 'admin', null);
  await user('clientX', 'client', null);
  await user('clientY', 'client', null);

  const config = { ...loadConfig({}), logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', webDir: '/nonexistent' };
  const app = await buildApp({ db, config });
  return {
    handle,
    app,
    ids,
    close: async () => {
      await app.close();
      await handle.dispose();
    },
  };
}

export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
  clientId: string | null;
}

export async function signIn(world: World, key: string): Promise<Session> {
  const res = await world.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `${key}@test.polku.fi`, password: PASSWORD } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${key} failed: ${res.statusCode} ${res.body}`);
  const cookie = String(res.headers['set-cookie']).split(';')[0];
  const body = res.json();
  return { cookie, csrf: body.csrfToken, userId: body.user.id, clientId: body.user.clientId };
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the API as a signed-in user, with the CSRF token, like the web app does. */
export function api(world: World, session: Session | null) {
  return async (method: Method, url: string, payload?: unknown, headers: Record<string, string> = {}) => {
    const res = await world.app.inject({
      method,
      url,
      payload: payload as any,
      headers: { ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}), ...headers },
    });
    return { status: res.statusCode, body: res.body ? safeJson(res.body) : undefined, headers: res.headers };
  };
}

function safeJson(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
