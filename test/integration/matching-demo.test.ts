// Demo data of matching (src/demo/matching.ts): profiles for part of the demo clients with every
// visibility choice, open postings of the demo employers, the same for the same seed and date, and
// matches for the demo coach's clients through the API.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo, DEMO_EMAILS, type DemoSummary } from '../../src/demo/generate.ts';
import type { Database } from '../../src/db/connection.ts';
import { loadBuiltInVocabulary } from '../../src/server/skills/vocabulary.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const OPTIONS = { clients: 60, seed: 7, password: 'demo-salasana-1', today: '2026-03-16' };
const SLOW = 240_000;
const handles: TestDatabase[] = [];
let db: Database;
let summary: DemoSummary;

async function world(): Promise<{ db: Database; summary: DemoSummary }> {
  const handle = await createTestDatabase();
  handles.push(handle);
  await loadBuiltInVocabulary(handle.db);
  return { db: handle.db, summary: await generateDemo(handle.db, OPTIONS) };
}

/** A digest of the rows, with taxonomy references as URIs (the vocabulary's ids differ per database). */
const DIGESTS: Record<string, string> = {
  job_posting: `select p.id, p.employer_id, p.title, p.description, o.uri, p.municipality_code, p.working_time, p.employment_type,
      p.open_positions, p.expires_on, p.created_at from job_posting p left join occupation o on o.id = p.main_occupation_id`,
  job_posting_concept: `select c.posting_id, coalesce(o.uri, s.uri) as uri from job_posting_concept c
      left join occupation o on o.id = c.occupation_id left join skill s on s.id = c.skill_id`,
  job_seeker_profile: `select * from job_seeker_profile`,
  job_seeker_concept: `select c.client_id, coalesce(o.uri, s.uri) as uri, c.aspiration from job_seeker_concept c
      left join occupation o on o.id = c.occupation_id left join skill s on s.id = c.skill_id`,
};
const digest = async (target: Database, table: string) =>
  (await sql<{ digest: string }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from (${sql.raw(DIGESTS[table])}) t`.execute(target)).rows[0].digest;

beforeAll(async () => {
  ({ db, summary } = await world());
}, SLOW);
afterAll(async () => {
  for (const h of handles) await h.dispose();
});

describe('matching demo data', () => {
  it('gives part of the clients a profile with each visibility, never the demo client', async () => {
    expect(summary.jobSeekerProfiles).toBeGreaterThan(5);
    expect(summary.jobSeekerProfiles).toBeLessThan(summary.clients);
    const rows = (await sql<{ visibility: string; n: number }>`select visibility, count(*)::int as n from job_seeker_profile group by visibility`.execute(db)).rows;
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(summary.jobSeekerProfiles);
    expect(new Set(rows.map((r) => r.visibility))).toEqual(new Set(['hidden', 'employers', 'public']));
    const chosenWithoutEmployers = (await sql<{ n: number }>`select count(*)::int as n from job_seeker_profile p where visibility = 'employers'
      and not exists (select 1 from job_seeker_employer e where e.client_id = p.client_id)`.execute(db)).rows[0].n;
    expect(chosenWithoutEmployers).toBe(0);
    const demoClient = (await sql<{ n: number }>`select count(*)::int as n from job_seeker_profile p join client c on c.id = p.client_id
      join app_user u on u.id = c.user_id where u.email = ${DEMO_EMAILS.client}`.execute(db)).rows[0].n;
    expect(demoClient).toBe(0);
  });

  it('gives the demo employers open postings with occupations and skills', async () => {
    expect(summary.jobPostings).toBeGreaterThanOrEqual(8);
    const rows = (await sql<{ open: number; withSkills: number; employers: number }>`select count(*) filter (where status = 'open' and expires_on >= ${OPTIONS.today}::date)::int as open,
      count(*) filter (where exists (select 1 from job_posting_concept c where c.posting_id = p.id and c.skill_id is not null))::int as "withSkills",
      count(distinct employer_id)::int as employers from job_posting p`.execute(db)).rows[0];
    expect(rows.open).toBe(summary.jobPostings);
    expect(rows.withSkills).toBe(summary.jobPostings);
    expect(rows.employers).toBeGreaterThanOrEqual(6);
  });

  it('is the same for the same seed and date', async () => {
    const again = await world();
    for (const table of Object.keys(DIGESTS)) expect(await digest(again.db, table), table).toBe(await digest(db, table));
  }, SLOW);

  it('adds no matching data when the vocabulary is missing, and the rest of the demo still loads', async () => {
    const handle = await createTestDatabase();
    handles.push(handle);
    const bare = await generateDemo(handle.db, { ...OPTIONS, clients: 30 });
    expect(bare).toMatchObject({ clients: 30, jobSeekerProfiles: 0, jobPostings: 0 });
  }, SLOW);
});
