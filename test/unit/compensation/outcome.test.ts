// Rule 3: outcome bonus. Bonuses: open_employment 150000, education 100000, work_trial 40000;
// minDaysForOutcome 30, bonusWindowDays 365 (defaults). Period lengths count both ends.
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../src/domain/calendar/dates.ts';
import { linesOf, month, period, reasons } from './helpers.ts';

describe('rule 3: outcome bonus', () => {
  // 2025-01-10 – 2025-03-14: Jan 10–31 = 22 + Feb 28 + Mar 1–14 = 14 → 64 days ≥ 30
  const P1 = period('p1', '2025-01-10', '2025-03-14', 'open_employment');

  it('pays the bonus of the destination on the invoice of the end date’s month only', () => {
    const march = month({ periods: [P1] }, '2025-03');
    expect(march.totalCents).toBe(150000);
    expect(march.byKind).toEqual({ base: 0, outcome: 150000, durability: 0 });
    expect(linesOf(march, 'outcome')).toEqual([
      expect.objectContaining({
        rule: 'outcome_bonus',
        clientId: 'c1',
        periodId: 'p1',
        periodStart: '2025-01-10',
        periodEnd: '2025-03-14',
        periodDays: 64,
        destination: 'open_employment',
        previousBonus: null,
        unitPriceCents: 150000,
        weight: 1,
        amountCents: 150000,
      }),
    ]);
    expect(month({ periods: [P1] }, '2025-02').totalCents).toBe(0);
    expect(month({ periods: [P1] }, '2025-04').totalCents).toBe(0);
    expect(month({ periods: [P1] }, '2025-04').ignored).toEqual([]);
  });

  it('needs minDaysForOutcome days counting both the start and the end date', () => {
    // c1: 03-01 – 03-29 = 29 days < 30 → too short; c2: 03-01 – 03-30 = 30 days → 100000
    const invoice = month(
      {
        clients: [{ id: 'c1' }, { id: 'c2' }],
        periods: [period('short', '2025-03-01', '2025-03-29', 'education'), period('exact', '2025-03-01', '2025-03-30', 'education', 'c2')],
      },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(100000);
    expect(linesOf(invoice, 'outcome')).toEqual([expect.objectContaining({ periodId: 'exact', periodDays: 30 })]);
    expect(invoice.ignored).toEqual([
      expect.objectContaining({ record: 'period', index: 0, periodId: 'short', reason: 'period_too_short', detail: '29 days (2025-03-01 – 2025-03-29, both counted) < minDaysForOutcome 30' }),
    ]);
  });

  it('honours minDaysForOutcome of the terms', () => {
    // minDaysForOutcome 1: a one-day period (start = end) earns 40000
    const invoice = month({ contract: { minDaysForOutcome: 1 }, periods: [period('p1', '2025-03-05', '2025-03-05', 'work_trial')] }, '2025-03');
    expect(invoice.totalCents).toBe(40000);
  });

  it('pays nothing for a destination without a bonus, or without a destination', () => {
    const invoice = month(
      { periods: [period('p1', '2025-01-01', '2025-03-31', 'rehabilitation'), period('p2', '2025-01-01', '2025-03-31', null)] },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(0);
    expect(reasons(invoice)).toEqual([
      [0, 'no_bonus_for_destination'],
      [1, 'no_destination'],
    ]);
  });

  it('pays nothing for an open period', () => {
    const invoice = month({ periods: [period('p1', '2025-01-01', null, 'open_employment')] }, '2025-03');
    expect(invoice.totalCents).toBe(0);
    expect(invoice.ignored).toEqual([]);
  });

  it('needs the end date within the contract, not the start date', () => {
    // contract 2025-03-01 – 2025-06-30.
    // c1: ends 07-15, after the contract → nothing in July.
    // c2: 2025-01-15 – 2025-03-20 starts before the contract: Jan 17 + Feb 28 + Mar 20 = 65 days → 150000 in March.
    const parts = {
      contract: { start: '2025-03-01', end: '2025-06-30' },
      clients: [{ id: 'c1' }, { id: 'c2' }],
      periods: [period('p1', '2025-05-01', '2025-07-15', 'open_employment'), period('p2', '2025-01-15', '2025-03-20', 'open_employment', 'c2')],
    };
    const july = month(parts, '2025-07');
    expect(july.totalCents).toBe(0);
    expect(july.ignored).toEqual([expect.objectContaining({ periodId: 'p1', reason: 'end_outside_contract' })]);
    const march = month(parts, '2025-03');
    expect(linesOf(march, 'outcome')).toEqual([expect.objectContaining({ periodId: 'p2', periodDays: 65, amountCents: 150000 })]);
  });

  it('refuses a second outcome of the client inside the bonus window', () => {
    // p1 earned, ending 03-14. p2 ends 06-30: 03-14 → 06-30 = 17 + 30 + 31 + 30 = 108 days < 365
    expect(daysBetween('2025-03-14', '2025-06-30')).toBe(108);
    const parts = { periods: [P1, period('p2', '2025-04-01', '2025-06-30', 'education')] };
    const june = month(parts, '2025-06');
    expect(june.totalCents).toBe(0);
    expect(june.ignored).toEqual([
      expect.objectContaining({
        record: 'period',
        periodId: 'p2',
        reason: 'within_bonus_window',
        blockedBy: 'p1',
        detail: 'period p1 earned an outcome bonus ending 2025-03-14, 108 days before (< bonusWindowDays 365)',
      }),
    ]);
    // The earlier bonus still counts on its own month.
    expect(month(parts, '2025-03').totalCents).toBe(150000);
  });

  it('pays a second outcome exactly bonusWindowDays later, not one day sooner', () => {
    // c1: 2024-03-31 → 2025-03-31 = 365 days (the leap day lies before) → education 100000 in March 2025.
    // c2: the same but ending 2025-03-30: 364 days < 365 → refused.
    expect(daysBetween('2024-03-31', '2025-03-31')).toBe(365);
    const invoice = month(
      {
        contract: { start: '2024-01-01', end: '2026-12-31' },
        clients: [{ id: 'c1' }, { id: 'c2' }],
        periods: [
          period('a1', '2024-01-01', '2024-03-31', 'open_employment'),
          period('a2', '2025-01-01', '2025-03-31', 'education'),
          period('b1', '2024-01-01', '2024-03-31', 'open_employment', 'c2'),
          period('b2', '2025-01-01', '2025-03-30', 'education', 'c2'),
        ],
      },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(100000);
    expect(linesOf(invoice, 'outcome')).toEqual([
      expect.objectContaining({ periodId: 'a2', previousBonus: { periodId: 'a1', end: '2024-03-31', daysBefore: 365 }, amountCents: 100000 }),
    ]);
    expect(invoice.ignored).toEqual([expect.objectContaining({ periodId: 'b2', reason: 'within_bonus_window', blockedBy: 'b1' })]);
  });

  it('measures the window from the last earned bonus, not from a refused one', () => {
    // p1 earned, ends 2025-01-31 (31 days). p2 ends 2025-06-30: 150 days later → refused.
    // p3 ends 2026-02-15: 380 days after p1 (≥ 365) → 40000, although only 230 days after p2.
    expect(daysBetween('2025-01-31', '2026-02-15')).toBe(380);
    expect(daysBetween('2025-06-30', '2026-02-15')).toBe(230);
    const parts = {
      contract: { start: '2025-01-01', end: '2026-12-31' },
      periods: [
        period('p1', '2025-01-01', '2025-01-31', 'open_employment'),
        period('p2', '2025-02-01', '2025-06-30', 'education'),
        period('p3', '2025-07-01', '2026-02-15', 'work_trial'),
      ],
    };
    expect(month(parts, '2025-06').ignored).toEqual([expect.objectContaining({ periodId: 'p2', reason: 'within_bonus_window', blockedBy: 'p1' })]);
    const feb = month(parts, '2026-02');
    expect(feb.totalCents).toBe(40000);
    expect(linesOf(feb, 'outcome')[0].previousBonus).toEqual({ periodId: 'p1', end: '2025-01-31', daysBefore: 380 });
  });

  it('does not let a period that earned nothing start a window', () => {
    // p1 is too short (03-01 – 03-20 = 20 days); p2 03-21 – 05-31 = 11 + 30 + 31 = 72 days → 100000 in May
    const invoice = month({ periods: [period('p1', '2025-03-01', '2025-03-20', 'open_employment'), period('p2', '2025-03-21', '2025-05-31', 'education')] }, '2025-05');
    expect(invoice.totalCents).toBe(100000);
    expect(linesOf(invoice, 'outcome')[0].previousBonus).toBeNull();
  });

  it('does not let a period ending before the contract start a window', () => {
    // contract from 2025-03-01. p1 ended 2025-02-15 (outside, earns nothing); p2 02-16 – 04-30 = 13 + 31 + 30 = 74 days → 100000
    const invoice = month(
      { contract: { start: '2025-03-01' }, periods: [period('p1', '2024-10-01', '2025-02-15', 'open_employment'), period('p2', '2025-02-16', '2025-04-30', 'education')] },
      '2025-04',
    );
    expect(invoice.totalCents).toBe(100000);
  });

  it('decides periods ending on the same date by period id', () => {
    // 'b' (listed first, started first) and 'a' both end 05-31: 'a' is decided first and earns 100000;
    // 'b' ends 0 days after it, inside the window.
    const parts = { periods: [period('b', '2025-01-01', '2025-05-31', 'open_employment'), period('a', '2025-02-01', '2025-05-31', 'education')] };
    const invoice = month(parts, '2025-05');
    expect(invoice.totalCents).toBe(100000);
    expect(linesOf(invoice, 'outcome')).toEqual([expect.objectContaining({ periodId: 'a', destination: 'education' })]);
    expect(invoice.ignored).toEqual([expect.objectContaining({ periodId: 'b', reason: 'within_bonus_window', blockedBy: 'a' })]);
    // With bonusWindowDays 0 both earn: 150000 + 100000
    expect(month({ ...parts, contract: { bonusWindowDays: 0 } }, '2025-05').totalCents).toBe(250000);
  });

  it('keeps the window per client', () => {
    // two clients ending the same day both earn: 2 × 150000
    const invoice = month(
      { clients: [{ id: 'c1' }, { id: 'c2' }], periods: [P1, period('p2', '2025-01-10', '2025-03-14', 'open_employment', 'c2')] },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(300000);
  });

  it('treats an entry of 0 cents as an earned bonus that starts a window', () => {
    // interrupted: 0 → a 0-cent line in March; the open_employment ending 06-30 (91 days later) is refused
    const parts = {
      contract: { outcomeBonusCents: { open_employment: 150000, interrupted: 0 } },
      periods: [period('p1', '2025-01-01', '2025-03-31', 'interrupted'), period('p2', '2025-04-01', '2025-06-30', 'open_employment')],
    };
    expect(linesOf(month(parts, '2025-03'), 'outcome')).toEqual([expect.objectContaining({ periodId: 'p1', amountCents: 0 })]);
    expect(month(parts, '2025-06').ignored).toEqual([expect.objectContaining({ periodId: 'p2', reason: 'within_bonus_window' })]);
  });
});
