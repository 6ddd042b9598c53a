// The access log of one client, for the unit manager and the administrator.
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { Async, Section } from '../../../components/ui.tsx';
import { useApi } from '../../../hooks.ts';
import type { AccessLogRow } from '../../../types.ts';
import { AccessLogList } from '../../shared/accessLog.tsx';
import { useClient } from '../ClientPage.tsx';

export default function ClientAccessLog() {
  const { t } = useTranslation();
  const { client } = useClient();
  const log = useApi<AccessLogRow[]>(`/api/clients/${client.id}/access-log`);
  return (
    <Section title={t('accessLog.staffTitle')} id="access-log">
      <Paragraph mb="m">{t('accessLog.staffIntro')}</Paragraph>
      <Async state={log}>{(rows) => <AccessLogList rows={rows} />}</Async>
    </Section>
  );
}
