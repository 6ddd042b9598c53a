// Bulk writes for the taxonomy: each statement takes one array parameter per column, sent as a
// PostgreSQL array literal in a text parameter and unnested in SQL (INSERT … SELECT FROM
// unnest(...)). Binding tens of thousands of separate parameters costs PGlite more than the
// insert itself; a handful of array parameters does not.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

export type Executor = Kysely<DB> | Transaction<DB>;

/** Rows per statement. */
export const CHUNK = 10_000;

/** A PostgreSQL array literal of text values ('{"a","b c",NULL}'). */
export function textArray(values: ReadonlyArray<string | null | undefined>): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const value = values[i];
    out += value === null || value === undefined ? 'NULL' : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  }
  return `${out}}`;
}

export async function raw<R = Record<string, unknown>>(db: Executor, text: string, parameters: unknown[] = []): Promise<R[]> {
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, parameters));
  return result.rows;
}

/**
 * Runs `statement` (which refers to the columns as $1…$n, each a text[] literal) over `rows` in
 * chunks of CHUNK; `columns` picks each column's value from a row. Returns all returned rows.
 */
export async function inChunks<T, R = Record<string, unknown>>(
  db: Executor,
  rows: readonly T[],
  columns: Array<(row: T) => string | null | undefined>,
  statement: string,
  onChunk?: (done: number) => void,
): Promise<R[]> {
  const out: R[] = [];
  for (let from = 0; from < rows.length; from += CHUNK) {
    const chunk = rows.slice(from, from + CHUNK);
    const parameters = columns.map((pick) => textArray(chunk.map(pick)));
    const result = await raw<R>(db, statement, parameters);
    for (const row of result) out.push(row);
    onChunk?.(Math.min(rows.length, from + CHUNK));
  }
  return out;
}

interface Deferred {
  foreignKeys: Array<{ table: string; name: string; definition: string }>;
  indexes: string[];
}

/**
 * Runs `work` with the foreign keys and secondary indexes of `tables` set aside, then puts them
 * back (foreign keys validated over the whole tables, indexes built once): checking a foreign key
 * or updating an index row by row costs several times more than doing it once at the end. Inside
 * the caller's transaction, so a failure leaves the schema as it was; the definitions are read
 * from the catalog, so later migrations are kept.
 */
export async function withDeferredChecks<T>(db: Executor, tables: string[], work: () => Promise<T>): Promise<T> {
  const list = textArray(tables);
  const deferred: Deferred = {
    foreignKeys: (
      await raw<{ tbl: string; name: string; def: string }>(
        db,
        `select conrelid::regclass::text as tbl, quote_ident(conname) as name, pg_get_constraintdef(oid) as def
           from pg_constraint where contype = 'f' and conrelid = any($1::text::regclass[]) order by 1, 2`,
        [list],
      )
    ).map((r) => ({ table: r.tbl, name: r.name, definition: r.def })),
    indexes: (
      await raw<{ def: string; name: string }>(
        db,
        `select pg_get_indexdef(i.indexrelid) as def, i.indexrelid::regclass::text as name
           from pg_index i
          where i.indrelid = any($1::text::regclass[]) and not i.indisprimary
            and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
          order by 2`,
        [list],
      )
    ).map((r) => `${r.name}\u0000${r.def}`),
  };
  for (const fk of deferred.foreignKeys) await raw(db, `alter table ${fk.table} drop constraint ${fk.name}`);
  for (const index of deferred.indexes) await raw(db, `drop index ${index.split('\u0000')[0]}`);
  const result = await work();
  for (const index of deferred.indexes) await raw(db, index.split('\u0000')[1]);
  for (const fk of deferred.foreignKeys) await raw(db, `alter table ${fk.table} add constraint ${fk.name} ${fk.definition}`);
  return result;
}
