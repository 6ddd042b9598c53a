// A month of attendance as a calendar table (weeks from Monday), public holidays marked, with the
// month's totals. Used on the coach's client page and on the client's own page.
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { addDays, daysInMonth, eachDate, formatIsoDate, isoWeekday } from '../../../domain/calendar/dates.ts';
import { displayNumber, monthName, todayIso } from '../../format.ts';
import type { AttendanceRecord, Holiday } from '../../types.ts';

export interface Month {
  year: number;
  month: number;
}

export function currentMonth(): Month {
  const today = todayIso();
  return { year: Number(today.slice(0, 4)), month: Number(today.slice(5, 7)) };
}

export function shiftMonth({ year, month }: Month, by: number): Month {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function monthRange({ year, month }: Month): { from: string; to: string } {
  return { from: formatIsoDate(year, month, 1), to: formatIsoDate(year, month, daysInMonth(year, month)) };
}

export function MonthSwitcher({ month, onChange, headingId }: { month: Month; onChange(month: Month): void; headingId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="month-switcher">
      <Button variant="secondary" onClick={() => onChange(shiftMonth(month, -1))} aria-label={t('attendance.previousMonth')}>
        ‹
      </Button>
      <h3 id={headingId} className="month-title" aria-live="polite">
        {monthName(month.year, month.month, i18n.language)}
      </h3>
      <Button variant="secondary" onClick={() => onChange(shiftMonth(month, 1))} aria-label={t('attendance.nextMonth')}>
        ›
      </Button>
    </div>
  );
}

function hoursOf(record: AttendanceRecord): number {
  const value = typeof record.hours === 'number' ? record.hours : Number(record.hours);
  return Number.isFinite(value) ? value : 0;
}

export function AttendanceMonth({
  month,
  records,
  holidays,
  captionId,
}: {
  month: Month;
  records: AttendanceRecord[];
  holidays: Holiday[];
  captionId: string;
}) {
  const { t, i18n } = useTranslation();
  const { from, to } = monthRange(month);
  const byDate = new Map<string, AttendanceRecord[]>();
  for (const record of records) {
    const list = byDate.get(record.date) ?? [];
    list.push(record);
    byDate.set(record.date, list);
  }
  const holidayOn = new Map(holidays.map((holiday) => [holiday.date, holiday.key]));
  const today = todayIso();

  // Weeks from the Monday on or before the 1st to the Sunday on or after the last day.
  const allDays = eachDate(addDays(from, 1 - isoWeekday(from)), addDays(to, 7 - isoWeekday(to)));
  const weeks: string[][] = [];
  for (let i = 0; i < allDays.length; i += 7) weeks.push(allDays.slice(i, i + 7));
  const weekdayNames = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
    short: t(`attendance.weekdaysShort.${n}`),
    long: t(`attendance.weekdays.${n}`),
  }));
  const inMonth = records.filter((r) => r.date >= from && r.date <= to);
  const totalHours = inMonth.reduce((sum, r) => sum + hoursOf(r), 0);
  const days = new Set(inMonth.map((r) => r.date)).size;

  return (
    <>
      <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="month-table">
          <caption className="visually-hidden">{t('attendance.monthCaption', { month: monthName(month.year, month.month, i18n.language) })}</caption>
          <thead>
            <tr>
              {weekdayNames.map((name) => (
                <th key={name.long} scope="col">
                  <abbr title={name.long}>{name.short}</abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week[0]}>
                {week.map((date) => {
                  const outside = date < from || date > to;
                  const dayRecords = byDate.get(date) ?? [];
                  const holiday = holidayOn.get(date);
                  const classes = ['day'];
                  if (outside) classes.push('day-outside');
                  else {
                    if (isoWeekday(date) >= 6) classes.push('day-weekend');
                    if (holiday) classes.push('day-holiday');
                    if (dayRecords.length > 0) classes.push('day-attended');
                    if (date === today) classes.push('day-today');
                  }
                  return (
                    <td key={date} className={classes.join(' ')}>
                      {outside ? null : (
                        <>
                          <span className="day-number">{Number(date.slice(8, 10))}</span>
                          {holiday ? <span className="day-holiday-name">{t(`holidays.${holiday}`, { defaultValue: t('attendance.holiday') })}</span> : null}
                          {dayRecords.map((record) => (
                            <span key={record.id} className="day-record">
                              {t('attendance.hoursShort', { hours: displayNumber(record.hours, i18n.language) })}{' '}
                              {t(`codes.attendanceModes.${record.mode}`)}
                            </span>
                          ))}
                        </>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="month-totals">
        {t('attendance.totals', { days, hours: displayNumber(totalHours, i18n.language) })}
      </p>
    </>
  );
}
