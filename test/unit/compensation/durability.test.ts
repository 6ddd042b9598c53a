// Rule 4: durability bonus. Terms: days 90, bonusCents 50000, statuses open_employment, education.
// p1 2025-01-10 – 2025-03-14 (64 days, open_employment) earns its outcome bonus in March.
// 2025-03-14 + 90 days = 2025-06-12 (Mar 14 → Apr 14 = 31, → May 14 = 30, → Jun 12 = 29).
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../src/domain/calendar/dates.ts';
import { followUp, linesOf, month, period, reasons } from './helpers.ts';

const P1 = period('p1', '2025-01-10', '2025-03-14', 'open_employment');

describe('rule 4: durability bonus', () => {
  it('pays on the month of a follow-up exactly durability.days after the end', () => {
    expect(addDays('2025-03-14', 90)).toBe('2025-06-12');
    const parts = { periods: [P1], followUps: [followUp('p1', '2025-06-12', 'open_employment')] };
    const june = month(parts, '2025-06');
    expect(june.totalCents).toBe(50000);
    expect(june.byKind).toEqual({ base: 0, outcome: 0, durability: 50000 });
    expect(linesOf(june, 'durability')).toEqual([
      expect.objectContaining({
        rule: 'durability_bonus',
        clientId: 'c1',
        periodId: 'p1',
        periodEnd: '2025-03-14',
        followUp: { index: 0, date: '2025-06-12', status: 'open_employment' },
        daysAfterEnd: 90,
        unitPriceCents: 50000,
        weight: 1,
        amountCents: 50000,
      }),
    ]);
    // March carries the outcome bonus only; May and July nothing
    expect(month(parts, '2025-03').byKind).toEqual({ base: 0, outcome: 150000, durability: 0 });
    expect(month(parts, '2025-05').totalCents).toBe(0);
    expect(month(parts, '2025-07').totalCents).toBe(0);
  });

  it('does not pay a follow-up one day too early', () => {
    // 06-11 is 89 days after 03-14
    const june = month({ periods: [P1], followUps: [followUp('p1', '2025-06-11', 'open_employment')] }, '2025-06');
    expect(june.totalCents).toBe(0);
    expect(june.ignored).toEqual([
      expect.objectContaining({ record: 'followUp', index: 0, periodId: 'p1', reason: 'follow_up_too_early', detail: "89 days after the period's end 2025-03-14 < durability.days 90" }),
    ]);
  });

  it('does not pay a status outside durability.statuses', () => {
    // a durable status need not equal the destination: education counts after open_employment
    const june = month(
      { clients: [{ id: 'c1' }], periods: [P1], followUps: [followUp('p1', '2025-06-20', 'unemployment'), followUp('p1', '2025-06-30', 'education')] },
      '2025-06',
    );
    expect(june.totalCents).toBe(50000);
    expect(reasons(june)).toEqual([[0, 'status_not_durable']]);
    expect(linesOf(june, 'durability')[0].followUp).toEqual({ index: 1, date: '2025-06-30', status: 'education' });
  });

  it('pays only the first qualifying follow-up of a period', () => {
    // 06-12 qualifies and is paid in June; 09-14 also qualifies but is listed as already paid in September
    const parts = { periods: [P1], followUps: [followUp('p1', '2025-09-14', 'education'), followUp('p1', '2025-06-12', 'open_employment')] };
    expect(month(parts, '2025-06').totalCents).toBe(50000);
    const september = month(parts, '2025-09');
    expect(september.totalCents).toBe(0);
    expect(september.ignored).toEqual([expect.objectContaining({ index: 0, reason: 'durability_already_paid', paidBy: 1 })]);
  });

  it('skips earlier follow-ups that do not qualify', () => {
    // 06-01 too early, 06-20 unemployment, 07-01 education: the July one is the first qualifying
    const parts = {
      periods: [P1],
      followUps: [followUp('p1', '2025-07-01', 'education'), followUp('p1', '2025-06-20', 'unemployment'), followUp('p1', '2025-06-01', 'open_employment')],
    };
    const june = month(parts, '2025-06');
    expect(june.totalCents).toBe(0);
    expect(reasons(june)).toEqual([
      [1, 'status_not_durable'],
      [2, 'follow_up_too_early'],
    ]);
    expect(linesOf(month(parts, '2025-07'), 'durability')).toEqual([expect.objectContaining({ followUp: { index: 0, date: '2025-07-01', status: 'education' }, amountCents: 50000 })]);
  });

  it('pays one of two qualifying follow-ups on the same date: the first in the file', () => {
    const june = month({ periods: [P1], followUps: [followUp('p1', '2025-06-15', 'education'), followUp('p1', '2025-06-15', 'open_employment')] }, '2025-06');
    expect(june.totalCents).toBe(50000);
    expect(linesOf(june, 'durability')[0].followUp.index).toBe(0);
    expect(june.ignored).toEqual([expect.objectContaining({ index: 1, reason: 'durability_already_paid', paidBy: 0 })]);
  });

  it('pays nothing for a period without an outcome bonus', () => {
    // too short (03-01 – 03-20 = 20 days); refused by the window; destination without a bonus; still open
    const june = month(
      {
        clients: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }, { id: 'c4' }],
        periods: [
          period('short', '2025-03-01', '2025-03-20', 'open_employment'),
          period('a', '2025-01-01', '2025-01-31', 'open_employment', 'c2'),
          period('b', '2025-02-01', '2025-03-14', 'education', 'c2'),
          period('c', '2025-01-01', '2025-03-14', 'pension', 'c3'),
          period('d', '2025-01-01', null, null, 'c4'),
        ],
        followUps: [
          followUp('short', '2025-06-30', 'open_employment'),
          followUp('b', '2025-06-30', 'education', 'c2'),
          followUp('c', '2025-06-30', 'open_employment', 'c3'),
          followUp('d', '2025-06-30', 'open_employment', 'c4'),
        ],
      },
      '2025-06',
    );
    expect(june.totalCents).toBe(0);
    expect(reasons(june)).toEqual([
      [0, 'no_outcome_bonus'],
      [1, 'no_outcome_bonus'],
      [2, 'no_outcome_bonus'],
      [3, 'no_outcome_bonus'],
    ]);
    expect(june.ignored[1].detail).toContain('within_bonus_window');
  });

  it('pays no durability bonus when the terms have none', () => {
    const june = month({ contract: { durability: undefined }, periods: [P1], followUps: [followUp('p1', '2025-06-12', 'open_employment')] }, '2025-06');
    expect(june.totalCents).toBe(0);
    expect(reasons(june)).toEqual([[0, 'no_durability_terms']]);
  });

  it('reports a follow-up before the end of a period ending after the month as too early', () => {
    const june = month({ periods: [period('p1', '2025-01-01', '2025-08-31', 'open_employment')], followUps: [followUp('p1', '2025-06-15', 'open_employment')] }, '2025-06');
    expect(reasons(june)).toEqual([[0, 'follow_up_too_early']]);
  });

  it('pays a follow-up dated after the contract ended, on its own month', () => {
    // contract ends 2025-04-30; the outcome (03-14) was inside it; the follow-up 06-12 still pays
    const june = month({ contract: { end: '2025-04-30' }, periods: [P1], followUps: [followUp('p1', '2025-06-12', 'education')] }, '2025-06');
    expect(june.totalCents).toBe(50000);
  });

  it('honours the days of the terms', () => {
    // days 180: 03-14 + 180 = 09-10; 09-09 too early, 09-10 paid
    expect(addDays('2025-03-14', 180)).toBe('2025-09-10');
    const parts = (date: string) => ({ contract: { durability: { days: 180, bonusCents: 30000, statuses: ['open_employment'] } }, periods: [P1], followUps: [followUp('p1', date, 'open_employment')] });
    expect(month(parts('2025-09-09'), '2025-09').totalCents).toBe(0);
    expect(month(parts('2025-09-10'), '2025-09').totalCents).toBe(30000);
  });
});
