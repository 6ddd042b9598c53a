// The fixed cast of the demo: the purchasing municipality, the providers with their units, and
// local employers. The names are invented but sound like Tampere-region organisations.

import type { ServiceKind, UnitType } from '../domain/codes.ts';

export const MUNICIPALITY = { name: 'Tampereen kaupunki', code: '837' } as const;

/** Neighbour municipalities whose residents appear among the clients (Statistics Finland codes). */
export const NEIGHBOURS = [
  { name: 'Nokia', code: '536' },
  { name: 'Kangasala', code: '211' },
] as const;

export type Sector = 'public' | 'private' | 'third_sector';

export interface UnitDef {
  name: string;
  type: UnitType;
  municipality: string;
  address: string;
  /** Share of the clients whose home unit this is. */
  weight: number;
}

export interface ProviderDef {
  name: string;
  sector: Sector;
  units: UnitDef[];
}

// Weights add up to 1; the three multi-service centres hold about a third of the clients.
export const PROVIDERS: ProviderDef[] = [
  {
    name: 'Tampereen kaupungin työllistämispalvelut',
    sector: 'public',
    units: [
      { name: 'Työllisyyspalvelut Tullintori', type: 'municipal_employment_services', municipality: '837', address: 'Tullikatu 6, 33100 Tampere', weight: 0.07 },
      { name: 'Monipalvelukeskus Hatanpää', type: 'multi_service_centre', municipality: '837', address: 'Hatanpään valtatie 24, 33100 Tampere', weight: 0.1 },
    ],
  },
  {
    name: 'Pirkanmaan Työvalmennussäätiö sr',
    sector: 'third_sector',
    units: [
      { name: 'Monipalvelukeskus Nekala', type: 'multi_service_centre', municipality: '837', address: 'Nekalantie 12, 33800 Tampere', weight: 0.13 },
      { name: 'Monipalvelukeskus Lielahti', type: 'multi_service_centre', municipality: '837', address: 'Lielahdenkatu 19, 33400 Tampere', weight: 0.1 },
      { name: 'Työpaja Nekala', type: 'workshop', municipality: '837', address: 'Nekalantie 14, 33800 Tampere', weight: 0.06 },
    ],
  },
  {
    name: 'Hervannan Työpajat ry',
    sector: 'third_sector',
    units: [
      { name: 'Työpaja Hervanta', type: 'workshop', municipality: '837', address: 'Insinöörinkatu 38, 33720 Tampere', weight: 0.06 },
      { name: 'Nuorten työpaja Tesoma', type: 'workshop', municipality: '837', address: 'Tesomankatu 4, 33310 Tampere', weight: 0.04 },
      { name: 'Kierrätyskeskus Hervanta', type: 'other', municipality: '837', address: 'Hervannan valtaväylä 60, 33720 Tampere', weight: 0.04 },
    ],
  },
  {
    name: 'Sosiaalinen yritys Kehrä Oy',
    sector: 'private',
    units: [
      { name: 'Sosiaalinen yritys Hervanta', type: 'social_enterprise', municipality: '837', address: 'Insinöörinkatu 50, 33720 Tampere', weight: 0.05 },
      { name: 'Sosiaalinen yritys Kehrä Sarankulma', type: 'social_enterprise', municipality: '837', address: 'Sarankulmankatu 20, 33900 Tampere', weight: 0.04 },
    ],
  },
  {
    name: 'Mielenterveysyhdistys Aallokko ry',
    sector: 'third_sector',
    units: [
      { name: 'Klubitalo Aallokko', type: 'mental_health_work_activity', municipality: '837', address: 'Itsenäisyydenkatu 21, 33500 Tampere', weight: 0.05 },
      { name: 'Työtoimintakeskus Kaleva', type: 'mental_health_work_activity', municipality: '837', address: 'Sammonkatu 41, 33540 Tampere', weight: 0.04 },
    ],
  },
  {
    name: 'Pirkanmaan hyvinvointialue',
    sector: 'public',
    units: [
      { name: 'Työtoimintakeskus Linnainmaa', type: 'intellectual_disability_work_activity', municipality: '837', address: 'Linnainmaantie 9, 33580 Tampere', weight: 0.04 },
      { name: 'Päivä- ja työtoiminta Nokia', type: 'intellectual_disability_work_activity', municipality: '536', address: 'Välikatu 11, 37100 Nokia', weight: 0.03 },
    ],
  },
  {
    name: 'Asumispalvelusäätiö Kotipolku sr',
    sector: 'third_sector',
    units: [
      { name: 'Asumisyksikkö Kotipolku Härmälä', type: 'housing_service_unit', municipality: '837', address: 'Härmälänkatu 7, 33900 Tampere', weight: 0.04 },
      { name: 'Tukiasunnot Kotipolku Kaukajärvi', type: 'housing_service_unit', municipality: '837', address: 'Kaukajärvenkatu 3, 33710 Tampere', weight: 0.03 },
    ],
  },
  {
    name: 'Tuotantokeskus Työtaito Oy',
    sector: 'private',
    units: [
      { name: 'Tuotantokeskus Sarankulma', type: 'production_work_centre', municipality: '837', address: 'Sarankulmankatu 12, 33900 Tampere', weight: 0.04 },
      { name: 'Työkeskus Kangasala', type: 'production_work_centre', municipality: '211', address: 'Kuohuntie 5, 36200 Kangasala', weight: 0.04 },
    ],
  },
];

/** The unit of the demo coach and the demo client: the largest multi-service centre. */
export const DEMO_UNIT_NAME = 'Monipalvelukeskus Nekala';
/** The youth group runs in the young people's workshop. */
export const YOUTH_UNIT_NAME = 'Nuorten työpaja Tesoma';
/** Units that run the mapping groups of new clients. */
export const MAPPING_UNIT_NAMES = ['Työllisyyspalvelut Tullintori', 'Monipalvelukeskus Hatanpää'];

export const EMPLOYERS = [
  'Pirkanmaan Kiinteistöhuolto Oy',
  'Hervannan Lähikauppa Oy',
  'Tampereen Logistiikkapalvelu Oy',
  'Ravintola Amuri Oy',
  'Rakennus ja Remontti Lehtinen Oy',
  'Nekalan Autohuolto Oy',
  'Viherpalvelu Kalevanpuisto Oy',
  'Siivouspalvelu Kirkas Oy',
] as const;

/** How the services of each unit type are weighted when a period starts there. */
export const SERVICE_MIX: Readonly<Record<UnitType, Partial<Record<ServiceKind, number>>>> = {
  intellectual_disability_work_activity: { work_and_day_activity_disability_act: 0.8, work_activity_social_welfare_act: 0.15, other: 0.05 },
  workshop: { rehabilitative_work_1a: 0.45, rehabilitative_work_1b: 0.15, work_trial: 0.15, work_practice: 0.1, training: 0.05, job_coaching: 0.05, pay_subsidised_work: 0.05 },
  social_enterprise: { pay_subsidised_work: 0.35, rehabilitative_work_1a: 0.3, work_trial: 0.15, rehabilitative_work_1b: 0.1, job_coaching: 0.1 },
  multi_service_centre: {
    rehabilitative_work_1a: 0.36, rehabilitative_work_1b: 0.26, social_rehabilitation_1c: 0.05, work_trial: 0.1, pay_subsidised_work: 0.08,
    mapping_group: 0.05, job_coaching: 0.05, theme_group: 0.03, work_practice: 0.02,
  },
  production_work_centre: { work_activity_social_welfare_act: 0.45, work_and_day_activity_disability_act: 0.25, rehabilitative_work_1b: 0.2, rehabilitative_work_1a: 0.1 },
  mental_health_work_activity: { rehabilitative_work_1b: 0.4, social_rehabilitation_1c: 0.3, work_activity_social_welfare_act: 0.25, other: 0.05 },
  municipal_employment_services: { mapping_group: 0.3, rehabilitative_work_1a: 0.3, job_coaching: 0.2, work_trial: 0.1, training: 0.1 },
  housing_service_unit: { rehabilitative_work_1b: 0.45, social_rehabilitation_1c: 0.45, rehabilitative_work_1a: 0.1 },
  other: { rehabilitative_work_1a: 0.5, rehabilitative_work_1b: 0.3, work_trial: 0.1, other: 0.1 },
};

export interface ServiceShape {
  /** Typical lengths in months, one picked at random. */
  months: readonly number[];
  daysPerWeek: readonly number[];
  hoursPerDay: readonly number[];
}

export const SERVICE_SHAPES: Readonly<Record<ServiceKind, ServiceShape>> = {
  rehabilitative_work_1a: { months: [3, 6, 6, 6, 9, 12], daysPerWeek: [3, 3, 4, 4, 5, 2], hoursPerDay: [4, 5, 6, 6, 4.5] },
  rehabilitative_work_1b: { months: [3, 6, 6, 9, 12], daysPerWeek: [1, 2, 2, 3, 3, 4], hoursPerDay: [4, 4, 4.5, 5] },
  social_rehabilitation_1c: { months: [3, 6, 6, 9], daysPerWeek: [1, 2, 2, 3], hoursPerDay: [4, 4, 5] },
  work_activity_social_welfare_act: { months: [6, 12, 12, 24], daysPerWeek: [3, 4, 5], hoursPerDay: [4, 5, 6] },
  work_and_day_activity_disability_act: { months: [12, 24, 36, 48], daysPerWeek: [4, 5, 5], hoursPerDay: [5, 6] },
  work_trial: { months: [1, 2, 3, 3, 6], daysPerWeek: [4, 5, 5], hoursPerDay: [4, 5, 6, 6] },
  work_practice: { months: [2, 3, 6], daysPerWeek: [4, 5], hoursPerDay: [5, 6] },
  pay_subsidised_work: { months: [6, 6, 10, 12], daysPerWeek: [5], hoursPerDay: [5, 6, 6] },
  job_coaching: { months: [2, 3, 4, 6], daysPerWeek: [1, 2], hoursPerDay: [4] },
  mapping_group: { months: [3], daysPerWeek: [3], hoursPerDay: [4] },
  theme_group: { months: [3], daysPerWeek: [1], hoursPerDay: [4] },
  training: { months: [2, 3, 4], daysPerWeek: [3, 4, 5], hoursPerDay: [5, 6] },
  other: { months: [3, 6], daysPerWeek: [2, 3], hoursPerDay: [4, 5] },
};

/** The barometer's picture of transitions out of employment units: back to basic services most
 * common, open employment under a tenth. Used as exact quotas for the ended periods. */
export const DESTINATION_SHARES = {
  back_to_basic_services: 0.29,
  other_service: 0.14,
  interrupted: 0.11,
  unemployment: 0.09,
  open_employment: 0.08,
  education: 0.07,
  work_trial: 0.06,
  pay_subsidised_work: 0.05,
  rehabilitation: 0.05,
  pension: 0.03,
  work_practice: 0.02,
  other: 0.01,
} as const;
