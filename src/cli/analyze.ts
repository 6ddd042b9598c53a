// `polku analyze RESPONSES.csv --spec SPEC.json [--json]`: reliability, exploratory factor analysis
// and correlations of survey responses, computed as R psych does (docs/statistics.md).
// Exit status 2 for a spec or a file that cannot be used; the message names the JSON path of the
// spec or the line of the CSV.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CsvError, parseCsv } from '../domain/stats/csv.ts';
import { parseSpec, runAnalysis, SpecError, type AnalysisOutput, type AnalysisSpec } from '../domain/stats/analysis.ts';
import { StatsError } from '../domain/stats/linalg.ts';

/** A problem with the input files; the CLI prints the message and exits with status 2. */
export class AnalyzeInputError extends Error {
  override name = 'AnalyzeInputError';
}

function readText(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new AnalyzeInputError(`${file}: cannot read the ${what}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}`);
  }
}

/** Reads, validates and analyses; throws AnalyzeInputError with the file and JSON path or line. */
export function analyzeFiles(responsesFile: string, specFile: string): { spec: AnalysisSpec; output: AnalysisOutput } {
  const specText = readText(specFile, 'spec');
  let raw: unknown;
  try {
    raw = JSON.parse(specText);
  } catch (err) {
    throw new AnalyzeInputError(`${specFile}: not valid JSON: ${(err as Error).message}`);
  }
  let spec: AnalysisSpec;
  try {
    spec = parseSpec(raw);
  } catch (err) {
    if (err instanceof SpecError) throw new AnalyzeInputError(`${specFile}: ${err.message}`);
    throw err;
  }
  const csvText = readText(responsesFile, 'responses');
  try {
    const table = parseCsv(csvText);
    return { spec, output: runAnalysis(table, spec) };
  } catch (err) {
    if (err instanceof CsvError) throw new AnalyzeInputError(`${responsesFile}: ${err.message}`);
    if (err instanceof SpecError) throw new AnalyzeInputError(`${specFile}: ${err.message}`);
    if (err instanceof StatsError) throw new AnalyzeInputError(`${responsesFile}: cannot analyse: ${err.message}`);
    throw err;
  }
}

const fmt = (v: number, digits = 3) => (Number.isFinite(v) ? (Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v).toFixed(digits) : 'NA');
const fmtP = (p: number) => (!Number.isFinite(p) ? 'NA' : p < 0.001 ? '<0.001' : p.toFixed(3));

function table(rows: string[][], alignLeft = 1): string {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  return rows.map((r) => r.map((c, j) => (j < alignLeft ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join('  ').trimEnd()).join('\n');
}

/** The results as text tables for a terminal. */
export function formatReport(output: AnalysisOutput, spec: AnalysisSpec): string {
  const parts: string[] = [`Responses: ${output.n} rows`];
  const scales = Object.entries(output.scales);
  if (scales.length) {
    const rows = [['Scale', 'n', 'raw alpha', 'std alpha', 'average r', 'mean', 'sd']];
    for (const [name, s] of scales) rows.push([name, String(s.n), fmt(s.rawAlpha), fmt(s.stdAlpha), fmt(s.averageR), fmt(s.mean, 2), fmt(s.sd, 2)]);
    parts.push(`Reliability (Cronbach's alpha; reverse-keyed items recoded as ${spec.reverse ? `${spec.reverse.min} + ${spec.reverse.max} − x` : 'min + max − x'})\n${table(rows)}`);
    for (const [name, s] of scales) {
      const items = [['  ' + name, 'alpha if dropped', 'item-rest r']];
      for (const key of spec.scales[name]) {
        const item = key.replace(/^-/, '');
        items.push([`    ${key}`, fmt(s.alphaIfDropped[item]), fmt(s.itemRestR[item])]);
      }
      parts.push(table(items));
    }
  }
  if (output.efa && spec.efa) {
    const e = output.efa;
    const k = e.ssLoadings.length;
    const head = ['Item', ...Array.from({ length: k }, (_, j) => `F${j + 1}`), 'h2'];
    const rows = [head];
    for (const [item, l] of Object.entries(e.loadings)) rows.push([item, ...l.map((v) => fmt(v, 2)), fmt(e.communalities[item], 2)]);
    rows.push(['SS loadings', ...e.ssLoadings.map((v) => fmt(v, 2)), '']);
    rows.push(['Proportion var', ...e.proportionVariance.map((v) => fmt(v, 2)), '']);
    const lines = [
      `Exploratory factor analysis: ${spec.efa.method}, rotation ${spec.efa.rotation}, ${k} factors, n = ${e.n}`,
      `KMO ${fmt(e.kmo)}; Bartlett's test chi-square ${fmt(e.bartlett.chisq, 1)}, df ${e.bartlett.df}, p ${fmtP(e.bartlett.p)}`,
      table(rows),
    ];
    if (e.factorCorrelations) {
      const phi = [['Factor correlations', ...head.slice(1, k + 1)]];
      e.factorCorrelations.forEach((row, i) => phi.push([`F${i + 1}`, ...row.map((v) => fmt(v, 2))]));
      lines.push(table(phi));
    }
    parts.push(lines.join('\n'));
  }
  if (output.correlations.length && spec.correlations) {
    const rows = [['Variable', 'with', 'r', 'p', 'n']];
    for (const c of output.correlations) rows.push([c.a, c.b, fmt(c.r), fmtP(c.p), String(c.n)]);
    parts.push(`Correlations (${spec.correlations.method}, listwise)\n${table(rows, 2)}`);
  }
  return parts.join('\n\n') + '\n';
}

export function registerAnalyzeCommand(program: Command): Command {
  return program
    .command('analyze')
    .description('Analyse survey responses as R psych does: Cronbach\'s alpha, exploratory factor analysis, correlations')
    .argument('<responses>', 'responses as CSV: a header row, comma or semicolon separated, empty = missing')
    .requiredOption('--spec <file>', 'the analysis spec (JSON): scales, reverse, efa, correlations')
    .option('--json', 'print the results as JSON')
    .action((responses: string, options: { spec: string; json?: boolean }) => {
      try {
        const { spec, output } = analyzeFiles(responses, options.spec);
        process.stdout.write(options.json ? `${JSON.stringify(output)}\n` : formatReport(output, spec));
      } catch (err) {
        if (!(err instanceof AnalyzeInputError)) throw err;
        process.stderr.write(`polku analyze: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
