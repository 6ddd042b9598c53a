// Names of the holidays in the languages of the service. The UI reads them through i18n as
// `holidays.<key>`; this table is the source for those translations and for non-UI output.

import type { HolidayKey } from './holidays.ts';

export interface HolidayName {
  fi: string;
  sv: string;
  en: string;
}

// Finnish and Swedish holiday names are written in lower case, as in running text (Kristi is a name).
export const HOLIDAY_NAMES: Readonly<Record<HolidayKey, HolidayName>> = {
  new_years_day: { fi: 'uudenvuodenpäivä', sv: 'nyårsdagen', en: "New Year's Day" },
  epiphany: { fi: 'loppiainen', sv: 'trettondedag jul', en: 'Epiphany' },
  good_friday: { fi: 'pitkäperjantai', sv: 'långfredagen', en: 'Good Friday' },
  easter_sunday: { fi: 'pääsiäispäivä', sv: 'påskdagen', en: 'Easter Sunday' },
  easter_monday: { fi: '2. pääsiäispäivä', sv: 'annandag påsk', en: 'Easter Monday' },
  may_day: { fi: 'vappu', sv: 'första maj', en: 'May Day' },
  ascension_day: { fi: 'helatorstai', sv: 'Kristi himmelsfärdsdag', en: 'Ascension Day' },
  whitsunday: { fi: 'helluntaipäivä', sv: 'pingstdagen', en: 'Whitsunday' },
  midsummer_eve: { fi: 'juhannusaatto', sv: 'midsommarafton', en: 'Midsummer Eve' },
  midsummer_day: { fi: 'juhannuspäivä', sv: 'midsommardagen', en: 'Midsummer Day' },
  all_saints_day: { fi: 'pyhäinpäivä', sv: 'alla helgons dag', en: "All Saints' Day" },
  independence_day: { fi: 'itsenäisyyspäivä', sv: 'självständighetsdagen', en: 'Independence Day' },
  christmas_eve: { fi: 'jouluaatto', sv: 'julafton', en: 'Christmas Eve' },
  christmas_day: { fi: 'joulupäivä', sv: 'juldagen', en: 'Christmas Day' },
  boxing_day: { fi: 'tapaninpäivä', sv: 'annandag jul', en: 'Boxing Day' },
};
