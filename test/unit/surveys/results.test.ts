// A round's report: hand-computed frequencies, means, NPS and its change, suppression of small
// groups, reliability through the stats engine, and exports and imports of response tables.
import { describe, expect, it } from 'vitest';
import type { Answers, SurveyDefinition } from '../../../src/domain/surveys/definition.ts';
import { buildReport } from '../../../src/domain/surveys/results.ts';
import { codebook, readResponses, responseTable, suggestMapping } from '../../../src/domain/surveys/exchange.ts';

const def: SurveyDefinition = {
  questions: [
    { code: 'g', type: 'single', required: true, text: { fi: 'Ryhmä' }, options: [{ value: 'a', text: { fi: 'A', sv: 'A-sv' } }, { value: 'b', text: { fi: 'B' } }] },
    { code: 'L1', type: 'likert', required: true, points: 4, text: { fi: 'L1' }, labels: [{ fi: 'Huonosti' }, { fi: 'Melko huonosti' }, { fi: 'Melko hyvin' }, { fi: 'Hyvin' }] },
    { code: 'L2', type: 'likert', required: true, points: 4, text: { fi: 'L2' } },
    { code: 'rec', type: 'nps', required: false, text: { fi: 'Suosittelu' } },
    { code: 'm', type: 'multiple', required: false, text: { fi: 'Monivalinta' }, options: [{ value: 'x', text: { fi: 'X' } }, { value: 'y', text: { fi: 'Y' } }] },
    { code: 'n', type: 'number', required: false, text: { fi: 'Luku' } },
  ],
  scales: [{ code: 'S', name: { fi: 'S' }, items: ['L1', '-L2'] }],
};

const rows: Answers[] = [
  { g: 'a', L1: 4, L2: 1, rec: 10, m: ['x'], n: 1 },
  { g: 'a', L1: 3, L2: 2, rec: 9, m: ['x', 'y'], n: 2 },
  { g: 'a', L1: 3, L2: 1, rec: 8, n: 3 },
  { g: 'a', L1: 2, L2: 3, rec: 6, m: [], n: 4 },
  { g: 'a', L1: 4, L2: 2, rec: 0, n: 5 },
  { g: 'b', L1: 1, L2: 4, rec: 7, n: 6 },
];

describe('report', () => {
  it('reports nothing under five responses', () => {
    expect(buildReport(def, rows.slice(0, 4))).toMatchObject({ n: 4, tooFew: true, items: [], nps: [] });
  });

  it('counts frequencies with every Likert point, and a multiple choice option by option', () => {
    const r = buildReport(def, rows);
    const l1 = r.items.find((i) => i.code === 'L1')!;
    expect(l1.frequencies!.rows.map((x) => [x.value, x.count])).toEqual([[1, 1], [2, 1], [3, 2], [4, 2]]);
    expect(l1.frequencies!.rows[2].percent).toBeCloseTo(100 / 3, 10);
    // mean (4+3+3+2+4+1)/6 = 17/6; median of 1,2,3,3,4,4 = 3
    expect(l1.description!.mean).toBeCloseTo(17 / 6, 12);
    expect(l1.description!.median).toBe(3);
    const m = r.items.find((i) => i.code === 'm')!;
    // answered by 3 (an empty list counts as answered none), x chosen by 2, y by 1
    expect(m.frequencies!.rows.map((x) => [x.value, x.count, x.validPercent])).toEqual([['x', 2, (200 / 3)], ['y', 1, 100 / 3]]);
  });

  it('NPS: 2 promoters, 2 passives, 2 detractors of 6 is 0; the change from an earlier round', () => {
    const earlier = [10, 10, 10, 10, 9, 3].map((rec) => ({ g: 'a', L1: 1, L2: 1, rec }));
    const r = buildReport(def, rows, { previous: { roundLabel: '2025', responses: earlier } });
    expect(r.nps[0].result).toMatchObject({ n: 6, promoters: 2, passives: 2, detractors: 2, nps: 0 });
    // earlier: 5 promoters, 1 detractor of 6 → 66.67; change 0 − 66.67
    expect(r.nps[0].previous!.change.difference).toBeCloseTo(-200 / 3, 10);
    expect(r.nps[0].previous!.roundLabel).toBe('2025');
  });

  it('hides a group of fewer than five in breakdowns and cross-tabulations', () => {
    const r = buildReport(def, rows, { groupBy: 'g' });
    const l1 = r.items.find((i) => i.code === 'L1')!;
    // b (1 respondent) is hidden; a (5) is hidden too, since the total minus a would reveal b.
    expect(l1.byGroup!.groups).toEqual([
      { group: 'a', suppressed: true },
      { group: 'b', suppressed: true },
    ]);
    expect(l1.byGroup!.total).toMatchObject({ n: 6, mean: 17 / 6 });
    const bigger = buildReport(def, [...rows, ...rows.slice(0, 5).map((x) => ({ ...x, g: 'b' }))], { groupBy: 'g' });
    expect(bigger.items.find((i) => i.code === 'L1')!.byGroup!.groups).toEqual([
      expect.objectContaining({ group: 'a', suppressed: false, n: 5, mean: 16 / 5 }),
      expect.objectContaining({ group: 'b', suppressed: false, n: 6, mean: 17 / 6 }),
    ]);
    expect(l1.crossTab!.rows).toEqual(['a']);
    expect(l1.crossTab!.suppressedRows).toBe(1);
  });

  it('reliability of a scale with a reverse-keyed item, and correlations of scale scores with numbers', () => {
    const r = buildReport(def, rows);
    expect(r.scales[0].result!.n).toBe(6);
    // keyed items: L1 = 4,3,3,2,4,1 and 5 − L2 = 4,3,4,2,3,1: a two-item alpha is 2r/(1+r) of the
    // standardised items, and the raw alpha 2·cov/(var1+var2)·… is checked against the engine's output
    expect(r.scales[0].result!.rawAlpha).toBeGreaterThan(0.8);
    const scaleWithNumber = r.correlations.find((c) => c.a === 'S' && c.b === 'n')!;
    expect(scaleWithNumber.n).toBe(6);
    expect(scaleWithNumber.r).toBeLessThan(0);
  });
});

describe('response tables', () => {
  it('exports one column per item and one 0/1 column per option of a multiple choice', () => {
    const table = responseTable(def, [{ round: '2026', answers: rows[1] }, { round: '2026', answers: { g: 'b', L1: 1, L2: 4 } }]);
    expect(table[0]).toEqual(['round', 'g', 'L1', 'L2', 'rec', 'm_x', 'm_y', 'n']);
    expect(table[1]).toEqual(['2026', 'a', 3, 2, 9, 1, 1, 2]);
    expect(table[2]).toEqual(['2026', 'b', 1, 4, null, null, null, null]);
  });

  it('the codebook names values, labels and reverse keying', () => {
    const book = codebook(def, 'fi');
    expect(book.find((r) => r[0] === 'L1')).toEqual(['L1', 'L1', 'likert', '1 = Huonosti; 2 = Melko huonosti; 3 = Melko hyvin; 4 = Hyvin', 'S']);
    expect(book.find((r) => r[0] === 'L2')![4]).toBe('S (reversed)');
    expect(book.find((r) => r[0] === 'm_y')![3]).toBe('1 = Y; 0 = not chosen');
  });

  it('reads back its own export, labels in any language, decimal commas and 0/1 option columns', () => {
    const header = ['g', 'L1', 'L2', 'rec', 'm_x', 'm_y', 'n'];
    expect(suggestMapping(def, ['G', 'Ryhmä', 'L1', 'other'])).toEqual({ G: 'g', Ryhmä: 'g', L1: 'L1' });
    const mapping = Object.fromEntries(header.map((h) => [h, h]));
    const read = readResponses(def, header, [['A-sv', 'Melko hyvin', '2', '9', '1', '0', '2,5'], ['b', '5', '', '', 'x', '', '']], mapping);
    expect(read.rows[0]).toEqual({ g: 'a', L1: 3, L2: 2, rec: 9, m: ['x'], n: 2.5 });
    expect(read.rows[1]).toBeNull();
    // 'x' in the column of option x marks it chosen, as Webropol writes the option itself.
    expect(read.issues).toEqual([
      { row: 3, column: 'L1', messageKey: 'errors.invalidChoice' },
      { row: 3, column: 'L2', messageKey: 'errors.required' },
    ]);
  });
});
