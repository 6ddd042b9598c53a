#!/usr/bin/env bash
# Regenerates src/db/schema.ts (the Kysely table types) from the migrations, against a scratch
# database on the local PostgreSQL server. Run after adding a migration.
set -euo pipefail
cd "$(dirname "$0")/.."
url=${CODEGEN_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/polku_codegen}
psql "${url%/*}/postgres" -qc "DROP DATABASE IF EXISTS ${url##*/}" -c "CREATE DATABASE ${url##*/}"
DATABASE_URL=$url node bin/polku.mjs migrate
tool=$(mktemp -d)
(cd "$tool" && npm init -y >/dev/null && npm i --no-audit --no-fund -s kysely-codegen kysely@0.28 pg typescript@5 >/dev/null)
"$tool/node_modules/.bin/kysely-codegen" --dialect postgres --url "$url" --camel-case \
  --date-parser string --numeric-parser number --out-file src/db/schema.ts
# Counts and identities come back as numbers (see connection.ts).
sed -i 's/^export type Int8 = .*/export type Int8 = ColumnType<number, bigint | number | string, bigint | number | string>;/' src/db/schema.ts
rm -rf "$tool"
