import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/domain/invoicing/csv.ts';
import { clientPseudonym, describeLine, finnishDate } from '../../../src/domain/invoicing/descriptions.ts';
import { finvoiceXml, VAT_EXEMPTION_TEXT, type FinvoiceInput } from '../../../src/domain/invoicing/finvoice.ts';
import { finnishReference, isFinnishReference, isValidBic, isValidIban, ovtFromBusinessId, vatNumberFromBusinessId } from '../../../src/domain/invoicing/identifiers.ts';
import { invoicePdf } from '../../../src/domain/invoicing/invoice-pdf.ts';
import { centsToDecimal, formatEuros } from '../../../src/domain/invoicing/money.ts';
import { pdfDocument, textWidth, wrapText } from '../../../src/domain/invoicing/pdf.ts';
import { escapeXml } from '../../../src/domain/invoicing/xml.ts';
import { splitIssue, termsFieldErrors } from '../../../src/server/contracts/terms.ts';
import { findAll, parseXml, textOf } from './xml-parser.ts';

describe('money', () => {
  it('formats whole cents exactly', () => {
    expect(centsToDecimal(283800)).toBe('2838,00');
    expect(centsToDecimal(-5)).toBe('-0,05');
    expect(centsToDecimal(-87500, '.')).toBe('-875.00');
    expect(formatEuros(283800)).toBe('2\u00a0838,00\u00a0€');
    expect(formatEuros(-123456789)).toBe('-1\u00a0234\u00a0567,89\u00a0€');
    expect(() => centsToDecimal(1.5)).toThrow(RangeError);
  });
});

describe('identifiers', () => {
  it('Finnish reference numbers with the 7-3-1 check digit', () => {
    expect(finnishReference('12345')).toBe('123453');
    expect(finnishReference(1001)).toBe('10016');
    expect(isFinnishReference('123453')).toBe(true);
    expect(isFinnishReference('123454')).toBe(false);
    expect(() => finnishReference('12')).toThrow(RangeError);
  });
  it('IBAN, BIC, OVT and VAT numbers', () => {
    expect(isValidIban('FI21 1234 5600 0007 85')).toBe(true);
    expect(isValidIban('FI2112345600000786')).toBe(false);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('FI211234560000078')).toBe(false);
    expect(isValidBic('NDEAFIHH')).toBe(true);
    expect(isValidBic('OKOYFIHHXXX')).toBe(true);
    expect(isValidBic('NDEA')).toBe(false);
    expect(ovtFromBusinessId('0211675-2')).toBe('003702116752');
    expect(vatNumberFromBusinessId('0211675-2')).toBe('FI02116752');
    expect(ovtFromBusinessId('0211675-3')).toBeNull();
  });
});

describe('CSV', () => {
  it('quotes, guards formulas in text and keeps formatted numbers', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [['=SUM(A1)', 'semi;colon', { number: '-875,00' }, 'say "hi"\nthere'], [null, 12, undefined, '@x']]);
    expect(csv).toBe('\ufeffa;b;c;d\r\n\'=SUM(A1);"semi;colon";-875,00;"say ""hi""\nthere"\r\n;12;;\'@x\r\n');
  });
});

describe('XML', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">Ö & 'y'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Ö &amp; &apos;y&apos;&lt;/a&gt;');
  });
});

const finvoiceInput = (rows: FinvoiceInput['rows']): FinvoiceInput => ({
  messageId: 'POLKU-1001',
  timestamp: '2025-04-02T09:00:00.000Z',
  invoiceNumber: '1001',
  invoiceDate: '2025-04-02',
  dueDate: '2025-04-16',
  paymentTermsText: '14 pv netto',
  seller: { name: 'Työpaja <A> & Co "ry"', businessId: '1234567-1', vatNumber: 'FI12345671', eInvoiceAddress: '003712345671', intermediator: 'NDEAFIHH', iban: 'FI2112345600000785', bic: 'NDEAFIHH' },
  buyer: { name: 'Tampereen kaupunki', businessId: '0211675-2', eInvoiceAddress: null, intermediator: null, reference: null },
  agreementIdentifier: 'TRE-2025-07',
  freeText: 'Kuntouttava työtoiminta 3/2025',
  referenceNumber: finnishReference('1001'),
  rows,
});
const row = (amountCents: number, text = 'x') => ({
  articleIdentifier: 'BASE-DAY-ONSITE', articleName: 'Palvelupäivät', quantity: 2, quantityUnit: 'pv', unitPriceCents: amountCents / 2, amountCents, freeText: text, startDate: '2025-03-01', endDate: '2025-03-31',
});

describe('Finvoice 3.0', () => {
  it('is well formed, escaped, and its rows add up to its totals', () => {
    const xml = finvoiceXml(finvoiceInput([row(9000, 'Asiakas 1 & <2>'), row(262500), row(-500)]));
    const root = parseXml(xml);
    expect(root.attributes).toMatchObject({ Version: '3.0' });
    expect(textOf(root, 'SellerOrganisationName')).toBe('Työpaja <A> & Co "ry"');
    expect(xml).toContain('Työpaja &lt;A&gt; &amp; Co &quot;ry&quot;');
    expect(textOf(root, 'InvoiceTypeCode')).toBe('INV01');
    expect(textOf(root, 'InvoiceTotalVatIncludedAmount')).toBe('2710,00');
    expect(findAll(root, 'RowAmount').map((n) => n.text)).toEqual(['90,00', '2625,00', '-5,00']);
    expect(findAll(root, 'RowVatRatePercent').every((n) => n.text === '0')).toBe(true);
    expect(findAll(root, 'InvoiceFreeText').map((n) => n.text)).toContain(VAT_EXEMPTION_TEXT);
    expect(textOf(root, 'InvoiceDate')).toBe('20250402');
    expect(findAll(root, 'InvoiceDate')[0].attributes.Format).toBe('CCYYMMDD');
    expect(findAll(root, 'RowFreeText')[0].text).toBe('Asiakas 1 & <2>');
    expect(textOf(root, 'ToIdentifier')).toBeUndefined();
  });
  it('is a credit note (INV02) when the total is negative', () => {
    const root = parseXml(finvoiceXml(finvoiceInput([row(-9000)])));
    expect(textOf(root, 'InvoiceTypeCode')).toBe('INV02');
    expect(textOf(root, 'EpiInstructedAmount')).toBe('0,00');
  });
});

describe('line descriptions', () => {
  const labels = { destination: (c: string) => `dest:${c}`, followUpStatus: (c: string) => `status:${c}` };
  it('say in Finnish what each line is for', () => {
    expect(describeLine({ forMonth: '2025-03', kind: 'base', rule: 'base_day', quantity: 3, unitPriceCents: 3900, amountCents: 11700, detail: { mode: 'remote' } }, labels)).toEqual({
      article: 'BASE-DAY-REMOTE', name: 'Palvelupäivät, etäpalvelu', unit: 'pv', text: '3 pv × 39,00 €',
    });
    const outcome = describeLine({ forMonth: '2025-03', kind: 'outcome', rule: 'outcome_bonus', quantity: 1, unitPriceCents: 150000, amountCents: 262500, detail: { periodStart: '2025-01-13', periodEnd: '2025-03-14', periodDays: 61, destination: 'open_employment', weight: 1.75 } }, labels);
    expect(outcome.text).toBe('Jakso 13.1.2025–14.3.2025 (61 pv), siirtymä: dest:open_employment, riskikerroin 1,75');
    const adjustment = describeLine({ forMonth: '2025-02', kind: 'base', rule: 'adjustment', quantity: 1, unitPriceCents: null, amountCents: 4500, detail: { approvedCents: 3900, currentCents: 8400 } }, labels);
    expect(adjustment).toMatchObject({ name: 'Oikaisu 2/2025, perusmaksu', text: 'Hyväksytty 39,00 €, nykyiset tiedot 84,00 €' });
    expect(finnishDate('2025-03-04')).toBe('4.3.2025');
    expect(clientPseudonym('0a1b2c3d-4e5f-6789-abcd-ef0123456789')).toBe('0A1B2C3D');
  });
});

describe('PDF', () => {
  it('writes a PDF 1.4 file whose cross-reference table points at its objects', () => {
    const file = pdfDocument([{ texts: [{ text: 'Hyvä (ä) \\ 12,00 € – ✓', x: 40, y: 800, size: 10 }], rules: [{ x1: 40, y1: 790, x2: 500, y2: 790 }] }], 'Testi');
    const text = file.toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).toContain('(Hyv\xe4 \\(\xe4\\) \\\\ 12,00 \x80 \x96 ?) Tj');
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBe(7);
    offsets.forEach((o, i) => expect(text.slice(o).startsWith(`${i + 1} 0 obj`)).toBe(true));
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)![1]);
    const start = text.indexOf('stream\n') + 7;
    expect(text.slice(start + length, start + length + 10)).toBe('\nendstream');
  });

  it('wraps long text and breaks the table over pages', () => {
    expect(wrapText('a '.repeat(100), 50, 10).every((l) => textWidth(l, 10) <= 50)).toBe(true);
    expect(wrapText('x'.repeat(100), 50, 10).length).toBeGreaterThan(1);
    const lines = Array.from({ length: 150 }, (_, i) => ({
      lineNo: i + 1, clientName: `Asiakas ${i}`, forMonth: '2025-03', kind: 'base', rule: 'base_day', quantity: 2, unitPriceCents: 4500, amountCents: 9000, detail: { mode: 'onsite' },
    }));
    const pdf = invoicePdf(
      { draft: true, number: null, month: '2025-03', invoiceDate: null, dueDate: null, seller: { name: 'A', businessId: null }, buyer: { name: 'B' }, contract: { reference: 'R', title: 'T' },
        totals: { baseCents: 1350000, outcomeCents: 0, durabilityCents: 0, adjustmentCents: 0, totalCents: 1350000 }, lines },
      { destination: (c) => c, followUpStatus: (c) => c },
    ).toString('latin1');
    const pages = Number(/\/Count (\d+)/.exec(pdf)![1]);
    expect(pages).toBeGreaterThan(2);
    expect(pdf).toContain(`(Sivu ${pages}/${pages})`);
    expect(pdf).toContain('(LASKULUONNOS)');
    expect(pdf).toContain('(13 500,00 \x80)');
  });
});

describe('terms errors as field errors', () => {
  it('split "path: reason" lines by reading the path token by token', () => {
    expect(splitIssue('outcomeBonusCents.hired: "hired" is not a destination code (a, b)')).toEqual({ path: 'outcomeBonusCents.hired', reason: '"hired" is not a destination code (a, b)' });
    expect(splitIssue('durability.statuses[1]: must be a follow-up status')).toEqual({ path: 'durability.statuses[1]', reason: 'must be a follow-up status' });
    expect(splitIssue('outcomeBonusCents["a: b"]: unknown key')).toEqual({ path: 'outcomeBonusCents["a: b"]', reason: 'unknown key' });
    expect(splitIssue('$: must be an object')).toEqual({ path: '', reason: 'must be an object' });
    expect(termsFieldErrors(['minHours: must be at most 24', '$: x', '[0]: y']).map((e) => e.path)).toEqual(['terms.minHours', 'terms', 'terms[0]']);
  });
});

describe('attendance as compact text', () => {
  it('parses every record, whatever the mode and hours', async () => {
    const { parseAttendance } = await import('../../../src/server/contracts/compute.ts');
    const out: unknown[] = [];
    parseAttendance('2025-03-03 4.00 onsite,2025-03-04 12.50 remote,2025-03-05 0.25 onsite', 'c1', out as never);
    expect(out).toEqual([
      { client: 'c1', date: '2025-03-03', hours: 4, mode: 'onsite' },
      { client: 'c1', date: '2025-03-04', hours: 12.5, mode: 'remote' },
      { client: 'c1', date: '2025-03-05', hours: 0.25, mode: 'onsite' },
    ]);
  });
});
