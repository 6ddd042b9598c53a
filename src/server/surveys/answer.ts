// Answering a survey: no sign-in. A token is an open link's (anyone, many answers) or a one-time
// link's (one answer). Drafts save as one goes: with an open link the browser makes a random resume
// key and keeps it; with a one-time link the link itself is the key, so it can be resumed on any
// device. The server stores only hashes of either.
//
// What is stored with an anonymous response (see docs/surveys.md): the round, the answers, the
// Monday of the week and the source. Submitting deletes the draft and, for a one-time link, the
// link's row, in the same transaction: afterwards no row relates the link to the response. The
// session cookie is never read here (the answering page sends none), so no account is involved.
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { addDays, isoWeekday, todayIso } from '../../domain/calendar/dates.ts';
import { checkResponse, type SurveyDefinition } from '../../domain/surveys/definition.ts';
import { AppError, notFound } from '../errors.ts';
import { hashToken } from './service.ts';

const gone = () => new AppError(410, 'errors.surveyClosed', 'the round is closed');
const usedOrUnknown = () => notFound('link');

/** Monday of the week of a date: how precisely an anonymous response's arrival is kept. */
export const weekOf = (date: string) => addDays(date, 1 - isoWeekday(date));

interface Target {
  roundId: string;
  definition: SurveyDefinition;
  mode: 'anonymous' | 'identified';
  title: unknown;
  description: unknown;
  label: string;
  opensOn: string;
  closesOn: string;
  link: { id: string; clientId: string | null; periodId: string | null } | null;
}

async function resolve(db: Database, token: string): Promise<Target> {
  const hash = hashToken(token);
  const base = db
    .selectFrom('surveyRound')
    .innerJoin('survey', 'survey.id', 'surveyRound.surveyId')
    .select(['surveyRound.id as roundId', 'surveyRound.definition', 'survey.mode', 'survey.title', 'survey.description', 'surveyRound.label', 'surveyRound.opensOn', 'surveyRound.closesOn']);
  const open = await base.where('surveyRound.openTokenHash', '=', hash).executeTakeFirst();
  let target: Target;
  if (open) target = { ...(open as unknown as Omit<Target, 'link'>), link: null };
  else {
    const row = await base
      .innerJoin('surveyLink', 'surveyLink.roundId', 'surveyRound.id')
      .select(['surveyLink.id as linkId', 'surveyLink.clientId', 'surveyLink.periodId', 'surveyLink.answered'])
      .where('surveyLink.tokenHash', '=', hash)
      .executeTakeFirst();
    if (!row || row.answered) throw usedOrUnknown();
    target = { ...(row as unknown as Omit<Target, 'link'>), link: { id: row.linkId, clientId: row.clientId, periodId: row.periodId } };
  }
  const today = todayIso();
  if (today < target.opensOn || today > target.closesOn) throw gone();
  return target;
}

/** The draft's key: the one-time link itself, or the open-link answerer's own resume key. */
function draftKey(token: string, target: Target, resumeKey?: string): string | null {
  if (target.link) return hashToken(`draft:${token}`);
  return resumeKey ? hashToken(`draft:${resumeKey}`) : null;
}

export async function surveyForAnswering(db: Database, token: string) {
  const t = await resolve(db, token);
  return {
    title: t.title,
    description: t.description,
    round: t.label,
    closesOn: t.closesOn,
    mode: t.mode,
    oneTime: t.link !== null,
    consentRequired: t.mode === 'identified' && t.link !== null,
    definition: t.definition,
  };
}

function refuse(issues: Array<{ path: string; messageKey: string; params?: Record<string, string | number> }>) {
  return new AppError(
    422,
    'errors.validation',
    'answers break a rule',
    issues.map((i) => ({ path: `answers.${i.path}`, messageKey: i.messageKey, params: i.params })),
  );
}

export async function saveDraft(db: Database, token: string, body: { resumeKey?: string; answers: Record<string, unknown> }) {
  const t = await resolve(db, token);
  const key = draftKey(token, t, body.resumeKey);
  if (!key) throw new AppError(422, 'errors.validation', 'resume key needed', [{ path: 'resumeKey', messageKey: 'errors.required' }]);
  const { answers, issues } = checkResponse(t.definition, body.answers, { final: false });
  if (issues.length) throw refuse(issues);
  await db
    .insertInto('surveyDraft')
    .values({ keyHash: key, roundId: t.roundId, answers: JSON.stringify(answers), expiresOn: t.closesOn })
    .onConflict((oc) => oc.column('keyHash').doUpdateSet({ answers: JSON.stringify(answers) }))
    .execute();
  return { saved: true };
}

export async function resumeDraft(db: Database, token: string, body: { resumeKey?: string }) {
  const t = await resolve(db, token);
  const key = draftKey(token, t, body.resumeKey);
  if (!key) return { answers: {} };
  const row = await db.selectFrom('surveyDraft').select('answers').where('keyHash', '=', key).where('roundId', '=', t.roundId).executeTakeFirst();
  return { answers: (row?.answers as Record<string, unknown>) ?? {} };
}

export async function submitResponse(db: Database, token: string, body: { resumeKey?: string; answers: Record<string, unknown>; consent?: boolean }) {
  const t = await resolve(db, token);
  const { answers, issues } = checkResponse(t.definition, body.answers, { final: true });
  if (issues.length) throw refuse(issues);
  const identified = t.mode === 'identified' && t.link !== null;
  if (identified && body.consent !== true) {
    throw new AppError(422, 'errors.validation', 'consent needed', [{ path: 'consent', messageKey: 'errors.surveyConsentRequired' }]);
  }
  const key = draftKey(token, t, body.resumeKey);
  await db.transaction().execute(async (tx) => {
    if (t.link) {
      // Claim the one-time link first: of two simultaneous submits only one finds the row.
      const claimed = identified
        ? await tx.updateTable('surveyLink').set({ answered: true }).where('id', '=', t.link.id).where('answered', '=', false).returning('id').executeTakeFirst()
        : await tx.deleteFrom('surveyLink').where('id', '=', t.link.id).returning('id').executeTakeFirst();
      if (!claimed) throw usedOrUnknown();
    }
    await tx
      .insertInto('surveyResponse')
      .values({
        roundId: t.roundId,
        answers: JSON.stringify(answers),
        receivedWeek: weekOf(todayIso()),
        source: 'web',
        ...(identified ? { clientId: t.link!.clientId, periodId: t.link!.periodId, linkId: t.link!.id, consentGiven: true } : {}),
      })
      .execute();
    if (key) await tx.deleteFrom('surveyDraft').where('keyHash', '=', key).execute();
  });
  return { submitted: true };
}

/** Drafts of rounds that have closed are deleted (the server calls this with its other clean-up).
 * The round's closing date decides, not a copy on the draft: a round can be extended. */
export async function purgeExpiredDrafts(db: Database) {
  await db
    .deleteFrom('surveyDraft')
    .where('roundId', 'in', (eb) => eb.selectFrom('surveyRound').select('id').where('closesOn', '<', sql<string>`${todayIso()}::date`))
    .execute();
}
