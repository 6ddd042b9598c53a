// Finnish descriptions of invoice lines for the documents a municipality's accounts payable reads
// (Finvoice rows and the PDF). Code labels come from the caller (the i18n catalogue), so this
// stays pure. The English explanation of every line stays in the line's detail.
import type { IsoDate } from '../calendar/dates.ts';
import { centsToDecimal } from './money.ts';
import type { Month } from './months.ts';

export interface DescribedLine {
  forMonth: Month;
  kind: string;
  rule: string;
  quantity: number;
  unitPriceCents: number | null;
  amountCents: number;
  detail: Record<string, unknown>;
}

export interface Labels {
  destination(code: string): string;
  followUpStatus(code: string): string;
}

const KIND_NAMES: Record<string, string> = { base: 'perusmaksu', outcome: 'tulospalkkio', durability: 'pysyvyyspalkkio' };

/** 2025-03-14 → 14.3.2025 */
export function finnishDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** 2025-03 → 3/2025 */
export function finnishMonth(month: Month): string {
  return `${Number(month.slice(5, 7))}/${month.slice(0, 4)}`;
}

const weightText = (detail: Record<string, unknown>) => {
  const weight = Number(detail.weight ?? 1);
  return weight === 1 ? '' : `, riskikerroin ${String(weight).replace('.', ',')}`;
};

/** Article code, name, unit and free text of a line. */
export function describeLine(line: DescribedLine, labels: Labels): { article: string; name: string; unit: string; text: string } {
  const d = line.detail;
  switch (line.rule) {
    case 'base_day': {
      const remote = d.mode === 'remote';
      return {
        article: remote ? 'BASE-DAY-REMOTE' : 'BASE-DAY-ONSITE',
        name: remote ? 'Palvelupäivät, etäpalvelu' : 'Palvelupäivät, lähipalvelu',
        unit: 'pv',
        text: `${line.quantity} pv × ${centsToDecimal(line.unitPriceCents ?? 0)} €`,
      };
    }
    case 'base_month':
      return { article: 'BASE-MONTH', name: 'Kuukausimaksu', unit: 'kk', text: `${Number(d.days ?? 0)} läsnäolopäivää kuukaudessa` };
    case 'outcome_bonus':
      return {
        article: 'OUTCOME',
        name: 'Tulospalkkio',
        unit: 'kpl',
        text: `Jakso ${finnishDate(String(d.periodStart))}–${finnishDate(String(d.periodEnd))} (${Number(d.periodDays)} pv), siirtymä: ${labels.destination(String(d.destination))}${weightText(d)}`,
      };
    case 'durability_bonus': {
      const followUp = d.followUp as { date: string; status: string };
      return {
        article: 'DURABILITY',
        name: 'Pysyvyyspalkkio',
        unit: 'kpl',
        text: `Seuranta ${finnishDate(followUp.date)}: ${labels.followUpStatus(followUp.status)}, ${Number(d.daysAfterEnd)} pv jakson päättymisestä ${finnishDate(String(d.periodEnd))}${weightText(d)}`,
      };
    }
    default:
      return {
        article: `ADJUSTMENT-${line.kind.toUpperCase()}`,
        name: `Oikaisu ${finnishMonth(line.forMonth)}, ${KIND_NAMES[line.kind] ?? line.kind}`,
        unit: 'kpl',
        text: `Hyväksytty ${centsToDecimal(Number(d.approvedCents ?? 0))} €, nykyiset tiedot ${centsToDecimal(Number(d.currentCents ?? 0))} €`,
      };
  }
}

/** A client named by a pseudonym in documents that leave Polku: the first 8 characters of the id. */
export function clientPseudonym(clientId: string): string {
  return clientId.replace(/-/g, '').slice(0, 8).toUpperCase();
}
