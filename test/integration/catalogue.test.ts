// The service catalogue through the HTTP API: providers' unit managers publish services, anyone
// searches them without signing in (in Finnish, Swedish or English), a changed description keeps
// its history, a coach refers a client from a service's page, and nobody else changes a service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { makePersonalId } from '../../src/domain/identity/personal-id.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const s: Record<string, Session> = {};
const r: Record<string, string> = {};
const as = (who: string) => api(world, s[who]);
const anyone = () => api(world, null);

const REMOTE = {
  content: { fi: 'Päivittäiset tehtävät ja ryhmäkeskustelut verkossa' },
  methods: { fi: 'Yksilö- ja ryhmävalmennus' },
  toolsAndPlatforms: { fi: 'Teams ja puhelin; laite lainaksi tarvittaessa' },
  dailyGuidance: { fi: 'Valmentaja soittaa jokaiselle joka aamu' },
  documentationAndDiary: { fi: 'Asiakas kirjaa päiväkirjaan, valmentaja kommentoi' },
  ethicalPrinciples: { fi: 'Vapaaehtoisuus, yksityisyys ja tasavertaisuus' },
  timetable: { fi: 'Ma–to 9–13' },
  caseExample: { fi: 'Asiakas siirtyi etäjakson jälkeen työkokeiluun' },
};

const workshop = {
  kind: 'rehabilitative_work_1a',
  deliveryMode: 'onsite',
  municipalityCodes: ['837', '536'],
  languages: ['fi', 'sv'],
  targetFactors: ['long_term_unemployed'],
  priceCents: 4500,
  priceUnit: 'day',
  capacity: 20,
  texts: {
    name: { fi: 'Puutyöpaja Hervanta', sv: 'Träverkstad Hervanta', en: 'Woodwork workshop Hervanta' },
    targetGroup: { fi: 'Pitkään työttömänä olleet aikuiset' },
    area: { fi: 'Tampere ja Nokia' },
    schedule: { fi: 'Ma–pe 8–14' },
    description: { fi: 'Kuntouttavaa työtoimintaa puutyöpajassa: huonekalujen korjausta.', sv: 'Arbetsverksamhet i en träverkstad: möbelrenovering.', en: 'Rehabilitative work in a woodwork shop.' },
  },
};

beforeAll(async () => {
  world = await createWorld();
  for (const who of ['managerA', 'managerB', 'coachA1', 'coachB1', 'purchaser', 'purchaserHki', 'clientX', 'clientY', 'employer', 'admin']) s[who] = await signIn(world, who);
  await sql`update organisation set sector = 'third_sector' where id = ${world.ids.providerA}`.execute(world.handle.db);
  await sql`update organisation set sector = 'private' where id = ${world.ids.providerB}`.execute(world.handle.db);
});
afterAll(async () => world?.close());

describe('publishing', () => {
  it('a provider’s unit manager adds a service, unpublished at first', async () => {
    const res = await as('managerA')('POST', '/api/catalogue/services', workshop);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ provider: { id: world.ids.providerA, sector: 'third_sector' }, published: false, version: 1, name: 'Puutyöpaja Hervanta', canManage: true });
    r.workshop = res.body.id;
    expect((await anyone()('GET', `/api/catalogue/services/${r.workshop}`)).status).toBe(404);
    expect((await as('managerB')('GET', `/api/catalogue/services/${r.workshop}`)).status).toBe(404);
    expect((await as('managerA')('GET', `/api/catalogue/services/${r.workshop}`)).status).toBe(200);
    expect((await as('managerA')('GET', '/api/catalogue/own-services')).body.map((x: any) => x.id)).toEqual([r.workshop]);
  });

  it('publishes it: then anyone reads it without signing in', async () => {
    const res = await as('managerA')('POST', `/api/catalogue/services/${r.workshop}/publish`);
    expect(res.status).toBe(200);
    expect(res.body.published).toBe(true);
    const open = await anyone()('GET', `/api/catalogue/services/${r.workshop}`, undefined, { 'accept-language': 'sv' });
    expect(open.status).toBe(200);
    expect(open.body).toMatchObject({ name: 'Träverkstad Hervanta', priceCents: 4500, priceUnit: 'day', canManage: false, history: [] });
    expect(open.body.texts.targetGroup).toEqual({ fi: 'Pitkään työttömänä olleet aikuiset' });
  });

  it('a remote or hybrid service needs its remote description before it is published', async () => {
    const created = await as('managerB')('POST', '/api/catalogue/services', {
      ...workshop,
      kind: 'social_rehabilitation_1c',
      deliveryMode: 'hybrid',
      municipalityCodes: ['837'],
      languages: ['fi', 'en'],
      texts: { name: { fi: 'Etävalmennus Verkko', en: 'Remote coaching Verkko' }, description: { fi: 'Sosiaalista kuntoutusta etänä ja paikan päällä.', en: 'Social rehabilitation remotely and on site.' }, remote: { content: REMOTE.content } },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    r.remote = created.body.id;
    const refused = await as('managerB')('POST', `/api/catalogue/services/${r.remote}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body.messageKey).toBe('errors.remoteDescriptionMissing');
    expect(refused.body.errors.map((e: any) => e.path)).toEqual(Object.keys(REMOTE).filter((k) => k !== 'content').map((k) => `texts.remote.${k}`));
    const completed = await as('managerB')('PATCH', `/api/catalogue/services/${r.remote}`, { texts: { ...created.body.texts, remote: REMOTE } });
    expect(completed.status).toBe(200);
    expect((await as('managerB')('POST', `/api/catalogue/services/${r.remote}/publish`)).status).toBe(200);
    const dropped = await as('managerB')('PATCH', `/api/catalogue/services/${r.remote}`, { texts: { ...created.body.texts, remote: { content: REMOTE.content } } });
    expect(dropped.status).toBe(422);
  });

  it('refuses a price without its unit, and a service from someone who is not a provider’s manager', async () => {
    const res = await as('managerA')('POST', '/api/catalogue/services', { ...workshop, priceUnit: undefined });
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({ path: 'priceUnit', messageKey: 'errors.required' });
    for (const who of ['coachA1', 'purchaser', 'clientX', 'employer']) expect((await as(who)('POST', '/api/catalogue/services', workshop)).status).toBe(403);
    expect((await anyone()('POST', '/api/catalogue/services', workshop)).status).toBe(401);
  });

  it('takes the price units of the code list, which GET /api/codes lists for the labels', async () => {
    const codes = await anyone()('GET', '/api/codes');
    expect(codes.body.priceUnits).toEqual(['day', 'month', 'hour', 'period']);
    const res = await as('managerA')('POST', '/api/catalogue/services', { ...workshop, priceUnit: 'week' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('priceUnit');
  });
});

describe('search', () => {
  beforeAll(async () => {
    const draft = await as('managerB')('POST', '/api/catalogue/services', { ...workshop, texts: { ...workshop.texts, name: { fi: 'Luonnos puutyöpaja' } } });
    r.unpublished = draft.body.id;
  });
  const search = async (query: string, lang?: string) => {
    const res = await anyone()('GET', `/api/catalogue/services?${query}`, undefined, lang ? { 'accept-language': lang } : {});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items.map((x: any) => x.id).sort();
  };

  it('finds published services by free text in the requested language', async () => {
    expect(await search('q=puutyöpaja')).toEqual([r.workshop]);
    expect(await search('q=PAJA')).toEqual([r.workshop]);
    expect(await search('q=träverkstad&lang=sv')).toEqual([r.workshop]);
    expect(await search('q=träverkstad&lang=fi')).toEqual([]);
    expect(await search('q=woodwork', 'en')).toEqual([r.workshop]);
    // Finnish stems: an inflected word finds the base form.
    expect(await search('q=puutyöpajassa')).toEqual([r.workshop]);
    // A Swedish search reads the Finnish text where there is no Swedish one.
    expect(await search('q=pitkään&lang=sv')).toEqual([r.workshop]);
    // Every word must match; the provider's name counts too.
    expect(await search('q=etänä kuntoutusta')).toEqual([r.remote]);
    expect(await search('q=puutyöpaja etänä')).toEqual([]);
    expect(await search('q=palvelu b')).toEqual([r.remote]);
    expect(await search('q=%25')).toEqual([]);
  });

  it('filters by kind, municipality, delivery mode, language and provider sector', async () => {
    expect(await search('kind=rehabilitative_work_1a')).toEqual([r.workshop]);
    expect(await search('municipality=536')).toEqual([r.workshop]);
    expect(await search('municipality=837')).toEqual([r.workshop, r.remote].sort());
    expect(await search('deliveryMode=hybrid')).toEqual([r.remote]);
    expect(await search('language=en')).toEqual([r.remote]);
    expect(await search('sector=third_sector')).toEqual([r.workshop]);
    expect(await search('sector=public')).toEqual([]);
    expect(await search(`providerId=${world.ids.providerB}`)).toEqual([r.remote]);
    const page = await anyone()('GET', '/api/catalogue/services?limit=1');
    expect(page.body.total).toBe(2);
    expect(page.body.items).toHaveLength(1);
  });
});

describe('history', () => {
  it('keeps every earlier version of a changed description', async () => {
    const changed = await as('managerA')('PATCH', `/api/catalogue/services/${r.workshop}`, {
      texts: { ...workshop.texts, description: { fi: 'Uusi kuvaus: myös verhoilua.' } },
      capacity: 25,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.version).toBe(2);
    const same = await as('managerA')('PATCH', `/api/catalogue/services/${r.workshop}`, { capacity: 25 });
    expect(same.body.version).toBe(2);
    const read = await anyone()('GET', `/api/catalogue/services/${r.workshop}`);
    expect(read.body.texts.description).toEqual({ fi: 'Uusi kuvaus: myös verhoilua.' });
    expect(read.body.history).toHaveLength(1);
    expect(read.body.history[0]).toMatchObject({ version: 1, content: { capacity: 20, texts: { description: workshop.texts.description } } });
    expect(await (async () => (await anyone()('GET', '/api/catalogue/services?q=verhoilua')).body.items.length)()).toBe(1);
    expect((await anyone()('GET', '/api/catalogue/services?q=möbelrenovering&lang=sv')).body.items).toEqual([]);
    await expect(sql`update catalogue_service_version set content = '{}' where service_id = ${r.workshop}`.execute(world.handle.db)).rejects.toThrow(/append-only/);
  });
});

describe('nobody else changes a service', () => {
  async function fingerprint() {
    const { rows } = await sql<{ t: string }>`
      select string_agg(x::text, '|' order by x.id) as t from (select id, version, published, texts, capacity from catalogue_service) x`.execute(world.handle.db);
    return rows[0].t;
  }

  it.each(['managerB', 'purchaser', 'purchaserHki', 'coachA1', 'clientX', 'employer'])('%s gets 404 on another provider’s service', async (who) => {
    const before = await fingerprint();
    const call = as(who);
    for (const [method, url, body] of [
      ['PATCH', `/api/catalogue/services/${r.workshop}`, { capacity: 1 }],
      ['POST', `/api/catalogue/services/${r.workshop}/unpublish`],
      ['POST', `/api/catalogue/services/${r.workshop}/publish`],
    ] as const) {
      expect((await call(method, url, body)).status, `${who} ${method} ${url}`).toBe(404);
    }
    if (who !== 'managerB') {
      expect((await call('GET', `/api/catalogue/services/${r.unpublished}`)).status).toBe(404);
      expect((await call('POST', `/api/catalogue/services/${r.unpublished}/publish`)).status).toBe(404);
    }
    expect(await fingerprint()).toBe(before);
  });

  it('an admin manages any service', async () => {
    expect((await as('admin')('POST', `/api/catalogue/services/${r.unpublished}/publish`)).status).toBe(200);
    expect((await as('admin')('POST', `/api/catalogue/services/${r.unpublished}/unpublish`)).status).toBe(200);
  });
});

describe('referring a client from a service’s page', () => {
  beforeAll(async () => {
    const client = await as('coachA1')('POST', '/api/clients', {
      firstName: 'Riikka', lastName: 'Ohjattava', personalId: makePersonalId('1993-03-03', 303), municipalityCode: '837', referrer: 'kela', homeUnitId: world.ids.unitA1,
    });
    r.client = client.body.id;
  });
  const refer = (who: string, serviceId = r.workshop) =>
    as(who)('POST', `/api/catalogue/services/${serviceId}/referrals`, { clientId: r.client, referredOn: '2025-03-03', followUpOn: '2025-04-03' });

  it('the client’s coach refers; the referral names the service and is logged', async () => {
    const res = await refer('coachA1');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ service: 'Puutyöpaja Hervanta', organisationName: 'Työpaja A ry', catalogueServiceId: r.workshop, followUpOn: '2025-04-03' });
    const listed = await as('coachA1')('GET', `/api/clients/${r.client}/referrals`);
    expect(listed.body.map((x: any) => x.id)).toContain(res.body.id);
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from access_log where client_id = ${r.client} and resource = 'referral' and action = 'create' and actor_user_id = ${s.coachA1.userId}`.execute(world.handle.db);
    expect(rows[0].n).toBe(1);
  });

  it.each(['coachB1', 'managerB', 'purchaserHki', 'clientY', 'employer'])('%s cannot refer a client outside its scope (404)', async (who) => {
    const before = await sql<{ n: number }>`select count(*)::int as n from referral`.execute(world.handle.db);
    expect((await refer(who)).status).toBe(404);
    const after = await sql<{ n: number }>`select count(*)::int as n from referral`.execute(world.handle.db);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('refuses an unpublished service and wrong dates', async () => {
    expect((await refer('coachA1', r.unpublished)).status).toBe(404);
    const order = await as('coachA1')('POST', `/api/catalogue/services/${r.workshop}/referrals`, { clientId: r.client, referredOn: '2025-03-03', followUpOn: '2025-03-02' });
    expect(order.body.errors[0]).toMatchObject({ path: 'followUpOn', messageKey: 'errors.dateOrder' });
  });
});
