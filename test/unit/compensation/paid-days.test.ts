// Rules 1 (paid day) and 2 (base fee), hand-computed. Default prices: on site 4500, remote 3900,
// month fee 61000 cents; minHours 3; contract 2025-01-01 – 2025-12-31.
import { describe, expect, it } from 'vitest';
import { computeMonth, monthBounds } from '../../../src/domain/compensation/invoice.ts';
import { linesOf, month, onsite, period, reasons, remote, scenario } from './helpers.ts';

const OPEN_MARCH = [period('p1', '2025-03-01', null)];

describe('rule 1: paid days, rule 2: day basis', () => {
  it('pays on-site and remote days at their prices, and exactly minHours counts', () => {
    // 03-03 on site 4 h, 03-04 remote 4 h, 03-05 on site 3 h (= minHours):
    // 2 × 4500 + 1 × 3900 = 12900
    const invoice = month({ periods: OPEN_MARCH, attendance: [onsite('2025-03-03'), remote('2025-03-04'), onsite('2025-03-05', 3)] }, '2025-03');
    expect(invoice.totalCents).toBe(12900);
    expect(invoice.byKind).toEqual({ base: 12900, outcome: 0, durability: 0 });
    const [onsiteLine, remoteLine] = linesOf(invoice, 'base');
    expect(onsiteLine).toMatchObject({ rule: 'base_day', clientId: 'c1', mode: 'onsite', days: 2, dates: ['2025-03-03', '2025-03-05'], unitPriceCents: 4500, amountCents: 9000, weight: 1 });
    expect(remoteLine).toMatchObject({ rule: 'base_day', mode: 'remote', days: 1, dates: ['2025-03-04'], unitPriceCents: 3900, amountCents: 3900 });
    expect(invoice.ignored).toEqual([]);
  });

  it('does not pay short hours', () => {
    // 2.99 h < 3: nothing paid; 0 h also short
    const invoice = month({ periods: OPEN_MARCH, attendance: [onsite('2025-03-03', 2.99), remote('2025-03-04', 0)] }, '2025-03');
    expect(invoice.totalCents).toBe(0);
    expect(invoice.lines).toEqual([]);
    expect(reasons(invoice)).toEqual([
      [0, 'short_hours'],
      [1, 'short_hours'],
    ]);
    expect(invoice.ignored[0]).toMatchObject({ record: 'attendance', clientId: 'c1', date: '2025-03-03', hours: 2.99, mode: 'onsite', detail: '2.99 h < minHours 3' });
  });

  it('honours a minHours of the terms', () => {
    // minHours 2: a 2-hour remote day counts, 1.5 h does not → 3900
    const invoice = month({ contract: { minHours: 2 }, periods: OPEN_MARCH, attendance: [remote('2025-03-03', 2), remote('2025-03-04', 1.5)] }, '2025-03');
    expect(invoice.totalCents).toBe(3900);
    expect(reasons(invoice)).toEqual([[1, 'short_hours']]);
  });

  it('pays one on-site day for an on-site and a remote record on one date, whatever their order', () => {
    // remote first, on site second, same date: one day at the on-site price 4500
    const invoice = month({ periods: OPEN_MARCH, attendance: [remote('2025-03-03'), onsite('2025-03-03')] }, '2025-03');
    expect(invoice.totalCents).toBe(4500);
    expect(linesOf(invoice, 'base')).toHaveLength(1);
    expect(invoice.ignored).toEqual([expect.objectContaining({ index: 0, reason: 'duplicate_date', paidBy: 1, mode: 'remote' })]);
  });

  it('pays one remote day for two remote records on one date', () => {
    // two remote records on 03-03: one remote day 3900; the second is the duplicate
    const invoice = month({ periods: OPEN_MARCH, attendance: [remote('2025-03-03', 3), remote('2025-03-03', 5)] }, '2025-03');
    expect(invoice.totalCents).toBe(3900);
    expect(invoice.ignored).toEqual([expect.objectContaining({ index: 1, reason: 'duplicate_date', paidBy: 0 })]);
  });

  it('pays one day for two on-site records, and for three records on one date', () => {
    // 03-03: on site, on site → 4500; 03-04: remote, on site, remote → 4500; total 9000
    const invoice = month(
      { periods: OPEN_MARCH, attendance: [onsite('2025-03-03'), onsite('2025-03-03'), remote('2025-03-04'), onsite('2025-03-04'), remote('2025-03-04')] },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(9000);
    expect(invoice.ignored.map((r) => [r.index, r.reason, (r as { paidBy?: number }).paidBy])).toEqual([
      [1, 'duplicate_date', 0],
      [2, 'duplicate_date', 3],
      [4, 'duplicate_date', 3],
    ]);
  });

  it('decides the mode of a date only among counting records', () => {
    // 03-03: on site 2 h (short, does not count) + remote 4 h → a remote day 3900, not on site
    const invoice = month({ periods: OPEN_MARCH, attendance: [onsite('2025-03-03', 2), remote('2025-03-03')] }, '2025-03');
    expect(invoice.totalCents).toBe(3900);
    expect(reasons(invoice)).toEqual([[0, 'short_hours']]);
  });

  it('does not pay dates outside the contract, and pays its first and last date', () => {
    // contract 2025-03-10 – 2025-03-20: 03-09 and 03-21 outside; 03-10 and 03-20 paid → 2 × 4500 = 9000
    const invoice = month(
      {
        contract: { start: '2025-03-10', end: '2025-03-20' },
        periods: OPEN_MARCH,
        attendance: [onsite('2025-03-09'), onsite('2025-03-10'), onsite('2025-03-20'), onsite('2025-03-21')],
      },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(9000);
    expect(reasons(invoice)).toEqual([
      [0, 'outside_contract'],
      [3, 'outside_contract'],
    ]);
  });

  it('treats a contract without an end date as open', () => {
    // contract from 2025-01-01, end null: 2031-05-05 still inside → 4500
    const invoice = month({ contract: { end: null }, periods: [period('p1', '2031-05-01', null)], attendance: [onsite('2031-05-05')] }, '2031-05');
    expect(invoice.totalCents).toBe(4500);
  });

  it('does not pay dates outside the service periods, and pays their first and last date', () => {
    // period 03-05 – 03-10: 03-04 and 03-11 outside; 03-05 and 03-10 paid → 9000
    const invoice = month(
      { periods: [period('p1', '2025-03-05', '2025-03-10')], attendance: [onsite('2025-03-04'), onsite('2025-03-05'), onsite('2025-03-10'), onsite('2025-03-11')] },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(9000);
    expect(reasons(invoice, 'attendance')).toEqual([
      [0, 'outside_period'],
      [3, 'outside_period'],
    ]);
    // the period ended in March without a destination: listed too, it earned no outcome bonus
    expect(reasons(invoice, 'period')).toEqual([[0, 'no_destination']]);
  });

  it('does not pay a client without any service period', () => {
    const invoice = month({ clients: [{ id: 'c1' }, { id: 'c2' }], periods: OPEN_MARCH, attendance: [onsite('2025-03-03', 4, 'c2')] }, '2025-03');
    expect(invoice.totalCents).toBe(0);
    expect(invoice.ignored).toEqual([expect.objectContaining({ reason: 'outside_period', clientId: 'c2', detail: 'the client has no service period' })]);
  });

  it('pays within an open period', () => {
    // period from 2025-02-01, no end: 03-31 is inside → 4500
    const invoice = month({ periods: [period('p1', '2025-02-01', null)], attendance: [onsite('2025-03-31')] }, '2025-03');
    expect(invoice.totalCents).toBe(4500);
  });

  it('pays one day when two periods of the client overlap', () => {
    // 03-05 lies in both p1 and p2: still one day → 4500
    const invoice = month({ periods: [period('p1', '2025-03-01', '2025-03-10'), period('p2', '2025-03-05', null)], attendance: [onsite('2025-03-05')] }, '2025-03');
    expect(invoice.totalCents).toBe(4500);
  });

  it('only looks at the attendance of the invoiced month', () => {
    // 02-28 and 04-01 belong to other invoices; neither is listed in March's lines or ignored
    const invoice = month({ periods: [period('p1', '2025-02-01', null)], attendance: [onsite('2025-02-28'), onsite('2025-03-01'), onsite('2025-04-01'), onsite('2025-04-02', 1)] }, '2025-03');
    expect(invoice.totalCents).toBe(4500);
    expect(invoice.ignored).toEqual([]);
    expect(month({ periods: [period('p1', '2025-02-01', null)], attendance: [onsite('2025-02-28')] }, '2025-02').totalCents).toBe(4500);
  });

  it('uses the day price for remote days when remoteDayPriceCents is absent', () => {
    // default remoteDayPriceCents = dayPriceCents = 4500: 2 remote days → 9000
    const invoice = month({ contract: { remoteDayPriceCents: undefined }, periods: OPEN_MARCH, attendance: [remote('2025-03-03'), remote('2025-03-04')] }, '2025-03');
    expect(invoice.totalCents).toBe(9000);
    expect(linesOf(invoice, 'base')[0]).toMatchObject({ mode: 'remote', unitPriceCents: 4500 });
  });

  it('adds the clients together, one line per client and mode, sorted by client', () => {
    // c2: 1 on site (4500); c1: 2 remote (7800) → 12300; lines c1 remote, c2 on site
    const invoice = month(
      {
        clients: [{ id: 'c2' }, { id: 'c1' }],
        periods: [period('p2', '2025-03-01', null, null, 'c2'), period('p1', '2025-03-01', null)],
        attendance: [onsite('2025-03-03', 4, 'c2'), remote('2025-03-03'), remote('2025-03-04')],
      },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(12300);
    expect(invoice.lines.map((l) => [l.clientId, l.amountCents])).toEqual([
      ['c1', 7800],
      ['c2', 4500],
    ]);
  });
});

describe('rule 2: month basis', () => {
  it('pays one month fee per client with at least one paid day', () => {
    // c1: 3 paid days → 61000; c2: only a short day → nothing; c3: one remote day → 61000. Total 122000.
    const invoice = month(
      {
        contract: { basis: 'month', dayPriceCents: undefined, remoteDayPriceCents: undefined },
        clients: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }],
        periods: [period('p1', '2025-03-01', null), period('p2', '2025-03-01', null, null, 'c2'), period('p3', '2025-03-01', null, null, 'c3')],
        attendance: [onsite('2025-03-03'), onsite('2025-03-04'), remote('2025-03-05'), onsite('2025-03-03', 1, 'c2'), remote('2025-03-10', 4, 'c3')],
      },
      '2025-03',
    );
    expect(invoice.totalCents).toBe(122000);
    expect(invoice.lines).toEqual([
      expect.objectContaining({ kind: 'base', rule: 'base_month', clientId: 'c1', days: 3, onsiteDates: ['2025-03-03', '2025-03-04'], remoteDates: ['2025-03-05'], amountCents: 61000 }),
      expect.objectContaining({ rule: 'base_month', clientId: 'c3', days: 1, amountCents: 61000 }),
    ]);
    expect(reasons(invoice)).toEqual([[3, 'short_hours']]);
  });

  it('pays the fee of a month once, however many days', () => {
    // 20 on-site days in March: still 61000
    const attendance = Array.from({ length: 20 }, (_, i) => onsite(`2025-03-${String(i + 1).padStart(2, '0')}`));
    expect(month({ contract: { basis: 'month' }, periods: OPEN_MARCH, attendance }, '2025-03').totalCents).toBe(61000);
  });
});

describe('computeMonth', () => {
  it('rejects a month that is not YYYY-MM', () => {
    const s = scenario();
    for (const bad of ['2025-3', '2025-13', '2025-00', '202503', '2025-03-01']) expect(() => computeMonth(s, bad)).toThrow(RangeError);
  });

  it('knows the last day of the month, leap years included', () => {
    expect(monthBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(monthBounds('2025-02')).toEqual({ first: '2025-02-01', last: '2025-02-28' });
    expect(monthBounds('2025-12')).toEqual({ first: '2025-12-01', last: '2025-12-31' });
  });

  it('is pure: the same input gives the same invoice, and the input is not changed', () => {
    const s = scenario({ periods: OPEN_MARCH, attendance: [remote('2025-03-03'), onsite('2025-03-03'), onsite('2025-03-04', 1)] });
    const before = JSON.stringify(s);
    expect(computeMonth(s, '2025-03')).toEqual(computeMonth(s, '2025-03'));
    expect(JSON.stringify(s)).toBe(before);
  });
});
