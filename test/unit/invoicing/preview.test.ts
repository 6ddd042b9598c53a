// The anonymous month figures of the terms preview, by hand.
import { describe, expect, it } from 'vitest';
import { computeMonth } from '../../../src/domain/compensation/invoice.ts';
import { addFigures, emptyFigures, monthFigures } from '../../../src/domain/invoicing/preview.ts';

const contract = { id: 'k', start: '2025-01-01', end: null, basis: 'day' as const, dayPriceCents: 4500, remoteDayPriceCents: 3900, minHours: 3, outcomeBonusCents: { open_employment: 100000 }, minDaysForOutcome: 30, bonusWindowDays: 365 };

describe('monthFigures', () => {
  it('counts clients, paid days by mode, bonuses and the totals of a day-basis month', () => {
    const invoice = computeMonth(
      {
        contract,
        clients: [{ id: 'a', factors: [] }, { id: 'b', factors: [] }],
        periods: [
          { id: 'pa', client: 'a', start: '2025-01-01', end: '2025-03-10', destination: 'open_employment' },
          { id: 'pb', client: 'b', start: '2025-03-01', end: null, destination: null },
        ],
        attendance: [
          { client: 'a', date: '2025-03-03', hours: 4, mode: 'onsite' },
          { client: 'a', date: '2025-03-04', hours: 4, mode: 'remote' },
          { client: 'b', date: '2025-03-03', hours: 2, mode: 'onsite' },
          { client: 'b', date: '2025-03-05', hours: 5, mode: 'remote' },
        ],
        followUps: [],
      },
      '2025-03',
    );
    // a: 1 on-site (45.00) + 1 remote (39.00) + bonus 1,000.00; b: the 2-hour day does not count, 1 remote (39.00).
    expect(monthFigures(invoice)).toEqual({
      clients: 2, onsiteDays: 1, remoteDays: 2, monthFees: 0, outcomeBonuses: 1, durabilityBonuses: 0,
      baseCents: 4500 + 3900 + 3900, outcomeCents: 100000, durabilityCents: 0, totalCents: 112300,
    });
    expect(monthFigures(invoice).totalCents).toBe(invoice.totalCents);
  });

  it('counts month fees and the days behind them on a month basis, and adds figures up', () => {
    const invoice = computeMonth(
      {
        contract: { ...contract, basis: 'month', monthPriceCents: 61000 },
        clients: [{ id: 'a', factors: [] }],
        periods: [{ id: 'pa', client: 'a', start: '2025-01-01', end: null, destination: null }],
        attendance: [
          { client: 'a', date: '2025-03-03', hours: 4, mode: 'onsite' },
          { client: 'a', date: '2025-03-04', hours: 4, mode: 'remote' },
        ],
        followUps: [],
      },
      '2025-03',
    );
    const figures = monthFigures(invoice);
    expect(figures).toMatchObject({ clients: 1, monthFees: 1, onsiteDays: 1, remoteDays: 1, baseCents: 61000, totalCents: 61000 });
    expect(addFigures(figures, figures)).toMatchObject({ monthFees: 2, onsiteDays: 2, totalCents: 122000 });
    expect(addFigures(emptyFigures(), figures)).toEqual(figures);
  });
});
