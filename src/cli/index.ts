// `npx polku`: one command line for serving, migrating, demo data and accounts.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../paths.ts';
import { Command, Option } from 'commander';
import { ROLES, type Role } from '../domain/codes.ts';
import { loadConfig, type Config } from '../server/config.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { progressReporter } from './progress.ts';
import { registerInvoiceCommand } from './invoice.ts';
import { registerAnalyzeCommand } from './analyze.ts';
import { registerSkillsCommands } from './skills.ts';
import { registerPostingsCommands } from './postings.ts';

// The database, the server and the demo generator load only in the commands that use them, so
// that the file-based commands (invoice, analyze) start fast.
const connect: typeof import('../db/connection.ts').connect = async (options) => (await import('../db/connection.ts')).connect(options);
const migrate: typeof import('../db/migrate.ts').migrate = async (handle) => (await import('../db/migrate.ts')).migrate(handle);
/** Polku's own Finnish vocabulary of occupations and skills; returns at once when already loaded. */
const loadBuiltInVocabulary = async (db: DatabaseHandle['db']) => (await import('../server/skills/vocabulary.ts')).loadBuiltInVocabulary(db);

async function openDatabase(config: Config): Promise<DatabaseHandle> {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const handle = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrate(handle);
  await loadBuiltInVocabulary(handle.db);
  return handle;
}

const where = (config: Config) => (config.databaseUrl ? 'PostgreSQL server (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`);

async function loadDemo(handle: DatabaseHandle, config: Config, clients: number, seed: number) {
  const { generateDemo } = await import('../demo/generate.ts');
  const { todayIso } = await import('../domain/calendar/dates.ts');
  const progress = progressReporter();
  const started = Date.now();
  const summary = await generateDemo(handle.db, {
    clients,
    seed,
    password: config.demoPassword,
    today: todayIso(),
    onProgress: (step, done, total) => progress.update(step, done, total),
  });
  progress.done(`Demo data: ${summary.clients} clients, ${summary.periods} service periods, ${summary.attendance} attendance days (${((Date.now() - started) / 1000).toFixed(1)} s).`);
  return summary;
}

async function loadNational(handle: DatabaseHandle, config: Config, seed: number, fraction: number) {
  const { generateNational } = await import('../demo/national.ts');
  const { todayIso } = await import('../domain/calendar/dates.ts');
  const progress = progressReporter();
  const started = Date.now();
  const summary = await generateNational(handle.db, {
    seed,
    fraction,
    password: config.demoPassword,
    today: todayIso(),
    onProgress: (step, done, total) => progress.update(step, done, total),
  });
  const n = (table: string) => (summary.rows[table] ?? 0).toLocaleString('en');
  progress.done(
    `National demo data: ${summary.areas} employment areas, ${summary.providers} providers, ${n('client')} clients, ${n('service_period')} service periods, ` +
      `${n('goal')} goals, ${n('follow_up')} follow-ups, ${n('attendance')} attendance days in ${summary.attendanceMonth.from.slice(0, 7)} ` +
      `(${((Date.now() - started) / 1000).toFixed(1)} s).`,
  );
  return summary;
}

async function printLogins(config: Config) {
  const { DEMO_EMAILS } = await import('../demo/generate.ts');
  console.log('\nDemo logins (one per role):');
  for (const role of ROLES) console.log(`  ${role.padEnd(13)} ${DEMO_EMAILS[role]}`);
  console.log(
    config.demoPasswordFromEnv
      ? '  password: the value of POLKU_DEMO_PASSWORD'
      : `  password: ${config.demoPassword}   (set POLKU_DEMO_PASSWORD to choose another)`,
  );
}

const program = new Command();
program.name('polku').description('Polku — the open platform for municipal employment services').showHelpAfterError();

program
  .command('serve')
  .description('Start the server (embedded database unless DATABASE_URL is set); loads demo data on first start')
  .option('--no-demo', 'do not load demo data into an empty database')
  .action(async (options: { demo: boolean }) => {
    const started = Date.now();
    const config = loadConfig();
    const { buildWebApp, webAppBuilt } = await import('./web-build.ts');
    const { buildApp } = await import('../server/app.ts');
    const { purgeExpiredSessions } = await import('../server/access/sessions.ts');
    // The web app builds in a child process while the database starts: two cores, two jobs.
    const web = webAppBuilt(config.webDir) ? Promise.resolve() : (console.log('Building the web app (first start only)…'), buildWebApp(config.webDir));
    // A new embedded database is created, migrated and filled with demo data by a child process
    // (`polku demo`), and only then opened here: the generator's working memory, and PGlite's
    // grown memory, go back to the system with the child instead of staying in the server.
    const newEmbedded = !config.databaseUrl && !existsSync(path.join(config.dataDir, 'PG_VERSION'));
    const loadDemoFirst = async () => {
      console.log(`Empty database: loading demo data (${config.demoClients} clients, seed ${config.demoSeed})…`);
      await runPolku(['demo', '--clients', String(config.demoClients), '--seed', String(config.demoSeed), '--no-logins']);
    };
    if (newEmbedded && options.demo) await loadDemoFirst();
    let handle = await openDatabase(config);
    const empty = !(await handle.db.selectFrom('appUser').select('id').limit(1).executeTakeFirst());
    const demoLoadedNow = (newEmbedded && options.demo) || (empty && options.demo);
    if (empty && options.demo) {
      await handle.close();
      await loadDemoFirst();
      handle = await openDatabase(config);
    }
    await web;
    const { DEMO_EMAIL_DOMAIN } = await import('../demo/generate.ts');
    const demo = Boolean(
      await handle.db.selectFrom('appUser').select('id').where('email', 'like', `%@${DEMO_EMAIL_DOMAIN}`).limit(1).executeTakeFirst(),
    );
    const app = await buildApp({ db: handle.db, config, demo });
    await app.listen({ port: config.port, host: config.host });
    // Expired sessions and the drafts of closed survey rounds: at start and every quarter of an hour.
    const { purgeExpiredDrafts } = await import('../server/surveys/answer.ts');
    const cleanUp = () => {
      purgeExpiredSessions(handle.db, config).catch(() => {});
      purgeExpiredDrafts(handle.db).catch(() => {});
    };
    cleanUp();
    const purge = setInterval(cleanUp, 15 * 60_000);
    purge.unref();
    console.log(`\nPolku is running at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/  (${where(config)}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    console.log(`API docs: http://localhost:${config.port}/api/docs`);
    if (demoLoadedNow) await printLogins(config);
    const stop = async () => {
      await app.close();
      await handle.close();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .action(async () => {
    const config = loadConfig();
    if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
    const handle = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
    const applied = await migrate(handle);
    await loadBuiltInVocabulary(handle.db);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    await handle.close();
  });

program
  .command('demo')
  .description('Generate deterministic demo data into an empty database')
  .option('--clients <n>', 'number of clients', (v) => positiveInt(v, '--clients'), 2000)
  .option('--seed <n>', 'random seed: the same seed (on the same day) gives the same data', (v) => positiveInt(v, '--seed'), 1)
  .addOption(new Option('--no-logins', 'do not list the demo logins afterwards').hideHelp())
  .addOption(new Option('--scale <scale>', 'national: 300,000 clients and 1,000,000 periods in 45 employment areas (--clients is ignored)').choices(['national']))
  .addOption(new Option('--fraction <share>', 'with --scale: generate this share of the national size').argParser(Number).default(1).hideHelp())
  .action(async (options: { clients: number; seed: number; logins: boolean; scale?: 'national'; fraction: number }) => {
    const config = loadConfig();
    let handle = await openDatabase(config);
    if (options.scale === 'national' && handle.kind === 'pglite') {
      // Millions of rows go through far fewer buffer evictions with more than the server's 32 MB.
      await handle.close();
      handle = await connect({ dataDir: config.dataDir, sharedBuffersMb: 256 });
    }
    try {
      if (options.scale === 'national') await loadNational(handle, config, options.seed, options.fraction);
      else await loadDemo(handle, config, options.clients, options.seed);
      if (options.logins) await printLogins(config);
    } finally {
      await handle.close();
    }
  });

const users = program.command('users').description('Manage user accounts');
users
  .command('add')
  .description('Add a user account')
  .requiredOption('--email <email>', 'sign-in address')
  .requiredOption('--name <name>', 'display name')
  .addOption(new Option('--role <role>', 'role').choices(ROLES as unknown as string[]).makeOptionMandatory())
  .option('--organisation <id>', 'organisation id (providers, municipalities, employers)')
  .option('--unit <id...>', 'unit ids the user works in (coaches)')
  .option('--client <id>', 'for role client: the client record this account opens')
  .option('--password-env <name>', 'read the password from this environment variable', 'POLKU_NEW_PASSWORD')
  .action(async (options: { email: string; name: string; role: Role; organisation?: string; unit?: string[]; client?: string; passwordEnv: string }) => {
    if (options.client && options.role !== 'client') fail('--client goes with --role client.');
    const { hashPassword, MIN_PASSWORD_LENGTH } = await import('../server/access/passwords.ts');
    const password = process.env[options.passwordEnv];
    if (!password || password.length < MIN_PASSWORD_LENGTH) {
      fail(`Set the password in ${options.passwordEnv} (at least ${MIN_PASSWORD_LENGTH} characters); it is never taken from the command line, where others could see it.`);
    }
    const config = loadConfig();
    const handle = await openDatabase(config);
    try {
      const taken = await handle.db.selectFrom('appUser').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', options.email.toLowerCase())).executeTakeFirst();
      if (taken) fail(`A user with the address ${options.email} already exists.`);
      const id = await handle.db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('appUser')
          .values({ email: options.email, displayName: options.name, role: options.role, organisationId: options.organisation ?? null, passwordHash: await hashPassword(password!) })
          .returning('id')
          .executeTakeFirstOrThrow();
        if (options.unit?.length) await trx.insertInto('unitStaff').values(options.unit.map((unitId) => ({ unitId, userId: id }))).execute();
        if (options.client) {
          const linked = await trx.updateTable('client').set({ userId: id }).where('id', '=', options.client).where('userId', 'is', null).executeTakeFirst();
          if (linked.numUpdatedRows === 0n) throw new Error(`No client ${options.client} without an account.`);
        }
        return id;
      });
      console.log(`Added ${options.role} ${options.email} (${id}).`);
    } finally {
      await handle.close();
    }
  });

registerInvoiceCommand(program);
registerAnalyzeCommand(program);
registerSkillsCommands(program);
registerPostingsCommands(program);

/** Runs another polku command in a child process with the same environment; rejects if it fails. */
function runPolku(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'polku.mjs'), ...args], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`polku ${args[0]} failed (exit code ${code})`))));
  });
}

function positiveInt(value: string, name: string) {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) fail(`${name} must be a positive whole number, got "${value}".`);
  return n;
}

function fail(message: string): never {
  console.error(`polku: ${message}`);
  process.exit(1);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`polku: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.POLKU_DEBUG) console.error(error);
  process.exit(1);
});
