// A new group with its weekly timetable and, for remote or hybrid groups, the remote link.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Button, Heading, TimeInput } from 'suomifi-ui-components';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import { DELIVERY_MODES, GROUP_KINDS } from '../../../domain/codes.ts';
import { api, query } from '../../api.ts';
import { AreaField, CodeRadio, CodeSelect, DateField, SelectField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, bind, fieldId, FormShell } from '../../components/ui.tsx';
import { todayIso } from '../../format.ts';
import { useApi, useFields, useSubmit } from '../../hooks.ts';
import type { Group, StaffMember, Unit } from '../../types.ts';

interface SlotValues {
  weekday: string;
  startTime: string;
  endTime: string;
  place: string;
}

/** '9', '9.00', '09:00' or '0900' → '09:00'; null when it is not a time of day. */
export function normaliseTime(text: string): string | null {
  const value = text.trim();
  let match = /^(\d{1,2})$/.exec(value);
  if (match) return Number(match[1]) < 24 ? `${match[1].padStart(2, '0')}:00` : null;
  match = /^(\d{1,2})[.:]?(\d{2})$/.exec(value);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${match[2]}`;
}

export default function NewGroup() {
  const { t } = useTranslation();
  const units = useApi<Unit[]>('/api/units');
  return (
    <div className="narrow">
      <PageTitle>{t('groups.createTitle')}</PageTitle>
      <Async state={units}>{(list) => <GroupForm units={list} />}</Async>
    </div>
  );
}

function GroupForm({ units }: { units: Unit[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const fields = useFields({
    unitId: units.length === 1 ? units[0].id : '',
    name: '',
    kind: '',
    description: '',
    deliveryMode: 'onsite',
    remoteLink: '',
    startDate: todayIso(),
    endDate: '',
    coachId: '',
    timetable: [{ weekday: '1', startTime: '9.00', endTime: '13.00', place: '' }] as SlotValues[],
  });
  const v = fields.values;
  const staff = useApi<StaffMember[]>(v.unitId ? `/api/staff${query({ unitId: v.unitId })}` : null);
  const remote = v.deliveryMode !== 'onsite';

  const setSlot = (index: number, patch: Partial<SlotValues>) =>
    fields.set(
      'timetable',
      v.timetable.map((slot, i) => (i === index ? { ...slot, ...patch } : slot)),
    );

  const submission = useSubmit<Group>({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.unitId) errors.unitId = 'errors.required';
      if (!v.name.trim()) errors.name = 'errors.required';
      if (!v.kind) errors.kind = 'errors.required';
      if (!isIsoDate(v.startDate)) errors.startDate = v.startDate ? 'errors.invalidDate' : 'errors.required';
      if (v.endDate && !isIsoDate(v.endDate)) errors.endDate = 'errors.invalidDate';
      else if (v.endDate && v.endDate < v.startDate) errors.endDate = 'errors.dateOrder';
      if (remote && v.remoteLink.trim() && !/^https:\/\/\S+$/.test(v.remoteLink.trim())) errors.remoteLink = 'errors.invalidUrl';
      v.timetable.forEach((slot, index) => {
        const start = normaliseTime(slot.startTime);
        const end = normaliseTime(slot.endTime);
        if (!start) errors[`timetable.${index}.startTime`] = 'errors.invalidTime';
        if (!end) errors[`timetable.${index}.endTime`] = 'errors.invalidTime';
        else if (start && end <= start) errors[`timetable.${index}.endTime`] = 'errors.timeOrder';
      });
      return errors;
    },
    send: (key) =>
      api.post<Group>(
        '/api/groups',
        {
          unitId: v.unitId,
          name: v.name.trim(),
          kind: v.kind,
          description: v.description.trim() || undefined,
          deliveryMode: v.deliveryMode,
          remoteLink: remote && v.remoteLink.trim() ? v.remoteLink.trim() : undefined,
          startDate: v.startDate,
          endDate: v.endDate || undefined,
          coachId: v.coachId || undefined,
          timetable: v.timetable.map((slot) => ({
            weekday: Number(slot.weekday),
            startTime: normaliseTime(slot.startTime),
            endTime: normaliseTime(slot.endTime),
            place: slot.place.trim() || undefined,
          })),
        },
        key,
      ),
    onSuccess: (group) => navigate(`/groups/${group.id}`, { state: { created: true } }),
  });
  const f = (path: string) => bind('new-group', submission, path);
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((n) => ({ value: String(n), label: t(`attendance.weekdays.${n}`) }));

  return (
    <FormShell id="new-group" submission={submission} submitLabel={t('groups.createSubmit')}>
      <SelectField {...f('unitId')} label={t('groups.unit')} value={v.unitId} onChange={(x) => fields.set('unitId', x)} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      <TextField {...f('name')} label={t('groups.name')} value={v.name} onChange={(x) => fields.set('name', x)} />
      <CodeSelect {...f('kind')} label={t('groups.kind')} hint={t('groups.kindHint')} list="groupKinds" codes={GROUP_KINDS} value={v.kind} onChange={(x) => fields.set('kind', x)} />
      <AreaField {...f('description')} label={t('groups.description')} optional rows={3} value={v.description} onChange={(x) => fields.set('description', x)} />
      <CodeRadio {...f('deliveryMode')} label={t('groups.deliveryMode')} list="deliveryModes" codes={DELIVERY_MODES} value={v.deliveryMode} onChange={(x) => fields.set('deliveryMode', x)} />
      {remote ? (
        <TextField {...f('remoteLink')} label={t('groups.remoteLink')} hint={t('groups.remoteLinkHint')} optional type="url" value={v.remoteLink} onChange={(x) => fields.set('remoteLink', x)} />
      ) : null}
      <DateField {...f('startDate')} label={t('groups.startDate')} value={v.startDate} onChange={(x) => fields.set('startDate', x)} />
      <DateField {...f('endDate')} label={t('groups.endDate')} optional value={v.endDate} onChange={(x) => fields.set('endDate', x)} />
      <SelectField
        {...f('coachId')}
        label={t('groups.coach')}
        optional
        value={v.coachId}
        onChange={(x) => fields.set('coachId', x)}
        options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
      />
      <fieldset className="fieldset">
        <legend className="legend-h3">{t('groups.timetable')}</legend>
        {v.timetable.map((slot, index) => (
          <div key={index} className="slot" role="group" aria-labelledby={`slot-${index}-label`}>
            <Heading variant="h4" as="h2" id={`slot-${index}-label`}>
              {t('groups.slot', { number: index + 1 })}
            </Heading>
            <SelectField {...f(`timetable.${index}.weekday`)} label={t('groups.weekday')} value={slot.weekday} onChange={(x) => setSlot(index, { weekday: x })} options={weekdays} />
            <div className="field-row">
              <div className="field">
                <TimeInput
                  id={fieldId('new-group', `timetable.${index}.startTime`)}
                  labelText={t('groups.startTime')}
                  value={slot.startTime}
                  onChange={(x) => setSlot(index, { startTime: x })}
                  status={submission.fieldErrors[`timetable.${index}.startTime`] ? 'error' : 'default'}
                  statusText={submission.fieldErrors[`timetable.${index}.startTime`]}
                />
              </div>
              <div className="field">
                <TimeInput
                  id={fieldId('new-group', `timetable.${index}.endTime`)}
                  labelText={t('groups.endTime')}
                  value={slot.endTime}
                  onChange={(x) => setSlot(index, { endTime: x })}
                  status={submission.fieldErrors[`timetable.${index}.endTime`] ? 'error' : 'default'}
                  statusText={submission.fieldErrors[`timetable.${index}.endTime`]}
                />
              </div>
            </div>
            <TextField {...f(`timetable.${index}.place`)} label={t('groups.place')} optional value={slot.place} onChange={(x) => setSlot(index, { place: x })} />
            {v.timetable.length > 1 ? (
              <Button variant="secondaryNoBorder" onClick={() => fields.set('timetable', v.timetable.filter((_, i) => i !== index))}>
                {t('groups.removeSlot', { number: index + 1 })}
              </Button>
            ) : null}
          </div>
        ))}
        <Button variant="secondary" onClick={() => fields.set('timetable', [...v.timetable, { weekday: String(Math.min(7, Number(v.timetable[v.timetable.length - 1]?.weekday ?? '1') + 1)), startTime: '9.00', endTime: '13.00', place: '' }])}>
          {t('groups.addSlot')}
        </Button>
      </fieldset>
    </FormShell>
  );
}
