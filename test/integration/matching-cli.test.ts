// `polku postings import FILE` as a user runs it (bin/polku.mjs in a child process, its own
// embedded database): progress, counts, row errors with line numbers, idempotent re-import and
// the exit codes 0 / 1 / 2.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../bin/polku.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'polku-postings-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function polku(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, POLKU_DATA_DIR: path.join(dir, 'db') };
    delete env.DATABASE_URL;
    execFile(process.execPath, [ENTRY, ...args], { cwd: ROOT, env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const SAMPLE = path.join(ROOT, 'test/fixtures/matching/jobpostings-v2.jsonl');

describe('polku postings import', () => {
  it('imports, lists the rows left out with line numbers, and re-imports without duplicates', async () => {
    const first = await polku('postings', 'import', SAMPLE);
    expect(first.stdout).toMatch(/8 line\(s\), 6 new, 0 updated, 0 unchanged, 2 left out/);
    expect(first.stdout).toMatch(/Työmarkkinatori/);
    expect(first.stderr).toMatch(/postings: 6\/6/);
    expect(first.stderr).toMatch(/jobpostings-v2\.jsonl:7: not valid JSON/);
    expect(first.stderr).toMatch(/jobpostings-v2\.jsonl:8: no title/);
    expect(first.code).toBe(1);
    const again = await polku('postings', 'import', SAMPLE);
    expect(again.stdout).toMatch(/0 new, 0 updated, 6 unchanged/);
    const clean = path.join(dir, 'clean.jsonl');
    writeFileSync(clean, '{"jobPostingId":"X-1","title":"Siivooja","municipalityCode":"837"}\n');
    const ok = await polku('postings', 'import', clean);
    expect(ok.stdout).toMatch(/1 new/);
    expect(ok.code).toBe(0);
  }, 240_000);

  it('exits with 2 on a malformed or missing file and imports nothing', async () => {
    const array = await polku('postings', 'import', path.join(ROOT, 'test/fixtures/matching/jobpostings-malformed.json'));
    expect(array.code).toBe(2);
    expect(array.stderr).toMatch(/malformed: a JSON array.*Nothing was imported/);
    const missing = await polku('postings', 'import', path.join(dir, 'nope.jsonl'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*ENOENT/);
  }, 240_000);
});
