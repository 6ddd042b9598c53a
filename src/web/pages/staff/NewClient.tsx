// Intake of a new client record. After saving, the coach continues with the intake mapping.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Paragraph } from 'suomifi-ui-components';
import { api } from '../../api.ts';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, FormShell } from '../../components/ui.tsx';
import type { Unit } from '../../types.ts';
import { ClientRecordFields, emptyRecord, recordBody, validateRecord } from './clientRecordForm.tsx';
import { useApi, useFields, useSubmit } from '../../hooks.ts';

export default function NewClient() {
  const { t } = useTranslation();
  const units = useApi<Unit[]>('/api/units');
  return (
    <div className="narrow">
      <PageTitle>{t('newClient.title')}</PageTitle>
      <Paragraph mb="m">{t('newClient.intro')}</Paragraph>
      <Async state={units}>{(data) => <NewClientForm units={data} />}</Async>
    </div>
  );
}

function NewClientForm({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fields = useFields(emptyRecord(units.length === 1 ? units[0].id : ''));
  const submission = useSubmit<{ id: string }>({
    validate: () => validateRecord(fields.values, true),
    send: (key) => api.post<{ id: string }>('/api/clients', recordBody(fields.values, true), key),
    savedText: t('newClient.saved'),
    onSuccess: (client) => navigate(`/clients/${client.id}/intake`, { state: { created: true } }),
  });
  return (
    <FormShell id="new-client" submission={submission} submitLabel={t('newClient.submit')}>
      <ClientRecordFields formId="new-client" fields={fields} submission={submission} units={units} withPersonalId />
    </FormShell>
  );
}
