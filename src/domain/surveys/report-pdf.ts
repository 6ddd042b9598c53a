// The PDF report of a survey round: for every item its frequencies as horizontal bars with the
// percentages written beside them (the numbers are always there, not only the bars), means, NPS
// with its interval and change, and the reliability of each scale.
import { A4, PdfFlow, wrapText } from '../invoicing/pdf.ts';
import { textIn, type Lang, type SurveyDefinition } from './definition.ts';
import type { SurveyReport } from './results.ts';

const MARGIN = 50;
const BAR_COLOUR: [number, number, number] = [0.0, 0.21, 0.48]; // Suomi.fi dark blue

export interface ReportLabels {
  responses: string;
  tooFew: string;
  mean: string;
  nps: string;
  change: string;
  scales: string;
  alpha: string;
  items: string;
}

const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits).replace('.', ',') : '–');

export function surveyReportPdf(title: string, roundLabel: string, def: SurveyDefinition, report: SurveyReport, lang: Lang, labels: ReportLabels): Buffer {
  const flow = new PdfFlow(MARGIN);
  const need = (h: number) => flow.need(h);
  const line = (text: string, size = 10, bold = false) => flow.text(text, size, bold);
  line(title, 16, true);
  line(`${roundLabel} · ${labels.responses}: ${report.n}`, 11);
  flow.y -= 8;
  if (report.tooFew) {
    line(labels.tooFew, 11);
    return flow.finish(title);
  }
  const optionLabel = (code: string, value: string | number): string => {
    const q = def.questions.find((x) => x.code === code || x.statements?.some((s) => s.code === code));
    if (!q) return String(value);
    if (q.options) return textIn(q.options.find((o) => o.value === value)?.text, lang) || String(value);
    if (q.labels && q.labels.length === q.points && typeof value === 'number') return `${value} ${textIn(q.labels[value - 1], lang)}`;
    return String(value);
  };

  for (const nps of report.nps) {
    need(60);
    line(textIn(nps.text, lang), 11, true);
    const r = nps.result;
    line(`${labels.nps} ${fmt(r.nps, 0)} (95 %: ${fmt(r.ci.lower, 0)} … ${fmt(r.ci.upper, 0)}), n = ${r.n}`);
    if (nps.previous) {
      const c = nps.previous.change;
      line(`${labels.change} ${nps.previous.roundLabel}: ${fmt(c.difference, 0)} (95 %: ${fmt(c.ci.lower, 0)} … ${fmt(c.ci.upper, 0)})`);
    }
    flow.y -= 6;
  }

  const barWidth = 200;
  const labelWidth = A4.width - 2 * MARGIN - barWidth - 60;
  for (const item of report.items) {
    if (!item.frequencies && !item.description) continue;
    need(40);
    line(`${item.code}: ${textIn(item.text, lang)}`, 10, true);
    if (item.description && Number.isFinite(item.description.mean)) line(`${labels.mean} ${fmt(item.description.mean, 2)}, SD ${fmt(item.description.sd, 2)}, Md ${fmt(item.description.median, 1)}, n = ${item.description.n}`, 9);
    for (const row of item.frequencies?.rows ?? []) {
      need(14);
      const label = wrapText(optionLabel(item.code, row.value as string | number), labelWidth, 8)[0];
      flow.page.texts.push({ text: label, x: MARGIN, y: flow.y, size: 8 });
      const pct = Number.isFinite(row.validPercent) ? row.validPercent : 0;
      const x0 = MARGIN + labelWidth + 5;
      if (pct > 0) flow.page.rects!.push({ x: x0, y: flow.y - 2, width: (barWidth * pct) / 100, height: 9, rgb: BAR_COLOUR });
      flow.page.texts.push({ text: `${fmt(pct)} % (${row.count})`, x: x0 + barWidth + 5, y: flow.y, size: 8 });
      flow.y -= 12;
    }
    flow.y -= 6;
  }

  if (report.scales.length) {
    need(40);
    line(labels.scales, 12, true);
    for (const s of report.scales) {
      line(`${textIn(s.name, lang)}: ${labels.alpha} ${s.result ? fmt(s.result.rawAlpha, 3) : '–'}, ${labels.items} ${s.items.length}, n = ${s.result?.n ?? 0}`, 9);
    }
  }
  return flow.finish(title);
}
