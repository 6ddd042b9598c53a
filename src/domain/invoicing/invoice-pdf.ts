// The invoice as a PDF: header (parties, contract, month, number, dates), the lines in a table
// (client, description, quantity, unit price, amount), totals by kind and the VAT exemption text.
import type { IsoDate } from '../calendar/dates.ts';
import { describeLine, finnishDate, finnishMonth, type DescribedLine, type Labels } from './descriptions.ts';
import { VAT_EXEMPTION_TEXT } from './finvoice.ts';
import { formatEuros } from './money.ts';
import { A4, pdfDocument, wrapText, type PdfPage } from './pdf.ts';

export interface InvoicePdfInput {
  draft: boolean;
  number: string | null;
  month: string;
  invoiceDate: IsoDate | null;
  dueDate: IsoDate | null;
  seller: { name: string; businessId: string | null };
  buyer: { name: string };
  contract: { reference: string; title: string };
  totals: { baseCents: number; outcomeCents: number; durabilityCents: number; adjustmentCents: number; totalCents: number };
  lines: (DescribedLine & { lineNo: number; clientName: string })[];
}

const MARGIN = 36;
const COLUMNS = { no: MARGIN, client: MARGIN + 24, text: MARGIN + 150, quantity: 440, price: 492, amount: A4.width - MARGIN };
const TEXT_WIDTH = COLUMNS.quantity - 30 - COLUMNS.text;
const SIZE = 8;
const LEADING = 10;

export function invoicePdf(input: InvoicePdfInput, labels: Labels): Buffer {
  const pages: PdfPage[] = [];
  let page: PdfPage = { texts: [], rules: [] };
  let y = 0;
  const title = `${input.draft ? 'LASKULUONNOS' : 'LASKU'} ${input.number ?? ''}`.trim();

  const tableHeader = () => {
    const h = { size: SIZE, bold: true };
    page.texts.push(
      { text: '#', x: COLUMNS.no, y, ...h },
      { text: 'Asiakas', x: COLUMNS.client, y, ...h },
      { text: 'Kuvaus', x: COLUMNS.text, y, ...h },
      { text: 'Määrä', x: COLUMNS.quantity, y, align: 'right', ...h },
      { text: 'À-hinta', x: COLUMNS.price + 30, y, align: 'right', ...h },
      { text: 'Summa', x: COLUMNS.amount, y, align: 'right', ...h },
    );
    page.rules.push({ x1: MARGIN, y1: y - 3, x2: A4.width - MARGIN, y2: y - 3 });
    y -= LEADING + 4;
  };
  const newPage = () => {
    page = { texts: [], rules: [] };
    pages.push(page);
    y = A4.height - MARGIN - 10;
    page.texts.push({ text: `${title} · ${input.seller.name} → ${input.buyer.name} · ${finnishMonth(input.month)}`, x: MARGIN, y, size: 8 });
    y -= 2 * LEADING;
  };

  newPage();
  page.texts.push({ text: title, x: MARGIN, y, size: 16, bold: true });
  y -= 22;
  const info: [string, string][] = [
    ['Myyjä', `${input.seller.name}${input.seller.businessId ? `, Y-tunnus ${input.seller.businessId}` : ''}`],
    ['Ostaja', input.buyer.name],
    ['Sopimus', `${input.contract.reference} ${input.contract.title}`],
    ['Kuukausi', finnishMonth(input.month)],
    ...(input.invoiceDate ? ([['Laskun päivä', finnishDate(input.invoiceDate)]] as [string, string][]) : []),
    ...(input.dueDate ? ([['Eräpäivä', finnishDate(input.dueDate)]] as [string, string][]) : []),
  ];
  for (const [label, value] of info) {
    page.texts.push({ text: label, x: MARGIN, y, size: 9, bold: true }, { text: value, x: MARGIN + 80, y, size: 9 });
    y -= 12;
  }
  if (input.draft) {
    page.texts.push({ text: 'Luonnos: ei hyväksytty, ei maksettavissa.', x: MARGIN, y, size: 9, bold: true });
    y -= 12;
  }
  y -= 10;
  tableHeader();

  for (const line of input.lines) {
    const described = describeLine(line, labels);
    const text = wrapText(`${described.name}: ${described.text}`, TEXT_WIDTH, SIZE);
    const client = wrapText(line.clientName, COLUMNS.text - COLUMNS.client - 6, SIZE).slice(0, 2);
    const height = Math.max(text.length, client.length) * LEADING;
    if (y - height < MARGIN + 20) {
      newPage();
      tableHeader();
    }
    page.texts.push(
      { text: String(line.lineNo), x: COLUMNS.no, y, size: SIZE },
      { text: `${line.quantity} ${described.unit}`, x: COLUMNS.quantity, y, size: SIZE, align: 'right' },
      ...(line.unitPriceCents !== null && line.rule === 'base_day' ? [{ text: formatEuros(line.unitPriceCents), x: COLUMNS.price + 30, y, size: SIZE, align: 'right' as const }] : []),
      { text: formatEuros(line.amountCents), x: COLUMNS.amount, y, size: SIZE, align: 'right' },
    );
    client.forEach((t, i) => page.texts.push({ text: t, x: COLUMNS.client, y: y - i * LEADING, size: SIZE }));
    text.forEach((t, i) => page.texts.push({ text: t, x: COLUMNS.text, y: y - i * LEADING, size: SIZE }));
    y -= height + 2;
  }

  const totals: [string, number][] = [
    ['Perusmaksut', input.totals.baseCents],
    ['Tulospalkkiot', input.totals.outcomeCents],
    ['Pysyvyyspalkkiot', input.totals.durabilityCents],
    ['Oikaisut', input.totals.adjustmentCents],
    ['Arvonlisävero 0 %', 0],
    ['Yhteensä', input.totals.totalCents],
  ];
  if (y - totals.length * 12 - 40 < MARGIN) newPage();
  page.rules.push({ x1: MARGIN, y1: y + 4, x2: A4.width - MARGIN, y2: y + 4 });
  y -= 10;
  for (const [label, cents] of totals) {
    const bold = label === 'Yhteensä';
    page.texts.push({ text: label, x: COLUMNS.price - 60, y, size: 9, bold }, { text: formatEuros(cents), x: COLUMNS.amount, y, size: 9, bold, align: 'right' });
    y -= 12;
  }
  y -= 8;
  page.texts.push({ text: VAT_EXEMPTION_TEXT, x: MARGIN, y, size: 9 });

  pages.forEach((p, i) => p.texts.push({ text: `Sivu ${i + 1}/${pages.length}`, x: A4.width - MARGIN, y: MARGIN - 14, size: 8, align: 'right' }));
  return pdfDocument(pages, title);
}
