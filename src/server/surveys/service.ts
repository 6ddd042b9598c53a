// Surveys: definitions, rounds, links, results, exports and import. Who sees a survey: an admin
// all; unit managers and purchasers their organisation's; a researcher their own, and the results
// of surveys shared with researchers. What a role may do: maySurvey in the permission table.
// Answering (no sign-in) is in answer.ts.
import { createHash, randomBytes } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import { maySurvey, type SurveyAction } from '../../domain/access/permissions.ts';
import { todayIso } from '../../domain/calendar/dates.ts';
import { checkDefinition, type Answers, type SurveyDefinition, type Text } from '../../domain/surveys/definition.ts';
import { buildReport } from '../../domain/surveys/results.ts';
import { templateByKey, TEMPLATES } from '../../domain/surveys/templates/index.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeRecords } from '../access/scope.ts';
import { AppError, conflict, forbidden, notFound } from '../errors.ts';
import type { TSurveyCreate, TSurveyUpdate } from './schemas.ts';

type Db = Database | Transaction<DB>;

export const newToken = () => randomBytes(24).toString('base64url');
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
/** Where an answering link points; the web app adds the origin. */
export const answerPath = (token: string) => `/answer/${token}`;

export interface SurveyRow {
  id: string;
  organisationId: string | null;
  ownerUserId: string;
  templateKey: string | null;
  title: Text;
  description: Partial<Text>;
  mode: 'anonymous' | 'identified';
  definition: SurveyDefinition;
  sharedWithResearchers: boolean;
  createdAt: unknown;
  updatedAt: unknown;
}

/** May the actor run (build, distribute) this survey, or only read its results? */
function relation(actor: Actor, s: { organisationId: string | null; ownerUserId: string; sharedWithResearchers: boolean }): 'runs' | 'reads' | null {
  if (actor.role === 'admin') return 'runs';
  if ((actor.role === 'unit_manager' || actor.role === 'purchaser') && actor.organisationId && s.organisationId === actor.organisationId) return 'runs';
  if (actor.role === 'researcher') {
    if (s.ownerUserId === actor.userId) return 'runs';
    if (s.sharedWithResearchers) return 'reads';
  }
  return null;
}

/** Loads a survey the actor may use for `action`: 404 when they may not see it, 403 when they only may not do this. */
export async function loadSurvey(db: Db, actor: Actor, id: string, action: SurveyAction): Promise<SurveyRow & { relation: 'runs' | 'reads' }> {
  if (!maySurvey(actor.role, action)) throw forbidden(`${actor.role} may not ${action} surveys`);
  const row = (await db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst()) as SurveyRow | undefined;
  if (!row) throw notFound('survey');
  const rel = relation(actor, row);
  if (!rel) throw notFound('survey');
  if (rel === 'reads' && action !== 'results') throw forbidden('shared surveys are read-only');
  return { ...row, relation: rel };
}

function definitionIssues(def: SurveyDefinition) {
  const issues = checkDefinition(def);
  if (issues.length) {
    throw new AppError(
      422,
      'errors.validation',
      'survey definition breaks a rule',
      issues.map((i) => ({ path: `definition.${i.path}`, messageKey: i.messageKey, params: i.params })),
    );
  }
}

export function listTemplates() {
  return TEMPLATES.map((t) => ({ key: t.key, title: t.title, description: t.description, mode: t.mode, questions: t.questions.length, scales: t.scales.length }));
}

export async function listSurveys(db: Database, actor: Actor) {
  if (!maySurvey(actor.role, 'results')) throw forbidden('surveys are not for this role');
  let q = db
    .selectFrom('survey')
    .select([
      'survey.id',
      'survey.title',
      'survey.mode',
      'survey.templateKey',
      'survey.organisationId',
      'survey.ownerUserId',
      'survey.sharedWithResearchers',
      'survey.updatedAt',
      (eb) => eb.selectFrom('surveyRound').select((e) => e.fn.countAll<number>().as('n')).whereRef('surveyRound.surveyId', '=', 'survey.id').as('rounds'),
      (eb) =>
        eb
          .selectFrom('surveyResponse')
          .innerJoin('surveyRound', 'surveyRound.id', 'surveyResponse.roundId')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('surveyRound.surveyId', '=', 'survey.id')
          .as('responses'),
    ])
    .orderBy('survey.updatedAt', 'desc')
    .limit(500);
  if (actor.role === 'researcher') q = q.where((eb) => eb.or([eb('survey.ownerUserId', '=', actor.userId), eb('survey.sharedWithResearchers', '=', true)]));
  else if (actor.role !== 'admin') q = q.where('survey.organisationId', '=', actor.organisationId ?? '00000000-0000-0000-0000-000000000000');
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, rounds: Number(r.rounds), responses: Number(r.responses), canManage: relation(actor, r) === 'runs' }));
}

export async function createSurvey(db: Database, actor: Actor, input: TSurveyCreate) {
  if (!maySurvey(actor.role, 'build')) throw forbidden('this role does not build surveys');
  const template = input.templateKey ? templateByKey(input.templateKey) : null;
  const definition = (input.definition ?? { questions: template!.questions, scales: template!.scales }) as SurveyDefinition;
  definitionIssues(definition);
  let organisationId: string | null = actor.role === 'unit_manager' || actor.role === 'purchaser' ? actor.organisationId : null;
  if (input.organisationId) {
    if (actor.role !== 'admin') throw forbidden('only an admin names the organisation');
    organisationId = input.organisationId;
  }
  const row = await db
    .insertInto('survey')
    .values({
      organisationId,
      ownerUserId: actor.userId,
      templateKey: input.templateKey ?? null,
      title: JSON.stringify(input.title ?? template!.title),
      description: JSON.stringify(input.description ?? template?.description ?? {}),
      mode: input.mode ?? template?.mode ?? 'anonymous',
      definition: JSON.stringify(definition),
      sharedWithResearchers: input.sharedWithResearchers ?? false,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return getSurvey(db, actor, row.id);
}

export async function getSurvey(db: Database, actor: Actor, id: string) {
  const s = await loadSurvey(db, actor, id, 'results');
  const today = todayIso();
  const rounds = await db
    .selectFrom('surveyRound')
    .select([
      'surveyRound.id',
      'surveyRound.label',
      'surveyRound.opensOn',
      'surveyRound.closesOn',
      (eb) => eb.case().when('surveyRound.openTokenHash', 'is not', null).then(true).else(false).end().as('hasOpenLink'),
      (eb) => eb.selectFrom('surveyResponse').select((e) => e.fn.countAll<number>().as('n')).whereRef('surveyResponse.roundId', '=', 'surveyRound.id').as('responses'),
      (eb) => eb.selectFrom('surveyLink').select((e) => e.fn.countAll<number>().as('n')).whereRef('surveyLink.roundId', '=', 'surveyRound.id').where('surveyLink.answered', '=', false).as('unusedLinks'),
    ])
    .where('surveyId', '=', id)
    .orderBy('opensOn')
    .orderBy('label')
    .execute();
  const { relation: rel, ...survey } = s;
  return {
    ...survey,
    canManage: rel === 'runs',
    rounds: rounds.map((r) => ({ ...r, responses: Number(r.responses), unusedLinks: Number(r.unusedLinks), status: r.opensOn > today ? 'upcoming' : r.closesOn < today ? 'closed' : 'open' })),
  };
}

export async function updateSurvey(db: Database, actor: Actor, id: string, input: TSurveyUpdate) {
  await db.transaction().execute(async (tx) => {
    const s = await loadSurvey(tx, actor, id, 'build');
    if (input.definition) definitionIssues(input.definition as SurveyDefinition);
    if (input.mode && input.mode !== s.mode) {
      const answered = await tx.selectFrom('surveyResponse').innerJoin('surveyRound', 'surveyRound.id', 'surveyResponse.roundId').select('surveyResponse.id').where('surveyRound.surveyId', '=', id).executeTakeFirst();
      if (answered) throw conflict('errors.surveyModeLocked', 'responses exist');
    }
    await tx
      .updateTable('survey')
      .set({
        ...(input.title ? { title: JSON.stringify(input.title) } : {}),
        ...(input.description ? { description: JSON.stringify(input.description) } : {}),
        ...(input.mode ? { mode: input.mode } : {}),
        ...(input.definition ? { definition: JSON.stringify(input.definition) } : {}),
        ...(input.sharedWithResearchers !== undefined ? { sharedWithResearchers: input.sharedWithResearchers } : {}),
        updatedAt: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    if (input.definition) {
      // Rounds nobody has answered yet ask the new questions; answered rounds keep theirs.
      await tx
        .updateTable('surveyRound')
        .set({ definition: JSON.stringify(input.definition) })
        .where('surveyId', '=', id)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('surveyResponse').select(sql`1`.as('one')).whereRef('surveyResponse.roundId', '=', 'surveyRound.id'))))
        .execute();
    }
  });
  return getSurvey(db, actor, id);
}

async function loadRound(db: Db, actor: Actor, roundId: string, action: SurveyAction) {
  const round = await db.selectFrom('surveyRound').selectAll().where('id', '=', roundId).executeTakeFirst();
  if (!round) throw notFound('round');
  const survey = await loadSurvey(db, actor, round.surveyId, action);
  return { round: { ...round, definition: round.definition as unknown as SurveyDefinition }, survey };
}

export async function createRound(db: Database, actor: Actor, surveyId: string, input: { label: string; opensOn: string; closesOn: string; openLink: boolean }) {
  const s = await loadSurvey(db, actor, surveyId, 'distribute');
  const token = input.openLink ? newToken() : null;
  const exists = await db.selectFrom('surveyRound').select('id').where('surveyId', '=', surveyId).where('label', '=', input.label).executeTakeFirst();
  if (exists) throw conflict('errors.surveyRoundExists', 'label taken');
  const row = await db
    .insertInto('surveyRound')
    .values({ surveyId, label: input.label, opensOn: input.opensOn, closesOn: input.closesOn, definition: JSON.stringify(s.definition), openTokenHash: token ? hashToken(token) : null })
    .returning(['id', 'label', 'opensOn', 'closesOn'])
    .executeTakeFirstOrThrow();
  // The token is shown once: only its hash is kept.
  return { ...row, openLink: token ? { token, path: answerPath(token) } : null };
}

export async function updateRound(db: Database, actor: Actor, roundId: string, input: { closesOn: string }) {
  const { round } = await loadRound(db, actor, roundId, 'distribute');
  if (input.closesOn < round.opensOn) throw new AppError(422, 'errors.validation', 'closes before opening', [{ path: 'closesOn', messageKey: 'errors.surveyClosesBeforeOpens' }]);
  await db.updateTable('surveyRound').set({ closesOn: input.closesOn }).where('id', '=', roundId).execute();
  return { id: roundId, closesOn: input.closesOn };
}

/** A new open link for the round (the old one stops working). */
export async function renewOpenLink(db: Database, actor: Actor, roundId: string) {
  await loadRound(db, actor, roundId, 'distribute');
  const token = newToken();
  await db.updateTable('surveyRound').set({ openTokenHash: hashToken(token) }).where('id', '=', roundId).execute();
  return { token, path: answerPath(token) };
}

/**
 * One-time links. Anonymous survey: `count` links that name nobody. Identified survey: one per
 * client's service period (scope-checked and logged as a change to the client's period record).
 * The tokens are returned once; only their hashes are kept.
 */
export async function createLinks(db: Database, actor: Actor, roundId: string, input: { count?: number; recipients?: Array<{ periodId: string }> }) {
  return db.transaction().execute(async (tx) => {
    const { survey } = await loadRound(tx, actor, roundId, 'distribute');
    if (survey.mode === 'anonymous') {
      if (!input.count) throw new AppError(422, 'errors.validation', 'count needed', [{ path: 'count', messageKey: 'errors.surveyCountForAnonymous' }]);
      const tokens = Array.from({ length: input.count }, newToken);
      await tx.insertInto('surveyLink').values(tokens.map((t) => ({ roundId, tokenHash: hashToken(t) }))).execute();
      return { links: tokens.map((t) => ({ token: t, path: answerPath(t) })) };
    }
    if (!input.recipients) throw new AppError(422, 'errors.validation', 'recipients needed', [{ path: 'recipients', messageKey: 'errors.surveyRecipientsForIdentified' }]);
    if (!maySurvey(actor.role, 'identifiedLinks')) throw forbidden('identified links are made by staff who serve the client');
    const clientOf = await authorizeRecords(tx, actor, 'servicePeriod', input.recipients.map((r) => r.periodId), 'period', 'update');
    const links = input.recipients.map((r) => ({ token: newToken(), clientId: clientOf.get(r.periodId)!, periodId: r.periodId }));
    if (links.length > 0) {
      await tx.insertInto('surveyLink').values(links.map((l) => ({ roundId, tokenHash: hashToken(l.token), clientId: l.clientId, periodId: l.periodId }))).execute();
    }
    return { links: links.map((l) => ({ token: l.token, path: answerPath(l.token), clientId: l.clientId, periodId: l.periodId })) };
  });
}

/** The responses of a round (answers only), and of the round before it for comparisons. */
export async function roundResponses(db: Db, surveyId: string, roundId?: string) {
  const rounds = await db.selectFrom('surveyRound').select(['id', 'label', 'definition', 'opensOn']).where('surveyId', '=', surveyId).orderBy('opensOn').orderBy('label').execute();
  if (rounds.length === 0) return null;
  const index = roundId ? rounds.findIndex((r) => r.id === roundId) : rounds.length - 1;
  if (index < 0) throw notFound('round');
  const answersOf = async (id: string) =>
    (await db.selectFrom('surveyResponse').select('answers').where('roundId', '=', id).orderBy('id').execute()).map((r) => r.answers as unknown as Answers);
  const current = rounds[index];
  const previous = index > 0 ? rounds[index - 1] : null;
  return {
    rounds,
    round: { id: current.id, label: current.label, definition: current.definition as unknown as SurveyDefinition },
    responses: await answersOf(current.id),
    previous: previous ? { roundLabel: previous.label, responses: await answersOf(previous.id) } : null,
  };
}

export async function surveyResults(db: Database, actor: Actor, surveyId: string, query: { roundId?: string; groupBy?: string; rotation?: 'varimax' | 'oblimin' | 'none'; method?: 'minres' | 'pa' }) {
  const s = await loadSurvey(db, actor, surveyId, 'results');
  const data = await roundResponses(db, surveyId, query.roundId);
  if (!data) return { survey: { id: s.id, title: s.title }, round: null, rounds: [], report: null };
  const report = buildReport(data.round.definition, data.responses, { groupBy: query.groupBy, previous: data.previous, efaRotation: query.rotation, efaMethod: query.method });
  return {
    survey: { id: s.id, title: s.title, mode: s.mode },
    round: { id: data.round.id, label: data.round.label },
    rounds: data.rounds.map((r) => ({ id: r.id, label: r.label })),
    definition: data.round.definition,
    report,
  };
}
