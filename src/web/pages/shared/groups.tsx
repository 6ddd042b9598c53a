// A group's weekly timetable and remote link, shown to staff and to participating clients.
import { useTranslation } from 'react-i18next';
import { ExternalLink } from 'suomifi-ui-components';
import { displayTime } from '../../format.ts';
import type { Group } from '../../types.ts';

export function Timetable({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const slots = [...(group.timetable ?? [])].sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
  if (slots.length === 0) return <p>{t('groups.noTimetable')}</p>;
  return (
    <ul className="plain-list timetable">
      {slots.map((slot, index) => (
        <li key={slot.id ?? index}>
          <strong>{t(`attendance.weekdays.${slot.weekday}`)}</strong>{' '}
          {t('groups.timeRange', { start: displayTime(slot.startTime, i18n.language), end: displayTime(slot.endTime, i18n.language) })}
          {slot.place ? `, ${slot.place}` : ''}
        </li>
      ))}
    </ul>
  );
}

export function RemoteLink({ group }: { group: Group }) {
  const { t } = useTranslation();
  if (!group.remoteLink) return null;
  return (
    <p className="remote-link">
      <ExternalLink href={group.remoteLink} toNewWindow labelNewWindow={t('common.opensInNewWindow')}>
        {t('groups.joinRemote', { name: group.name })}
      </ExternalLink>
    </p>
  );
}
