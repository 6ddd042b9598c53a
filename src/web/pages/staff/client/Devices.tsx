// Devices lent to the client (for remote service), and their return.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { isIsoDate } from '../../../../domain/calendar/dates.ts';
import { DEVICE_KINDS } from '../../../../domain/codes.ts';
import { api } from '../../../api.ts';
import { CodeSelect, DateField, TextField } from '../../../components/fields.tsx';
import { Async, Badge, bind, Empty, FormShell, SaveStatus, Section, TableWrap } from '../../../components/ui.tsx';
import { displayDate, todayIso } from '../../../format.ts';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { DeviceLoan } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';

export default function Devices() {
  const { t } = useTranslation();
  const { client } = useClient();
  const devices = useApi<DeviceLoan[]>(`/api/clients/${client.id}/devices`);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const giveBack = (device: DeviceLoan) => {
    void api.post(`/api/devices/${device.id}/return`, { returnedOn: todayIso() }).then(
      () => {
        setNotice(t('devices.returned'));
        devices.reload();
      },
      () => setNotice(t('errors.internal')),
    );
  };
  const today = todayIso();
  return (
    <Section
      title={t('devices.title')}
      id="devices"
      actions={!adding ? <Button variant="secondary" onClick={() => { setNotice(null); setAdding(true); }}>{t('devices.add')}</Button> : null}
    >
      {adding ? (
        <AddDevice
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setNotice(t('devices.added'));
            devices.reload();
          }}
        />
      ) : null}
      <SaveStatus message={notice} />
      <Async state={devices}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('devices.none')}</Empty>
          ) : (
            <TableWrap label={t('devices.title')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('devices.kind')}</th>
                    <th scope="col">{t('devices.identifier')}</th>
                    <th scope="col">{t('devices.lentOn')}</th>
                    <th scope="col">{t('devices.dueOn')}</th>
                    <th scope="col">{t('devices.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((device) => (
                    <tr key={device.id}>
                      <th scope="row">{t(`codes.deviceKinds.${device.deviceKind}`)}</th>
                      <td>{device.identifier ?? ''}</td>
                      <td>{displayDate(device.lentOn)}</td>
                      <td>{displayDate(device.dueOn)}</td>
                      <td>
                        {device.returnedOn ? (
                          t('devices.returnedOn', { date: displayDate(device.returnedOn) })
                        ) : (
                          <>
                            {device.dueOn && device.dueOn < today ? <Badge tone="alert">{t('devices.overdue')}</Badge> : <Badge tone="warning">{t('devices.onLoan')}</Badge>}{' '}
                            <Button variant="secondaryNoBorder" onClick={() => giveBack(device)}>
                              {t('devices.markReturned')}
                            </Button>
                          </>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )
        }
      </Async>
    </Section>
  );
}

function AddDevice({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const fields = useFields({ deviceKind: '', identifier: '', lentOn: todayIso(), dueOn: '' });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.deviceKind) errors.deviceKind = 'errors.required';
      if (!v.lentOn) errors.lentOn = 'errors.required';
      else if (!isIsoDate(v.lentOn)) errors.lentOn = 'errors.invalidDate';
      if (v.dueOn && !isIsoDate(v.dueOn)) errors.dueOn = 'errors.invalidDate';
      else if (v.dueOn && v.dueOn < v.lentOn) errors.dueOn = 'errors.dateOrder';
      return errors;
    },
    send: (key) =>
      api.post(`/api/clients/${client.id}/devices`, { deviceKind: v.deviceKind, identifier: v.identifier.trim() || undefined, lentOn: v.lentOn, dueOn: v.dueOn || undefined }, key),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('add-device', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('devices.addTitle')}</Heading>
      <FormShell id="add-device" submission={submission} submitLabel={t('devices.addSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <CodeSelect {...f('deviceKind')} label={t('devices.kind')} list="deviceKinds" codes={DEVICE_KINDS} value={v.deviceKind} onChange={(x) => fields.set('deviceKind', x)} />
        <TextField {...f('identifier')} label={t('devices.identifier')} hint={t('devices.identifierHint')} optional value={v.identifier} onChange={(x) => fields.set('identifier', x)} />
        <DateField {...f('lentOn')} label={t('devices.lentOn')} value={v.lentOn} onChange={(x) => fields.set('lentOn', x)} />
        <DateField {...f('dueOn')} label={t('devices.dueOn')} optional value={v.dueOn} onChange={(x) => fields.set('dueOn', x)} />
      </FormShell>
    </div>
  );
}
