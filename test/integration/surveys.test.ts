// Surveys through the HTTP API: who may build, run and read them; rounds with a closing date; open
// and one-time links (a one-time link answers once); answering saved as one goes and resumed;
// identified feedback needs consent; results and exports; import with row-level problems.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/calendar/dates.ts';
import { readXlsx, writeXlsx } from '../../src/domain/tabular/xlsx.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
const s: Record<string, Session> = {};
const as = (who: string) => api(world, s[who]);
const anyone = () => api(world, null);
const today = todayIso();

const definition = {
  questions: [
    { code: 'role', type: 'single', required: true, text: { fi: 'Roolisi', en: 'Your role' }, options: [{ value: 'coach', text: { fi: 'Valmentaja', sv: 'Coach' } }, { value: 'manager', text: { fi: 'Esihenkilö', sv: 'Chef' } }] },
    { code: 'A1', type: 'likert', required: true, points: 5, text: { fi: 'Työ on mielekästä' } },
    { code: 'A2', type: 'likert', required: true, points: 5, text: { fi: 'Saan tukea' } },
    { code: 'A3', type: 'likert', required: false, points: 5, text: { fi: 'Kiire haittaa' } },
    { code: 'why', type: 'text', required: true, text: { fi: 'Miksi kiire haittaa?' }, showIf: { code: 'A3', op: 'atLeast', value: 4 } },
    { code: 'rec', type: 'nps', required: false, text: { fi: 'Suosittelisitko?' } },
  ],
  scales: [{ code: 'wellbeing', name: { fi: 'Hyvinvointi' }, items: ['A1', 'A2', '-A3'] }],
};

beforeAll(async () => {
  world = await createWorld();
  for (const who of ['managerA', 'managerB', 'coachA1', 'purchaser', 'researcher', 'admin', 'clientX', 'employer']) s[who] = await signIn(world, who);
});
afterAll(async () => world?.close());

const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

describe('building surveys', () => {
  it('a unit manager creates a survey; its organisation’s purchasers do not see it, other providers neither', async () => {
    const res = await as('managerA')('POST', '/api/surveys', { title: { fi: 'Henkilöstökysely' }, mode: 'anonymous', definition });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ mode: 'anonymous', canManage: true, rounds: [] });
    ids.survey = res.body.id;
    expect((await as('managerB')('GET', `/api/surveys/${ids.survey}`)).status).toBe(404);
    expect((await as('purchaser')('GET', `/api/surveys/${ids.survey}`)).status).toBe(404);
    expect((await as('researcher')('GET', `/api/surveys/${ids.survey}`)).status).toBe(404);
    expect((await as('admin')('GET', `/api/surveys/${ids.survey}`)).status).toBe(200);
    const list = await as('managerA')('GET', '/api/surveys');
    expect(list.body.map((x: { id: string }) => x.id)).toContain(ids.survey);
    expect((await as('managerB')('GET', '/api/surveys')).body.map((x: { id: string }) => x.id)).not.toContain(ids.survey);
  });

  it('coaches, clients and employers do not build surveys; signed-out callers get 401', async () => {
    for (const who of ['coachA1', 'clientX', 'employer']) {
      expect((await as(who)('POST', '/api/surveys', { templateKey: 'expert' })).status, who).toBe(403);
      expect((await as(who)('GET', '/api/surveys')).status, who).toBe(403);
    }
    expect((await anyone()('GET', '/api/surveys')).status).toBe(401);
  });

  it('refuses a definition that breaks a rule, naming the field', async () => {
    const bad = { ...definition, questions: [...definition.questions, { code: 'A1', type: 'number', required: false, text: { fi: 'Kaksoiskoodi' } }] };
    const res = await as('managerA')('POST', '/api/surveys', { title: { fi: 'X' }, definition: bad });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'definition.questions.6.code', messageKey: 'errors.surveyDuplicateCode' })]));
    const forward = { questions: [{ code: 'q1', type: 'text', required: false, text: { fi: 'a' }, showIf: { code: 'q2', op: 'answered' } }, { code: 'q2', type: 'text', required: false, text: { fi: 'b' } }], scales: [] };
    const res2 = await as('managerA')('POST', '/api/surveys', { title: { fi: 'X' }, definition: forward });
    expect(res2.body.errors[0]).toMatchObject({ path: 'definition.questions.0.showIf.code', messageKey: 'errors.surveyConditionTarget' });
  });

  it('every template creates a valid survey in Finnish, Swedish and English', async () => {
    const templates = await as('researcher')('GET', '/api/surveys/templates');
    expect(templates.body.map((t: { key: string }) => t.key)).toEqual(['barometer', 'expert', 'remote_feedback', 'housing_coaching']);
    for (const t of templates.body) {
      const res = await as('researcher')('POST', '/api/surveys', { templateKey: t.key });
      expect(res.status, t.key).toBe(201);
      expect(res.body.title.sv && res.body.title.en, t.key).toBeTruthy();
      ids[`template_${t.key}`] = res.body.id;
    }
    const expert = await as('researcher')('GET', `/api/surveys/${ids.template_expert}`);
    const matrix = expert.body.definition.questions.find((q: { type: string }) => q.type === 'matrix');
    expect(matrix.statements).toHaveLength(26);
    expect(expert.body.definition.scales.map((x: { items: string[] }) => x.items.length)).toEqual([12, 5, 6, 3]);
  });
});

describe('rounds and links', () => {
  it('opens a round with an open link shown once, and refuses a closing date before the opening', async () => {
    const bad = await as('managerA')('POST', `/api/surveys/${ids.survey}/rounds`, { label: '2026', opensOn: today, closesOn: addDays(today, -1) });
    expect(bad.status).toBe(400);
    const res = await as('managerA')('POST', `/api/surveys/${ids.survey}/rounds`, { label: '2026', opensOn: addDays(today, -10), closesOn: addDays(today, 20) });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids.round = res.body.id;
    tokens.open = res.body.openLink.token;
    expect(res.body.openLink.path).toBe(`/answer/${tokens.open}`);
    const survey = await as('managerA')('GET', `/api/surveys/${ids.survey}`);
    expect(JSON.stringify(survey.body)).not.toContain(tokens.open);
    expect(survey.body.rounds[0]).toMatchObject({ label: '2026', status: 'open', hasOpenLink: true, responses: 0 });
    expect((await as('managerB')('POST', `/api/surveys/${ids.survey}/rounds`, { label: 'x', opensOn: today, closesOn: today })).status).toBe(404);
  });

  it('makes one-time links; only their hashes are stored', async () => {
    const res = await as('managerA')('POST', `/api/survey-rounds/${ids.round}/links`, { count: 3 });
    expect(res.status).toBe(201);
    expect(res.body.links).toHaveLength(3);
    [tokens.once1, tokens.once2, tokens.once3] = res.body.links.map((l: { token: string }) => l.token);
    const stored = await world.handle.db.selectFrom('surveyLink').selectAll().where('roundId', '=', ids.round).execute();
    expect(stored).toHaveLength(3);
    for (const row of stored) {
      expect(Object.values(row).join(' ')).not.toContain(tokens.once1);
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.clientId).toBeNull();
    }
  });

  it('a QR code of the link is an SVG', async () => {
    const res = await world.app.inject({ method: 'POST', url: '/api/surveys/qr', payload: { text: `https://polku.example/answer/${tokens.open}` }, headers: { cookie: s.managerA.cookie, 'x-csrf-token': s.managerA.csrf } });
    expect(res.statusCode).toBe(200);
    expect(res.json().svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

const good = { role: 'coach', A1: 4, A2: 5, A3: 2, rec: 9 };

describe('answering', () => {
  it('anyone with the link reads the survey without signing in; an unknown token is a 404', async () => {
    const res = await anyone()('GET', `/api/answer/${tokens.open}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ round: '2026', mode: 'anonymous', oneTime: false, consentRequired: false });
    expect(res.body.definition.questions).toHaveLength(6);
    expect((await anyone()('GET', `/api/answer/${'x'.repeat(32)}`)).status).toBe(404);
  });

  it('saves answers as one goes and resumes them with the browser’s key', async () => {
    const resumeKey = 'k'.repeat(32);
    const saved = await anyone()('POST', `/api/answer/${tokens.open}/draft`, { resumeKey, answers: { A1: 3 } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await anyone()('POST', `/api/answer/${tokens.open}/resume`, { resumeKey })).body).toEqual({ answers: { A1: 3 } });
    expect((await anyone()('POST', `/api/answer/${tokens.open}/resume`, { resumeKey: 'z'.repeat(32) })).body).toEqual({ answers: {} });
    // A bad value is refused even in a draft, and nothing is lost: the earlier draft stays.
    const bad = await anyone()('POST', `/api/answer/${tokens.open}/draft`, { resumeKey, answers: { A1: 9 } });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0]).toMatchObject({ path: 'answers.A1', messageKey: 'errors.invalidChoice' });
    expect((await anyone()('POST', `/api/answer/${tokens.open}/resume`, { resumeKey })).body).toEqual({ answers: { A1: 3 } });
    const sent = await anyone()('POST', `/api/answer/${tokens.open}/submit`, { resumeKey, answers: good });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(await world.handle.db.selectFrom('surveyDraft').selectAll().execute()).toEqual([]);
  });

  it('checks required questions and conditions: a shown required question must be answered, a hidden one is dropped', async () => {
    const missing = await anyone()('POST', `/api/answer/${tokens.open}/submit`, { answers: { role: 'coach', A1: 4, A2: 4, A3: 5 } });
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ path: 'answers.why', messageKey: 'errors.required' })]);
    const hidden = await anyone()('POST', `/api/answer/${tokens.open}/submit`, { answers: { role: 'manager', A1: 2, A2: 3, A3: 1, why: 'ei näy' } });
    expect(hidden.status).toBe(201);
    const rows = await world.handle.db.selectFrom('surveyResponse').select('answers').where('roundId', '=', ids.round).execute();
    expect(rows.map((r) => r.answers)).toContainEqual({ role: 'manager', A1: 2, A2: 3, A3: 1 });
  });

  it('a one-time link answers once, resumes on any device, and two quick submits make one response', async () => {
    await anyone()('POST', `/api/answer/${tokens.once1}/draft`, { answers: { role: 'coach' } });
    expect((await anyone()('POST', `/api/answer/${tokens.once1}/resume`, {})).body).toEqual({ answers: { role: 'coach' } });
    const [a, b] = await Promise.all([
      anyone()('POST', `/api/answer/${tokens.once1}/submit`, { answers: good }),
      anyone()('POST', `/api/answer/${tokens.once1}/submit`, { answers: good }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 404]);
    expect((await anyone()('POST', `/api/answer/${tokens.once1}/submit`, { answers: good })).status).toBe(404);
    expect((await anyone()('GET', `/api/answer/${tokens.once1}`)).status).toBe(404);
    const survey = await as('managerA')('GET', `/api/surveys/${ids.survey}`);
    expect(survey.body.rounds[0]).toMatchObject({ responses: 3, unusedLinks: 2 });
  });

  it('a closed round takes no answers (410), and reopens when its closing date moves', async () => {
    const closed = await as('managerA')('PATCH', `/api/survey-rounds/${ids.round}`, { closesOn: addDays(today, -1) });
    expect(closed.status).toBe(200);
    expect((await anyone()('GET', `/api/answer/${tokens.open}`)).status).toBe(410);
    expect((await anyone()('POST', `/api/answer/${tokens.once2}/submit`, { answers: good })).status).toBe(410);
    expect((await anyone()('POST', `/api/answer/${tokens.open}/submit`, { answers: good })).body.messageKey).toBe('errors.surveyClosed');
    await as('managerA')('PATCH', `/api/survey-rounds/${ids.round}`, { closesOn: addDays(today, 20) });
    expect((await anyone()('GET', `/api/answer/${tokens.open}`)).status).toBe(200);
  });

  it('a signed-in staff member answering sends no session; nothing of theirs is stored', async () => {
    // Even with a session cookie (and without a CSRF token) the answer goes through as anyone's.
    const res = await world.app.inject({ method: 'POST', url: `/api/answer/${tokens.once2}/submit`, payload: { answers: good }, headers: { cookie: s.managerA.cookie } });
    expect(res.statusCode).toBe(403); // a session without the CSRF token is refused before anything is stored
    const ok = await anyone()('POST', `/api/answer/${tokens.once2}/submit`, { answers: good });
    expect(ok.status).toBe(201);
  });
});

describe('identified feedback', () => {
  it('a link for a client’s service period: consent is required and recorded; the link answers once', async () => {
    const created = await as('managerA')('POST', '/api/surveys', { templateKey: 'remote_feedback', mode: 'identified' });
    ids.feedback = created.body.id;
    const round = await as('managerA')('POST', `/api/surveys/${ids.feedback}/rounds`, { label: 'kevät', opensOn: today, closesOn: addDays(today, 30), openLink: false });
    expect(round.body.openLink).toBeNull();
    ids.feedbackRound = round.body.id;
    const { db } = world.handle;
    const client = await db
      .insertInto('client')
      .values({ firstName: 'Testi', lastName: 'Asiakas', personalId: '010190-123A', birthYear: 1990, municipalityCode: '837', referrer: 'te_office', homeUnitId: world.ids.unitA1 })
      .returning('id')
      .executeTakeFirstOrThrow();
    const period = await db
      .insertInto('servicePeriod')
      .values({ clientId: client.id, unitId: world.ids.unitA1, serviceKind: 'rehabilitative_work_1a', startDate: addDays(today, -30), deliveryMode: 'remote', daysPerWeek: 3, hoursPerDay: 4 } as never)
      .returning('id')
      .executeTakeFirstOrThrow();
    // Anonymous counts are refused for identified surveys; a manager of another provider cannot reach the client.
    expect((await as('managerA')('POST', `/api/survey-rounds/${ids.feedbackRound}/links`, { count: 2 })).status).toBe(422);
    expect((await as('managerB')('POST', `/api/survey-rounds/${ids.feedbackRound}/links`, { recipients: [{ periodId: period.id }] })).status).toBe(404);
    const links = await as('managerA')('POST', `/api/survey-rounds/${ids.feedbackRound}/links`, { recipients: [{ periodId: period.id }] });
    expect(links.status, JSON.stringify(links.body)).toBe(201);
    const token = links.body.links[0].token;
    const info = await anyone()('GET', `/api/answer/${token}`);
    expect(info.body).toMatchObject({ mode: 'identified', consentRequired: true });
    const noConsent = await anyone()('POST', `/api/answer/${token}/submit`, { answers: { recommend: 8, continue_remote: 'yes' } });
    expect(noConsent.body.errors[0]).toMatchObject({ path: 'consent', messageKey: 'errors.surveyConsentRequired' });
    expect((await anyone()('POST', `/api/answer/${token}/submit`, { answers: { recommend: 8, continue_remote: 'yes' }, consent: true })).status).toBe(201);
    expect((await anyone()('POST', `/api/answer/${token}/submit`, { answers: { recommend: 8, continue_remote: 'yes' }, consent: true })).status).toBe(404);
    const stored = await db.selectFrom('surveyResponse').selectAll().where('roundId', '=', ids.feedbackRound).execute();
    expect(stored).toEqual([expect.objectContaining({ clientId: client.id, periodId: period.id, consentGiven: true })]);
    const log = await db.selectFrom('accessLog').selectAll().where('clientId', '=', client.id).where('resource', '=', 'period').execute();
    expect(log.length).toBeGreaterThan(0);
  });
});

describe('results and exports', () => {
  it('hides results below five responses, then shows frequencies, means, reliability and NPS', async () => {
    const early = await as('managerA')('GET', `/api/surveys/${ids.survey}/results`);
    expect(early.body.report).toMatchObject({ n: 4, tooFew: true, items: [] });
    const answers = [
      { role: 'coach', A1: 5, A2: 4, A3: 1, rec: 10 },
      { role: 'coach', A1: 4, A2: 4, A3: 2, rec: 7 },
      { role: 'manager', A1: 3, A2: 2, A3: 4, why: 'Liikaa asiakkaita', rec: 3 },
      { role: 'coach', A1: 2, A2: 3, A3: 5, why: 'Paperityöt', rec: 6 },
      { role: 'coach', A1: 5, A2: 5, A3: 1, rec: 9 },
    ];
    for (const a of answers) expect((await anyone()('POST', `/api/answer/${tokens.open}/submit`, { answers: a })).status).toBe(201);
    const res = await as('managerA')('GET', `/api/surveys/${ids.survey}/results?groupBy=role`);
    expect(res.status).toBe(200);
    const report = res.body.report;
    expect(report.n).toBe(9);
    expect(report.tooFew).toBe(false);
    const role = report.items.find((i: { code: string }) => i.code === 'role');
    expect(role.frequencies.rows).toEqual([expect.objectContaining({ value: 'coach', count: 7 }), expect.objectContaining({ value: 'manager', count: 2 })]);
    const a1 = report.items.find((i: { code: string }) => i.code === 'A1');
    // manager group has 2 respondents: hidden
    expect(a1.byGroup.groups.find((g: { group: string }) => g.group === 'manager')).toEqual({ group: 'manager', suppressed: true });
    expect(report.scales[0].result.n).toBe(9); // every response has A1–A3
    expect(report.scales[0].result.rawAlpha).toBeGreaterThan(0.5);
    expect(report.nps[0].result.n).toBe(8);
    const why = report.items.find((i: { code: string }) => i.code === 'why');
    expect(why.texts).toEqual(['Liikaa asiakkaita', 'Paperityöt']);
  });

  it('researchers read results only of surveys shared with them, and cannot change those', async () => {
    expect((await as('researcher')('GET', `/api/surveys/${ids.survey}/results`)).status).toBe(404);
    await as('managerA')('PUT', `/api/surveys/${ids.survey}`, { sharedWithResearchers: true });
    expect((await as('researcher')('GET', `/api/surveys/${ids.survey}/results`)).status).toBe(200);
    expect((await as('researcher')('PUT', `/api/surveys/${ids.survey}`, { title: { fi: 'x' } })).status).toBe(403);
    expect((await as('researcher')('POST', `/api/surveys/${ids.survey}/rounds`, { label: 'x', opensOn: today, closesOn: today })).status).toBe(403);
  });

  it('exports anonymised responses as CSV and XLSX with a codebook, and a PDF report', async () => {
    const inject = (url: string) => world.app.inject({ method: 'GET', url, headers: { cookie: s.managerA.cookie } });
    const csv = await inject(`/api/surveys/${ids.survey}/responses.csv`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('round;role;A1;A2;A3;why;rec');
    expect(lines).toHaveLength(10);
    const xlsx = await inject(`/api/surveys/${ids.survey}/responses.xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheet = readXlsx(xlsx.rawPayload);
    expect(sheet[0]).toEqual(['round', 'role', 'A1', 'A2', 'A3', 'why', 'rec']);
    expect(sheet).toHaveLength(10);
    const book = await inject(`/api/surveys/${ids.survey}/codebook.csv`);
    expect(book.body).toContain('A3;Kiire haittaa;likert;"1; 2; 3; 4; 5";wellbeing (reversed)');
    const pdf = await inject(`/api/surveys/${ids.survey}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.toString('latin1')).toContain(' re f');
  });
});

describe('import', () => {
  const upload = (rows: Array<Array<string | number>>, kind: 'csv' | 'xlsx') =>
    kind === 'csv' ? Buffer.from(rows.map((r) => r.join(';')).join('\n'), 'utf8').toString('base64') : writeXlsx([{ name: 'Sheet1', rows }]).toString('base64');

  it('previews a Webropol-like CSV with suggested mapping and row-level problems; nothing is imported while rows are wrong', async () => {
    const rows = [
      ['Vastaaja', 'Roolisi', 'A1', 'A2', 'A3', 'rec'],
      ['1', 'Valmentaja', '4', '4', '2', '8'],
      ['2', 'Esihenkilö', '7', '3', '1', '10'],
      ['3', 'Siivooja', '3', '3', '3', '5'],
      ['4', 'coach', '5', '5', '5', ''],
    ];
    const content = upload(rows, 'csv');
    const preview = await as('managerA')('POST', `/api/surveys/${ids.survey}/import/preview`, { roundId: ids.round, fileName: 'webropol.csv', content });
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    expect(preview.body.mapping).toEqual({ Roolisi: 'role', A1: 'A1', A2: 'A2', A3: 'A3', rec: 'rec' });
    expect(preview.body).toMatchObject({ totalRows: 4, validRows: 1 });
    expect(preview.body.issues).toEqual([
      { row: 3, column: 'A1', messageKey: 'errors.invalidChoice' },
      { row: 4, column: 'Roolisi', messageKey: 'errors.invalidChoice', value: 'Siivooja' },
      { row: 5, column: 'why', messageKey: 'errors.required' },
    ]);
    const before = await world.handle.db.selectFrom('surveyResponse').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const refused = await as('managerA')('POST', `/api/surveys/${ids.survey}/import`, { roundId: ids.round, fileName: 'webropol.csv', content });
    expect(refused.status).toBe(422);
    expect(refused.body.messageKey).toBe('errors.importHasErrors');
    const after = await world.handle.db.selectFrom('surveyResponse').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    const partial = await as('managerA')('POST', `/api/surveys/${ids.survey}/import`, { roundId: ids.round, fileName: 'webropol.csv', content, skipInvalid: true });
    expect(partial.status).toBe(201);
    expect(partial.body).toMatchObject({ imported: 1, skipped: 3 });
  });

  it('imports an XLSX with an explicit mapping and choices given by their Swedish labels', async () => {
    const rows = [
      ['Q_role', 'Q1', 'Q2', 'Q3'],
      ['coach', 4, 4, 1],
      ['manager', 2, 2, 2],
      ['Chef', 3, 4, 2],
    ];
    const mapping = { Q_role: 'role', Q1: 'A1', Q2: 'A2', Q3: 'A3' };
    const res = await as('managerA')('POST', `/api/surveys/${ids.survey}/import`, { roundId: ids.round, fileName: 'lime.xlsx', content: upload(rows, 'xlsx'), mapping });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 3, skipped: 0 });
    const imported = await world.handle.db.selectFrom('surveyResponse').select(['answers', 'source']).where('source', '=', 'import').execute();
    expect(imported.map((r) => r.answers)).toContainEqual({ role: 'manager', A1: 2, A2: 2, A3: 2 });
    expect(imported.map((r) => r.answers)).toContainEqual({ role: 'manager', A1: 3, A2: 4, A3: 2 });
  });

  it('an unreadable file is a clear error; others cannot import', async () => {
    const res = await as('managerA')('POST', `/api/surveys/${ids.survey}/import/preview`, { roundId: ids.round, fileName: 'x.xlsx', content: Buffer.from('not a zip').toString('base64') });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].messageKey).toBe('errors.importUnreadable');
    expect((await as('managerB')('POST', `/api/surveys/${ids.survey}/import/preview`, { roundId: ids.round, fileName: 'x.csv', content: 'YQ==' })).status).toBe(404);
  });
});
