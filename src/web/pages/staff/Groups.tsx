// Group activities of the caller's units: mapping groups, theme groups, the youth group.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Heading } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty } from '../../components/ui.tsx';
import { displayDate, todayIso } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import type { Group } from '../../types.ts';
import { Timetable } from '../shared/groups.tsx';

export default function Groups() {
  const { t } = useTranslation();
  const groups = useApi<Group[]>('/api/groups');
  return (
    <>
      <PageTitle>{t('groups.title')}</PageTitle>
      <p className="page-actions">
        <Link to="/groups/new" className="button-link">
          {t('groups.create')}
        </Link>
      </p>
      <Async state={groups}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('groups.none')}</Empty>
          ) : (
            <ul className="card-list card-grid">
              {list.map((group) => (
                <li key={group.id} className="card">
                  <Heading variant="h2" className="card-heading">
                    <Link to={`/groups/${group.id}`}>{group.name}</Link>
                  </Heading>
                  <div className="badges">
                    <Badge>{t(`codes.groupKinds.${group.kind}`)}</Badge>
                    <Badge>{t(`codes.deliveryModes.${group.deliveryMode}`)}</Badge>
                    {group.endDate && group.endDate < todayIso() ? <Badge>{t('groups.ended')}</Badge> : null}
                  </div>
                  <p className="card-meta">
                    {group.unitName ? <span>{group.unitName}</span> : null}
                    <span>
                      {displayDate(group.startDate)}–{displayDate(group.endDate)}
                    </span>
                    {group.participantCount !== undefined ? <span>{t('groups.participantCount', { count: group.participantCount })}</span> : null}
                  </p>
                  <Timetable group={group} />
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </>
  );
}
