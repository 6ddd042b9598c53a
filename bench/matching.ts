// Speed of matching (issue 6): postings for one person among 5,000 open postings, and people for
// one posting among 20,000 profiles.
//   npx tsx bench/matching.ts [--postings N] [--profiles N] [--no-esco] [--no-db] [--esco PATH]
// 1. In process: builds the suggester's index of the built-in vocabulary and (unless --no-esco) the
//    English ESCO package, makes synthetic postings and profiles from occupations and their
//    essential skills (fixed seed), and times rankPostings and rankSeekers (p50 / p95 / max).
// 2. Through the database (unless --no-db): an in-memory PGlite with the built-in vocabulary, the
//    same numbers of postings and of clients with public profiles, and times the service
//    functions behind GET /api/clients/:id/matches/postings and GET /api/postings/:id/matches
//    (reading the rows, matching, labels and the access log).
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { rankPostings, rankSeekers, type PostingProfile, type SeekerProfile, type WorkingTime } from '../src/domain/matching/match.ts';
import { taxonomyFromIndex, type IndexTaxonomy } from '../src/domain/matching/taxonomy.ts';
import { escoTaxonomy, readEscoPackage } from '../src/domain/skills/esco/package.ts';
import { buildSuggestIndex } from '../src/domain/skills/suggest-index.ts';
import { vocabularyTaxonomy } from '../src/domain/skills/vocabulary/index.ts';
import { escoFiles } from '../src/server/skills/esco-files.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const POSTINGS = Number(arg('--postings') ?? 5000);
const PROFILES = Number(arg('--profiles') ?? 20000);
const ESCO = arg('--esco') ?? path.resolve('../shared/data/esco');
const MUNICIPALITIES = ['837', '536', '211', '604', '418', '980', '091', '049', '092', '853', '564', '179', '398', '297', '609', '109', '905'];

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20261126);
const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
const sample = <T>(list: readonly T[], n: number) => {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy.slice(0, n);
};

function stats(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `p50 ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms (${times.length} runs)`;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const out = fn();
  return [out, performance.now() - start];
}

/** Occupations with at least three essential skills, as [id, essential skill ids]. */
function jobsOf(taxonomy: IndexTaxonomy, ids: readonly string[]) {
  return ids.map((id) => [id, taxonomy.essentialSkills(id)] as const).filter(([, skills]) => skills.length >= 3);
}

function makePosting(i: number, jobs: ReturnType<typeof jobsOf>): PostingProfile {
  const [main, skills] = pick(jobs);
  return {
    id: `p${i}`,
    mainOccupation: main,
    occupations: rnd() < 0.2 ? [pick(jobs)[0]] : [],
    skills: sample(skills, int(3, 8)),
    municipalityCode: rnd() < 0.9 ? pick(MUNICIPALITIES) : null,
    workingTime: rnd() < 0.8 ? (pick(['full_time', 'part_time']) as WorkingTime) : null,
  };
}

function makeSeeker(i: number, jobs: ReturnType<typeof jobsOf>): SeekerProfile {
  const own = sample(jobs, int(1, 2));
  return {
    id: `s${i}`,
    occupations: own.map(([id]) => id),
    skills: own.flatMap(([, skills]) => sample(skills, int(2, 6))),
    aspirationOccupations: rnd() < 0.3 ? [pick(jobs)[0]] : [],
    aspirationSkills: [],
    municipalityCodes: sample(MUNICIPALITIES, int(0, 2)),
    workingTimes: rnd() < 0.5 ? [pick(['full_time', 'part_time']) as WorkingTime] : [],
  };
}

console.log(`Machine: ${cpus().length} cores, load ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// 1. In process
const builtIn = vocabularyTaxonomy();
const esco = process.argv.includes('--no-esco') ? { concepts: [], relations: [] } : escoTaxonomy(readEscoPackage(escoFiles(ESCO)));
const index = buildSuggestIndex({ concepts: [...esco.concepts, ...builtIn.concepts], relations: [...esco.relations, ...builtIn.relations] });
const taxonomy = taxonomyFromIndex(index);
const occupationIds = index.ids.filter((_, c) => index.conceptKind[c] === 0);
const jobs = jobsOf(taxonomy, occupationIds);
console.log(`Taxonomy: ${occupationIds.length} occupations (${jobs.length} with ≥ 3 essential skills)${esco.concepts.length ? ', ESCO and the built-in vocabulary' : ', built-in vocabulary only'}`);

const postings = Array.from({ length: POSTINGS }, (_, i) => makePosting(i, jobs));
const seekers = Array.from({ length: PROFILES }, (_, i) => makeSeeker(i, jobs));
// Warm up the JIT, then measure.
for (let i = 0; i < 20; i++) rankPostings(seekers[i], postings, taxonomy, 20);
const forPerson: number[] = [];
let found = 0;
for (let i = 0; i < 200; i++) {
  const [ranked, ms] = time(() => rankPostings(seekers[i], postings, taxonomy, 20));
  forPerson.push(ms);
  found += ranked.length;
}
console.log(`rankPostings: 1 profile × ${POSTINGS} postings: ${stats(forPerson)}; ${(found / 200).toFixed(1)} matches shown on average`);
for (let i = 0; i < 3; i++) rankSeekers(postings[i], seekers, taxonomy, 20);
const forPosting: number[] = [];
for (let i = 0; i < 50; i++) forPosting.push(time(() => rankSeekers(postings[i], seekers, taxonomy, 20))[1]);
console.log(`rankSeekers: 1 posting × ${PROFILES} profiles: ${stats(forPosting)}`);

// 2. Through the database
if (!process.argv.includes('--no-db')) {
  const { connect } = await import('../src/db/connection.ts');
  const { migrate } = await import('../src/db/migrate.ts');
  const { loadBuiltInVocabulary } = await import('../src/server/skills/vocabulary.ts');
  const { matchTaxonomyFor } = await import('../src/server/matching/taxonomy.ts');
  const { postingsForClient, seekersForPosting } = await import('../src/server/matching/matches.ts');
  const { loadActor } = await import('../src/server/access/actor.ts');
  const handle = await connect({});
  const { db } = handle;
  await migrate(handle);
  await loadBuiltInVocabulary(db);
  const dbTaxonomy = await matchTaxonomyFor(db);
  const dbJobs = jobsOf(dbTaxonomy, dbTaxonomy.index.ids.filter((_, c) => dbTaxonomy.index.conceptKind[c] === 0));
  const setupStart = performance.now();
  const org = async (kind: string, name: string) => (await db.insertInto('organisation').values({ kind, name }).returning('id').executeTakeFirstOrThrow()).id;
  const provider = await org('provider', 'Bench provider');
  const employer = await org('employer', 'Bench employer');
  const unit = (await db.insertInto('unit').values({ organisationId: provider, name: 'Bench unit', unitType: 'workshop', municipalityCode: '837' }).returning('id').executeTakeFirstOrThrow()).id;
  const user = async (role: string, organisationId: string | null) =>
    (await db.insertInto('appUser').values({ email: `${role}@bench`, displayName: role, role, organisationId, passwordHash: 'x' }).returning('id').executeTakeFirstOrThrow()).id;
  const employerUser = await user('employer', employer);
  const clientUser = await user('client', null);
  const chunks = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 2000) await insert(rows.slice(i, i + 2000));
  };
  const postingRows = Array.from({ length: POSTINGS }, (_, i) => ({ ...makePosting(i, dbJobs), id: crypto.randomUUID() }));
  await chunks(postingRows, (rows) =>
    db.insertInto('jobPosting').values(rows.map((p) => ({ id: p.id, employerId: employer, employerName: 'Bench employer', title: `Posting ${p.id}`, mainOccupationId: p.mainOccupation, municipalityCode: p.municipalityCode, workingTime: p.workingTime }))).execute(),
  );
  await chunks(
    postingRows.flatMap((p) => [...p.occupations.filter((o) => o !== p.mainOccupation).map((o) => ({ postingId: p.id, occupationId: o, skillId: null })), ...p.skills.map((s) => ({ postingId: p.id, occupationId: null, skillId: s }))]),
    (rows) => db.insertInto('jobPostingConcept').values(rows).onConflict((oc) => oc.doNothing()).execute(),
  );
  await sql`insert into client (home_unit_id, first_name, last_name, personal_id, birth_year, municipality_code, referrer)
            select ${unit}, 'Bench', 'Person ' || i, 'bench-' || i, 1980, '837', 'self' from generate_series(1, ${PROFILES}) i`.execute(db);
  const clientIds = (await db.selectFrom('client').select('id').orderBy('lastName').execute()).map((c) => c.id);
  await db.updateTable('client').set({ userId: clientUser }).where('id', '=', clientIds[0]).execute();
  const profiles = clientIds.map((id, i) => ({ ...makeSeeker(i, dbJobs), id }));
  await chunks(profiles, (rows) =>
    db.insertInto('jobSeekerProfile').values(rows.map((p) => ({ clientId: p.id, municipalityCodes: p.municipalityCodes, workingTimes: p.workingTimes, visibility: 'public' }))).execute(),
  );
  await chunks(
    profiles.flatMap((p) => [
      ...p.occupations.map((o) => ({ clientId: p.id, occupationId: o, skillId: null, aspiration: false })),
      ...(p.aspirationOccupations ?? []).map((o) => ({ clientId: p.id, occupationId: o, skillId: null, aspiration: true })),
      ...p.skills.map((s) => ({ clientId: p.id, occupationId: null, skillId: s, aspiration: false })),
    ]),
    (rows) => db.insertInto('jobSeekerConcept').values(rows).onConflict((oc) => oc.doNothing()).execute(),
  );
  console.log(`Database (PGlite, built-in vocabulary): ${POSTINGS} postings and ${PROFILES} public profiles made in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`);
  const clientActor = (await loadActor(db, clientUser))!;
  const employerActor = (await loadActor(db, employerUser))!;
  const apiPerson: number[] = [];
  for (let i = 0; i < 12; i++) {
    const start = performance.now();
    await postingsForClient(db, clientActor, clientIds[0], 'fi', 20);
    if (i >= 2) apiPerson.push(performance.now() - start);
  }
  console.log(`GET /api/clients/:id/matches/postings (service function), ${POSTINGS} open postings: ${stats(apiPerson)}`);
  const apiPosting: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    await seekersForPosting(db, employerActor, postingRows[i].id, 'fi', 20);
    if (i >= 2) apiPosting.push(performance.now() - start);
  }
  console.log(`GET /api/postings/:id/matches (service function, employer), ${PROFILES} public profiles: ${stats(apiPosting)}`);
  await handle.close();
}
