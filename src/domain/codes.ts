// The code lists of the pathway. One place for each list: the database checks, the API schemas,
// the demo data and the UI labels (i18n key `codes.<list>.<code>`) all derive from these arrays.

export const ROLES = ['client', 'coach', 'unit_manager', 'purchaser', 'employer', 'researcher', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['municipality', 'provider', 'employer'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Provider ownership, so that public, private and third-sector providers can be told apart. */
export const PROVIDER_SECTORS = ['public', 'private', 'third_sector'] as const;

/** Unit types of the Social Employment Barometer. */
export const UNIT_TYPES = [
  'intellectual_disability_work_activity',
  'workshop',
  'social_enterprise',
  'multi_service_centre',
  'production_work_centre',
  'mental_health_work_activity',
  'municipal_employment_services',
  'housing_service_unit',
  'other',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

export const SERVICE_KINDS = [
  'rehabilitative_work_1a',
  'rehabilitative_work_1b',
  'social_rehabilitation_1c',
  'work_activity_social_welfare_act',
  'work_and_day_activity_disability_act',
  'work_trial',
  'work_practice',
  'pay_subsidised_work',
  'job_coaching',
  'mapping_group',
  'theme_group',
  'training',
  'other',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

export const REFERRERS = [
  'municipal_social_services',
  'employment_area',
  'typ',
  'kela',
  'health_centre',
  'specialised_health_care',
  'organisation',
  'self',
] as const;
export type Referrer = (typeof REFERRERS)[number];

export const BACKGROUND_FACTORS = [
  'long_term_unemployed',
  'disability',
  'intellectual_disability',
  'mental_health',
  'substance_abuse',
  'long_term_illness',
  'learning_difficulties',
  'social_reasons',
  'low_education',
  'immigrant_background',
  'other',
] as const;
export type BackgroundFactor = (typeof BACKGROUND_FACTORS)[number];

export const DESTINATIONS = [
  'open_employment',
  'pay_subsidised_work',
  'work_trial',
  'work_practice',
  'education',
  'other_service',
  'rehabilitation',
  'back_to_basic_services',
  'pension',
  'unemployment',
  'interrupted',
  'other',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** A follow-up records the status then: a destination code, or unknown. */
export const FOLLOW_UP_STATUSES = [...DESTINATIONS, 'unknown'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Months after the end of a period at which a follow-up is due. */
export const FOLLOW_UP_MONTHS = [3, 6] as const;

export const DELIVERY_MODES = ['onsite', 'remote', 'hybrid'] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** A single day is attended either on site or remotely; hybrid is a property of a service, not a day. */
export const ATTENDANCE_MODES = ['onsite', 'remote'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const GOAL_KINDS = [
  'employment',
  'education',
  'work_ability',
  'professional_skills',
  'life_management',
  'participation',
] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const GOAL_PROPOSERS = ['client', 'coach', 'together'] as const;
export const GOAL_STATUSES = ['active', 'achieved', 'dropped'] as const;

/** Progress assessments use a five-point scale: 1 not started … 5 achieved. */
export const ASSESSMENT_SCALE = { min: 1, max: 5 } as const;

export const GROUP_KINDS = ['mapping', 'theme', 'youth', 'other'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];
/** The youth group serves ages 18–29. */
export const YOUTH_GROUP_AGES = { min: 18, max: 29 } as const;

export const DEVICE_KINDS = ['phone', 'laptop', 'tablet', 'other'] as const;

export const CONTACT_CHANNELS = ['visit', 'phone', 'email', 'meeting', 'other'] as const;

/** Life domains of the optional intake self-assessment; every question may be skipped. */
export const SELF_ASSESSMENT_DOMAINS = [
  'health',
  'coping_daily',
  'housing',
  'finances',
  'social_relations',
  'work_ability',
  'skills',
  'motivation',
] as const;

/** Why a person's data was processed; every access-log row names one. */
export const ACCESS_GROUNDS = ['care_relationship', 'own_data', 'service_purchase', 'administration', 'job_seeker_consent'] as const;
export type AccessGround = (typeof ACCESS_GROUNDS)[number];

export const ACCESS_ACTIONS = ['read', 'create', 'update', 'delete'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** What a catalogue service's price is for. */
export const PRICE_UNITS = ['day', 'month', 'hour', 'period'] as const;
export type PriceUnit = (typeof PRICE_UNITS)[number];
/** Job seeker profiles and job postings (matching). `job_seeker_consent` above: an employer read a
 * profile its owner made visible to them. */
export const PROFILE_VISIBILITIES = ['hidden', 'employers', 'public'] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];
export const WORKING_TIMES = ['full_time', 'part_time'] as const;
export type WorkingTime = (typeof WORKING_TIMES)[number];
export const EMPLOYMENT_TYPES = ['permanent', 'fixed_term', 'seasonal', 'apprenticeship', 'other'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export const LANGUAGE_LEVELS = ['native', 'fluent', 'good', 'basic'] as const;
export const POSTING_STATUSES = ['open', 'closed'] as const;

/** Every code list by the name the API (`GET /api/codes`) and the UI labels (`codes.<name>.<code>`) use. */
export const CODE_LISTS = {
  roles: ROLES,
  organisationKinds: ORGANISATION_KINDS,
  providerSectors: PROVIDER_SECTORS,
  unitTypes: UNIT_TYPES,
  serviceKinds: SERVICE_KINDS,
  referrers: REFERRERS,
  backgroundFactors: BACKGROUND_FACTORS,
  destinations: DESTINATIONS,
  followUpStatuses: FOLLOW_UP_STATUSES,
  deliveryModes: DELIVERY_MODES,
  attendanceModes: ATTENDANCE_MODES,
  goalKinds: GOAL_KINDS,
  goalProposers: GOAL_PROPOSERS,
  goalStatuses: GOAL_STATUSES,
  groupKinds: GROUP_KINDS,
  deviceKinds: DEVICE_KINDS,
  contactChannels: CONTACT_CHANNELS,
  selfAssessmentDomains: SELF_ASSESSMENT_DOMAINS,
  accessGrounds: ACCESS_GROUNDS,
  accessActions: ACCESS_ACTIONS,
  locales: LOCALES,
  priceUnits: PRICE_UNITS,
  profileVisibilities: PROFILE_VISIBILITIES,
  workingTimes: WORKING_TIMES,
  employmentTypes: EMPLOYMENT_TYPES,
  languageLevels: LANGUAGE_LEVELS,
  postingStatuses: POSTING_STATUSES,
} as const satisfies Record<string, readonly string[]>;
