// CSV parsing, spec validation and `polku analyze`: output shape and exit status 2 with the JSON path or CSV line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CsvError, numericColumn, parseCsv, parseSpec, runAnalysis, SpecError } from '../../../src/domain/stats/index.ts';
import { analyzeFiles, AnalyzeInputError, registerAnalyzeCommand } from '../../../src/cli/analyze.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'polku-analyze-'));
const file = (name: string, content: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const bfi = path.resolve('test/reference/bfi.csv');

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, newlines in quotes, CRLF and a BOM', () => {
    const t = parseCsv('\ufeffid,comment,score\r\n1,"Hello, ""world""",5\r\n2,"two\nlines",\r\n');
    expect(t.separator).toBe(',');
    expect(t.header).toEqual(['id', 'comment', 'score']);
    expect(t.rows).toEqual([
      ['1', 'Hello, "world"', '5'],
      ['2', 'two\nlines', ''],
    ]);
    expect(t.lines).toEqual([2, 3]);
    expect(Array.from(numericColumn(t, 'score'))).toEqual([5, Number.NaN]);
  });

  it('detects semicolons and accepts a decimal comma with them', () => {
    const t = parseCsv('a;b\n1,5;2\n;3\n');
    expect(t.separator).toBe(';');
    expect(Array.from(numericColumn(t, 'a'))).toEqual([1.5, Number.NaN]);
  });

  it('reports the line of a row with the wrong number of fields', () => {
    expect(() => parseCsv('a,b\n1,2\n3\n')).toThrow(new CsvError('expected 2 fields as in the header, found 1', 3));
  });

  it('reports an unclosed quote, duplicate and empty header names', () => {
    expect(() => parseCsv('a,b\n1,"x\n')).toThrow(/line 2: a quoted field is not closed/);
    expect(() => parseCsv('a,a\n1,2\n')).toThrow(/line 1: the header names column "a" twice/);
    expect(() => parseCsv('a,,b\n')).toThrow(/line 1: column 2 of the header has no name/);
    expect(() => parseCsv('')).toThrow(/empty/);
  });

  it('reports the line and column of a value that is not a number', () => {
    const t = parseCsv('a,b\n1,2\n"3\n",4\n5,x\n');
    expect(() => numericColumn(t, 'b')).toThrow(new CsvError('column "b": "x" is not a number', 5));
  });
});

describe('parseSpec', () => {
  const bad = (spec: unknown, pathExpected: string) => {
    try {
      parseSpec(spec);
    } catch (err) {
      expect(err).toBeInstanceOf(SpecError);
      expect((err as SpecError).path).toBe(pathExpected);
      return;
    }
    expect.fail('no error');
  };

  it('names the JSON path of the problem', () => {
    bad([], '$');
    bad({ scale: {} }, '$.scale');
    bad({ scales: { wellbeing: ['W1'] } }, '$.scales.wellbeing');
    bad({ scales: { 'työ hyvinvointi': ['W1', 3] } }, '$.scales["työ hyvinvointi"][1]');
    bad({ scales: { w: ['W1', '-W1'] } }, '$.scales.w[1]');
    bad({ scales: { w: ['W1', '-W2'] } }, '$.reverse');
    bad({ reverse: { min: 5, max: 1 } }, '$.reverse.max');
    bad({ efa: { items: ['a', 'b', 'c'], factors: 3 } }, '$.efa.factors');
    bad({ efa: { items: ['a', 'b', 'c'], factors: 1.5 } }, '$.efa.factors');
    bad({ efa: { items: ['a', 'b', 'c'], factors: 1, method: 'ml' } }, '$.efa.method');
    bad({ efa: { items: ['a', 'b', 'c'], factors: 1, rotation: 'promax' } }, '$.efa.rotation');
    bad({ correlations: { variables: ['a'] } }, '$.correlations.variables');
    bad({ correlations: { variables: ['a', 'b'], method: 'kendall' } }, '$.correlations.method');
  });

  it('fills in the defaults', () => {
    expect(parseSpec({ efa: { items: ['a', 'b', 'c'], factors: 1 }, correlations: { variables: ['a', 'b'] } })).toEqual({
      scales: {},
      reverse: null,
      efa: { items: ['a', 'b', 'c'], factors: 1, method: 'minres', rotation: 'oblimin' },
      correlations: { variables: ['a', 'b'], method: 'pearson' },
    });
  });
});

describe('runAnalysis', () => {
  const csv = parseCsv('id;q1;q2;q3;age\n1;1;2;5;30\n2;2;2;4;41\n3;3;4;3;\n4;4;4;2;55\n5;5;5;1;38\n6;;3;3;29\n');

  it('reverses "-ITEM" as min + max − x, drops incomplete rows per analysis and reports n', () => {
    const out = runAnalysis(csv, parseSpec({ scales: { s: ['q1', 'q2', '-q3'] }, reverse: { min: 1, max: 5 }, correlations: { variables: ['s', 'age'] } }));
    expect(out.n).toBe(6);
    expect(out.scales.s.n).toBe(5);
    // q3 reversed equals q1, so q1 and -q3 correlate perfectly
    expect(out.scales.s.itemRestR.q1).toBeGreaterThan(0.9);
    expect(Object.keys(out.scales.s.alphaIfDropped)).toEqual(['q1', 'q2', 'q3']);
    expect(out.correlations).toEqual([{ a: 's', b: 'age', r: expect.any(Number), p: expect.any(Number), n: 4 }]);
    expect(out.efa).toBeNull();
  });

  it('names the spec path of a column that is not in the file', () => {
    expect(() => runAnalysis(csv, parseSpec({ scales: { s: ['q1', 'q9'] } }))).toThrow(/^\$\.scales\.s\[1\]: no column "q9" in the responses \(columns: id, q1, q2, q3, age\)$/);
    expect(() => runAnalysis(csv, parseSpec({ correlations: { variables: ['q1', 'nope'] } }))).toThrow(/\$\.correlations\.variables\[1\]/);
  });

  it('names the line of a value that is not a number', () => {
    const t = parseCsv('a,b,c\n1,2,3\n2,3,4\n3,x,5\n');
    expect(() => runAnalysis(t, parseSpec({ scales: { s: ['a', 'b', 'c'] } }))).toThrow(/line 4: column "b": "x" is not a number/);
  });

  it('correlates factor scores as F1…Fk', () => {
    const t = parseCsv(readFileSync(bfi, 'utf8'));
    const out = runAnalysis(t, parseSpec({ efa: { items: ['E1', 'E2', 'E3', 'E4', 'E5', 'N1', 'N2', 'N3'], factors: 2, rotation: 'varimax' }, correlations: { variables: ['F1', 'F2', 'age'] } }));
    expect(out.correlations.map((c) => [c.a, c.b])).toEqual([['F1', 'F2'], ['F1', 'age'], ['F2', 'age']]);
    expect(out.correlations[0].n).toBe(out.efa!.n);
  });
});

describe('polku analyze', () => {
  const spec = file(
    'spec.json',
    JSON.stringify({
      scales: { agreeableness: ['-A1', 'A2', 'A3', 'A4', 'A5'], openness: ['O1', '-O2', 'O3', 'O4', '-O5'] },
      reverse: { min: 1, max: 6 },
      efa: { items: ['A1', 'A2', 'A3', 'A4', 'A5', 'O1', 'O2', 'O3', 'O4', 'O5'], factors: 2, method: 'minres', rotation: 'oblimin' },
      correlations: { variables: ['agreeableness', 'openness', 'age'], method: 'pearson' },
    }),
  );

  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  async function run(args: string[]) {
    let stdout = '';
    let stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
    const program = new Command().exitOverride();
    registerAnalyzeCommand(program);
    await program.parseAsync(['node', 'polku', 'analyze', ...args]);
    vi.restoreAllMocks();
    return { stdout, stderr, code: process.exitCode ?? 0 };
  }

  it('prints JSON in the format of the issue', async () => {
    const { stdout, code } = await run([bfi, '--spec', spec, '--json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['n', 'scales', 'efa', 'correlations']);
    expect(out.n).toBe(2800);
    expect(Object.keys(out.scales.agreeableness)).toEqual(['n', 'rawAlpha', 'stdAlpha', 'averageR', 'mean', 'sd', 'alphaIfDropped', 'itemRestR']);
    expect(out.scales.agreeableness.rawAlpha).toBeCloseTo(0.7038, 4);
    expect(Object.keys(out.efa)).toEqual(['n', 'loadings', 'communalities', 'ssLoadings', 'proportionVariance', 'kmo', 'bartlett', 'factorCorrelations']);
    expect(out.efa.loadings.A1).toHaveLength(2);
    expect(Object.keys(out.efa.bartlett)).toEqual(['chisq', 'df', 'p']);
    expect(out.correlations).toHaveLength(3);
    expect(Object.keys(out.correlations[0])).toEqual(['a', 'b', 'r', 'p', 'n']);
  });

  it('prints tables without --json', async () => {
    const { stdout } = await run([bfi, '--spec', spec]);
    expect(stdout).toContain('Responses: 2800 rows');
    expect(stdout).toMatch(/agreeableness\s+2709\s+0\.704\s+0\.714/);
    expect(stdout).toContain('Factor correlations');
  });

  it('exits with 2 and the JSON path for a bad spec', async () => {
    const badSpec = file('bad.json', JSON.stringify({ efa: { items: ['A1', 'A2', 'A3'], factors: 'two' } }));
    const { stderr, code, stdout } = await run([bfi, '--spec', badSpec]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`polku analyze: ${badSpec}: $.efa.factors: expected a positive whole number\n`);
  });

  it('exits with 2 for JSON that does not parse, a missing file and a bad CSV line', async () => {
    expect((await run([bfi, '--spec', file('broken.json', '{"scales": ')])).stderr).toMatch(/broken\.json: not valid JSON/);
    const missing = await run([path.join(dir, 'none.csv'), '--spec', spec]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/none\.csv: cannot read the responses \(no such file\)/);
    const csv = file('bad.csv', 'A1,A2,A3\n1,2,3\n4,5\n');
    const r = await run([csv, '--spec', file('s.json', '{"scales": {"s": ["A1", "A2", "A3"]}}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`polku analyze: ${csv}: line 3: expected 3 fields as in the header, found 2\n`);
  });

  it('exits with 2 when the data cannot be analysed, naming the analysis', () => {
    const csv = file('const.csv', 'a,b,c\n1,2,3\n1,3,4\n1,4,4\n');
    expect(() => analyzeFiles(csv, file('c.json', '{"scales": {"s": ["a", "b", "c"]}}'))).toThrow(
      new AnalyzeInputError(`${csv}: cannot analyse: $.scales.s: every respondent gave the same answer to a`),
    );
  });

  it('runs as its own process and exits with status 2 on a bad spec', () => {
    const badSpec = file('bad2.json', JSON.stringify({ correlations: { variables: ['A1', 'nope'] } }));
    const r = spawnSync(process.execPath, ['bin/polku.mjs', 'analyze', bfi, '--spec', badSpec, '--json'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('$.correlations.variables[1]: "nope" is neither a scale of the spec nor a column of the responses');
    const ok = spawnSync(process.execPath, ['bin/polku.mjs', 'analyze', bfi, '--spec', spec, '--json'], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).n).toBe(2800);
  });
});
