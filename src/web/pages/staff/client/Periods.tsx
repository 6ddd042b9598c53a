// Service periods: start one, end one with its destination (the transition), and record the
// follow-ups that ending schedules at 3 and 6 months.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { DELIVERY_MODES, DESTINATIONS, FOLLOW_UP_STATUSES, SERVICE_KINDS } from '../../../../domain/codes.ts';
import { api, query } from '../../../api.ts';
import { AreaField, CodeRadio, CodeSelect, DateField, SelectField, TextField } from '../../../components/fields.tsx';
import { Async, Badge, bind, Empty, Facts, FormShell, SaveStatus, Section } from '../../../components/ui.tsx';
import { displayDate, displayNumber, parseDecimal, todayIso } from '../../../format.ts';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { FollowUp, Period, StaffMember, Unit } from '../../../types.ts';
import { useClient } from '../ClientPage.tsx';
import { isIsoDate } from '../../../../domain/calendar/dates.ts';

export default function Periods() {
  const { t } = useTranslation();
  const { client } = useClient();
  const periods = useApi<Period[]>(`/api/clients/${client.id}/periods`);
  const [starting, setStarting] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <>
      <Section
        title={t('periods.title')}
        id="periods"
        actions={
          !starting ? (
            <Button variant="secondary" onClick={() => { setNotice(null); setStarting(true); }}>
              {t('periods.start')}
            </Button>
          ) : null
        }
      >
        {starting ? (
          <StartPeriod
            homeUnitId={client.homeUnitId}
            onCancel={() => setStarting(false)}
            onDone={() => {
              setStarting(false);
              setNotice(t('periods.started'));
              periods.reload();
            }}
          />
        ) : null}
        <SaveStatus message={notice} />
        <Async state={periods}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('periods.none')}</Empty>
            ) : (
              <ul className="card-list">
                {[...list]
                  .sort((a, b) => b.startDate.localeCompare(a.startDate))
                  .map((period) => (
                    <li key={period.id} className="card">
                      <PeriodCard period={period} onChanged={(message) => { setNotice(message); periods.reload(); }} />
                    </li>
                  ))}
              </ul>
            )
          }
        </Async>
      </Section>
    </>
  );
}

function PeriodCard({ period, onChanged }: { period: Period; onChanged(message: string): void }) {
  const { t, i18n } = useTranslation();
  const [ending, setEnding] = useState(false);
  const active = !period.endDate;
  const followUps = [...(period.followUps ?? [])].sort((a, b) => a.months - b.months);
  return (
    <article aria-labelledby={`period-${period.id}`}>
      <Heading variant="h3" id={`period-${period.id}`}>
        {t(`codes.serviceKinds.${period.serviceKind}`)}{' '}
        {active ? <Badge tone="success">{t('periods.active')}</Badge> : <Badge>{t('periods.ended')}</Badge>}
      </Heading>
      <Facts
        items={[
          [t('periods.unit'), period.unitName ?? ''],
          [t('periods.startDate'), displayDate(period.startDate)],
          [t('periods.plannedEndDate'), displayDate(period.plannedEndDate)],
          ...(period.endDate ? ([[t('periods.endDate'), displayDate(period.endDate)]] as Array<[string, string]>) : []),
          [t('periods.deliveryMode'), t(`codes.deliveryModes.${period.deliveryMode}`)],
          [t('periods.schedule'), t('periods.scheduleValue', { days: period.daysPerWeek, hours: displayNumber(period.hoursPerDay, i18n.language) })],
          [t('periods.coach'), period.coachName ?? ''],
          ...(period.destination
            ? ([[t('periods.destination'), t(`codes.destinations.${period.destination}`)]] as Array<[string, string]>)
            : []),
          ...(period.endNote ? ([[t('periods.endNote'), period.endNote]] as Array<[string, string]>) : []),
          [t('catalogue.purchasing.periodContract'), period.contractReference ?? t('catalogue.purchasing.periodNoContract')],
        ]}
      />
      {active ? (
        ending ? (
          <EndPeriod
            period={period}
            onCancel={() => setEnding(false)}
            onDone={(ended) => {
              setEnding(false);
              const scheduled = (ended?.followUps ?? []).map((f) => t('periods.followUpDue', { months: f.months, date: displayDate(f.dueOn) })).join(', ');
              onChanged(scheduled ? t('periods.endedWithFollowUps', { followUps: scheduled }) : t('periods.endedNotice'));
            }}
          />
        ) : (
          <Button variant="secondary" onClick={() => setEnding(true)}>
            {t('periods.end')}
          </Button>
        )
      ) : null}
      {followUps.length > 0 ? (
        <div className="follow-ups">
          <Heading variant="h4" as="h4">
            {t('periods.followUpsTitle')}
          </Heading>
          <ul className="plain-list">
            {followUps.map((followUp) => (
              <li key={followUp.id} className="follow-up">
                <FollowUpRow followUp={followUp} onRecorded={() => onChanged(t('periods.followUpRecorded'))} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

function FollowUpRow({ followUp, onRecorded }: { followUp: FollowUp; onRecorded(): void }) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const overdue = !followUp.status && followUp.dueOn < todayIso();
  return (
    <div>
      <p className="follow-up-line">
        <strong>{t('periods.followUpMonths', { count: followUp.months })}</strong>{' '}
        {followUp.status ? (
          <>
            {t(`codes.followUpStatuses.${followUp.status}`)} ({t('periods.recordedOn', { date: displayDate(followUp.recordedOn) })})
            {followUp.note ? ` – ${followUp.note}` : ''}
          </>
        ) : (
          <>
            {t('periods.followUpDueOn', { date: displayDate(followUp.dueOn) })}{' '}
            {overdue ? <Badge tone="alert">{t('periods.overdue')}</Badge> : <Badge tone="warning">{t('periods.scheduled')}</Badge>}
          </>
        )}
      </p>
      {!followUp.status ? (
        recording ? (
          <RecordFollowUp followUp={followUp} onCancel={() => setRecording(false)} onDone={() => { setRecording(false); onRecorded(); }} />
        ) : (
          <Button variant="secondaryNoBorder" onClick={() => setRecording(true)}>
            {t('periods.recordFollowUp', { count: followUp.months })}
          </Button>
        )
      ) : null}
    </div>
  );
}

interface ApplicableContract {
  id: string;
  reference: string;
  title: string;
  purchaserName: string;
}

function StartPeriod({ homeUnitId, onDone, onCancel }: { homeUnitId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const units = useApi<Unit[]>('/api/units');
  const fields = useFields({
    unitId: homeUnitId,
    serviceKind: '',
    startDate: todayIso(),
    plannedEndDate: '',
    deliveryMode: 'onsite',
    daysPerWeek: '3',
    hoursPerDay: '4',
    coachId: '',
    contractId: '',
  });
  const staff = useApi<StaffMember[]>(fields.values.unitId ? `/api/staff${query({ unitId: fields.values.unitId })}` : null);
  const v = fields.values;
  // The contracts under which the unit can start this kind of period on the start date.
  const contracts = useApi<ApplicableContract[]>(
    v.unitId && v.serviceKind && isIsoDate(v.startDate) ? `/api/contracts/applicable${query({ unitId: v.unitId, date: v.startDate, serviceKind: v.serviceKind })}` : null,
  );
  const contractOptions = v.unitId && v.serviceKind && isIsoDate(v.startDate) ? (contracts.data ?? []) : [];
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.unitId) errors.unitId = 'errors.required';
      if (!v.serviceKind) errors.serviceKind = 'errors.required';
      if (!v.startDate) errors.startDate = 'errors.required';
      else if (!isIsoDate(v.startDate)) errors.startDate = 'errors.invalidDate';
      if (v.plannedEndDate && !isIsoDate(v.plannedEndDate)) errors.plannedEndDate = 'errors.invalidDate';
      else if (v.plannedEndDate && v.plannedEndDate < v.startDate) errors.plannedEndDate = 'errors.dateOrder';
      const days = Number(v.daysPerWeek);
      if (!Number.isInteger(days) || days < 1 || days > 7) errors.daysPerWeek = 'errors.invalidNumber';
      const hours = parseDecimal(v.hoursPerDay);
      if (hours === null || hours <= 0 || hours > 24) errors.hoursPerDay = 'errors.invalidNumber';
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/clients/${client.id}/periods`,
        {
          unitId: v.unitId,
          serviceKind: v.serviceKind,
          startDate: v.startDate,
          plannedEndDate: v.plannedEndDate || undefined,
          deliveryMode: v.deliveryMode,
          daysPerWeek: Number(v.daysPerWeek),
          hoursPerDay: parseDecimal(v.hoursPerDay),
          coachId: v.coachId || undefined,
          contractId: contractOptions.some((c) => c.id === v.contractId) ? v.contractId : undefined,
        },
        key,
      ),
    onSuccess: onDone,
  });
  const f = (path: string) => bind('start-period', submission, path);
  return (
    <div className="inline-form" id="start-period-area">
      <Heading variant="h3">{t('periods.startTitle')}</Heading>
      <Async state={units}>
        {(unitList) => (
          <FormShell
            id="start-period"
            submission={submission}
            submitLabel={t('periods.startSubmit')}
            secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}
          >
            <SelectField {...f('unitId')} label={t('periods.unit')} value={v.unitId} onChange={(x) => fields.set('unitId', x)} options={unitList.map((u) => ({ value: u.id, label: u.name }))} />
            <CodeSelect {...f('serviceKind')} label={t('periods.serviceKind')} list="serviceKinds" codes={SERVICE_KINDS} value={v.serviceKind} onChange={(x) => fields.set('serviceKind', x)} />
            <DateField {...f('startDate')} label={t('periods.startDate')} value={v.startDate} onChange={(x) => fields.set('startDate', x)} />
            <DateField {...f('plannedEndDate')} label={t('periods.plannedEndDate')} optional value={v.plannedEndDate} onChange={(x) => fields.set('plannedEndDate', x)} />
            <CodeRadio {...f('deliveryMode')} label={t('periods.deliveryMode')} list="deliveryModes" codes={DELIVERY_MODES} value={v.deliveryMode} onChange={(x) => fields.set('deliveryMode', x)} />
            <TextField {...f('daysPerWeek')} label={t('periods.daysPerWeek')} inputMode="numeric" width="short" value={v.daysPerWeek} onChange={(x) => fields.set('daysPerWeek', x)} />
            <TextField {...f('hoursPerDay')} label={t('periods.hoursPerDay')} inputMode="decimal" width="short" value={v.hoursPerDay} onChange={(x) => fields.set('hoursPerDay', x)} />
            <SelectField
              {...f('coachId')}
              label={t('periods.coach')}
              optional
              value={v.coachId}
              onChange={(x) => fields.set('coachId', x)}
              options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
            />
            <SelectField
              {...f('contractId')}
              label={t('catalogue.purchasing.periodContract')}
              hint={t('catalogue.purchasing.periodContractHint')}
              optional
              value={contractOptions.some((c) => c.id === v.contractId) ? v.contractId : ''}
              onChange={(x) => fields.set('contractId', x)}
              options={contractOptions.map((c) => ({ value: c.id, label: `${c.reference} – ${c.title} (${c.purchaserName})` }))}
            />
          </FormShell>
        )}
      </Async>
    </div>
  );
}

function EndPeriod({ period, onDone, onCancel }: { period: Period; onDone(ended: Period | undefined): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fields = useFields({ endDate: todayIso(), destination: '', note: '' });
  const v = fields.values;
  const formId = `end-period-${period.id}`;
  const submission = useSubmit<Period | undefined>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.endDate) errors.endDate = 'errors.required';
      else if (!isIsoDate(v.endDate)) errors.endDate = 'errors.invalidDate';
      else if (v.endDate < period.startDate) errors.endDate = 'errors.dateOrder';
      if (!v.destination) errors.destination = 'errors.required';
      return errors;
    },
    send: (key) => api.post<Period | undefined>(`/api/periods/${period.id}/end`, { endDate: v.endDate, destination: v.destination, note: v.note.trim() || undefined }, key),
    onSuccess: onDone,
  });
  const f = (path: string) => bind(formId, submission, path);
  return (
    <div className="inline-form">
      <Heading variant="h4" as="h4">{t('periods.endTitle')}</Heading>
      <Paragraph className="hint">{t('periods.endHint')}</Paragraph>
      <FormShell id={formId} submission={submission} submitLabel={t('periods.endSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <DateField {...f('endDate')} label={t('periods.endDate')} value={v.endDate} onChange={(x) => fields.set('endDate', x)} />
        <CodeSelect {...f('destination')} label={t('periods.destination')} list="destinations" codes={DESTINATIONS} value={v.destination} onChange={(x) => fields.set('destination', x)} />
        <AreaField {...f('note')} label={t('periods.endNote')} optional rows={3} value={v.note} onChange={(x) => fields.set('note', x)} />
      </FormShell>
    </div>
  );
}

function RecordFollowUp({ followUp, onDone, onCancel }: { followUp: FollowUp; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const fields = useFields({ status: '', recordedOn: todayIso(), note: '' });
  const v = fields.values;
  const formId = `follow-up-${followUp.id}`;
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.status) errors.status = 'errors.required';
      if (!v.recordedOn) errors.recordedOn = 'errors.required';
      else if (!isIsoDate(v.recordedOn)) errors.recordedOn = 'errors.invalidDate';
      return errors;
    },
    send: (key) => api.post(`/api/follow-ups/${followUp.id}`, { status: v.status, recordedOn: v.recordedOn, note: v.note.trim() || undefined }, key),
    onSuccess: onDone,
  });
  const f = (path: string) => bind(formId, submission, path);
  return (
    <div className="inline-form">
      <FormShell id={formId} submission={submission} submitLabel={t('periods.recordFollowUpSubmit')} secondary={<Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>}>
        <CodeSelect {...f('status')} label={t('periods.followUpStatus')} list="followUpStatuses" codes={FOLLOW_UP_STATUSES} value={v.status} onChange={(x) => fields.set('status', x)} />
        <DateField {...f('recordedOn')} label={t('periods.recordedOnLabel')} value={v.recordedOn} onChange={(x) => fields.set('recordedOn', x)} />
        <AreaField {...f('note')} label={t('periods.followUpNote')} optional rows={2} value={v.note} onChange={(x) => fields.set('note', x)} />
      </FormShell>
    </div>
  );
}
