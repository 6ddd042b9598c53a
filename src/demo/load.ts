// Fast bulk loading for the demo generator, on PGlite and on PostgreSQL alike.
//
// Three measures, all measured on in-memory PGlite with 2,000 clients (≈175,000 attendance rows):
// 1. Each chunk is one INSERT … SELECT FROM unnest(...) with one array parameter per column,
//    instead of VALUES lists with one parameter per cell: binding tens of thousands of
//    parameters costs PGlite about twice the time of the insert itself.
// 2. Repetitive fixed-length columns go as a dictionary plus indexes (see chunkStatement):
//    parsing the same timestamp thousands of times was a quarter of the attendance time.
// 3. While the rows go in, the loaded tables' foreign keys and secondary indexes are set aside
//    and afterwards recreated from their own catalog definitions: checking a foreign key or
//    updating four B-trees row by row is several times slower than validating or building
//    them once. It all happens inside the caller's transaction, so a failure leaves the schema
//    exactly as it was, and the definitions are read at run time, so later migrations are kept.

import { CompiledQuery, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

type Trx = Transaction<DB>;

/** Rows per INSERT statement; a statement has one or two array parameters per column, whatever the row count. */
export const ROWS_PER_STATEMENT = 5_000;

export const toSnakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

async function rawQuery<R>(trx: Trx, text: string, parameters: unknown[] = []): Promise<R[]> {
  const result = await trx.executeQuery<R>(CompiledQuery.raw(text, parameters));
  return result.rows;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

// Tokens that need no quotes in an array literal: uuids, dates, numbers, timestamps, plain codes.
const BARE_TOKEN = /^[A-Za-z0-9_:.+-]+$/;

/** One element of a PostgreSQL array literal. */
function arrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  const text = Array.isArray(value) ? arrayLiteral(value) : String(value);
  if (BARE_TOKEN.test(text) && text.toUpperCase() !== 'NULL') return text;
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** A PostgreSQL array literal ('{a,"b c",NULL}') of the values. */
export function arrayLiteral(values: readonly unknown[]): string {
  const parts = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) parts[i] = arrayElement(values[i]);
  return `{${parts.join(',')}}`;
}

interface ColumnType {
  type: string;
  isArray: boolean;
}

async function columnTypes(trx: Trx, table: string): Promise<Map<string, ColumnType>> {
  const rows = await rawQuery<{ name: string; type: string; arr: boolean }>(
    trx,
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type, (t.typcategory = 'A') as arr
       from pg_attribute a join pg_type t on t.oid = a.atttypid
      where a.attrelid = $1::text::regclass and a.attnum > 0 and not a.attisdropped`,
    [table],
  );
  return new Map(rows.map((r) => [r.name, { type: r.type, isArray: r.arr }]));
}

/** Fixed-length types: subscripting an array of them (without NULLs) takes constant time. */
const DICTIONARY_TYPES = new Set([
  'uuid', 'date', 'timestamp with time zone', 'timestamp without time zone', 'integer', 'bigint', 'smallint', 'boolean',
]);

interface Column {
  key: string;
  name: string;
  type: string;
  isArray: boolean;
}

/**
 * One INSERT for a chunk. A fixed-length column with few distinct values in the chunk (the
 * timestamps, the client and period ids of attendance) is sent as a dictionary of its distinct
 * values plus a 1-based index per row (0 for NULL): each value is then parsed once, not once per
 * row, which matters most for timestamps. The dictionaries sit in a MATERIALIZED CTE so that the
 * planner cannot fold them back into a per-row expression.
 */
function chunkStatement(table: string, columns: Column[], chunk: ReadonlyArray<Record<string, unknown>>): [string, unknown[]] {
  const parameters: unknown[] = [];
  const dictionaries: string[] = [];
  const unnested: string[] = [];
  const selected: string[] = [];
  for (const c of columns) {
    const values = chunk.map((row) => row[c.key]);
    const name = quoteIdent(c.name);
    if (DICTIONARY_TYPES.has(c.type) && !c.isArray) {
      const index = new Map<unknown, number>();
      const positions = values.map((v) => {
        if (v === null || v === undefined) return 0;
        let i = index.get(v);
        if (i === undefined) index.set(v, (i = index.size + 1));
        return i;
      });
      if (index.size * 4 <= values.length) {
        parameters.push(arrayLiteral([...index.keys()]));
        dictionaries.push(`$${parameters.length}::text::${c.type}[] as ${quoteIdent(`d_${c.name}`)}`);
        parameters.push(arrayLiteral(positions));
        unnested.push(`$${parameters.length}::text::integer[]`);
        selected.push(`d.${quoteIdent(`d_${c.name}`)}[u.${name}]`);
        continue;
      }
    }
    // Array columns travel as text literals inside a text[] and are cast back after unnest.
    parameters.push(arrayLiteral(values));
    unnested.push(`$${parameters.length}::text::${c.isArray ? 'text[]' : `${c.type}[]`}`);
    selected.push(c.isArray ? `u.${name}::${c.type}` : `u.${name}`);
  }
  const text =
    (dictionaries.length ? `with d as materialized (select ${dictionaries.join(', ')}) ` : '') +
    `insert into ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(', ')}) ` +
    `select ${selected.join(', ')} from ${dictionaries.length ? 'd, ' : ''}` +
    `unnest(${unnested.join(', ')}) as u(${columns.map((c) => quoteIdent(c.name)).join(', ')})`;
  return [text, parameters];
}

/**
 * Inserts `rows` (objects with camelCase keys; the first row's keys name the columns) into
 * `table` (snake_case name), `ROWS_PER_STATEMENT` at a time. The rows may be produced lazily;
 * `onChunk` gets the running count. Returns the number of rows inserted.
 */
export async function insertRows(
  trx: Trx,
  table: string,
  rows: Iterable<Record<string, unknown>>,
  onChunk?: (done: number) => void,
): Promise<number> {
  let columns: Column[] = [];
  let chunk: Array<Record<string, unknown>> = [];
  let done = 0;
  const flush = async () => {
    if (chunk.length === 0) return;
    const [text, parameters] = chunkStatement(table, columns, chunk);
    await rawQuery(trx, text, parameters);
    done += chunk.length;
    chunk = [];
    onChunk?.(done);
  };
  for (const row of rows) {
    if (columns.length === 0) {
      const types = await columnTypes(trx, table);
      columns = Object.keys(row).map((key) => {
        const name = toSnakeCase(key);
        const column = types.get(name);
        if (!column) throw new Error(`Table ${table} has no column ${name}`);
        return { key, name, ...column };
      });
    }
    chunk.push(row);
    if (chunk.length >= ROWS_PER_STATEMENT) await flush();
  }
  await flush();
  return done;
}

interface Deferred {
  constraints: Array<{ table: string; name: string; definition: string }>;
  indexes: Array<{ name: string; definition: string }>;
}

/** Drops the foreign keys and the secondary indexes (those no constraint depends on) of `tables`,
 * returning their definitions for `restoreChecks`. */
export async function deferChecks(trx: Trx, tables: string[]): Promise<Deferred> {
  const constraints = (
    await rawQuery<{ tbl: string; name: string; def: string }>(
      trx,
      `select conrelid::regclass::text as tbl, quote_ident(conname) as name, pg_get_constraintdef(oid) as def
         from pg_constraint where conrelid = any($1::text::regclass[]) and contype = 'f'
        order by conrelid::regclass::text, conname`,
      [arrayLiteral(tables)],
    )
  ).map((r) => ({ table: r.tbl, name: r.name, definition: r.def }));
  const indexes = (
    await rawQuery<{ name: string; def: string }>(
      trx,
      `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
         from pg_index i
        where i.indrelid = any($1::text::regclass[]) and not i.indisprimary
          and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
        order by i.indexrelid::regclass::text`,
      [arrayLiteral(tables)],
    )
  ).map((r) => ({ name: r.name, definition: r.def }));
  for (const c of constraints) await rawQuery(trx, `alter table ${c.table} drop constraint ${c.name}`);
  for (const i of indexes) await rawQuery(trx, `drop index ${i.name}`);
  return { constraints, indexes };
}

/** Rebuilds what `deferChecks` dropped; foreign keys are validated over the whole tables. */
export async function restoreChecks(trx: Trx, deferred: Deferred): Promise<void> {
  for (const i of deferred.indexes) await rawQuery(trx, i.definition);
  for (const c of deferred.constraints) await rawQuery(trx, `alter table ${c.table} add constraint ${c.name} ${c.definition}`);
}
