// Overview: the client record (identity code masked), contact details, referrer and background.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../api.ts';
import { useUser } from '../../../auth.tsx';
import { Async, Facts, FormShell, SaveStatus, Section } from '../../../components/ui.tsx';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { Unit } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';
import { ClientRecordFields, recordBody, recordFromClient, validateRecord } from '../clientRecordForm.tsx';

export default function Overview() {
  const { t } = useTranslation();
  const user = useUser();
  const { client, reloadClient } = useClient();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const mayEdit = user.role === 'coach' || user.role === 'unit_manager';
  const languages = (client.languages ?? []).map((code) => t(`languages.${code}`, { defaultValue: code })).join(', ');

  return (
    <>
      <Section
        title={t('overview.recordTitle')}
        id="overview-record"
        actions={
          mayEdit && !editing ? (
            <Button
              variant="secondary"
              onClick={() => {
                setSaved(null);
                setEditing(true);
              }}
            >
              {t('overview.edit')}
            </Button>
          ) : null
        }
      >
        {editing ? (
          <EditRecord
            onDone={() => {
              setEditing(false);
              setSaved(t('common.saved'));
              reloadClient();
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <Facts
            items={[
              [t('record.firstName'), client.firstName],
              [t('record.lastName'), client.lastName],
              [t('record.personalId'), client.personalIdMasked],
              [t('clients.birthYear'), client.birthYear ?? ''],
              [t('record.municipalityCode'), client.municipalityCode],
              [t('record.languages'), languages],
              [t('record.phone'), client.phone ?? ''],
              [t('record.email'), client.email ?? ''],
              [t('record.address'), client.address ?? ''],
              [t('record.referrer'), client.referrer ? t(`codes.referrers.${client.referrer}`) : ''],
              [t('record.homeUnit'), client.homeUnitName ?? ''],
            ]}
          />
        )}
      </Section>
      <SaveStatus message={saved} />
      {!editing ? (
        <Section title={t('record.backgroundFactors')} id="overview-background">
          {client.backgroundFactors.length === 0 ? (
            <p>{t('overview.noBackground')}</p>
          ) : (
            <ul className="plain-list">
              {client.backgroundFactors.map((entry) => (
                <li key={entry.factor}>
                  {t(`codes.backgroundFactors.${entry.factor}`)}
                  {entry.factor === 'long_term_unemployed' && entry.unemploymentMonths != null
                    ? ` – ${t('overview.unemploymentMonths', { count: entry.unemploymentMonths })}`
                    : ''}
                </li>
              ))}
            </ul>
          )}
        </Section>
      ) : null}
    </>
  );
}

function EditRecord({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const units = useApi<Unit[]>('/api/units');
  const fields = useFields(recordFromClient(client));
  const submission = useSubmit({
    validate: () => validateRecord(fields.values, false),
    send: (key) => api.patch(`/api/clients/${client.id}`, recordBody(fields.values, false), key),
    onSuccess: onDone,
  });
  return (
    <Async state={units}>
      {(unitList) => (
        <FormShell
          id="edit-client"
          submission={submission}
          submitLabel={t('common.save')}
          secondary={
            <Button variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          }
        >
          <ClientRecordFields formId="edit-client" fields={fields} submission={submission} units={unitList} withPersonalId={false} />
        </FormShell>
      )}
    </Async>
  );
}
