// The terms and scenario schemas: defaults, required prices, codes, and "JSON path: reason" errors.
import { describe, expect, it } from 'vitest';
import { syntheticScenario } from '../../../src/domain/compensation/synthetic.ts';
import { formatJsonPath, parseScenario, parseTerms, ZCompensationTerms, ZScenario } from '../../../src/domain/compensation/terms.ts';

const ISSUE_EXAMPLE = {
  basis: 'day',
  dayPriceCents: 4500,
  remoteDayPriceCents: 3900,
  monthPriceCents: 61000,
  minHours: 3,
  outcomeBonusCents: { open_employment: 150000, education: 100000, work_trial: 40000 },
  minDaysForOutcome: 30,
  bonusWindowDays: 365,
  durability: { days: 90, bonusCents: 50000, statuses: ['open_employment', 'education'] },
  riskWeights: { factors: { disability: 0.5, mental_health: 0.5 }, max: 1.75 },
};

const errorsOf = (data: unknown) => {
  const parsed = parseTerms(data);
  return parsed.ok ? [] : parsed.errors;
};

describe('ZCompensationTerms', () => {
  it('accepts the example of the issue unchanged', () => {
    expect(ZCompensationTerms.parse(ISSUE_EXAMPLE)).toEqual(ISSUE_EXAMPLE);
  });

  it('applies the documented defaults', () => {
    expect(parseTerms({ basis: 'day', dayPriceCents: 4500 })).toEqual({
      ok: true,
      value: { basis: 'day', dayPriceCents: 4500, remoteDayPriceCents: 4500, minHours: 3, outcomeBonusCents: {}, minDaysForOutcome: 30, bonusWindowDays: 365 },
    });
    const month = parseTerms({ basis: 'month', monthPriceCents: 61000 });
    expect(month.ok && month.value).toEqual({ basis: 'month', monthPriceCents: 61000, minHours: 3, outcomeBonusCents: {}, minDaysForOutcome: 30, bonusWindowDays: 365 });
  });

  it('needs the price of its basis', () => {
    expect(errorsOf({ basis: 'day', monthPriceCents: 61000 })).toEqual(['dayPriceCents: is required when basis is "day"']);
    expect(errorsOf({ basis: 'month', dayPriceCents: 4500 })).toEqual(['monthPriceCents: is required when basis is "month"']);
    expect(errorsOf({ basis: 'week', dayPriceCents: 4500 })).toEqual(['basis: must be "day" or "month"']);
    expect(errorsOf({ dayPriceCents: 4500 })).toEqual(['basis: is required']);
  });

  it('wants amounts in whole cents, 0 or more', () => {
    expect(errorsOf({ ...ISSUE_EXAMPLE, dayPriceCents: 45.5, remoteDayPriceCents: -1, outcomeBonusCents: { education: '1000' } })).toEqual([
      'dayPriceCents: must be a whole number of cents',
      'remoteDayPriceCents: must be 0 or more cents',
      'outcomeBonusCents.education: must be a whole number of cents',
    ]);
    expect(errorsOf({ ...ISSUE_EXAMPLE, durability: { days: 90, bonusCents: 1e12, statuses: ['education'] } })).toEqual(['durability.bonusCents: must be at most 1000000000 cents']);
  });

  it('rejects codes that are not the pathway’s in the terms', () => {
    expect(
      errorsOf({ ...ISSUE_EXAMPLE, outcomeBonusCents: { employment: 1 }, durability: { days: 90, bonusCents: 1, statuses: ['hired'] }, riskWeights: { factors: { martian: 0.5 }, max: 2 } }),
    ).toEqual([
      expect.stringMatching(/^outcomeBonusCents\.employment: "employment" is not a destination code \(open_employment, /),
      expect.stringMatching(/^durability\.statuses\[0\]: must be a follow-up status \(/),
      expect.stringMatching(/^riskWeights\.factors\.martian: "martian" is not a background factor code \(/),
    ]);
  });

  it('checks risk weights: 0 or more, at most 6 decimals, max at least 1', () => {
    expect(errorsOf({ ...ISSUE_EXAMPLE, riskWeights: { factors: { disability: -0.5, mental_health: 0.1234567 }, max: 0.9 } })).toEqual([
      'riskWeights.factors.disability: must be 0 or more',
      'riskWeights.factors.mental_health: must have at most 6 decimal places',
      'riskWeights.max: must be at least 1 (a weight never lowers a bonus)',
    ]);
    expect(errorsOf({ ...ISSUE_EXAMPLE, riskWeights: { factors: {} } })).toEqual(['riskWeights.max: is required']);
  });

  it('rejects unknown keys, so that a misspelt option cannot pass silently', () => {
    expect(errorsOf({ ...ISSUE_EXAMPLE, minHour: 2, durability: { ...ISSUE_EXAMPLE.durability, day: 1 } })).toEqual(['durability.day: unknown key', 'minHour: unknown key']);
  });
});

describe('ZScenario', () => {
  const valid = () => ({
    contract: { id: 'K', start: '2025-01-01', end: '2025-12-31', basis: 'day', dayPriceCents: 4500 },
    clients: [{ id: 'c1', factors: ['disability'] }, { id: 'c2' }],
    periods: [{ id: 'p1', client: 'c1', start: '2025-01-01', end: '2025-03-31', destination: 'education' }, { id: 'p2', client: 'c2', start: '2025-02-01', end: null }],
    attendance: [{ client: 'c1', date: '2025-01-02', hours: 4, mode: 'onsite' }],
    followUps: [{ client: 'c1', period: 'p1', date: '2025-07-01', status: 'education' }],
  });
  const errors = (data: unknown) => {
    const parsed = parseScenario(data);
    return parsed.ok ? [] : parsed.errors;
  };

  it('accepts a scenario and applies the defaults', () => {
    const parsed = parseScenario(valid());
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.contract).toMatchObject({ remoteDayPriceCents: 4500, minHours: 3, minDaysForOutcome: 30, bonusWindowDays: 365 });
    expect(parsed.value.clients[1]).toEqual({ id: 'c2', factors: [] });
    const { followUps, ...rest } = valid();
    const withoutFollowUps = parseScenario({ ...rest, periods: [{ id: 'p1', client: 'c1', start: '2025-01-01' }] });
    expect(withoutFollowUps.ok && withoutFollowUps.value.followUps).toEqual([]);
    expect(withoutFollowUps.ok && withoutFollowUps.value.periods[0]).toEqual({ id: 'p1', client: 'c1', start: '2025-01-01', end: null, destination: null });
    expect(followUps).toHaveLength(1);
  });

  it('names the JSON path of every problem', () => {
    const data = valid() as Record<string, any>;
    data.contract.dayPriceCents = -5;
    data.attendance.push({ client: 'c1', date: '2025-02-30', hours: 4, mode: 'onsite' }, { client: 'c1', date: '2025-03-01', hours: 25, mode: 'hybrid', note: 'x' });
    data.periods[1].destination = 'moon';
    expect(errors(data)).toEqual([
      'contract.dayPriceCents: must be 0 or more cents',
      expect.stringMatching(/^periods\[1\]\.destination: must be a destination code/),
      'attendance[1].date: must be a calendar date YYYY-MM-DD',
      'attendance[2].hours: must be at most 24',
      'attendance[2].mode: must be "onsite" or "remote"',
      'attendance[2].note: unknown key',
    ]);
  });

  it('reports a missing key and a wrong document', () => {
    const data = valid() as Record<string, any>;
    delete data.attendance[0].hours;
    delete data.clients;
    expect(errors(data)).toEqual(['clients: is required', 'attendance[0].hours: is required']);
    expect(errors([])).toEqual(['$: Invalid input: expected object, received array']);
  });

  it('checks the references between records', () => {
    const data = valid() as Record<string, any>;
    data.clients.push({ id: 'c1' });
    data.periods.push({ id: 'p1', client: 'c9', start: '2025-05-01', end: '2025-04-01' });
    data.attendance.push({ client: 'c7', date: '2025-01-03', hours: 4, mode: 'remote' });
    data.followUps.push({ client: 'c1', period: 'p2', date: '2025-07-01', status: 'education' }, { client: 'c1', period: 'p8', date: '2025-07-01', status: 'education' });
    expect(errors(data)).toEqual([
      'clients[2].id: duplicate client id "c1"',
      'periods[2].id: duplicate period id "p1"',
      'periods[2].client: unknown client "c9"',
      'periods[2].end: must not be before start (2025-05-01)',
      'attendance[1].client: unknown client "c7"',
      'followUps[1].client: period "p2" belongs to client "c2", not "c1"',
      'followUps[2].period: unknown period "p8"',
    ]);
  });

  it('checks the contract dates', () => {
    const data = valid() as Record<string, any>;
    data.contract.end = '2024-12-31';
    expect(errors(data)).toEqual(['contract.end: must not be before start (2025-01-01)']);
    data.contract.end = null;
    expect(errors(data)).toEqual([]);
  });

  it('gives the same result on its fast path as zod alone', () => {
    const data = syntheticScenario({ clients: 30, year: 2025, seed: 7 });
    const parsed = parseScenario(data);
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.value).toEqual(ZScenario.parse(data));
  });

  it('reports an unknown client of an attendance row that is otherwise valid', () => {
    const data = valid() as Record<string, any>;
    data.attendance.push({ client: 'nobody', date: '2025-01-03', hours: 4, mode: 'remote' });
    expect(errors(data)).toEqual(['attendance[1].client: unknown client "nobody"']);
  });
});

describe('formatJsonPath', () => {
  it('writes dots for names, brackets for indices and odd names', () => {
    expect(formatJsonPath([])).toBe('$');
    expect(formatJsonPath(['attendance', 3, 'date'])).toBe('attendance[3].date');
    expect(formatJsonPath(['contract', 'outcomeBonusCents', 'open employment'])).toBe('contract.outcomeBonusCents["open employment"]');
  });
});
