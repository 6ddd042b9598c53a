// PostgreSQL array literals, for bulk statements that pass one array per column
// (`insert … select from unnest($1::uuid[], $2::text[], …)`) instead of one parameter per value.

/** An array literal of the values: strings quoted and escaped, null as NULL. */
export const pgArray = (values: readonly (string | number | null)[]) =>
  `{${values.map((v) => (v === null ? 'NULL' : typeof v === 'number' ? String(v) : `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
