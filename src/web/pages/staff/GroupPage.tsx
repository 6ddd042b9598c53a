// One group: details and timetable, participants, and attendance for the whole group on a date.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { Button, Checkbox, Paragraph, SearchInput } from 'suomifi-ui-components';
import { isIsoDate } from '../../../domain/calendar/dates.ts';
import { ATTENDANCE_MODES } from '../../../domain/codes.ts';
import { api, ApiError, newIdempotencyKey, query } from '../../api.ts';
import { CodeSelect, DateField, TextField } from '../../components/fields.tsx';
import { PageTitle } from '../../components/Layout.tsx';
import { Async, Badge, bind, Empty, Facts, fieldId, FormShell, SaveStatus, Section, TableWrap } from '../../components/ui.tsx';
import { displayDate, displayDateWithWeekday, fullName, parseDecimal, todayIso } from '../../format.ts';
import { useApi, useErrorText, useFields, useSubmit } from '../../hooks.ts';
import type { AttendanceRecord, ClientListItem, Group, GroupParticipant, Holiday, StaffMember } from '../../types.ts';
import { RemoteLink, Timetable } from '../shared/groups.tsx';

export default function GroupPage() {
  const { t } = useTranslation();
  const { groupId } = useParams();
  const location = useLocation();
  const group = useApi<Group>(`/api/groups/${groupId}`);
  // Group answers name the coach by id only: the names come from the staff list.
  const staff = useApi<StaffMember[]>('/api/staff');
  const coachName = (data: Group) => data.coachName ?? staff.data?.find((s) => s.id === data.coachId)?.displayName ?? '';
  const [notice, setNotice] = useState<string | null>((location.state as { created?: boolean } | null)?.created ? t('groups.created') : null);
  const errorText = useErrorText();

  const removeParticipant = (participant: GroupParticipant) => {
    void api.delete(`/api/groups/${groupId}/participants/${participant.clientId}`).then(
      () => {
        setNotice(t('groups.participantRemoved', { name: fullName(participant) }));
        group.reload();
      },
      (error: unknown) => setNotice(error instanceof ApiError ? errorText(error.messageKey, error.title) : t('errors.internal')),
    );
  };

  return (
    <Async state={group}>
      {(data) => {
        const participants = (data.participants ?? []).filter((p) => !p.leftOn);
        return (
          <>
            <PageTitle>{data.name}</PageTitle>
            <SaveStatus message={notice} />
            <Section title={t('groups.detailsTitle')} id="group-details">
              <div className="badges">
                <Badge>{t(`codes.groupKinds.${data.kind}`)}</Badge>
                <Badge>{t(`codes.deliveryModes.${data.deliveryMode}`)}</Badge>
              </div>
              {data.description ? <Paragraph mb="s">{data.description}</Paragraph> : null}
              <Facts
                items={[
                  [t('groups.unit'), data.unitName ?? ''],
                  [t('groups.period'), `${displayDate(data.startDate)}–${displayDate(data.endDate)}`],
                  [t('groups.coach'), coachName(data)],
                ]}
              />
              <h3 className="subheading">{t('groups.timetable')}</h3>
              <Timetable group={data} />
              <RemoteLink group={data} />
            </Section>
            <Section title={t('groups.participantsTitle', { count: participants.length })} id="group-participants">
              {participants.length === 0 ? (
                <Empty>{t('groups.noParticipants')}</Empty>
              ) : (
                <ul className="plain-list participant-list">
                  {participants.map((participant) => (
                    <li key={participant.clientId}>
                      <Link to={`/clients/${participant.clientId}`}>{fullName(participant)}</Link>{' '}
                      <span className="muted">{t('groups.joinedOn', { date: displayDate(participant.joinedOn) })}</span>{' '}
                      <Button variant="secondaryNoBorder" onClick={() => removeParticipant(participant)} aria-label={t('groups.removeParticipantLabel', { name: fullName(participant) })}>
                        {t('groups.removeParticipant')}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
              <AddParticipant
                group={data}
                onAdded={(name) => {
                  setNotice(t('groups.participantAdded', { name }));
                  group.reload();
                }}
              />
            </Section>
            <Section title={t('groups.attendanceTitle')} id="group-attendance">
              {(data.participants ?? []).length === 0 ? <Empty>{t('groups.attendanceNeedsParticipants')}</Empty> : <GroupAttendance group={data} />}
            </Section>
          </>
        );
      }}
    </Async>
  );
}

function AddParticipant({ group, onAdded }: { group: Group; onAdded(name: string): void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [searched, setSearched] = useState('');
  const [joinedOn, setJoinedOn] = useState(todayIso());
  const [error, setError] = useState<string | null>(null);
  const errorText = useErrorText();
  const results = useApi<ClientListItem[]>(searched ? `/api/clients${query({ q: searched })}` : null);
  const already = new Set((group.participants ?? []).filter((p) => !p.leftOn).map((p) => p.clientId));

  const add = (client: ClientListItem) => {
    if (!isIsoDate(joinedOn)) {
      setError(t('errors.invalidDate'));
      return;
    }
    setError(null);
    api.post(`/api/groups/${group.id}/participants`, { clientId: client.id, joinedOn }, newIdempotencyKey()).then(
      () => onAdded(`${client.firstName} ${client.lastName}`),
      (caught: unknown) => setError(caught instanceof ApiError ? errorText(caught.messageKey, caught.title) : t('errors.internal')),
    );
  };

  return (
    <div className="inline-form">
      <h3 className="subheading">{t('groups.addParticipant')}</h3>
      <div className="field">
        <SearchInput
          id="participant-search"
          labelText={t('groups.searchClient')}
          clearButtonLabel={t('common.clear')}
          searchButtonLabel={t('common.search')}
          value={q}
          onChange={setQ}
          onSearch={(value) => setSearched(value.trim())}
          fullWidth
        />
      </div>
      <DateField id="participant-joined" label={t('groups.joinedOnLabel')} value={joinedOn} onChange={setJoinedOn} />
      <div role="alert" className="form-error">
        {error ? <p className="error-text">{error}</p> : null}
      </div>
      {searched ? (
        <Async state={results}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('clients.noResults')}</Empty>
            ) : (
              <ul className="plain-list search-results" aria-label={t('groups.searchResults')}>
                {list.slice(0, 10).map((client) => (
                  <li key={client.id}>
                    <span>
                      {client.lastName}, {client.firstName} ({client.birthYear})
                    </span>{' '}
                    {already.has(client.id) ? (
                      <Badge>{t('groups.alreadyParticipant')}</Badge>
                    ) : (
                      <Button variant="secondary" onClick={() => add(client)} aria-label={t('groups.addClientLabel', { name: `${client.firstName} ${client.lastName}` })}>
                        {t('groups.add')}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )
          }
        </Async>
      ) : null}
    </div>
  );
}

interface Row {
  present: boolean;
  hours: string;
  mode: string;
  /** Whether a record exists for the date: unticking it sends 0 hours, which removes it. */
  recorded: boolean;
}

/** Participants on a date: joined by then and not left before it. */
function participantsOn(group: Group, date: string): GroupParticipant[] {
  return (group.participants ?? []).filter((p) => p.joinedOn <= date && (!p.leftOn || p.leftOn >= date));
}

function GroupAttendance({ group }: { group: Group }) {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(todayIso());
  const validDate = isIsoDate(date);
  const participants = validDate ? participantsOn(group, date) : [];
  const existing = useApi<Array<AttendanceRecord & { clientId: string }>>(validDate ? `/api/groups/${group.id}/attendance${query({ date })}` : null);
  const holidays = useApi<Holiday[]>(validDate ? `/api/holidays${query({ year: date.slice(0, 4) })}` : null);
  const holiday = validDate ? (holidays.data ?? []).find((h) => h.date === date) : undefined;
  const decimal = (value: number) => String(Math.round(value * 100) / 100).replace('.', i18n.language === 'en' ? '.' : ',');
  const defaultHours = (() => {
    const weekday = validDate ? new Date(`${date}T12:00:00Z`).getUTCDay() || 7 : 0;
    const slot = group.timetable.find((s) => s.weekday === weekday) ?? group.timetable[0];
    if (!slot) return '4';
    const [sh, sm] = slot.startTime.split(':').map(Number);
    const [eh, em] = slot.endTime.split(':').map(Number);
    const hours = (eh * 60 + em - (sh * 60 + sm)) / 60;
    return hours > 0 ? decimal(hours) : '4';
  })();
  const defaultMode = group.deliveryMode === 'remote' ? 'remote' : 'onsite';
  const fields = useFields<{ rows: Record<string, Row>; allowHoliday: boolean }>({ rows: {}, allowHoliday: false });
  const participantKey = participants.map((p) => p.clientId).join(',');

  useEffect(() => {
    const records = existing.data ?? [];
    const rows: Record<string, Row> = {};
    for (const participant of participants) {
      const record = records.find((r) => r.clientId === participant.clientId);
      rows[participant.clientId] = record
        ? { present: true, hours: decimal(Number(record.hours)), mode: record.mode, recorded: true }
        : { present: false, hours: defaultHours, mode: defaultMode, recorded: false };
    }
    fields.setValues({ rows, allowHoliday: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [existing.data, participantKey]);

  const rows = fields.values.rows;
  const rowOf = (clientId: string): Row => rows[clientId] ?? { present: false, hours: defaultHours, mode: defaultMode, recorded: false };
  const setRow = (clientId: string, patch: Partial<Row>) =>
    fields.setValues((current) => ({ ...current, rows: { ...current.rows, [clientId]: { ...rowOf(clientId), ...current.rows[clientId], ...patch } } }));

  // What is sent: everyone ticked, and those unticked whose earlier record is to be removed (0 hours).
  // Error paths name the index in this list.
  const sent = participants.filter((p) => rowOf(p.clientId).present || rowOf(p.clientId).recorded);
  const entryIndex = new Map(sent.map((p, index) => [p.clientId, index]));
  const rowError = (clientId: string) => {
    const index = entryIndex.get(clientId);
    if (index === undefined) return undefined;
    return submission.fieldErrors[`entries.${index}.hours`] ?? submission.fieldErrors[`entries.${index}.clientId`];
  };

  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!validDate) errors.date = date ? 'errors.invalidDate' : 'errors.required';
      else if (sent.length === 0) errors.entries = 'errors.noneMarked';
      for (const participant of sent) {
        const row = rowOf(participant.clientId);
        if (!row.present) continue;
        const hours = parseDecimal(row.hours);
        if (hours === null || hours <= 0 || hours > 24) errors[`entries.${entryIndex.get(participant.clientId)}.hours`] = 'errors.invalidHours';
      }
      return errors;
    },
    send: (key) =>
      api.post(
        `/api/groups/${group.id}/attendance`,
        {
          date,
          entries: sent.map((participant) => {
            const row = rowOf(participant.clientId);
            return { clientId: participant.clientId, hours: row.present ? parseDecimal(row.hours) : 0, mode: row.mode };
          }),
          ...(holiday ? { allowHoliday: fields.values.allowHoliday } : {}),
        },
        key,
      ),
    savedText: t('groups.attendanceSaved', { date: validDate ? displayDateWithWeekday(date, i18n.language) : date }),
    onSuccess: () => existing.reload(),
  });

  return (
    <FormShell id="group-attendance" submission={submission} submitLabel={t('groups.attendanceSubmit')}>
      <DateField {...bind('group-attendance', submission, 'date')} label={t('groups.attendanceDate')} value={date} onChange={setDate} />
      {holiday ? (
        <div className="holiday-warning">
          <p>
            <Badge tone="alert">{t('attendance.holiday')}</Badge> {t('attendance.isHoliday', { name: t(`holidays.${holiday.key}`) })}
          </p>
          <Checkbox id="group-attendance-allowHoliday" checked={fields.values.allowHoliday} onClick={({ checkboxState }) => fields.set('allowHoliday', checkboxState)}>
            {t('groups.allowHoliday')}
          </Checkbox>
        </div>
      ) : null}
      {participants.length === 0 ? (
        <Empty>{t('groups.noParticipantsOnDate')}</Empty>
      ) : (
        <TableWrap label={t('groups.attendanceTableLabel')}>
          <table className="table attendance-table" id={fieldId('group-attendance', 'entries')} tabIndex={-1}>
            <caption className="visually-hidden">{t('groups.attendanceTableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('groups.participant')}</th>
                <th scope="col">{t('groups.present')}</th>
                <th scope="col">{t('attendance.hours')}</th>
                <th scope="col">{t('attendance.mode')}</th>
              </tr>
            </thead>
            <tbody>
              {participants.map((participant) => {
                const row = rowOf(participant.clientId);
                const name = fullName(participant);
                const index = entryIndex.get(participant.clientId);
                return (
                  <tr key={participant.clientId}>
                    <th scope="row">{name}</th>
                    <td>
                      <Checkbox id={`present-${participant.clientId}`} checked={row.present} onClick={({ checkboxState }) => setRow(participant.clientId, { present: checkboxState })}>
                        <span className="visually-hidden">{t('groups.presentLabel', { name })}</span>
                      </Checkbox>
                    </td>
                    <td>
                      <TextField
                        id={fieldId('group-attendance', index === undefined ? `hours-${participant.clientId}` : `entries.${index}.hours`)}
                        error={rowError(participant.clientId)}
                        label={t('groups.hoursLabel', { name })}
                        hideLabel
                        value={row.hours}
                        onChange={(x) => setRow(participant.clientId, { hours: x })}
                        inputMode="decimal"
                        width="short"
                      />
                    </td>
                    <td>
                      <CodeSelect
                        id={`mode-${participant.clientId}`}
                        label={t('groups.modeLabel', { name })}
                        hideLabel
                        list="attendanceModes"
                        codes={ATTENDANCE_MODES}
                        value={row.mode}
                        onChange={(x) => setRow(participant.clientId, { mode: x })}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </FormShell>
  );
}
