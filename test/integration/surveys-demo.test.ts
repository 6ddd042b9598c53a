// The demo surveys: the four templates with realistic responses, comparable barometer rounds, an
// expert survey whose statements show the 2020 study's four factors, and client feedback with NPS.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/generate.ts';
import type { SurveyDefinition, Answers } from '../../src/domain/surveys/definition.ts';
import { buildReport } from '../../src/domain/surveys/results.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

let handle: TestDatabase;
const OPTIONS = { clients: 40, seed: 7, password: 'demo-salasana-1', today: '2026-03-16' };

async function round(templateKey: string, label: string) {
  const r = await handle.db
    .selectFrom('surveyRound')
    .innerJoin('survey', 'survey.id', 'surveyRound.surveyId')
    .select(['surveyRound.id', 'surveyRound.definition'])
    .where('survey.templateKey', '=', templateKey)
    .where('surveyRound.label', '=', label)
    .executeTakeFirstOrThrow();
  const responses = await handle.db.selectFrom('surveyResponse').select('answers').where('roundId', '=', r.id).execute();
  return { definition: r.definition as unknown as SurveyDefinition, responses: responses.map((x) => x.answers as unknown as Answers) };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  await generateDemo(handle.db, OPTIONS);
}, 240_000);
afterAll(async () => handle?.dispose());

describe('demo surveys', () => {
  it('has the four templates, owned by the demo researcher, purchaser and unit manager', async () => {
    const rows = await handle.db
      .selectFrom('survey')
      .innerJoin('appUser', 'appUser.id', 'survey.ownerUserId')
      .select(['survey.templateKey', 'appUser.email'])
      .orderBy('survey.templateKey')
      .execute();
    expect(rows.map((r) => [r.templateKey, r.email.split('@')[0]])).toEqual([
      ['barometer', 'researcher'],
      ['expert', 'researcher'],
      ['housing_coaching', 'unit_manager'],
      ['remote_feedback', 'purchaser'],
    ]);
  });

  it('the barometer has rounds 2006 and 2011 with the 2011 unit-type mix of the report', async () => {
    const r2011 = await round('barometer', '2011');
    const r2006 = await round('barometer', '2006');
    expect(r2011.responses).toHaveLength(211);
    expect(r2006.responses.length).toBeGreaterThan(150);
    expect(r2011.responses.filter((a) => a.unit_type === 'disability_work')).toHaveLength(79);
    const report = buildReport(r2011.definition, r2011.responses, { groupBy: 'unit_type' });
    expect(report.scales[0].result!.rawAlpha).toBeGreaterThan(0.5);
  });

  it('168 expert responses whose EFA recovers the four factors of the 2020 study', async () => {
    const { definition, responses } = await round('expert', '2019');
    expect(responses).toHaveLength(168);
    const report = buildReport(definition, responses, { efaRotation: 'oblimin' });
    const efa = report.efa!;
    expect(efa.kmo).toBeGreaterThan(0.7);
    // Each scale's items load most on one factor, a different one per scale.
    const factorOf = definition.scales.map((s) => {
      const votes = s.items.map((code) => efa.loadings[code].map(Math.abs).reduce((best, v, j, all) => (v > all[best] ? j : best), 0));
      const top = votes.sort((a, b) => votes.filter((v) => v === b).length - votes.filter((v) => v === a).length)[0];
      expect(votes.filter((v) => v === top).length / votes.length, s.code).toBeGreaterThanOrEqual(0.66);
      return top;
    });
    expect(new Set(factorOf).size).toBe(4);
    for (const s of report.scales) expect(s.result!.rawAlpha, s.code).toBeGreaterThan(0.6);
    // Belief in the client's progression goes with the estimated share reaching the open market.
    const r = report.correlations.find((c) => c.a === 'attitude_progression' && c.b === 'prog_open_market')!;
    expect(r.r).toBeGreaterThan(0.2);
    expect(r.p).toBeLessThan(0.01);
  });

  it('client feedback has NPS near Tampere’s 2020 figure, and a later round to compare', async () => {
    const spring = await round('remote_feedback', 'kevät 2020');
    const autumn = await round('remote_feedback', 'syksy 2020');
    const report = buildReport(autumn.definition, autumn.responses, { previous: { roundLabel: 'kevät 2020', responses: spring.responses } });
    const earlier = report.nps[0].previous!.result;
    expect(earlier.nps).toBeGreaterThan(30);
    expect(earlier.nps).toBeLessThan(57);
    expect(report.nps[0].previous!.change.ci.lower).toBeLessThan(report.nps[0].previous!.change.difference);
  });

  it('stores responses anonymously: no client, link or time of day', async () => {
    const rows = await sql<{ n: number }>`select count(*)::int as n from survey_response where client_id is not null or link_id is not null or extract(isodow from received_week) <> 1`.execute(handle.db);
    expect(rows.rows[0].n).toBe(0);
  });
});
