// Ending a service period: the follow-ups it schedules.
import { FOLLOW_UP_MONTHS } from '../codes.ts';
import { addMonths } from '../calendar/dates.ts';

export function followUpSchedule(endDate: string): Array<{ months: number; dueOn: string }> {
  return FOLLOW_UP_MONTHS.map((months) => ({ months, dueOn: addMonths(endDate, months) }));
}
