// The rules of a survey definition, conditional display, response checks and scale scores,
// with hand-worked cases.
import { describe, expect, it } from 'vitest';
import { checkDefinition, checkResponse, itemCodes, meets, scoreScales, visibleQuestions, type SurveyDefinition } from '../../../src/domain/surveys/definition.ts';
import { TEMPLATES } from '../../../src/domain/surveys/templates/index.ts';

const def: SurveyDefinition = {
  questions: [
    { code: 'works', type: 'single', required: true, text: { fi: 'Onko työssä?' }, options: [{ value: 'yes', text: { fi: 'Kyllä' } }, { value: 'no', text: { fi: 'Ei' } }] },
    { code: 'hours', type: 'number', required: true, integer: true, min: 1, max: 60, text: { fi: 'Tunteja viikossa' }, showIf: { code: 'works', op: 'equals', value: 'yes' } },
    { code: 'long', type: 'text', required: true, text: { fi: 'Miksi niin paljon?' }, showIf: { code: 'hours', op: 'atLeast', value: 40 } },
    { code: 'M', type: 'matrix', required: true, points: 5, text: { fi: 'Väittämät' }, statements: [{ code: 'A1', text: { fi: 'a' } }, { code: 'A2', text: { fi: 'b' } }, { code: 'A3', text: { fi: 'c' } }] },
    { code: 'tasks', type: 'multiple', required: false, text: { fi: 'Tehtävät' }, options: [{ value: 'a', text: { fi: 'A' } }, { value: 'b', text: { fi: 'B' } }] },
    { code: 'rec', type: 'nps', required: false, text: { fi: 'Suosittelu' } },
  ],
  scales: [{ code: 'S', name: { fi: 'Asteikko' }, items: ['A1', 'A2', '-A3'] }],
};

describe('definition rules', () => {
  it('accepts a sound definition and every shipped template', () => {
    expect(checkDefinition(def)).toEqual([]);
    for (const t of TEMPLATES) expect(checkDefinition({ questions: t.questions, scales: t.scales }), t.key).toEqual([]);
  });

  it('names each broken rule by its path', () => {
    const broken: SurveyDefinition = {
      questions: [
        { code: '1bad', type: 'text', required: false, text: { fi: '' } },
        { code: 'L', type: 'likert', required: false, points: 12, text: { fi: 'x' } },
        { code: 'l', type: 'single', required: false, text: { fi: 'x' }, options: [{ value: 'a', text: { fi: 'A' } }] },
        { code: 'C', type: 'text', required: false, text: { fi: 'x' }, showIf: { code: 'Z', op: 'equals', value: 1 } },
      ],
      scales: [{ code: 'S', name: { fi: 's' }, items: ['C'] }],
    };
    expect(checkDefinition(broken).map((i) => `${i.path} ${i.messageKey}`)).toEqual([
      'questions.0.code errors.surveyItemCode',
      'questions.0.text.fi errors.required',
      'questions.1.points errors.surveyPoints',
      'questions.2.code errors.surveyDuplicateCode',
      'questions.2.options errors.surveyOptions',
      'questions.3.showIf.code errors.surveyConditionTarget',
      'scales.0.items errors.surveyScaleItems',
      'scales.0.items.0 errors.surveyScaleItem',
    ]);
  });

  it('lists item codes with a matrix contributing one per statement', () => {
    expect(itemCodes(def)).toEqual(['works', 'hours', 'long', 'A1', 'A2', 'A3', 'tasks', 'rec']);
  });

  it('the expert template has the 2020 study’s 26 statements in four factors', () => {
    const expert = TEMPLATES.find((t) => t.key === 'expert')!;
    expect(expert.scales.map((s) => s.items.length)).toEqual([12, 5, 6, 3]);
    const matrix = expert.questions.find((q) => q.type === 'matrix')!;
    expect(matrix.statements![0].text.fi).toBe('Yksikkömme toimintatapaa kehitetään aktiivisesti');
    expect(matrix.statements![25].text.fi).toMatch(/^Asiakkaan edistymistä koskevat tavoitteet/);
    for (const t of TEMPLATES) for (const q of t.questions) expect(q.text.sv && q.text.en, `${t.key} ${q.code}`).toBeTruthy();
  });
});

describe('conditional display', () => {
  it('meets conditions as written; a missing answer meets only notEquals', () => {
    expect(meets({ code: 'x', op: 'equals', value: 'a' }, { x: 'a' })).toBe(true);
    expect(meets({ code: 'x', op: 'notEquals', value: 'a' }, {})).toBe(true);
    expect(meets({ code: 'x', op: 'includes', value: 'b' }, { x: ['a', 'b'] })).toBe(true);
    expect(meets({ code: 'x', op: 'atLeast', value: 4 }, { x: 3 })).toBe(false);
    expect(meets({ code: 'x', op: 'atMost', value: 4 }, { x: 4 })).toBe(true);
    expect(meets({ code: 'x', op: 'answered' }, { x: [] })).toBe(false);
  });

  it('hides a question whose condition fails, and cascades through hidden questions', () => {
    const codes = (a: Record<string, unknown>) => visibleQuestions(def, a as never).map((q) => q.code);
    expect(codes({ works: 'yes', hours: 45 })).toEqual(['works', 'hours', 'long', 'M', 'tasks', 'rec']);
    // hours is hidden when works = no, so its stale answer does not show `long`
    expect(codes({ works: 'no', hours: 45 })).toEqual(['works', 'M', 'tasks', 'rec']);
  });
});

describe('response checks', () => {
  const complete = { works: 'yes', hours: 20, A1: 4, A2: 5, A3: 2 };

  it('accepts a complete response and drops empty answers and those of hidden questions', () => {
    expect(checkResponse(def, { ...complete, tasks: [], rec: undefined as never }, { final: true })).toEqual({ answers: complete, issues: [] });
    expect(checkResponse(def, { works: 'no', hours: 20, A1: 1, A2: 1, A3: 1 }, { final: true }).answers).toEqual({ works: 'no', A1: 1, A2: 1, A3: 1 });
  });

  it('reports each problem by item code', () => {
    const { issues } = checkResponse(def, { works: 'maybe', A1: 6, A2: 2.5, tasks: ['a', 'a'], rec: 11, extra: 1 }, { final: true });
    expect(issues.map((i) => `${i.path} ${i.messageKey}`)).toEqual([
      'extra errors.unknownField',
      'works errors.invalidChoice',
      'A1 errors.invalidChoice',
      'A2 errors.invalidChoice',
      'A3 errors.required',
      'tasks errors.invalidChoice',
      'rec errors.invalidChoice',
    ]);
  });

  it('checks numbers against integer and range, and lets a draft leave required questions empty', () => {
    expect(checkResponse(def, { works: 'yes', hours: 2.5 }, { final: false }).issues).toEqual([{ path: 'hours', messageKey: 'errors.surveyWholeNumber' }]);
    expect(checkResponse(def, { works: 'yes', hours: 61 }, { final: false }).issues).toEqual([{ path: 'hours', messageKey: 'errors.tooBig', params: { max: 60 } }]);
    expect(checkResponse(def, { works: 'yes' }, { final: false }).issues).toEqual([]);
  });
});

describe('scale scores', () => {
  it('is the mean of the keyed items with reverse-keyed items recoded as 1 + points − x', () => {
    // A1 = 4, A2 = 5, A3 = 2 reversed on 1..5 → 4; (4 + 5 + 4) / 3
    expect(scoreScales(def, { A1: 4, A2: 5, A3: 2 }).S).toBeCloseTo(13 / 3, 12);
    expect(scoreScales(def, { A1: 4, A2: 5 }).S).toBeNull();
  });
});
