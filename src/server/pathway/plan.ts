// The plan: goals written together with the client, visible to the client from the moment they are
// saved, with progress assessments over time.
import { sql, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { GoalKind } from '../../domain/codes.ts';
import { isStaff } from '../../domain/access/permissions.ts';
import { summarisePlan } from '../../domain/pathway/plan.ts';
import type { Actor } from '../access/actor.ts';
import { authorizeClient, authorizeRecord } from '../access/scope.ts';
import { forbidden } from '../errors.ts';
import type { ZAssessmentCreate, ZGoalCreate, ZGoalUpdate } from './schemas.ts';

type Tx = Transaction<DB>;

async function readPlan(trx: Tx, clientId: string) {
  const goals = await trx
    .selectFrom('goal')
    .leftJoin('appUser as author', 'author.id', 'goal.createdBy')
    .select([
      'goal.id',
      'goal.kind',
      'goal.title',
      'goal.clientWords',
      'goal.proposedBy',
      'goal.towardsOutsideTasks',
      'goal.targetDate',
      'goal.status',
      'goal.createdAt',
      'goal.updatedAt',
      'author.displayName as createdByName',
      sql<string>`(goal.created_at at time zone 'Europe/Helsinki')::date::text`.as('createdOn'),
    ])
    .where('goal.clientId', '=', clientId)
    .orderBy('goal.createdAt')
    .execute();
  const assessments = goals.length
    ? await trx
        .selectFrom('goalAssessment')
        .leftJoin('appUser as assessor', 'assessor.id', 'goalAssessment.assessedBy')
        .select(['goalAssessment.id', 'goalId', 'assessedOn', 'score', 'note', 'assessor.displayName as assessedByName'])
        .where(
          'goalId',
          'in',
          goals.map((g) => g.id),
        )
        .orderBy('assessedOn')
        .orderBy('goalAssessment.createdAt')
        .execute()
    : [];
  const withAssessments = goals.map((g) => ({ ...g, assessments: assessments.filter((a) => a.goalId === g.id) }));
  const summary = summarisePlan(
    withAssessments.map((g) => ({
      kind: g.kind as GoalKind,
      proposedBy: g.proposedBy as 'client' | 'coach' | 'together',
      towardsOutsideTasks: g.towardsOutsideTasks,
      status: g.status as 'active' | 'achieved' | 'dropped',
      createdOn: g.createdOn,
      assessedOn: g.assessments.map((a) => a.assessedOn),
    })),
  );
  return { goals: withAssessments, summary };
}

export async function getPlan(db: Database, actor: Actor, clientId: string) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'plan', 'read');
    return readPlan(trx, clientId);
  });
}

export async function createGoal(db: Database, actor: Actor, clientId: string, input: z.infer<typeof ZGoalCreate>) {
  return db.transaction().execute(async (trx) => {
    await authorizeClient(trx, actor, clientId, 'plan', 'create');
    const { id } = await trx
      .insertInto('goal')
      .values({
        clientId,
        kind: input.kind,
        title: input.title,
        clientWords: input.clientWords ?? null,
        // A goal a client writes is theirs, whatever the form said.
        proposedBy: actor.role === 'client' ? 'client' : input.proposedBy,
        towardsOutsideTasks: input.towardsOutsideTasks,
        targetDate: input.targetDate ?? null,
        createdBy: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan = await readPlan(trx, clientId);
    return plan.goals.find((g) => g.id === id)!;
  });
}

export async function updateGoal(db: Database, actor: Actor, goalId: string, input: z.infer<typeof ZGoalUpdate>) {
  return db.transaction().execute(async (trx) => {
    const clientId = await authorizeRecord(trx, actor, 'goal', goalId, 'plan', 'update');
    if (!isStaff(actor.role)) throw forbidden('goals are changed together with a coach');
    await trx.updateTable('goal').set({ ...input, updatedAt: sql`now()` }).where('id', '=', goalId).execute();
    const plan = await readPlan(trx, clientId);
    return plan.goals.find((g) => g.id === goalId)!;
  });
}

export async function addAssessment(db: Database, actor: Actor, goalId: string, input: z.infer<typeof ZAssessmentCreate>) {
  return db.transaction().execute(async (trx) => {
    const clientId = await authorizeRecord(trx, actor, 'goal', goalId, 'plan', 'update');
    if (!isStaff(actor.role)) throw forbidden('assessments are made with a coach');
    await trx
      .insertInto('goalAssessment')
      .values({ goalId, assessedOn: input.assessedOn, score: input.score, note: input.note ?? null, assessedBy: actor.userId })
      .execute();
    const plan = await readPlan(trx, clientId);
    return plan.goals.find((g) => g.id === goalId)!;
  });
}
