// "Who has viewed my data": every read or change of the client's data, with who and on what ground.
// The client's own views are hidden unless asked for, so that other people's views stand out.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Paragraph } from 'suomifi-ui-components';
import { PageTitle } from '../../components/Layout.tsx';
import { Async } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import type { AccessLogRow } from '../../types.ts';
import { AccessLogList } from '../shared/accessLog.tsx';
import { useMyClientId } from './useMyClientId.ts';

export default function MyAccessLog() {
  const { t } = useTranslation();
  const clientId = useMyClientId();
  const log = useApi<AccessLogRow[]>(`/api/clients/${clientId}/access-log`);
  const [showOwn, setShowOwn] = useState(false);
  return (
    <div className="narrow">
      <PageTitle>{t('myAccessLog.title')}</PageTitle>
      <Paragraph mb="m">{t('myAccessLog.intro')}</Paragraph>
      <div className="field">
        <Checkbox id="show-own" checked={showOwn} onClick={({ checkboxState }) => setShowOwn(checkboxState)}>
          {t('myAccessLog.showOwn')}
        </Checkbox>
      </div>
      <Async state={log}>
        {(rows) => {
          const shown = showOwn ? rows : rows.filter((row) => row.ground !== 'own_data');
          return (
            <>
              <p role="status" className="result-count">
                {t('myAccessLog.count', { count: shown.length })}
              </p>
              <AccessLogList rows={shown} compact />
            </>
          );
        }}
      </Async>
    </div>
  );
}
