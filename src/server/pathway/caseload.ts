// The coach's caseload: my clients in open periods, who has no plan, whose goals have gone without
// an assessment for 30 days, and which follow-ups and referrals are due.
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { todayIso, addDays } from '../../domain/calendar/dates.ts';
import { ASSESSMENT_INTERVAL_DAYS } from '../../domain/pathway/caseload.ts';
import type { Actor } from '../access/actor.ts';
import { clientInScope, logAccess } from '../access/scope.ts';
import { forbidden } from '../errors.ts';

export async function getCaseload(db: Database, actor: Actor, today = todayIso()) {
  if (actor.role !== 'coach' && actor.role !== 'unit_manager' && actor.role !== 'admin') throw forbidden('caseload is for staff');
  // A coach's caseload is the periods they are responsible for; a manager's, their units' periods.
  const mine = (eb: any) =>
    actor.role === 'coach'
      ? eb('servicePeriod.coachId', '=', actor.userId)
      : actor.role === 'admin'
        ? sql<boolean>`true`
        : actor.unitIds.length
          ? eb('servicePeriod.unitId', 'in', actor.unitIds)
          : sql<boolean>`false`;
  const staleBefore = addDays(today, -ASSESSMENT_INTERVAL_DAYS);

  return db.transaction().execute(async (trx) => {
    const clients = await trx
      .selectFrom('servicePeriod')
      .innerJoin('client', 'client.id', 'servicePeriod.clientId')
      .innerJoin('unit', 'unit.id', 'servicePeriod.unitId')
      .select([
        'client.id',
        'client.firstName',
        'client.lastName',
        'unit.name as unitName',
        'servicePeriod.id as periodId',
        'servicePeriod.serviceKind',
        'servicePeriod.startDate',
        'servicePeriod.plannedEndDate',
        sql<boolean>`not exists (select 1 from goal g where g.client_id = client.id and g.status = 'active')`.as('noPlan'),
        sql<boolean>`exists (
          select 1 from goal g where g.client_id = client.id and g.status = 'active'
            and coalesce((select max(a.assessed_on) from goal_assessment a where a.goal_id = g.id),
                         (g.created_at at time zone 'Europe/Helsinki')::date) < ${staleBefore}::date)`.as('staleGoals'),
        sql<boolean>`exists (
          select 1 from follow_up f join service_period p on p.id = f.period_id
          where p.client_id = client.id and f.status is null and f.due_on <= ${today}::date)`.as('followUpsDue'),
        sql<boolean>`exists (
          select 1 from referral r where r.client_id = client.id and r.resolved_on is null and r.follow_up_on <= ${today}::date)`.as('referralsDue'),
      ])
      .where('servicePeriod.endDate', 'is', null)
      .where(mine)
      .where(clientInScope(actor))
      .orderBy('client.lastName')
      .orderBy('client.firstName')
      .limit(actor.role === 'coach' ? 500 : 2000)
      .execute();

    // Follow-ups of ended periods stay on the list of whoever was responsible until recorded.
    const followUps = await trx
      .selectFrom('followUp')
      .innerJoin('servicePeriod', 'servicePeriod.id', 'followUp.periodId')
      .innerJoin('client', 'client.id', 'servicePeriod.clientId')
      .select([
        'followUp.id',
        'followUp.dueOn',
        'followUp.months',
        'client.id as clientId',
        sql<string>`client.first_name || ' ' || client.last_name`.as('clientName'),
      ])
      .where('followUp.status', 'is', null)
      .where('followUp.dueOn', '<=', today)
      .where(mine)
      .where(clientInScope(actor))
      .orderBy('followUp.dueOn')
      .limit(500)
      .execute();

    const referrals = await trx
      .selectFrom('referral')
      .innerJoin('client', 'client.id', 'referral.clientId')
      .select([
        'referral.id',
        'referral.followUpOn as dueOn',
        'referral.service',
        'client.id as clientId',
        sql<string>`client.first_name || ' ' || client.last_name`.as('clientName'),
      ])
      .where('referral.resolvedOn', 'is', null)
      .where('referral.followUpOn', '<=', today)
      .where((eb) =>
        actor.role === 'coach'
          ? eb.or([
              eb('referral.createdBy', '=', actor.userId),
              eb.exists(
                eb
                  .selectFrom('servicePeriod')
                  .select(sql`1`.as('one'))
                  .whereRef('servicePeriod.clientId', '=', 'client.id')
                  .where('servicePeriod.endDate', 'is', null)
                  .where('servicePeriod.coachId', '=', actor.userId),
              ),
            ])
          : sql<boolean>`true`,
      )
      .where(clientInScope(actor))
      .orderBy('referral.followUpOn')
      .limit(500)
      .execute();

    const shown = new Set([...clients.map((c) => c.id), ...followUps.map((f) => f.clientId), ...referrals.map((r) => r.clientId)]);
    await logAccess(trx, actor, [...shown].map((clientId) => ({ clientId, action: 'read' as const, resource: 'caseload' })));

    const name = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;
    const tasks = [
      ...followUps.map((f) => ({ kind: 'followUp' as const, id: f.id, clientId: f.clientId, clientName: f.clientName, dueOn: f.dueOn, months: f.months })),
      ...referrals.map((r) => ({ kind: 'referral' as const, id: r.id, clientId: r.clientId, clientName: r.clientName, dueOn: r.dueOn, service: r.service })),
      ...clients.filter((c) => c.noPlan).map((c) => ({ kind: 'noPlan' as const, id: c.periodId, clientId: c.id, clientName: name(c), dueOn: c.startDate })),
      ...clients.filter((c) => c.staleGoals).map((c) => ({ kind: 'staleGoal' as const, id: c.periodId, clientId: c.id, clientName: name(c), dueOn: staleBefore })),
    ].sort((a, b) => a.dueOn.localeCompare(b.dueOn));

    return {
      today,
      clients: clients.map((c) => ({
        id: c.id,
        firstName: c.firstName,
        lastName: c.lastName,
        unitName: c.unitName,
        activePeriod: { id: c.periodId, serviceKind: c.serviceKind, startDate: c.startDate, plannedEndDate: c.plannedEndDate },
        flags: { noPlan: c.noPlan, staleGoals: c.staleGoals, followUpsDue: c.followUpsDue, referralsDue: c.referralsDue },
      })),
      tasks,
    };
  });
}
