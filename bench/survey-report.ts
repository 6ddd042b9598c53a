// Speed of a survey round's report (the results page's work): 3,000 responses of 30 Likert items
// in 5 scales, plus a 0–10 question, a choice and a number; frequencies, means by group,
// cross-tabs, NPS, alpha for 5 scales, a 5-factor EFA and correlations.
//   node --import tsx bench/survey-report.ts [--runs N]
import { loadavg } from 'node:os';
import type { Answers, SurveyDefinition } from '../src/domain/surveys/definition.ts';
import { buildReport } from '../src/domain/surveys/results.ts';
import { Random } from '../src/demo/random.ts';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const N = 3000;
const scales = Array.from({ length: 5 }, (_, k) => ({ code: `S${k + 1}`, name: { fi: `S${k + 1}` }, items: Array.from({ length: 6 }, (_, j) => `F${k + 1}_${j + 1}`) }));
const def: SurveyDefinition = {
  questions: [
    { code: 'grp', type: 'single', required: true, text: { fi: 'Ryhmä' }, options: ['a', 'b', 'c', 'd'].map((v) => ({ value: v, text: { fi: v } })) },
    { code: 'M', type: 'matrix', required: true, points: 5, text: { fi: 'Väittämät' }, statements: scales.flatMap((s) => s.items.map((code) => ({ code, text: { fi: code } }))) },
    { code: 'rec', type: 'nps', required: false, text: { fi: 'Suosittelu' } },
    { code: 'share', type: 'number', required: false, text: { fi: 'Osuus' } },
  ],
  scales,
};
const rng = new Random(1, 'bench');
const responses: Answers[] = Array.from({ length: N }, () => {
  const f = scales.map(() => rng.normal());
  const a: Answers = { grp: rng.pick(['a', 'b', 'c', 'd']), rec: rng.int(0, 10), share: rng.int(0, 100) };
  scales.forEach((s, k) => s.items.forEach((code) => (a[code] = Math.max(1, Math.min(5, Math.round(3 + 0.8 * f[k] + 0.6 * rng.normal()))))));
  return a;
});
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const r = buildReport(def, responses, { groupBy: 'grp', previous: { roundLabel: 'prev', responses: responses.slice(0, 1500) } });
  times.push(performance.now() - t0);
  if (!r.efa) throw new Error(`no EFA: ${r.efaError}`);
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`buildReport, ${N} responses × ${scales.length * 6} items: first ${times[0].toFixed(0)} ms, median ${sorted[Math.floor(RUNS / 2)].toFixed(0)} ms (${RUNS} runs; load ${loadavg()[0].toFixed(1)})`);
