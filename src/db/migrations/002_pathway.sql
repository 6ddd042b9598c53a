-- The client pathway: client records, intake, service periods, plans, diary, attendance, groups,
-- employer work, devices, referrals, endings and follow-ups.

CREATE TABLE client (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid UNIQUE REFERENCES app_user (id),      -- the client's own account, if any
  home_unit_id uuid NOT NULL REFERENCES unit (id),   -- the unit that keeps the client's record
  first_name text NOT NULL,
  last_name text NOT NULL,
  personal_id text NOT NULL,                         -- henkilötunnus, checksum validated
  birth_year integer NOT NULL,
  municipality_code char(3) NOT NULL,
  languages text[] NOT NULL DEFAULT '{}',
  phone text,
  email text,
  address text,
  referrer text NOT NULL,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX client_personal_id ON client (personal_id);
CREATE INDEX client_home_unit ON client (home_unit_id);
CREATE INDEX client_name ON client (lower(last_name), lower(first_name));

CREATE TABLE client_background_factor (
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  factor text NOT NULL,
  unemployment_months integer,   -- only for long_term_unemployed
  PRIMARY KEY (client_id, factor),
  CHECK (unemployment_months IS NULL OR (factor = 'long_term_unemployed' AND unemployment_months >= 0))
);

CREATE TABLE intake (
  client_id uuid PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
  work_history text,
  study_history text,
  work_capacity text,
  functional_capacity text,
  own_goals text,
  financial_situation text,     -- asked in housing-service units
  debt_situation text,
  self_assessment jsonb NOT NULL DEFAULT '{}',  -- domain → 1..5; skipped questions are absent
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE service_period (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES unit (id),
  service_kind text NOT NULL,
  start_date date NOT NULL,
  planned_end_date date,
  end_date date,
  delivery_mode text NOT NULL,
  days_per_week integer NOT NULL,
  hours_per_day numeric(4, 2) NOT NULL,
  coach_id uuid REFERENCES app_user (id),
  purchaser_id uuid REFERENCES organisation (id),   -- the municipality that pays for the service
  destination text,                                  -- set when the period ends
  end_note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (planned_end_date IS NULL OR planned_end_date >= start_date),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((end_date IS NULL) = (destination IS NULL)),
  CHECK (days_per_week BETWEEN 1 AND 7),
  CHECK (hours_per_day > 0 AND hours_per_day <= 24)
);
CREATE INDEX service_period_client ON service_period (client_id);
CREATE INDEX service_period_unit ON service_period (unit_id);
CREATE INDEX service_period_purchaser ON service_period (purchaser_id);
CREATE INDEX service_period_end ON service_period (end_date);

CREATE TABLE goal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  kind text NOT NULL,
  title text NOT NULL,
  client_words text,                       -- the goal in the client's own words
  proposed_by text NOT NULL,
  towards_outside_tasks boolean NOT NULL DEFAULT false,  -- develops work ability or skills for tasks outside the unit
  target_date date,
  status text NOT NULL DEFAULT 'active',
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goal_client ON goal (client_id);

CREATE TABLE goal_assessment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  goal_id uuid NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
  assessed_on date NOT NULL,
  score integer NOT NULL CHECK (score BETWEEN 1 AND 5),
  note text,
  assessed_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX goal_assessment_goal ON goal_assessment (goal_id, assessed_on);

CREATE TABLE diary_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  entry_date date NOT NULL,
  did_what text NOT NULL,
  how_it_went text,
  mood integer CHECK (mood BETWEEN 1 AND 5),
  shared_with_coach boolean NOT NULL DEFAULT false,  -- the client decides
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX diary_entry_client ON diary_entry (client_id, entry_date DESC);

CREATE TABLE diary_comment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  entry_id uuid NOT NULL REFERENCES diary_entry (id) ON DELETE CASCADE,
  author_id uuid REFERENCES app_user (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX diary_comment_entry ON diary_comment (entry_id);

CREATE TABLE group_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id uuid NOT NULL REFERENCES unit (id),
  name text NOT NULL,
  kind text NOT NULL,
  description text,
  delivery_mode text NOT NULL,
  remote_link text,
  start_date date NOT NULL,
  end_date date,
  coach_id uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX group_activity_unit ON group_activity (unit_id);

-- The weekly timetable: one row per weekly meeting.
CREATE TABLE group_timetable_slot (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  group_id uuid NOT NULL REFERENCES group_activity (id) ON DELETE CASCADE,
  weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),  -- ISO: 1 = Monday
  start_time time NOT NULL,
  end_time time NOT NULL,
  place text,
  CHECK (end_time > start_time)
);
CREATE INDEX group_timetable_slot_group ON group_timetable_slot (group_id);

CREATE TABLE group_participant (
  group_id uuid NOT NULL REFERENCES group_activity (id) ON DELETE CASCADE,
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  joined_on date NOT NULL,
  left_on date,
  PRIMARY KEY (group_id, client_id)
);
CREATE INDEX group_participant_client ON group_participant (client_id);

CREATE TABLE attendance (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  period_id uuid REFERENCES service_period (id) ON DELETE CASCADE,
  group_id uuid REFERENCES group_activity (id) ON DELETE SET NULL,
  date date NOT NULL,
  hours numeric(4, 2) NOT NULL CHECK (hours > 0 AND hours <= 24),
  mode text NOT NULL,
  recorded_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
-- One record per client, day, mode and context: entering the same day again corrects it.
CREATE UNIQUE INDEX attendance_one_per_day ON attendance (client_id, date, mode, coalesce(period_id, group_id));
CREATE INDEX attendance_period_date ON attendance (period_id, date);
CREATE INDEX attendance_date ON attendance (date);

CREATE TABLE employer_need (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES organisation (id),
  unit_id uuid NOT NULL REFERENCES unit (id),        -- the unit that works with the employer
  description text NOT NULL,
  positions integer,
  open boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_need_unit ON employer_need (unit_id);

CREATE TABLE employer_contact (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES organisation (id),
  unit_id uuid NOT NULL REFERENCES unit (id),
  contact_date date NOT NULL,
  contact_person text,
  channel text NOT NULL,
  notes text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX employer_contact_unit ON employer_contact (unit_id, contact_date DESC);

CREATE TABLE placement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  employer_id uuid NOT NULL REFERENCES organisation (id),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  period_id uuid REFERENCES service_period (id) ON DELETE SET NULL,
  start_date date NOT NULL,
  end_date date,
  tasks text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX placement_client ON placement (client_id);
CREATE INDEX placement_employer ON placement (employer_id);

CREATE TABLE device_loan (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  device_kind text NOT NULL,
  identifier text,
  lent_on date NOT NULL,
  due_on date,
  returned_on date,
  lent_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (returned_on IS NULL OR returned_on >= lent_on)
);
CREATE INDEX device_loan_client ON device_loan (client_id);

CREATE TABLE referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  client_id uuid NOT NULL REFERENCES client (id) ON DELETE CASCADE,
  service text NOT NULL,
  organisation_name text,
  referred_on date NOT NULL,
  follow_up_on date NOT NULL,
  resolved_on date,
  outcome text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (follow_up_on >= referred_on)
);
CREATE INDEX referral_client ON referral (client_id);
CREATE INDEX referral_open ON referral (follow_up_on) WHERE resolved_on IS NULL;

-- Scheduled when a period ends (3 and 6 months); status is recorded when the follow-up is done.
CREATE TABLE follow_up (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  period_id uuid NOT NULL REFERENCES service_period (id) ON DELETE CASCADE,
  months integer NOT NULL,
  due_on date NOT NULL,
  status text,
  recorded_on date,
  note text,
  recorded_by uuid REFERENCES app_user (id),
  UNIQUE (period_id, months),
  CHECK ((status IS NULL) = (recorded_on IS NULL))
);
CREATE INDEX follow_up_due ON follow_up (due_on) WHERE status IS NULL;
