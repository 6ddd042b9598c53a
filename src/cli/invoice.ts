// `polku invoice --scenario FILE.json --month YYYY-MM [--json]`: the compensation simulator.
// Computes one month's invoice from a scenario file with the same function as the platform's
// invoices (src/domain/compensation/invoice.ts), without any database. Exit codes: 0 computed,
// 2 bad input (missing or unreadable file, malformed JSON or scenario, bad --month).
// Only the compensation modules are imported here, so the command starts fast.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { computeMonth, isMonth, type InvoiceLine, type MonthInvoice } from '../domain/compensation/invoice.ts';
import { parseScenario } from '../domain/compensation/terms.ts';

export const EXIT_BAD_INPUT = 2;

export interface InvoiceOptions {
  scenario?: string;
  month?: string;
  json?: boolean;
}

export interface InvoiceIo {
  readFile: (path: string) => string;
  out: (text: string) => void;
  err: (text: string) => void;
}

const defaultIo: InvoiceIo = {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Runs the command; returns the exit code. Messages to `err` are "polku: …" lines. */
export function runInvoice(options: InvoiceOptions, io: InvoiceIo = defaultIo): number {
  const fail = (...lines: string[]) => {
    io.err(lines.map((line) => `polku: ${line}\n`).join(''));
    return EXIT_BAD_INPUT;
  };
  if (!options.scenario) return fail('--scenario FILE.json is required');
  if (!options.month) return fail('--month YYYY-MM is required');
  if (!isMonth(options.month)) return fail(`--month must be a month YYYY-MM (01–12), got "${options.month}"`);

  let text: string;
  try {
    text = io.readFile(options.scenario);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error);
    return fail(`cannot read the scenario file ${options.scenario}: ${why}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`${options.scenario}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = parseScenario(data);
  if (!parsed.ok) return fail(...parsed.errors);

  const invoice = computeMonth(parsed.value, options.month);
  if (options.json) {
    const { month, totalCents, byKind, lines, ignored } = invoice;
    io.out(`${JSON.stringify({ month, totalCents, byKind, lines, ignored })}\n`);
  } else {
    io.out(formatInvoiceTable(invoice, parsed.value.contract.id, parsed.value.contract.basis));
  }
  return 0;
}

/** Euro cents in Finnish style: 1 234,56 € (a plain space groups the thousands). */
export function formatEuros(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${sign}${whole},${String(abs % 100).padStart(2, '0')} €`;
}

function describe(line: InvoiceLine): [string, string] {
  switch (line.rule) {
    case 'base_day':
      return [`base, ${line.mode === 'onsite' ? 'on site' : 'remote'}`, `${line.days} day(s) × ${formatEuros(line.unitPriceCents)}`];
    case 'base_month':
      return ['base, month fee', `${line.days} paid day(s): ${line.onsiteDates.length} on site, ${line.remoteDates.length} remote`];
    case 'outcome_bonus':
      return [
        'outcome bonus',
        `period ${line.periodId} ${line.periodStart} – ${line.periodEnd} (${line.periodDays} d) → ${line.destination}: ${formatEuros(line.unitPriceCents)} × ${line.weight}`,
      ];
    default:
      return [
        'durability bonus',
        `period ${line.periodId} ended ${line.periodEnd}; follow-up ${line.followUp.date} ${line.followUp.status} (+${line.daysAfterEnd} d): ${formatEuros(line.unitPriceCents)} × ${line.weight}`,
      ];
  }
}

const MAX_IGNORED_SHOWN = 50;

/** A readable table of the invoice: lines, totals by kind, and the records that did not count. */
export function formatInvoiceTable(invoice: MonthInvoice, contractId: string, basis: string): string {
  const rows = invoice.lines.map((line) => [line.clientId, ...describe(line), formatEuros(line.amountCents)]);
  const header = ['client', 'rule', 'details', 'amount'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out: string[] = [];
  out.push(`Invoice ${invoice.month} · contract ${contractId} (${basis} basis)`, '');
  out.push(row(header), widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) out.push(row(r));
  if (rows.length === 0) out.push('(no lines)');
  out.push('');
  const totalWidth = Math.max(...[invoice.byKind.base, invoice.byKind.outcome, invoice.byKind.durability, invoice.totalCents].map((c) => formatEuros(c).length));
  const total = (label: string, cents: number) => `${label.padEnd(20)}${formatEuros(cents).padStart(totalWidth)}`;
  out.push(total('Base fees', invoice.byKind.base), total('Outcome bonuses', invoice.byKind.outcome), total('Durability bonuses', invoice.byKind.durability));
  out.push(total('Total', invoice.totalCents), '');

  if (invoice.ignored.length > 0) {
    const counts = new Map<string, number>();
    for (const r of invoice.ignored) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
    out.push(`Did not count: ${invoice.ignored.length} record(s) — ${[...counts].map(([reason, n]) => `${reason} ${n}`).join(', ')}`);
    for (const r of invoice.ignored.slice(0, MAX_IGNORED_SHOWN)) {
      const what =
        r.record === 'attendance'
          ? `attendance[${r.index}] ${r.clientId} ${r.date} ${r.hours} h ${r.mode}`
          : r.record === 'period'
            ? `periods[${r.index}] ${r.periodId} (${r.clientId}) ${r.start} – ${r.end}`
            : `followUps[${r.index}] ${r.periodId} (${r.clientId}) ${r.date} ${r.status}`;
      out.push(`  ${what}: ${r.reason} — ${r.detail}`);
    }
    if (invoice.ignored.length > MAX_IGNORED_SHOWN) out.push(`  … and ${invoice.ignored.length - MAX_IGNORED_SHOWN} more (use --json for all)`);
    out.push('');
  }
  return out.join('\n');
}

/** Adds `invoice` to the command line. */
export function registerInvoiceCommand(program: Command): Command {
  return program
    .command('invoice')
    .description('Compute one month of a contract from a scenario file, without a database (compensation simulator)')
    .option('--scenario <file>', 'scenario JSON: contract with terms, clients, periods, attendance, followUps')
    .option('--month <YYYY-MM>', 'the calendar month to invoice')
    .option('--json', 'print the invoice as JSON instead of a table')
    .action((options: InvoiceOptions) => {
      process.exitCode = runInvoice(options);
    });
}
