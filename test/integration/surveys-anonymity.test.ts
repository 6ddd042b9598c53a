// Proof that an anonymous response cannot be tied to a person: every table of the database is read
// before and after answering (through a one-time link and through an open link, with a saved draft)
// and compared row by row. The only lasting change is one survey_response row, which holds the
// round, the answers, the Monday of the week and the source, and nothing that names the link, the
// token, the draft, an account or the time of day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { addDays, isoWeekday, todayIso } from '../../src/domain/calendar/dates.ts';
import { api, createWorld, signIn, type Session, type World } from '../support/world.ts';

let world: World;
let manager: Session;
const anyone = () => api(world, null);
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

type Snapshot = Map<string, Set<string>>;

/** Every row of every table in the schema, as JSON text. */
async function snapshot(): Promise<Snapshot> {
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(world.handle.db);
  const out: Snapshot = new Map();
  for (const { name } of tables.rows) {
    const rows = await sql<{ row: unknown }>`select to_jsonb(t) as row from ${sql.table(name)} t`.execute(world.handle.db);
    out.set(name, new Set(rows.rows.map((r) => JSON.stringify(r.row))));
  }
  return out;
}

function diff(before: Snapshot, after: Snapshot) {
  const added: Array<{ table: string; row: Record<string, unknown> }> = [];
  const removed: Array<{ table: string; row: Record<string, unknown> }> = [];
  for (const [table, rows] of after) for (const r of rows) if (!before.get(table)?.has(r)) added.push({ table, row: JSON.parse(r) });
  for (const [table, rows] of before) for (const r of rows) if (!after.get(table)?.has(r)) removed.push({ table, row: JSON.parse(r) });
  return { added, removed };
}

const everything = (snap: Snapshot) => [...snap.values()].flatMap((rows) => [...rows]).join('\n');

let roundId = '';
let openToken = '';
let oneTime: string[] = [];
const today = todayIso();

beforeAll(async () => {
  world = await createWorld();
  manager = await signIn(world, 'managerA');
  const as = api(world, manager);
  const survey = await as('POST', '/api/surveys', { templateKey: 'remote_feedback' });
  const round = await as('POST', `/api/surveys/${survey.body.id}/rounds`, { label: '2026', opensOn: addDays(today, -3), closesOn: addDays(today, 30) });
  roundId = round.body.id;
  openToken = round.body.openLink.token;
  oneTime = (await as('POST', `/api/survey-rounds/${roundId}/links`, { count: 3 })).body.links.map((l: { token: string }) => l.token);
});
afterAll(async () => world?.close());

const answers = { recommend: 9, continue_remote: 'yes', remote_form: 'hybrid', keep: 'Etäpäivät kotoa' };

function expectOnlyTheResponse(added: Array<{ table: string; row: Record<string, unknown> }>) {
  expect(added.map((a) => a.table)).toEqual(['survey_response']);
  const row = added[0].row;
  expect(Object.keys(row).sort()).toEqual(['answers', 'client_id', 'consent_given', 'id', 'link_id', 'period_id', 'received_week', 'round_id', 'source']);
  expect(row).toMatchObject({ round_id: roundId, source: 'web', client_id: null, period_id: null, link_id: null, consent_given: null, answers });
  // A date without a time of day, and a Monday: the week, not the moment.
  expect(row.received_week).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(isoWeekday(row.received_week as string)).toBe(1);
  return row;
}

describe('an anonymous response cannot be tied to a person', () => {
  it('the response table has no column for a person, a link, a token or a moment', async () => {
    const columns = await sql<{ name: string; type: string }>`
      select column_name as name, data_type as type from information_schema.columns
      where table_schema = current_schema() and table_name = 'survey_response'`.execute(world.handle.db);
    expect(columns.rows.map((c) => c.name).sort()).toEqual(['answers', 'client_id', 'consent_given', 'id', 'link_id', 'period_id', 'received_week', 'round_id', 'source']);
    for (const c of columns.rows) expect(c.type, c.name).not.toMatch(/timestamp|time/);
    // The identifying columns exist only for identified surveys and must be null otherwise (checked in SQL).
    const nonNull = await sql<{ n: number }>`select count(*)::int as n from survey_response where client_id is not null and consent_given is not true`.execute(world.handle.db);
    expect(nonNull.rows[0].n).toBe(0);
  });

  it('answering through a one-time link: the link row is gone and nothing relates the response to it', async () => {
    const token = oneTime[0];
    const linkBefore = await world.handle.db.selectFrom('surveyLink').selectAll().where('tokenHash', '=', sha(token)).executeTakeFirstOrThrow();
    await anyone()('POST', `/api/answer/${token}/draft`, { answers: { recommend: 9 } });
    const before = await snapshot();
    expect(everything(before)).toContain(sha(`draft:${token}`)); // the draft exists while answering
    const res = await anyone()('POST', `/api/answer/${token}/submit`, { answers });
    expect(res.status).toBe(201);
    const after = await snapshot();
    const { added, removed } = diff(before, after);
    const response = expectOnlyTheResponse(added);
    // Removed: the link and the draft; nothing else changed anywhere (no session, no log, no key).
    expect(removed.map((r) => r.table).sort()).toEqual(['survey_draft', 'survey_link']);
    expect(removed.find((r) => r.table === 'survey_link')!.row.id).toBe(linkBefore.id);
    const text = everything(after);
    for (const secret of [token, sha(token), sha(`draft:${token}`), linkBefore.id]) expect(text).not.toContain(secret);
    // The links left are the unused ones; none of them, nor any other row, names the response.
    expect(text.split(String(response.id)).length - 1).toBe(1);
    const left = await world.handle.db.selectFrom('surveyLink').select('tokenHash').where('roundId', '=', roundId).execute();
    expect(left.map((l) => l.tokenHash).sort()).toEqual([sha(oneTime[1]), sha(oneTime[2])].sort());
  });

  it('answering through the open link with a saved draft: the draft is deleted and the resume key is nowhere', async () => {
    const resumeKey = 'r'.repeat(40);
    await anyone()('POST', `/api/answer/${openToken}/draft`, { resumeKey, answers: { recommend: 3 } });
    const before = await snapshot();
    const res = await anyone()('POST', `/api/answer/${openToken}/submit`, { resumeKey, answers });
    expect(res.status).toBe(201);
    const after = await snapshot();
    const { added, removed } = diff(before, after);
    expectOnlyTheResponse(added);
    expect(removed.map((r) => r.table)).toEqual(['survey_draft']);
    const text = everything(after);
    for (const secret of [resumeKey, sha(`draft:${resumeKey}`), openToken]) expect(text).not.toContain(secret);
  });

  it('a signed-in person answering leaves no trace of their account: the page sends no session', async () => {
    // The answering page calls the API with credentials: 'omit'; here that is a request without the cookie.
    const before = await snapshot();
    const res = await anyone()('POST', `/api/answer/${oneTime[1]}/submit`, { answers });
    expect(res.status).toBe(201);
    const { added } = diff(before, await snapshot());
    const row = expectOnlyTheResponse(added);
    expect(JSON.stringify(row)).not.toContain(manager.userId);
  });

  it('two responses of the same week cannot be told apart by anything but their answers', async () => {
    const rows = await world.handle.db.selectFrom('surveyResponse').select(['receivedWeek', 'source', 'roundId', 'clientId', 'linkId']).where('roundId', '=', roundId).execute();
    expect(rows.length).toBe(3);
    expect(new Set(rows.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('exports carry no ids or dates, only the round and the answers', async () => {
    const res = await world.app.inject({ method: 'GET', url: `/api/surveys/${(await world.handle.db.selectFrom('surveyRound').select('surveyId').where('id', '=', roundId).executeTakeFirstOrThrow()).surveyId}/responses.csv`, headers: { cookie: manager.cookie } });
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('round;recommend;continue_remote;remote_form;keep;other');
    for (const line of lines.slice(1)) {
      expect(line).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(line).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });
});
