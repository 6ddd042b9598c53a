// Placements of the client with employers (work trial, practice, pay-subsidised work outside the unit).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { isIsoDate } from '../../../../domain/calendar/dates.ts';
import { api } from '../../../api.ts';
import { AreaField, DateField, SelectField } from '../../../components/fields.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section, TableWrap } from '../../../components/ui.tsx';
import { displayDate, todayIso } from '../../../format.ts';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { Employer, Period, Placement } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';

export default function Employment() {
  const { t } = useTranslation();
  const { client } = useClient();
  const placements = useApi<Placement[]>(`/api/clients/${client.id}/placements`);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Section
      title={t('placements.title')}
      id="placements"
      actions={!adding ? <Button variant="secondary" onClick={() => { setNotice(null); setAdding(true); }}>{t('placements.add')}</Button> : null}
    >
      {adding ? (
        <AddPlacement
          onCancel={() => setAdding(false)}
          onDone={() => {
            setAdding(false);
            setNotice(t('placements.added'));
            placements.reload();
          }}
        />
      ) : null}
      <SaveStatus message={notice} />
      <Async state={placements}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('placements.none')}</Empty>
          ) : (
            <TableWrap label={t('placements.title')}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('placements.employer')}</th>
                    <th scope="col">{t('placements.startDate')}</th>
                    <th scope="col">{t('placements.endDate')}</th>
                    <th scope="col">{t('placements.tasks')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((placement) => (
                    <tr key={placement.id}>
                      <th scope="row">{placement.employerName ?? ''}</th>
                      <td>{displayDate(placement.startDate)}</td>
                      <td>{displayDate(placement.endDate)}</td>
                      <td>{placement.tasks ?? ''}</td>
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

function AddPlacement({ onDone, onCancel }: { onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const employers = useApi<Employer[]>('/api/employers');
  const periods = useApi<Period[]>(`/api/clients/${client.id}/periods`);
  const fields = useFields({ employerId: '', periodId: '', startDate: todayIso(), endDate: '', tasks: '' });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.employerId) errors.employerId = 'errors.required';
      if (!v.startDate) errors.startDate = 'errors.required';
      else if (!isIsoDate(v.startDate)) errors.startDate = 'errors.invalidDate';
      if (v.endDate && !isIsoDate(v.endDate)) errors.endDate = 'errors.invalidDate';
      else if (v.endDate && v.endDate < v.startDate) errors.endDate = 'errors.dateOrder';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/clients/${client.id}/placements`,
        { employerId: v.employerId, periodId: v.periodId || undefined, startDate: v.startDate, endDate: v.endDate || undefined, tasks: v.tasks.trim() || undefined },
        key,
      ),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('add-placement', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('placements.addTitle')}</Heading>
      <Async state={employers}>
        {(employerList) => (
          <FormShell id="add-placement" submission={submission} submitLabel={t('placements.addSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
            <SelectField {...f('employerId')} label={t('placements.employer')} value={v.employerId} onChange={(x) => fields.set('employerId', x)} options={employerList.map((e) => ({ value: e.id, label: e.name }))} />
            <SelectField
              {...f('periodId')}
              label={t('placements.period')}
              optional
              value={v.periodId}
              onChange={(x) => fields.set('periodId', x)}
              options={(periods.data ?? []).map((p) => ({ value: p.id, label: `${t(`codes.serviceKinds.${p.serviceKind}`)} ${displayDate(p.startDate)}` }))}
            />
            <DateField {...f('startDate')} label={t('placements.startDate')} value={v.startDate} onChange={(x) => fields.set('startDate', x)} />
            <DateField {...f('endDate')} label={t('placements.endDate')} optional value={v.endDate} onChange={(x) => fields.set('endDate', x)} />
            <AreaField {...f('tasks')} label={t('placements.tasks')} optional rows={3} value={v.tasks} onChange={(x) => fields.set('tasks', x)} />
          </FormShell>
        )}
      </Async>
    </div>
  );
}
