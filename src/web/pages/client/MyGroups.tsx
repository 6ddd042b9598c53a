// The client's groups with their weekly timetables and remote links.
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, Empty } from '../../components/ui.tsx';
import { displayDate } from '../../format.ts';
import { useApi } from '../../hooks.ts';
import type { Group } from '../../types.ts';
import { RemoteLink, Timetable } from '../shared/groups.tsx';

export default function MyGroups() {
  const { t } = useTranslation();
  const groups = useApi<Group[]>('/api/groups');
  return (
    <div className="narrow">
      <PageTitle>{t('myGroups.title')}</PageTitle>
      <Async state={groups}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('myGroups.none')}</Empty>
          ) : (
            <ul className="card-list">
              {list.map((group) => (
                <li key={group.id} className="card">
                  <Heading variant="h2" className="card-heading">
                    {group.name}
                  </Heading>
                  <div className="badges">
                    <Badge>{t(`codes.groupKinds.${group.kind}`)}</Badge>
                    <Badge>{t(`codes.deliveryModes.${group.deliveryMode}`)}</Badge>
                  </div>
                  {group.description ? <Paragraph mb="s">{group.description}</Paragraph> : null}
                  <p className="muted">
                    {displayDate(group.startDate)}–{displayDate(group.endDate)}
                  </p>
                  <Heading variant="h3">{t('myGroups.whenWeMeet')}</Heading>
                  <Timetable group={group} />
                  <RemoteLink group={group} />
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </div>
  );
}
