// The "report to the council" as PDF: the key measures of a chosen period, each with its
// definition, a bar chart whose numbers are written beside the bars, and hidden groups marked.
import { A4, pdfDocument, wrapText, type PdfPage } from '../invoicing/pdf.ts';

export interface ReportBar {
  label: string;
  /** 0–1 for shares; null when hidden or missing. */
  value: number | null;
  lower?: number | null;
  upper?: number | null;
  /** The text written beside the bar (the number, its interval and n, or "< 5"). */
  text: string;
}

export interface ReportSection {
  title: string;
  definition: string;
  bars: ReportBar[];
  /** Lines of text after the chart (medians, counts, notes). */
  notes?: string[];
}

export interface CouncilReport {
  title: string;
  subtitle: string;
  preface: string[];
  sections: ReportSection[];
  footer: (page: number) => string;
}

const MARGIN = 50;
const LABEL_WIDTH = 170;
const BAR_WIDTH = 200;
const BAR_COLOUR: [number, number, number] = [0.0, 0.21, 0.48];

export function councilReportPdf(report: CouncilReport): Buffer {
  const pages: PdfPage[] = [];
  let page: PdfPage = { texts: [], rules: [], rects: [] };
  let y = A4.height - MARGIN;
  const newPage = () => {
    pages.push(page);
    page = { texts: [], rules: [], rects: [] };
    y = A4.height - MARGIN;
  };
  const need = (height: number) => {
    if (y - height < MARGIN + 20) newPage();
  };
  const text = (value: string, size = 10, bold = false, x = MARGIN, width = A4.width - 2 * MARGIN) => {
    for (const line of wrapText(value, width, size, bold)) {
      need(size + 4);
      page.texts.push({ text: line, x, y, size, bold });
      y -= size + 4;
    }
  };

  text(report.title, 18, true);
  y -= 4;
  text(report.subtitle, 11);
  y -= 6;
  for (const p of report.preface) text(p, 9);
  for (const section of report.sections) {
    y -= 12;
    need(60);
    text(section.title, 13, true);
    text(section.definition, 9);
    y -= 4;
    for (const bar of section.bars) {
      need(16);
      const label = wrapText(bar.label, LABEL_WIDTH - 8, 9)[0] ?? '';
      page.texts.push({ text: label, x: MARGIN, y: y - 9, size: 9 });
      const x0 = MARGIN + LABEL_WIDTH;
      page.rules.push({ x1: x0, y1: y + 2, x2: x0, y2: y - 12 });
      if (bar.value !== null) {
        const w = Math.max(0.5, Math.min(1, bar.value) * BAR_WIDTH);
        page.rects!.push({ x: x0, y: y - 10, width: w, height: 9, rgb: BAR_COLOUR });
        if (bar.lower != null && bar.upper != null) {
          const l = x0 + Math.max(0, Math.min(1, bar.lower)) * BAR_WIDTH;
          const u = x0 + Math.max(0, Math.min(1, bar.upper)) * BAR_WIDTH;
          page.rules.push({ x1: l, y1: y - 5.5, x2: u, y2: y - 5.5 }, { x1: l, y1: y - 9, x2: l, y2: y - 2 }, { x1: u, y1: y - 9, x2: u, y2: y - 2 });
        }
      }
      page.texts.push({ text: bar.text, x: x0 + BAR_WIDTH + 10, y: y - 9, size: 9 });
      y -= 15;
    }
    for (const note of section.notes ?? []) text(note, 9);
  }
  pages.push(page);
  pages.forEach((p, i) => p.texts.push({ text: report.footer(i + 1), x: A4.width - MARGIN, y: MARGIN - 20, size: 8, align: 'right' }));
  return pdfDocument(pages, report.title);
}
