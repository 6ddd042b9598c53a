// `polku invoice`: exit codes, "polku: <json.path>: <reason>" messages, the JSON output shape and
// the table. Child processes run the real command line, bin/polku.mjs;
// the many message cases run in-process through runInvoice.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { formatEuros, runInvoice, type InvoiceOptions } from '../../../src/cli/invoice.ts';
import { computeMonth } from '../../../src/domain/compensation/invoice.ts';
import { parseScenario } from '../../../src/domain/compensation/terms.ts';

const ENTRY = fileURLToPath(new URL('../../../bin/polku.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'polku-invoice-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCENARIO = {
  contract: {
    id: 'K-1',
    start: '2025-01-01',
    end: '2025-12-31',
    basis: 'day',
    dayPriceCents: 4500,
    remoteDayPriceCents: 3900,
    outcomeBonusCents: { open_employment: 150000 },
    riskWeights: { factors: { disability: 0.5 }, max: 1.75 },
  },
  clients: [{ id: 'c1', factors: ['disability'] }],
  periods: [{ id: 'p1', client: 'c1', start: '2025-01-10', end: '2025-03-14', destination: 'open_employment' }],
  attendance: [
    { client: 'c1', date: '2025-03-03', hours: 4, mode: 'onsite' },
    { client: 'c1', date: '2025-03-04', hours: 4, mode: 'remote' },
    { client: 'c1', date: '2025-03-05', hours: 2, mode: 'onsite' },
  ],
  followUps: [],
};

function file(name: string, content: unknown): string {
  const target = path.join(dir, name);
  writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [ENTRY, 'invoice', ...args], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function run(options: InvoiceOptions, files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = runInvoice(options, {
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p];
    },
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

describe.concurrent('polku invoice as a process', () => {
  it('prints the month as JSON with --json', async () => {
    const { code, stdout, stderr } = await cli('--scenario', file('ok.json', SCENARIO), '--month', '2025-03', '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['month', 'totalCents', 'byKind', 'lines', 'ignored']);
    expect(Object.keys(result.byKind)).toEqual(['base', 'outcome', 'durability']);
    // base 4500 + 3900 = 8400; outcome 150000 × 1.5 = 225000; total 233400
    expect(result).toMatchObject({ month: '2025-03', totalCents: 233400, byKind: { base: 8400, outcome: 225000, durability: 0 } });
    expect(result.lines.map((l: { kind: string; amountCents: number }) => [l.kind, l.amountCents])).toEqual([
      ['base', 4500],
      ['base', 3900],
      ['outcome', 225000],
    ]);
    expect(result.ignored).toEqual([expect.objectContaining({ record: 'attendance', index: 2, reason: 'short_hours' })]);
    const parsed = parseScenario(SCENARIO);
    expect(parsed.ok && result).toEqual(parsed.ok && JSON.parse(JSON.stringify(computeMonth(parsed.value, '2025-03'))));
  });

  it('prints a table without --json', async () => {
    const { code, stdout } = await cli('--scenario', file('table.json', SCENARIO), '--month', '2025-03');
    expect(code).toBe(0);
    expect(stdout).toContain('Invoice 2025-03 · contract K-1 (day basis)');
    expect(stdout).toMatch(/outcome bonus\s+period p1 2025-01-10 – 2025-03-14 \(64 d\) → open_employment: 1 500,00 € × 1\.5\s+2 250,00 €/);
    expect(stdout).toMatch(/Total\s+2 334,00 €/);
    expect(stdout).toContain('attendance[2] c1 2025-03-05 2 h onsite: short_hours — 2 h < minHours 3');
  });

  it('exits with 2 and the JSON path on malformed terms', async () => {
    const bad = { ...SCENARIO, contract: { ...SCENARIO.contract, dayPriceCents: -1, outcomeBonusCents: { hired: 5 } } };
    const { code, stdout, stderr } = await cli('--scenario', file('bad.json', bad), '--month', '2025-03', '--json');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')).toEqual([
      'polku: contract.dayPriceCents: must be 0 or more cents',
      expect.stringMatching(/^polku: contract\.outcomeBonusCents\.hired: "hired" is not a destination code/),
      '',
    ]);
  });

  it('exits with 2 on a missing file', async () => {
    const missing = await cli('--scenario', path.join(dir, 'nope.json'), '--month', '2025-03');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: `polku: cannot read the scenario file ${path.join(dir, 'nope.json')}: no such file\n` });
  });
});

describe('runInvoice', () => {
  const files = { 's.json': JSON.stringify(SCENARIO) };

  it('requires --scenario and --month', () => {
    expect(run({ month: '2025-03' }, files)).toEqual({ code: 2, out: '', err: 'polku: --scenario FILE.json is required\n' });
    expect(run({ scenario: 's.json' }, files)).toEqual({ code: 2, out: '', err: 'polku: --month YYYY-MM is required\n' });
  });

  it('rejects a malformed record, a file that is not JSON, and a bad month', () => {
    const badRow = JSON.stringify({ ...SCENARIO, attendance: [...SCENARIO.attendance, { client: 'c1', date: '2025-03-32', hours: 4, mode: 'onsite' }] });
    expect(run({ scenario: 'r.json', month: '2025-03' }, { 'r.json': badRow })).toEqual({ code: 2, out: '', err: 'polku: attendance[3].date: must be a calendar date YYYY-MM-DD\n' });
    const broken = run({ scenario: 'x.json', month: '2025-03' }, { 'x.json': '{"contract": ' });
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^polku: x\.json: not valid JSON: /);
    for (const month of ['2025-3', '2025-13', 'March']) {
      expect(run({ scenario: 's.json', month }, files)).toEqual({ code: 2, out: '', err: `polku: --month must be a month YYYY-MM (01–12), got "${month}"\n` });
    }
  });

  it('prints one line per problem', () => {
    const bad = JSON.stringify({ ...SCENARIO, contract: { ...SCENARIO.contract, basis: 'month' }, clients: [{ id: 'c1', factors: 'disability' }] });
    expect(run({ scenario: 'b.json', month: '2025-03' }, { 'b.json': bad })).toEqual({
      code: 2,
      out: '',
      err: 'polku: contract.monthPriceCents: is required when basis is "month"\npolku: clients[0].factors: Invalid input: expected array, received string\n',
    });
    const noPrice = JSON.stringify({ ...SCENARIO, contract: { ...SCENARIO.contract, basis: 'month' } });
    expect(run({ scenario: 'n.json', month: '2025-03' }, { 'n.json': noPrice }).err).toBe('polku: contract.monthPriceCents: is required when basis is "month"\n');
  });

  it('prints the same invoice for the same file', () => {
    const a = run({ scenario: 's.json', month: '2025-03', json: true }, files);
    const b = run({ scenario: 's.json', month: '2025-03', json: true }, files);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
  });

  it('formats euros the Finnish way', () => {
    expect(formatEuros(0)).toBe('0,00 €');
    expect(formatEuros(5)).toBe('0,05 €');
    expect(formatEuros(262500)).toBe('2 625,00 €');
    expect(formatEuros(123456789)).toBe('1 234 567,89 €');
  });
});
