// Sign-in, sign-out and the current user.
import { z } from 'zod';
import { LOCALES } from '../../domain/codes.ts';
import type { App, AppContext } from '../app.ts';
import { AppError, unauthorized } from '../errors.ts';
import { loadActor, publicUser, type Actor } from './actor.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, endSession, SESSION_COOKIE } from './sessions.ts';
import { loginRetryAfter, recordLoginAttempt } from './throttle.ts';
import type { FastifyRequest } from 'fastify';

// A real hash of a random password: verifying against it for unknown addresses takes as long as
// for known ones, so response times do not tell which addresses have accounts.
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$sqmhGCRvUmx0ham9vTJrBA$iWhH8KUok0WIUVfhNQoHwLse7hWs1yNvfKmxYe9fbcY';

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw unauthorized();
  return req.actor;
}

export function accessRoutes(app: App, { db, config }: AppContext) {
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.secureCookies,
  };

  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['access'],
        summary: 'Sign in with email and password',
        body: z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(1000) }),
      },
    },
    async (req, reply) => {
      const { email, password } = req.body;
      const retryAfter = await loginRetryAfter(db, email, req.ip);
      if (retryAfter > 0) throw new AppError(429, 'errors.tooManyAttempts', String(retryAfter));
      const user = await db
        .selectFrom('appUser')
        .select(['id', 'passwordHash'])
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .where('active', '=', true)
        .executeTakeFirst();
      const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
      await recordLoginAttempt(db, email, req.ip, ok && Boolean(user));
      if (!ok || !user) throw new AppError(401, 'errors.invalidCredentials', 'wrong email or password');
      const actor = await loadActor(db, user.id);
      if (!actor) throw new AppError(401, 'errors.invalidCredentials', 'account not active');
      const { token, csrfToken } = await createSession(db, config, user.id);
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: config.sessionMaxHours * 3600 });
      return { user: publicUser(actor), csrfToken };
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['access'], summary: 'Sign out' } }, async (req, reply) => {
    if (req.sessionToken) await endSession(db, req.sessionToken);
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', { schema: { tags: ['access'], summary: 'The signed-in user and the CSRF token' } }, async (req) => {
    const actor = requireActor(req);
    return { user: publicUser(actor), csrfToken: req.csrfToken };
  });

  app.put(
    '/api/auth/me/locale',
    { schema: { tags: ['access'], summary: 'Save the user interface language', body: z.object({ locale: z.enum(LOCALES) }) } },
    async (req) => {
      const actor = requireActor(req);
      await db.updateTable('appUser').set({ locale: req.body.locale }).where('id', '=', actor.userId).execute();
      return { locale: req.body.locale };
    },
  );
}
