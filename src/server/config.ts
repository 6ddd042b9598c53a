// Settings from the environment, read once, with the defaults a laptop user expects.
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  demoPassword: string;
  demoPasswordFromEnv: boolean;
  demoClients: number;
  demoSeed: number;
  /** A session ends after this long without requests… */
  sessionIdleMinutes: number;
  /** …and after this long in any case. */
  sessionMaxHours: number;
  /** Cookies get the Secure flag (set behind HTTPS). */
  secureCookies: boolean;
  /** Believe X-Forwarded-For (only behind a reverse proxy: otherwise anyone could dodge throttling). */
  trustProxy: boolean;
  webDir: string;
  logLevel: string;
  /** Analytics show groups smaller than this as "< N" to viewers who may not see the individuals. */
  minGroup: number;
}

export const DEFAULT_DEMO_PASSWORD = 'polku-demo-2026';

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const int = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
    return parsed;
  };
  return {
    port: int('PORT', 3000),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.POLKU_DATA_DIR ?? 'data/polku'),
    demoPassword: env.POLKU_DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
    demoPasswordFromEnv: Boolean(env.POLKU_DEMO_PASSWORD),
    demoClients: int('POLKU_DEMO_CLIENTS', 2000),
    demoSeed: int('POLKU_DEMO_SEED', 1),
    sessionIdleMinutes: int('POLKU_SESSION_IDLE_MINUTES', 8 * 60),
    sessionMaxHours: int('POLKU_SESSION_MAX_HOURS', 7 * 24),
    secureCookies: env.POLKU_SECURE_COOKIES === '1',
    trustProxy: env.POLKU_TRUST_PROXY === '1',
    webDir: path.resolve(env.POLKU_WEB_DIR ?? 'dist/web'),
    logLevel: env.LOG_LEVEL ?? 'warn',
    minGroup: Math.max(1, int('POLKU_MIN_GROUP', 5)),
  };
}
