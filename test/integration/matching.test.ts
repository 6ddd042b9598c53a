// Job seeker profiles, postings, the JobPostingV2 import and matching through the HTTP API: who may
// read and change a profile (every role), that only the client sets its visibility, that employers
// see only the profiles that allow them and every read is logged, and matches with their reasons.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { addDays, todayIso } from '../../src/domain/calendar/dates.ts';
import { raw } from '../../src/server/skills/bulk.ts';
import { loadBuiltInVocabulary } from '../../src/server/skills/vocabulary.ts';
import { importJobPostingsFile } from '../../src/server/matching/import.ts';
import { api, createWorld, signIn, type World } from '../support/world.ts';

let world: World;
const ids: Record<string, string> = {};
const as = {} as Record<string, ReturnType<typeof api>>;
const today = todayIso();

async function conceptId(kind: 'occupation' | 'skill', uriKey: string) {
  const [row] = await raw<{ id: string }>(world.handle.db, `select id from ${kind} where uri = $1`, [`urn:polku:${kind}:${uriKey}`]);
  if (!row) throw new Error(`no ${kind} ${uriKey}`);
  return row.id;
}

const accessRows = async (clientId: string) =>
  raw<{ actorRole: string; action: string; resource: string; ground: string }>(
    world.handle.db,
    `select actor_role, action, resource, ground from access_log where client_id = $1 and resource = 'job_seeker_profile' order by id`,
    [clientId],
  );

beforeAll(async () => {
  world = await createWorld();
  await loadBuiltInVocabulary(world.handle.db);
  for (const key of ['coachA1', 'coachA2', 'coachB1', 'managerA', 'managerB', 'purchaser', 'employer', 'researcher', 'admin', 'clientX', 'clientY']) {
    as[key] = api(world, await signIn(world, key));
  }
  // A second employer organisation with its own user.
  const { db } = world.handle;
  ids.otherEmployer = (await db.insertInto('organisation').values({ kind: 'employer', name: 'Toinen Työnantaja Oy', businessId: '2345678-2' }).returning('id').executeTakeFirstOrThrow()).id;
  const hash = (await db.selectFrom('appUser').select('passwordHash').where('id', '=', world.ids.employer).executeTakeFirstOrThrow()).passwordHash;
  await db.insertInto('appUser').values({ email: 'employer2@test.polku.fi', displayName: 'Test employer2', role: 'employer', organisationId: ids.otherEmployer, passwordHash: hash }).execute();
  as.employer2 = api(world, await signIn(world, 'employer2'));

  const client = await as.coachA1('POST', '/api/clients', {
    firstName: 'Matti', lastName: 'Muurari', personalId: makePersonalId('1985-03-04', 211), municipalityCode: '837', languages: ['fi'],
    referrer: 'kela', homeUnitId: world.ids.unitA1, backgroundFactors: [{ factor: 'long_term_unemployed', unemploymentMonths: 14 }],
  });
  ids.client = client.body.id;
  await db.updateTable('client').set({ userId: world.ids.clientX }).where('id', '=', ids.client).execute();
  const other = await as.coachB1('POST', '/api/clients', {
    firstName: 'Sanna', lastName: 'Siivooja', personalId: makePersonalId('1990-05-06', 322), municipalityCode: '837', languages: ['fi'],
    referrer: 'self', homeUnitId: world.ids.unitB1, backgroundFactors: [],
  });
  ids.clientB = other.body.id;
  await db.updateTable('client').set({ userId: world.ids.clientY }).where('id', '=', ids.clientB).execute();

  ids.muurari = await conceptId('occupation', 'muurari');
  ids.siivooja = await conceptId('occupation', 'siivooja');
  ids.muuraus = await conceptId('skill', 'muuraus');
  ids.laasti = await conceptId('skill', 'laastin-tasoittaminen');
  ids.siivous = (await raw<{ id: string }>(db, `select s.id from skill s join skill_label l on l.skill_id = s.id where l.label = 'ylläpitosiivous' limit 1`))[0]?.id;
});
afterAll(async () => world?.close());

const content = () => ({
  occupations: [{ id: ids.muurari }],
  skills: [{ id: ids.muuraus }, { id: ids.laasti, aspiration: true }],
  workHistory: [{ title: 'Muurari', employer: 'Rakennus Oy', startYear: 2010, endYear: 2020 }],
  education: [{ title: 'Talonrakentajan perustutkinto', year: 2008 }],
  languages: [{ language: 'fi', level: 'native' }],
  municipalityCodes: ['837'],
  workingTimes: ['full_time'],
  deliveryModes: ['onsite'],
  wishes: 'Päivätyö',
});

describe('job seeker profile', () => {
  it('starts hidden and empty; the client saves the content and reads it back with labels', async () => {
    const empty = await as.clientX('GET', `/api/clients/${ids.client}/profile`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ exists: false, visibility: 'hidden', occupations: [], skills: [] });
    const saved = await as.clientX('PUT', `/api/clients/${ids.client}/profile`, content());
    expect(saved.status).toBe(200);
    expect(saved.body.occupations).toEqual([{ id: ids.muurari, label: 'muurari', scheme: 'polku', aspiration: false }]);
    expect(saved.body.skills.map((s: { label: string; aspiration: boolean }) => [s.label, s.aspiration])).toEqual([
      ['muuraus', false],
      ['laastin tasoittaminen', true],
    ]);
    expect(saved.body).toMatchObject({ exists: true, visibility: 'hidden', municipalityCodes: ['837'], workingTimes: ['full_time'], wishes: 'Päivätyö' });
  });

  it('refuses unknown concepts and a visibility field in the content', async () => {
    const unknown = await as.clientX('PUT', `/api/clients/${ids.client}/profile`, { ...content(), skills: [{ id: ids.muurari }] });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0]).toMatchObject({ path: 'skills.0.id', messageKey: 'errors.unknownSkill' });
    const sneaky = await as.coachA1('PUT', `/api/clients/${ids.client}/profile`, { ...content(), visibility: 'public' });
    expect(sneaky.status).toBe(400);
  });

  it('lets the coach in scope help with the content (logged), never the visibility', async () => {
    const edited = await as.coachA1('PUT', `/api/clients/${ids.client}/profile`, { ...content(), wishes: 'Päivätyö, ei öitä' });
    expect(edited.status).toBe(200);
    expect(edited.body.wishes).toBe('Päivätyö, ei öitä');
    const log = await accessRows(ids.client);
    expect(log).toContainEqual({ actorRole: 'coach', action: 'update', resource: 'job_seeker_profile', ground: 'care_relationship' });
    for (const who of ['coachA1', 'managerA', 'admin']) {
      const res = await as[who]('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'public' });
      expect(res.status, who).toBe(403);
      expect(res.body.messageKey).toBe('errors.onlyClientSetsVisibility');
    }
    for (const who of ['coachA2', 'coachB1', 'managerB', 'purchaser', 'employer', 'researcher', 'clientY']) {
      const res = await as[who]('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'public' });
      expect(res.status, who).toBe(404);
    }
    expect((await as.clientX('GET', `/api/clients/${ids.client}/profile`)).body.visibility).toBe('hidden');
  });

  it('is read and changed only by the client and staff in scope', async () => {
    const allowed = { clientX: 200, coachA1: 200, managerA: 200, admin: 200 };
    const refused = { coachA2: 404, coachB1: 404, managerB: 404, purchaser: 404, employer: 404, researcher: 404, clientY: 404 };
    for (const [who, status] of Object.entries({ ...allowed, ...refused })) {
      expect((await as[who]('GET', `/api/clients/${ids.client}/profile`)).status, who).toBe(status);
    }
    for (const who of Object.keys(refused)) {
      expect((await as[who]('PUT', `/api/clients/${ids.client}/profile`, { ...content(), wishes: 'Vieras' })).status, who).toBe(404);
    }
    expect((await as.clientX('GET', `/api/clients/${ids.client}/profile`)).body.wishes).toBe('Päivätyö, ei öitä');
  });

  it('shows the profile to chosen employers only, then to all when public; every employer read is logged', async () => {
    expect((await as.employer('GET', `/api/job-seekers/${ids.client}`)).status).toBe(404);
    const noEmployers = await as.clientX('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'employers', employerIds: [] });
    expect(noEmployers.status).toBe(422);
    expect(noEmployers.body.errors[0].messageKey).toBe('errors.chooseEmployers');
    const notEmployer = await as.clientX('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'employers', employerIds: [world.ids.providerA] });
    expect(notEmployer.status).toBe(422);
    const chosen = await as.clientX('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'employers', employerIds: [world.ids.employerOrg] });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toMatchObject({ visibility: 'employers', employers: [{ id: world.ids.employerOrg, name: 'Kiinteistöhuolto Oy' }] });

    const seen = await as.employer('GET', `/api/job-seekers/${ids.client}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ clientId: ids.client, displayName: 'Matti M.', contactUnit: 'Yksikkö unitA1', municipalityCodes: ['837'] });
    // Only the profile: no identity code, contact details, pathway or service wishes.
    for (const key of ['personalId', 'personalIdMasked', 'lastName', 'phone', 'email', 'address', 'deliveryModes', 'visibility', 'employers', 'periods', 'goals']) {
      expect(seen.body, key).not.toHaveProperty(key);
    }
    expect((await as.employer2('GET', `/api/job-seekers/${ids.client}`)).status).toBe(404);
    expect(await accessRows(ids.client)).toContainEqual({ actorRole: 'employer', action: 'read', resource: 'job_seeker_profile', ground: 'job_seeker_consent' });

    await as.clientX('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'public' });
    expect((await as.employer2('GET', `/api/job-seekers/${ids.client}`)).status).toBe(200);
    // Staff and clients have no employer view.
    expect((await as.coachA1('GET', `/api/job-seekers/${ids.client}`)).status).toBe(403);
    // The employers' pathway view stays closed.
    expect((await as.employer('GET', `/api/clients/${ids.client}`)).status).toBe(404);
    expect((await as.employer('GET', `/api/clients/${ids.client}/plan`)).status).toBe(404);

    await as.clientX('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'hidden' });
    expect((await as.employer2('GET', `/api/job-seekers/${ids.client}`)).status).toBe(404);
    expect((await as.clientX('GET', `/api/clients/${ids.client}/profile`)).body.employers).toEqual([]);
  });
});

describe('job postings', () => {
  it('are made, edited and closed by employers for their own organisation only', async () => {
    const body = {
      title: 'Muurari kerrostalotyömaalle',
      description: 'Tiilimuurausta ja laastitöitä.',
      mainOccupationId: ids.muurari,
      skillIds: [ids.muuraus, ids.laasti],
      municipalityCode: '837',
      workingTime: 'full_time',
      employmentType: 'fixed_term',
      openPositions: 2,
      expiresOn: addDays(today, 30),
    };
    for (const who of ['coachA1', 'managerA', 'clientX', 'purchaser', 'researcher']) {
      expect((await as[who]('POST', '/api/postings', body)).status, who).toBe(403);
    }
    const created = await as.employer('POST', '/api/postings', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      title: body.title,
      employer: { id: world.ids.employerOrg, name: 'Kiinteistöhuolto Oy' },
      mainOccupation: { id: ids.muurari, label: 'muurari' },
      skills: [{ id: ids.muuraus }, { id: ids.laasti }],
      status: 'open',
      source: { kind: 'polku', url: null },
      own: true,
    });
    ids.posting = created.body.id;
    const bad = await as.employer('POST', '/api/postings', { ...body, skillIds: [ids.muurari] });
    expect(bad.status).toBe(422);
    expect((await as.employer2('PATCH', `/api/postings/${ids.posting}`, { title: 'Vieras' })).status).toBe(404);
    const edited = await as.employer('PATCH', `/api/postings/${ids.posting}`, { openPositions: 3 });
    expect(edited.body).toMatchObject({ openPositions: 3, title: body.title });

    const second = await as.employer('POST', '/api/postings', { ...body, title: 'Suljettava ilmoitus' });
    const closed = await as.employer('POST', `/api/postings/${second.body.id}/close`, {});
    expect(closed.body.status).toBe('closed');
    const expired = await as.employer('POST', '/api/postings', { ...body, title: 'Vanhentunut', expiresOn: addDays(today, -1) });
    const open = await as.clientX('GET', '/api/postings');
    expect(open.body.map((p: { id: string }) => p.id)).toContain(ids.posting);
    expect(open.body.map((p: { id: string }) => p.id)).not.toContain(second.body.id);
    expect(open.body.map((p: { id: string }) => p.id)).not.toContain(expired.body.id);
    expect((await as.clientX('GET', `/api/postings/${second.body.id}`)).status).toBe(404);
    expect((await as.employer('GET', `/api/postings/${second.body.id}`)).status).toBe(200);
    const mine = await as.employer('GET', '/api/postings?mine=1');
    expect(mine.body.map((p: { title: string }) => p.title).sort()).toEqual(['Muurari kerrostalotyömaalle', 'Suljettava ilmoitus', 'Vanhentunut']);
    expect((await as.coachA1('GET', '/api/postings?mine=1')).status).toBe(403);
  });
});

describe('Job Market Finland import', () => {
  const FILE = path.resolve('test/fixtures/matching/jobpostings-v2.jsonl');

  it('imports the good rows, reports the bad ones with line numbers, and keeps the source citation', async () => {
    const summary = await importJobPostingsFile(world.handle.db, FILE);
    expect(summary).toMatchObject({ lines: 8, created: 6, updated: 0, unchanged: 0, malformed: null });
    expect(summary.problems.map((p) => p.line)).toEqual([7, 8]);
    const list = await as.clientX('GET', '/api/postings?q=muurari');
    const imported = list.body.find((p: { source: { id: string } }) => p.source.id === 'TMT-1002');
    expect(imported).toMatchObject({
      title: 'Muurari',
      employer: { id: null, name: 'Rakennus Kivi Oy' },
      mainOccupation: { id: ids.muurari },
      skills: [{ id: ids.muuraus }, { id: ids.laasti }],
      municipalityCode: '837',
      workingTime: 'full_time',
      employmentType: 'fixed_term',
      expiresOn: '2099-06-30',
      source: { kind: 'tyomarkkinatori', name: 'Työmarkkinatori (Job Market Finland)', url: 'https://tyomarkkinatori.fi/' },
    });
    const cleaner = (await as.clientX('GET', '/api/postings?q=siivooja')).body.find((p: { source: { id: string } }) => p.source.id === 'TMT-1001');
    expect(cleaner.source.url).toBe('https://tyomarkkinatori.fi/henkiloasiakkaat/avoimet-tyopaikat/TMT-1001');
    // An imported posting of an employer known to Polku (by business id) belongs to it.
    expect(cleaner.employer).toEqual({ id: ids.otherEmployer, name: 'Puhdas Koti Oy' });
    // The title read by the suggester gave an occupation where the file named none Polku knows.
    const caretaker = (await as.clientX('GET', '/api/postings?q=kiinteist')).body.find((p: { source: { id: string } }) => p.source.id === 'TMT-1003');
    expect(caretaker.mainOccupation.label).toBe('kiinteistönhoitaja');
    // Imported postings change only by re-import.
    expect((await as.employer2('PATCH', `/api/postings/${cleaner.id}`, { title: 'Muutettu' })).status).toBe(409);
  });

  it('re-imports idempotently: same ids, nothing changed, a changed row updated in place', async () => {
    const before = await raw<{ id: string; sourceId: string }>(world.handle.db, `select id, source_id from job_posting where source = 'tyomarkkinatori' order by source_id`);
    const again = await importJobPostingsFile(world.handle.db, FILE);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 6 });
    const after = await raw<{ id: string; sourceId: string }>(world.handle.db, `select id, source_id from job_posting where source = 'tyomarkkinatori' order by source_id`);
    expect(after).toEqual(before);
    const { importJobPostings } = await import('../../src/server/matching/import.ts');
    const changed = await importJobPostings(world.handle.db, '{"jobPostingId":"TMT-1003","title":"Kiinteistönhoitaja, kesätyö","municipalityCode":"091"}\n');
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const [row] = await raw<{ id: string; title: string }>(world.handle.db, `select id, title from job_posting where source_id = 'TMT-1003'`);
    expect(row).toEqual({ id: before.find((b) => b.sourceId === 'TMT-1003')!.id, title: 'Kiinteistönhoitaja, kesätyö' });
  });

  it('imports nothing from a malformed file', async () => {
    const summary = await importJobPostingsFile(world.handle.db, path.resolve('test/fixtures/matching/jobpostings-malformed.json'));
    expect(summary.malformed).toMatch(/JSON array/);
    expect(summary.created + summary.updated).toBe(0);
  });
});

describe('matching through the API', () => {
  it('gives the client ranked postings with reasons', async () => {
    const res = await as.clientX('GET', `/api/clients/${ids.client}/matches/postings`);
    expect(res.status).toBe(200);
    expect(res.body.hasProfile).toBe(true);
    // The employer's own bricklayer posting and the imported one (same skills, place and hours) tie.
    expect(res.body.matches.slice(0, 2).map((m: { posting: { id: string; source: { id: string | null } } }) => m.posting.source.id ?? m.posting.id).sort()).toEqual(
      [ids.posting, 'TMT-1002'].sort(),
    );
    const top = res.body.matches.find((m: { posting: { id: string } }) => m.posting.id === ids.posting);
    // main occupation 1, skills (1 + 0.5 aspired) / 2, same municipality, full time: 0.4 + 0.2625 + 0.15 + 0.1
    expect(top.score).toBe(0.913);
    expect(top.reasons).toMatchObject({
      occupation: { kind: 'main', seekerOccupation: { id: ids.muurari, label: 'muurari' } },
      matchedSkills: [{ id: ids.muuraus, label: 'muuraus' }],
      aspiredSkills: [{ id: ids.laasti, label: 'laastin tasoittaminen' }],
      missingSkills: [],
      location: 'match',
      workingTime: 'match',
    });
    expect((await as.coachA1('GET', `/api/clients/${ids.client}/matches/postings`)).status).toBe(200);
    for (const who of ['coachB1', 'employer', 'purchaser', 'clientY']) {
      expect((await as[who]('GET', `/api/clients/${ids.client}/matches/postings`)).status, who).toBe(404);
    }
  });

  it('shows the employer only job seekers who allow it, and logs each one shown', async () => {
    expect((await as.employer('GET', `/api/postings/${ids.posting}/matches`)).body).toEqual([]);
    await as.clientX('PUT', `/api/clients/${ids.client}/profile/visibility`, { visibility: 'employers', employerIds: [world.ids.employerOrg] });
    const before = (await accessRows(ids.client)).length;
    const res = await as.employer('GET', `/api/postings/${ids.posting}/matches`);
    expect(res.body).toHaveLength(1);
    expect(res.body[0]).toMatchObject({ profile: { clientId: ids.client, displayName: 'Matti M.' }, score: 0.913 });
    expect(res.body[0].profile).not.toHaveProperty('personalIdMasked');
    expect((await accessRows(ids.client)).length).toBe(before + 1);
    // Another employer cannot look at this posting's matches; a coach sees own clients.
    expect((await as.employer2('GET', `/api/postings/${ids.posting}/matches`)).status).toBe(404);
    const coach = await as.coachA1('GET', `/api/postings/${ids.posting}/matches`);
    expect(coach.body.map((m: { client: { id: string } }) => m.client.id)).toEqual([ids.client]);
    expect((await as.coachB1('GET', `/api/postings/${ids.posting}/matches`)).body).toEqual([]);
    expect((await as.clientX('GET', `/api/postings/${ids.posting}/matches`)).status).toBe(403);
  });

  it('matches the needs recorded with employers to the unit’s clients', async () => {
    const need = await as.coachA1('POST', `/api/employers/${world.ids.employerOrg}/needs`, { unitId: world.ids.unitA1, description: 'Tarvitaan muurari tiilimuuraukseen ja laastitöihin', positions: 1 });
    expect(need.status).toBe(201);
    const forNeed = await as.coachA1('GET', `/api/employer-needs/${need.body.id}/matches`);
    expect(forNeed.status).toBe(200);
    expect(forNeed.body.readAs.occupations.map((o: { label: string }) => o.label)).toContain('muurari');
    expect(forNeed.body.matches[0]).toMatchObject({ client: { id: ids.client, firstName: 'Matti' }, reasons: { occupation: { kind: 'main' } } });
    const forClient = await as.coachA1('GET', `/api/clients/${ids.client}/matches/needs`);
    expect(forClient.body.matches[0].need).toMatchObject({ id: need.body.id, employer: { name: 'Kiinteistöhuolto Oy' } });
    // Another unit's coach does not see this unit's need; a client has no view of needs.
    expect((await as.coachB1('GET', `/api/employer-needs/${need.body.id}/matches`)).status).toBe(404);
    expect((await as.clientX('GET', `/api/clients/${ids.client}/matches/needs`)).status).toBe(403);
  });

  it('suggests published catalogue services for the client’s situation, with reasons', async () => {
    const service = (kind: string, name: string, extra: Record<string, unknown> = {}) => ({
      kind,
      deliveryMode: 'onsite',
      municipalityCodes: ['837'],
      languages: ['fi'],
      targetFactors: ['long_term_unemployed'],
      texts: { name: { fi: name }, description: { fi: `${name}: kuvaus.` } },
      ...extra,
    });
    const coaching = await as.managerA('POST', '/api/catalogue/services', service('job_coaching', 'Työhönvalmennus Tampere'));
    await as.managerA('POST', `/api/catalogue/services/${coaching.body.id}/publish`, {});
    const elsewhere = await as.managerA('POST', '/api/catalogue/services', service('job_coaching', 'Työhönvalmennus Helsinki', { municipalityCodes: ['091'] }));
    await as.managerA('POST', `/api/catalogue/services/${elsewhere.body.id}/publish`, {});
    await as.managerA('POST', '/api/catalogue/services', service('job_coaching', 'Julkaisematon'));
    await as.coachA1('POST', `/api/clients/${ids.client}/goals`, { kind: 'employment', title: 'Töihin muurariksi', proposedBy: 'together' });
    const res = await as.clientX('GET', `/api/clients/${ids.client}/matches/services`);
    expect(res.status).toBe(200);
    expect(res.body.matches.map((m: { service: { name: string } }) => m.service.name)).toEqual(['Työhönvalmennus Tampere']);
    // goal 3 + target 2 + on site as wished 1 + Finnish 1 + in Tampere 1
    expect(res.body.matches[0].score).toBe(8);
    expect(res.body.matches[0].reasons).toEqual([
      { kind: 'goal', goalKind: 'employment' },
      { kind: 'target', factor: 'long_term_unemployed' },
      { kind: 'delivery', mode: 'onsite' },
      { kind: 'language', language: 'fi' },
      { kind: 'municipality', municipalityCode: '837' },
    ]);
    expect((await as.coachA1('GET', `/api/clients/${ids.client}/matches/services`)).status).toBe(200);
    for (const who of ['purchaser', 'employer', 'coachB1']) {
      expect((await as[who]('GET', `/api/clients/${ids.client}/matches/services`)).status, who).toBe(404);
    }
  });
});
