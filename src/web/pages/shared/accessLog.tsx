// Who has read or changed a client's data, when, what and on which ground.
import { useTranslation } from 'react-i18next';
import { Empty, TableWrap } from '../../components/ui.tsx';
import { displayInstant } from '../../format.ts';
import type { AccessLogRow } from '../../types.ts';

export function AccessLogList({ rows, compact = false }: { rows: AccessLogRow[]; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <Empty>{t('accessLog.none')}</Empty>;
  const resource = (name: string) => t(`accessLog.resources.${name}`, { defaultValue: name });
  if (compact) {
    // On a phone: one card per row, the most recent first.
    return (
      <ul className="card-list access-log">
        {rows.map((row, index) => (
          <li key={row.id ?? index} className="card">
            <p className="access-when">{displayInstant(row.at, i18n.language)}</p>
            <p>
              <strong>{row.actorName}</strong> ({t(`codes.roles.${row.actorRole}`, { defaultValue: row.actorRole })})
            </p>
            <p>
              {t(`codes.accessActions.${row.action}`, { defaultValue: row.action })}: {resource(row.resource)}
            </p>
            <p className="muted">
              {t('accessLog.ground')}: {t(`codes.accessGrounds.${row.ground}`, { defaultValue: row.ground })}
            </p>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <TableWrap label={t('accessLog.tableLabel')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('accessLog.at')}</th>
            <th scope="col">{t('accessLog.actor')}</th>
            <th scope="col">{t('accessLog.action')}</th>
            <th scope="col">{t('accessLog.resource')}</th>
            <th scope="col">{t('accessLog.ground')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.id ?? index}>
              <td>{displayInstant(row.at, i18n.language)}</td>
              <td>
                {row.actorName} ({t(`codes.roles.${row.actorRole}`, { defaultValue: row.actorRole })})
              </td>
              <td>{t(`codes.accessActions.${row.action}`, { defaultValue: row.action })}</td>
              <td>{resource(row.resource)}</td>
              <td>{t(`codes.accessGrounds.${row.ground}`, { defaultValue: row.ground })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
