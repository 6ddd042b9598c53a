// The "report to the council" as PDF: the key measures of a chosen period, each with its
// definition, a bar chart whose numbers are written beside the bars, and hidden groups marked.
import { PdfFlow, wrapText } from '../invoicing/pdf.ts';

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
  const flow = new PdfFlow(MARGIN, MARGIN + 20);
  flow.text(report.title, 18, true);
  flow.y -= 4;
  flow.text(report.subtitle, 11);
  flow.y -= 6;
  for (const p of report.preface) flow.text(p, 9);
  for (const section of report.sections) {
    flow.y -= 12;
    flow.need(60);
    flow.text(section.title, 13, true);
    flow.text(section.definition, 9);
    flow.y -= 4;
    for (const bar of section.bars) {
      flow.need(16);
      const { page, y } = flow;
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
      flow.y -= 15;
    }
    for (const note of section.notes ?? []) if (note) flow.text(note, 9);
  }
  return flow.finish(report.title, report.footer);
}
