// Attendance of one client: the month as a calendar, a form to add a day (hours and on site or
// remote; entering the same day and mode again corrects it), and the month's records to remove.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { isIsoDate } from '../../../../domain/calendar/dates.ts';
import { ATTENDANCE_MODES } from '../../../../domain/codes.ts';
import { api, query } from '../../../api.ts';
import { CheckField, CodeRadio, DateField, SelectField, TextField } from '../../../components/fields.tsx';
import { Async, bind, Empty, FormShell, SaveStatus, Section, TableWrap } from '../../../components/ui.tsx';
import { displayDateWithWeekday, displayNumber, parseDecimal, todayIso } from '../../../format.ts';
import { useApi, useFields, useSubmit } from '../../../hooks.ts';
import type { AttendanceRecord, Holiday, Period } from '../../../types.ts';
import { AttendanceMonth, currentMonth, monthRange, MonthSwitcher, type Month } from '../../shared/attendance.tsx';
import { useClient } from '../ClientPage.tsx';

export default function Attendance() {
  const { t, i18n } = useTranslation();
  const { client } = useClient();
  const [month, setMonth] = useState<Month>(currentMonth);
  const { from, to } = monthRange(month);
  const records = useApi<AttendanceRecord[]>(`/api/clients/${client.id}/attendance${query({ from, to })}`);
  const holidays = useApi<Holiday[]>(`/api/holidays${query({ year: month.year })}`);
  const periods = useApi<Period[]>(`/api/clients/${client.id}/periods`);
  const [notice, setNotice] = useState<string | null>(null);

  const remove = (record: AttendanceRecord) => {
    void api.delete(`/api/attendance/${record.id}`).then(
      () => {
        setNotice(t('attendance.removed'));
        records.reload();
      },
      () => setNotice(t('errors.internal')),
    );
  };

  return (
    <>
      <Section title={t('attendance.title')} id="attendance">
        <MonthSwitcher month={month} onChange={setMonth} headingId="attendance-month" />
        <Async state={records}>
          {(list) => <AttendanceMonth month={month} records={list} holidays={holidays.data ?? []} captionId="attendance-month" />}
        </Async>
        <SaveStatus message={notice} />
      </Section>
      <Section title={t('attendance.addTitle')} id="attendance-add">
        <Async state={periods}>
          {(periodList) =>
            periodList.length === 0 ? (
              <Empty>{t('attendance.noPeriods')}</Empty>
            ) : (
              <AddAttendance
                periods={periodList}
                holidays={holidays.data ?? []}
                onDone={(date) => {
                  setNotice(t('attendance.saved'));
                  const year = Number(date.slice(0, 4));
                  const monthNumber = Number(date.slice(5, 7));
                  if (year !== month.year || monthNumber !== month.month) setMonth({ year, month: monthNumber });
                  else records.reload();
                }}
              />
            )
          }
        </Async>
      </Section>
      <Section title={t('attendance.recordsTitle')} id="attendance-records">
        <Async state={records}>
          {(list) =>
            list.length === 0 ? (
              <Empty>{t('attendance.noRecords')}</Empty>
            ) : (
              <TableWrap label={t('attendance.recordsTitle')}>
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">{t('attendance.date')}</th>
                      <th scope="col">{t('attendance.hours')}</th>
                      <th scope="col">{t('attendance.mode')}</th>
                      <th scope="col">{t('attendance.context')}</th>
                      <th scope="col">
                        <span className="visually-hidden">{t('common.actions')}</span>
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...list]
                      .sort((a, b) => a.date.localeCompare(b.date))
                      .map((record) => (
                        <tr key={record.id}>
                          <th scope="row">{displayDateWithWeekday(record.date, i18n.language)}</th>
                          <td>{displayNumber(record.hours, i18n.language)}</td>
                          <td>{t(`codes.attendanceModes.${record.mode}`)}</td>
                          <td>{record.groupId ? record.groupName ?? t('attendance.group') : t('attendance.period')}</td>
                          <td>
                            <Button
                              variant="secondaryNoBorder"
                              onClick={() => remove(record)}
                              aria-label={t('attendance.removeLabel', { date: displayDateWithWeekday(record.date, i18n.language) })}
                            >
                              {t('attendance.remove')}
                            </Button>
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
    </>
  );
}

function AddAttendance({ periods, holidays, onDone }: { periods: Period[]; holidays: Holiday[]; onDone(date: string): void }) {
  const { t } = useTranslation();
  const { client } = useClient();
  const active = periods.filter((period) => !period.endDate);
  const choices = active.length > 0 ? active : periods;
  const first = choices[0];
  const fields = useFields({
    periodId: first?.id ?? '',
    date: todayIso(),
    hours: first ? String(first.hoursPerDay).replace(/\.0+$/, '') : '',
    mode: first?.deliveryMode === 'remote' ? 'remote' : 'onsite',
    allowHoliday: false,
  });
  const v = fields.values;
  const holiday = holidays.find((h) => h.date === v.date);
  const submission = useSubmit({
    validate: () => {
      const errors: Record<string, string> = {};
      if (!v.periodId) errors.periodId = 'errors.required';
      if (!v.date) errors.date = 'errors.required';
      else if (!isIsoDate(v.date)) errors.date = 'errors.invalidDate';
      const hours = parseDecimal(v.hours);
      if (hours === null || hours <= 0 || hours > 24) errors.hours = 'errors.invalidHours';
      return errors;
    },
    send: (key) => api.post(`/api/clients/${client.id}/attendance`, { periodId: v.periodId, date: v.date, hours: parseDecimal(v.hours), mode: v.mode, ...(holiday ? { allowHoliday: v.allowHoliday } : {}) }, key),
    onSuccess: () => onDone(v.date),
    savedText: t('attendance.saved'),
  });
  const f = (path: string) => bind('add-attendance', submission, path);
  return (
    <>
      <FormShell id="add-attendance" submission={submission} submitLabel={t('attendance.addSubmit')}>
        <SelectField
          {...f('periodId')}
          label={t('attendance.period')}
          value={v.periodId}
          onChange={(x) => fields.set('periodId', x)}
          options={choices.map((period) => ({ value: period.id, label: `${t(`codes.serviceKinds.${period.serviceKind}`)} (${period.unitName ?? ''})` }))}
        />
        <DateField {...f('date')} label={t('attendance.date')} value={v.date} onChange={(x) => fields.set('date', x)} hint={holiday ? t('attendance.isHoliday', { name: t(`holidays.${holiday.key}`) }) : undefined} />
        <TextField {...f('hours')} label={t('attendance.hours')} inputMode="decimal" width="short" value={v.hours} onChange={(x) => fields.set('hours', x)} />
        <CodeRadio {...f('mode')} label={t('attendance.mode')} list="attendanceModes" codes={ATTENDANCE_MODES} value={v.mode} onChange={(x) => fields.set('mode', x)} />
        {holiday ? (
          <CheckField {...f('allowHoliday')} checked={v.allowHoliday} onChange={(x) => fields.set('allowHoliday', x)}>
            {t('attendance.allowHoliday')}
          </CheckField>
        ) : null}
      </FormShell>
    </>
  );
}
