// One employer: needs (open positions), contacts with the unit, and placements of clients.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { Button, Heading } from 'suomifi-ui-components';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import { CONTACT_CHANNELS } from '../../../domain/codes.ts';
import { api } from '../../api.ts';
import { AreaField, CodeSelect, DateField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, bind, Empty, FormShell, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { displayDate, fullName, todayIso } from '../../format.ts';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import type { EmployerDetail, Unit } from '../../types.ts';

export default function EmployerPage() {
  const { t } = useTranslation();
  const { employerId } = useParams();
  const employer = useApi<EmployerDetail>(`/api/employers/${employerId}`);
  const units = useApi<Unit[]>('/api/units');
  const [form, setForm] = useState<'need' | 'contact' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string) => {
    setForm(null);
    setNotice(message);
    employer.reload();
  };
  return (
    <Async state={employer}>
      {(data) => (
        <>
          <PageTitle>{data.name}</PageTitle>
          <p className="client-subtitle">
            {t('employers.businessId')}: {data.businessId ?? '–'}
          </p>
          <SaveStatus message={notice} />
          <Section
            title={t('employers.needsTitle')}
            id="employer-needs"
            actions={form !== 'need' ? <Button variant="secondary" onClick={() => { setNotice(null); setForm('need'); }}>{t('employers.addNeed')}</Button> : null}
          >
            {form === 'need' ? <AddNeed employerId={data.id} units={units.data ?? []} onCancel={() => setForm(null)} onDone={() => done(t('employers.needAdded'))} /> : null}
            {(data.needs ?? []).length === 0 ? (
              <Empty>{t('employers.noNeeds')}</Empty>
            ) : (
              <ul className="card-list">
                {data.needs.map((need) => (
                  <li key={need.id} className="card">
                    <p>{need.description}</p>
                    <p className="card-meta">
                      {need.positions ? <span>{t('employers.positionsCount', { count: need.positions })}</span> : null}
                      {need.unitName ? <span>{need.unitName}</span> : null}
                      {need.open === false ? <Badge>{t('employers.closed')}</Badge> : null}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section
            title={t('employers.contactsTitle')}
            id="employer-contacts"
            actions={form !== 'contact' ? <Button variant="secondary" onClick={() => { setNotice(null); setForm('contact'); }}>{t('employers.addContact')}</Button> : null}
          >
            {form === 'contact' ? <AddContact employerId={data.id} units={units.data ?? []} onCancel={() => setForm(null)} onDone={() => done(t('employers.contactAdded'))} /> : null}
            {(data.contacts ?? []).length === 0 ? (
              <Empty>{t('employers.noContacts')}</Empty>
            ) : (
              <TableWrap label={t('employers.contactsTitle')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('employers.contactDate')}</th>
                      <th scope="col">{t('employers.channel')}</th>
                      <th scope="col">{t('employers.contactPerson')}</th>
                      <th scope="col">{t('employers.notes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...data.contacts]
                      .sort((a, b) => b.contactDate.localeCompare(a.contactDate))
                      .map((contact) => (
                        <tr key={contact.id}>
                          <th scope="row">{displayDate(contact.contactDate)}</th>
                          <td>{t(`codes.contactChannels.${contact.channel}`)}</td>
                          <td>{contact.contactPerson ?? ''}</td>
                          <td>{contact.notes ?? ''}</td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </TableWrap>
            )}
          </Section>
          <Section title={t('employers.placementsTitle')} id="employer-placements">
            {(data.placements ?? []).length === 0 ? (
              <Empty>{t('employers.noPlacements')}</Empty>
            ) : (
              <ul className="plain-list">
                {data.placements.map((placement) => (
                  <li key={placement.id}>
                    {placement.clientId ? <Link to={`/clients/${placement.clientId}/employment`}>{placement.clientName ?? fullName(placement)}</Link> : placement.clientName ?? fullName(placement)}{' '}
                    {displayDate(placement.startDate)}–{displayDate(placement.endDate)}
                    {placement.tasks ? `: ${placement.tasks}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Section>
        </>
      )}
    </Async>
  );
}

function AddNeed({ employerId, units, onDone, onCancel }: { employerId: string; units: Unit[]; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fields = useFields({ unitId: units.length === 1 ? units[0].id : '', description: '', positions: '' });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.unitId) errors.unitId = 'errors.required';
      if (!v.description.trim()) errors.description = 'errors.required';
      if (v.positions.trim() && !/^\d+$/.test(v.positions.trim())) errors.positions = 'errors.invalidNumber';
      return errors;
    },
    send: (key) =>
      api.post(`/api/employers/${employerId}/needs`, { unitId: v.unitId, description: v.description.trim(), positions: v.positions.trim() ? Number(v.positions.trim()) : undefined }, key),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('add-need', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('employers.addNeedTitle')}</Heading>
      <FormShell id="add-need" submission={submission} submitLabel={t('employers.addNeedSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <SelectField {...f('unitId')} label={t('employers.unit')} value={v.unitId} onChange={(x) => fields.set('unitId', x)} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <AreaField {...f('description')} label={t('employers.needDescription')} rows={3} value={v.description} onChange={(x) => fields.set('description', x)} />
        <TextField {...f('positions')} label={t('employers.positions')} optional inputMode="numeric" width="short" value={v.positions} onChange={(x) => fields.set('positions', x)} />
      </FormShell>
    </div>
  );
}

function AddContact({ employerId, units, onDone, onCancel }: { employerId: string; units: Unit[]; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fields = useFields({ unitId: units.length === 1 ? units[0].id : '', contactDate: todayIso(), contactPerson: '', channel: '', notes: '' });
  const v = fields.values;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.unitId) errors.unitId = 'errors.required';
      if (!isIsoDate(v.contactDate)) errors.contactDate = v.contactDate ? 'errors.invalidDate' : 'errors.required';
      if (!v.channel) errors.channel = 'errors.required';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/employers/${employerId}/contacts`,
        { unitId: v.unitId, contactDate: v.contactDate, contactPerson: v.contactPerson.trim() || undefined, channel: v.channel, notes: v.notes.trim() || undefined },
        key,
      ),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('add-contact', submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h3">{t('employers.addContactTitle')}</Heading>
      <FormShell id="add-contact" submission={submission} submitLabel={t('employers.addContactSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <SelectField {...f('unitId')} label={t('employers.unit')} value={v.unitId} onChange={(x) => fields.set('unitId', x)} options={units.map((u) => ({ value: u.id, label: u.name }))} />
        <DateField {...f('contactDate')} label={t('employers.contactDate')} value={v.contactDate} onChange={(x) => fields.set('contactDate', x)} />
        <CodeSelect {...f('channel')} label={t('employers.channel')} list="contactChannels" codes={CONTACT_CHANNELS} value={v.channel} onChange={(x) => fields.set('channel', x)} />
        <TextField {...f('contactPerson')} label={t('employers.contactPerson')} optional value={v.contactPerson} onChange={(x) => fields.set('contactPerson', x)} />
        <AreaField {...f('notes')} label={t('employers.notes')} optional rows={3} value={v.notes} onChange={(x) => fields.set('notes', x)} />
      </FormShell>
    </div>
  );
}
