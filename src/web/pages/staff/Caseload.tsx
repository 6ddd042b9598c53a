// The coach's home: my clients with what needs attention, and a task list.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Button, Checkbox, Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty, Section } from '../../components/ui.tsx';
import { displayDate, todayIso } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import type { Caseload as CaseloadData, CaseloadFlags, TaskKind } from '../../types.ts';

/** Clients shown at a time: a unit manager's caseload can hold thousands. */
const PAGE = 100;

const FLAGS: Array<keyof CaseloadFlags> = ['noPlan', 'staleGoals', 'followUpsDue', 'referralsDue'];

const TASK_SECTION: Record<TaskKind, string> = {
  followUp: 'periods',
  referral: 'referrals',
  staleGoal: 'plan',
  noPlan: 'plan',
};

export default function Caseload() {
  const { t } = useTranslation();
  const state = useApi<CaseloadData>('/api/caseload');
  const [filters, setFilters] = useState<Array<keyof CaseloadFlags>>([]);

  return (
    <>
      <PageTitle>{t('caseload.title')}</PageTitle>
      <Async state={state}>
        {(data) => <CaseloadContent data={data} filters={filters} setFilters={setFilters} />}
      </Async>
    </>
  );
}

function CaseloadContent({
  data,
  filters,
  setFilters,
}: {
  data: CaseloadData;
  filters: Array<keyof CaseloadFlags>;
  setFilters(filters: Array<keyof CaseloadFlags>): void;
}) {
  const { t } = useTranslation();
  const today = todayIso();
  const counts = useMemo(() => {
    const result: Record<string, number> = {};
    for (const flag of FLAGS) result[flag] = data.clients.filter((client) => client.flags?.[flag]).length;
    return result;
  }, [data]);
  const [limit, setLimit] = useState(PAGE);
  const matching = data.clients.filter((client) => filters.every((flag) => client.flags?.[flag]));
  const shown = matching.slice(0, limit);
  const [taskLimit, setTaskLimit] = useState(PAGE);
  const allTasks = [...data.tasks].sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
  const tasks = allTasks.slice(0, taskLimit);

  return (
    <div className="two-columns">
      <Section title={t('caseload.clientsTitle', { count: data.clients.length })} id="caseload-clients">
        <fieldset className="filters">
          <legend>{t('caseload.filterLegend')}</legend>
          {FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              id={`filter-${flag}`}
              checked={filters.includes(flag)}
              onClick={({ checkboxState }) => setFilters(checkboxState ? [...filters, flag] : filters.filter((f) => f !== flag))}
            >
              {t(`caseload.flags.${flag}`)} ({counts[flag]})
            </Checkbox>
          ))}
        </fieldset>
        <p role="status" className="result-count">
          {t('caseload.showing', { count: matching.length })}
        </p>
        {shown.length === 0 ? (
          <Empty>{data.clients.length === 0 ? t('caseload.noClients') : t('caseload.noMatches')}</Empty>
        ) : (
          <ul className="card-list">
            {shown.map((client) => (
              <li key={`${client.id}-${client.activePeriod?.id ?? ''}`} className="card">
                <Link to={`/clients/${client.id}`} className="card-title">
                  {client.lastName}, {client.firstName}
                </Link>
                <div className="card-meta">
                  {client.unitName ? <span>{client.unitName}</span> : null}
                  {client.activePeriod ? (
                    <span>
                      {t(`codes.serviceKinds.${client.activePeriod.serviceKind}`)} {t('caseload.since', { date: displayDate(client.activePeriod.startDate) })}
                    </span>
                  ) : (
                    <span>{t('caseload.noActivePeriod')}</span>
                  )}
                </div>
                <div className="badges">
                  {FLAGS.filter((flag) => client.flags?.[flag]).map((flag) => (
                    <Badge key={flag} tone={flag === 'noPlan' ? 'alert' : 'warning'}>
                      {t(`caseload.flags.${flag}`)}
                    </Badge>
                  ))}
                </div>
              </li>
            ))}
          </ul>
        )}
        {matching.length > shown.length ? (
          <Button variant="secondary" onClick={() => setLimit(limit + PAGE)}>
            {t('caseload.showMore', { count: Math.min(PAGE, matching.length - shown.length) })}
          </Button>
        ) : null}
      </Section>
      <Section title={t('caseload.tasksTitle', { count: allTasks.length })} id="caseload-tasks">
        {tasks.length === 0 ? (
          <Empty>{t('caseload.noTasks')}</Empty>
        ) : (
          <ul className="task-list">
            {tasks.map((task) => (
              <li
                key={`${task.kind}-${task.id}`}
                className={(task.kind === 'followUp' || task.kind === 'referral') && task.dueOn && task.dueOn < today ? 'task task-overdue' : 'task'}
              >
                <span className="task-kind">{t(`caseload.tasks.${task.kind}`)}</span>
                <Link to={`/clients/${task.clientId}/${TASK_SECTION[task.kind] ?? ''}`}>{task.clientName}</Link>
                {task.kind === 'followUp' && task.months ? <span className="task-detail">{t('caseload.followUpMonths', { count: task.months })}</span> : null}
                {task.kind === 'referral' && task.service ? <span className="task-detail">{task.service}</span> : null}
                {task.dueOn && (task.kind === 'followUp' || task.kind === 'referral') ? (
                  <span className="task-due">
                    {task.dueOn < today ? t('caseload.overdueSince', { date: displayDate(task.dueOn) }) : t('caseload.dueOn', { date: displayDate(task.dueOn) })}
                  </span>
                ) : null}
                {task.dueOn && task.kind === 'noPlan' ? <span className="task-due">{t('caseload.periodSince', { date: displayDate(task.dueOn) })}</span> : null}
              </li>
            ))}
          </ul>
        )}
        {allTasks.length > tasks.length ? (
          <Button variant="secondary" onClick={() => setTaskLimit(taskLimit + PAGE)}>
            {t('caseload.showMore', { count: Math.min(PAGE, allTasks.length - tasks.length) })}
          </Button>
        ) : null}
        <Paragraph className="hint">{t('caseload.tasksHint')}</Paragraph>
      </Section>
    </div>
  );
}
