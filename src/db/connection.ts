// One database API for both back ends: PGlite (PostgreSQL compiled to WASM, in a local data folder)
// by default, or a PostgreSQL server when DATABASE_URL is set. Both give Kysely the same dialect.
import { PGlite } from '@electric-sql/pglite';
import {
  CamelCasePlugin,
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
} from 'kysely';
import pg from 'pg';
import type { DB } from './schema.ts';

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  db: Database;
  kind: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL script (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

// Calendar dates stay 'YYYY-MM-DD' strings (no time zone games); numerics and counts become numbers.
const DATE_OID = 1082;
const NUMERIC_OID = 1700;
const INT8_OID = 20;
const asNumber = (v: string) => (v === null ? v : Number(v));

pg.types.setTypeParser(DATE_OID, (v) => v);
// PGlite takes the same parsers per query (its constructor option is not applied to query results).
const PGLITE_PARSERS = { [DATE_OID]: (v: string) => v, [NUMERIC_OID]: asNumber, [INT8_OID]: asNumber };
pg.types.setTypeParser(NUMERIC_OID, asNumber);
pg.types.setTypeParser(INT8_OID, asNumber);

/** A Kysely driver over one PGlite instance. PGlite has a single connection, so a connection is
 * lent to one user at a time: a transaction holds it from BEGIN to COMMIT. */
class PGliteDriver implements Driver {
  #queue: Promise<void> = Promise.resolve();
  readonly #connection: DatabaseConnection;

  constructor(private readonly pglite: PGlite) {
    this.#connection = {
      executeQuery: async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
        const result = await this.pglite.query<R>(query.sql, query.parameters as unknown[], { parsers: PGLITE_PARSERS });
        const affected = result.affectedRows;
        return {
          rows: result.rows,
          ...(affected !== undefined && !/^\s*select/i.test(query.sql) ? { numAffectedRows: BigInt(affected) } : {}),
        };
      },
      streamQuery: () => {
        throw new Error('Streaming queries are not supported on PGlite');
      },
    };
  }

  async init() {}

  async acquireConnection(): Promise<DatabaseConnection> {
    let release!: () => void;
    const previous = this.#queue;
    this.#queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.#releases.push(release);
    return this.#connection;
  }

  #releases: Array<() => void> = [];

  async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }
  async commitTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }
  async releaseConnection() {
    this.#releases.shift()?.();
  }
  async destroy() {
    await this.pglite.close();
  }
}

function pgliteDialect(pglite: PGlite): Dialect {
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new PGliteDriver(pglite),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

export interface ConnectOptions {
  /** postgres://… — use a PostgreSQL server. */
  url?: string;
  /** Folder of the embedded database; undefined with no url means in memory (tests). */
  dataDir?: string;
  /** Pool size for a PostgreSQL server. */
  poolSize?: number;
  /** PGlite's shared buffers. */
  sharedBuffersMb?: number;
}

export async function connect(options: ConnectOptions): Promise<DatabaseHandle> {
  // Keys inside jsonb values (self-assessment domains, terms) stay as stored.
  const plugins = [new CamelCasePlugin({ maintainNestedObjectKeys: true })];
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server closes (a restart, an administrator, a dropped test database)
    // must not crash the process: the pool replaces it on the next query.
    pool.on('error', (error) => console.warn(`PostgreSQL closed an idle connection: ${error.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return {
      db,
      kind: 'postgres',
      exec: async (script) => {
        await pool.query(script);
      },
      close: () => db.destroy(),
    };
  }
  // PGlite's default 128 MB of shared buffers would take the whole server past its memory budget;
  // 32 MB keeps a municipality's working set cached (docs/benchmarks.md).
  const pglite = new PGlite(options.dataDir, {
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${options.sharedBuffersMb ?? 32}MB`],
  });
  await pglite.waitReady;
  const db = new Kysely<DB>({ dialect: pgliteDialect(pglite), plugins });
  return {
    db,
    kind: 'pglite',
    exec: async (script) => {
      await pglite.exec(script);
    },
    close: () => db.destroy(),
  };
}
