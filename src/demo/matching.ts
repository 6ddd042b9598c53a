// Demo data of matching: job seeker profiles for part of the demo clients (with a mix of visibility
// choices) and open postings of the demo employers. Runs inside the demo transaction after the
// pathway rows exist; needs the built-in vocabulary (the CLI loads it first) and adds nothing when
// it is missing. Deterministic for a seed and a date, like the rest of the demo.
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { addDays } from '../domain/calendar/dates.ts';
import { DEMO_EMAILS } from './build.ts';
import { Random } from './random.ts';

/** Occupations of the demo world's jobs and people, by Finnish label, with a posting title each. */
const JOBS: ReadonlyArray<{ label: string; title: string; employer: RegExp }> = [
  { label: 'kiinteistönhoitaja', title: 'Kiinteistönhoitaja', employer: /Kiinteistöhuolto/ },
  { label: 'siivooja', title: 'Siivooja toimistokohteisiin', employer: /Siivous|Kiinteistöhuolto/ },
  { label: 'kassamyyjä', title: 'Kassamyyjä', employer: /Lähikauppa/ },
  { label: 'varastotyöntekijä', title: 'Varastotyöntekijä', employer: /Logistiikka/ },
  { label: 'trukinkuljettaja', title: 'Trukinkuljettaja', employer: /Logistiikka/ },
  { label: 'kokki', title: 'Kokki lounasravintolaan', employer: /Ravintola/ },
  { label: 'keittiöapulainen', title: 'Keittiöapulainen', employer: /Ravintola/ },
  { label: 'muurari', title: 'Muurari', employer: /Rakennus/ },
  { label: 'automekaanikko', title: 'Autonasentaja', employer: /Autohuolto/ },
  { label: 'pakettiautonkuljettaja', title: 'Jakelukuljettaja', employer: /Logistiikka|Lähikauppa/ },
];

const WISHES = ['Päivätyö, ei yövuoroja.', 'Haluaisin työskennellä pienessä työyhteisössä.', 'Osa-aikatyö aluksi.', 'Työmatka bussilla alle tunti.', null, null];

export interface MatchingDemoSummary {
  profiles: number;
  postings: number;
}

type Tx = Transaction<DB>;

async function chunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1000) await insert(rows.slice(i, i + 1000));
}

export async function generateMatchingDemo(trx: Tx, options: { seed: number; today: string }): Promise<MatchingDemoSummary> {
  const occupations = await trx
    .selectFrom('occupation')
    .innerJoin('occupationLabel', 'occupationLabel.occupationId', 'occupation.id')
    .select(['occupation.id', 'occupationLabel.label'])
    .where('occupation.scheme', '=', 'polku')
    .where('occupationLabel.kind', '=', 'preferred')
    .where('occupationLabel.language', '=', 'fi')
    .where('occupationLabel.label', 'in', JOBS.map((j) => j.label))
    .execute();
  if (occupations.length === 0) return { profiles: 0, postings: 0 };
  const byLabel = new Map(occupations.map((o) => [o.label, o.id]));
  const jobs = JOBS.filter((j) => byLabel.has(j.label)).map((j) => ({ ...j, id: byLabel.get(j.label)! }));
  // In the order of the skills' URIs: ids differ from one database to another, URIs do not.
  const relations = await trx
    .selectFrom('occupationSkill')
    .innerJoin('skill', 'skill.id', 'occupationSkill.skillId')
    .select(['occupationSkill.occupationId', 'occupationSkill.skillId', 'occupationSkill.relation'])
    .where('occupationSkill.occupationId', 'in', jobs.map((j) => j.id))
    .orderBy('skill.uri')
    .execute();
  const skillsOf = (id: string, relation: string) => relations.filter((r) => r.occupationId === id && r.relation === relation).map((r) => r.skillId);

  const rng = new Random(options.seed, 'matching');
  // Instants from the reference date, so that the same seed and date give the same rows.
  const at = `${options.today}T08:00:00Z`;
  // Postings: each demo employer posts the jobs that fit it.
  const employers = await trx.selectFrom('organisation').select(['id', 'name']).where('kind', '=', 'employer').orderBy('name').execute();
  const employerUser = new Map(
    (await trx.selectFrom('appUser').select(['id', 'organisationId']).where('role', '=', 'employer').orderBy('email').execute()).map((u) => [u.organisationId, u.id]),
  );
  const postings: Array<Record<string, unknown>> = [];
  const postingConcepts: Array<{ postingId: string; occupationId: string | null; skillId: string | null }> = [];
  for (const employer of employers) {
    for (const job of jobs.filter((j) => j.employer.test(employer.name))) {
      const id = rng.uuid();
      const essential = skillsOf(job.id, 'essential');
      postings.push({
        id,
        employerId: employer.id,
        employerName: employer.name,
        title: job.title,
        description: `${employer.name} hakee: ${job.title.toLowerCase()}. Perehdytämme työhön; ${rng.pick(['kokemus alalta on eduksi', 'alan koulutus on eduksi', 'tärkeintä on halu oppia'])}.`,
        mainOccupationId: job.id,
        municipalityCode: rng.weighted([['837', 0.8], ['536', 0.1], ['211', 0.1]]),
        workingTime: rng.chance(0.7) ? 'full_time' : 'part_time',
        employmentType: rng.weighted([['permanent', 0.5], ['fixed_term', 0.35], ['apprenticeship', 0.15]]),
        openPositions: rng.int(1, 3),
        expiresOn: addDays(options.today, rng.int(14, 60)),
        createdBy: employerUser.get(employer.id) ?? null,
        createdAt: at,
        updatedAt: at,
      });
      for (const skillId of rng.sample(essential, Math.min(essential.length, rng.int(3, 5)))) postingConcepts.push({ postingId: id, occupationId: null, skillId });
    }
  }

  // Profiles: about a third of the clients, never the demo client (whose story starts with one).
  const demoClient = await trx
    .selectFrom('client')
    .innerJoin('appUser', 'appUser.id', 'client.userId')
    .select('client.id')
    .where('appUser.email', '=', DEMO_EMAILS.client)
    .executeTakeFirst();
  const clients = await trx.selectFrom('client').select(['id', 'municipalityCode', 'languages']).orderBy('id').execute();
  const profiles: Array<Record<string, unknown>> = [];
  const concepts: Array<{ clientId: string; occupationId: string | null; skillId: string | null; aspiration: boolean }> = [];
  const chosenEmployers: Array<{ clientId: string; employerId: string }> = [];
  for (const client of clients) {
    if (client.id === demoClient?.id || !rng.chance(0.35)) continue;
    const job = rng.pick(jobs);
    const visibility = rng.weighted([['hidden', 0.55], ['employers', 0.25], ['public', 0.2]]);
    profiles.push({
      clientId: client.id,
      workHistory: JSON.stringify(rng.chance(0.7) ? [{ title: job.title, employer: null, startYear: rng.int(2005, 2018), endYear: rng.int(2019, 2024) }] : []),
      education: JSON.stringify(rng.chance(0.5) ? [{ title: 'Perusopetus', institution: null, year: rng.int(1990, 2015) }] : []),
      languages: JSON.stringify(client.languages.map((language, i) => ({ language, level: i === 0 ? 'native' : 'good' }))),
      municipalityCodes: rng.chance(0.7) ? [client.municipalityCode] : [],
      workingTimes: rng.chance(0.6) ? [rng.pick(['full_time', 'part_time'])] : [],
      deliveryModes: rng.chance(0.5) ? [rng.pick(['onsite', 'remote', 'hybrid'])] : [],
      wishes: rng.pick(WISHES),
      visibility,
      visibilityChangedAt: visibility === 'hidden' ? null : at,
      createdAt: at,
      updatedAt: at,
    });
    concepts.push({ clientId: client.id, occupationId: job.id, skillId: null, aspiration: false });
    const essential = skillsOf(job.id, 'essential');
    for (const skillId of rng.sample(essential, rng.int(1, Math.max(1, essential.length)))) concepts.push({ clientId: client.id, occupationId: null, skillId, aspiration: false });
    if (rng.chance(0.3)) {
      const other = rng.pick(jobs.filter((j) => j.id !== job.id));
      concepts.push({ clientId: client.id, occupationId: other.id, skillId: null, aspiration: true });
    }
    if (visibility === 'employers') {
      for (const e of rng.sample(employers, rng.int(1, 2))) chosenEmployers.push({ clientId: client.id, employerId: e.id });
    }
  }

  await chunked(postings, (rows) => trx.insertInto('jobPosting').values(rows as never).execute());
  await chunked(postingConcepts, (rows) => trx.insertInto('jobPostingConcept').values(rows).execute());
  await chunked(profiles, (rows) => trx.insertInto('jobSeekerProfile').values(rows as never).execute());
  await chunked(concepts, (rows) => trx.insertInto('jobSeekerConcept').values(rows).execute());
  await chunked(chosenEmployers, (rows) => trx.insertInto('jobSeekerEmployer').values(rows).execute());
  return { profiles: profiles.length, postings: postings.length };
}
