// The client's own attendance, month by month.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraph } from 'suomifi-ui-components';
import { query } from '../../api.ts';
import { PageTitle } from '../../components/Layout.tsx';
import { Async } from '../../components/ui.tsx';
import { useApi } from '../../hooks.ts';
import type { AttendanceRecord, Holiday } from '../../types.ts';
import { AttendanceMonth, currentMonth, monthRange, MonthSwitcher, type Month } from '../shared/attendance.tsx';
import { useMyClientId } from './useMyClientId.ts';

export default function MyAttendance() {
  const { t } = useTranslation();
  const clientId = useMyClientId();
  const [month, setMonth] = useState<Month>(currentMonth);
  const { from, to } = monthRange(month);
  const records = useApi<AttendanceRecord[]>(`/api/clients/${clientId}/attendance${query({ from, to })}`);
  const holidays = useApi<Holiday[]>(`/api/holidays${query({ year: month.year })}`);
  return (
    <div className="narrow">
      <PageTitle>{t('myAttendance.title')}</PageTitle>
      <Paragraph mb="m">{t('myAttendance.intro')}</Paragraph>
      <MonthSwitcher month={month} onChange={setMonth} headingId="my-attendance-month" />
      <Async state={records}>
        {(list) => <AttendanceMonth month={month} records={list} holidays={holidays.data ?? []} captionId="my-attendance-month" />}
      </Async>
    </div>
  );
}
