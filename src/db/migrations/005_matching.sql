-- Matching of people, jobs and services: a job seeker's profile (a client's), job postings of
-- employers (own or imported from Job Market Finland), and what both refer to in the taxonomy.
-- Concept references point at occupation / skill rows of either vocabulary (ESCO or Polku's own).

CREATE TABLE job_seeker_profile (
  client_id uuid PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
  -- [{title, employer?, startYear?, endYear?, description?}]
  work_history jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{title, institution?, year?}]
  education jsonb NOT NULL DEFAULT '[]'::jsonb,
  -- [{language: ISO 639-1, level}]
  languages jsonb NOT NULL DEFAULT '[]'::jsonb,
  municipality_codes text[] NOT NULL DEFAULT '{}',   -- where the person would work (empty: anywhere)
  working_times text[] NOT NULL DEFAULT '{}',        -- full_time / part_time (empty: either)
  delivery_modes text[] NOT NULL DEFAULT '{}',       -- how the person would take part in services
  wishes text,
  -- Who may see the profile: nobody outside the person's services, the employers they chose, or
  -- every employer. Only the person changes this (enforced by the service layer).
  visibility text NOT NULL DEFAULT 'hidden' CHECK (visibility IN ('hidden', 'employers', 'public')),
  visibility_changed_at timestamptz,
  updated_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX job_seeker_profile_visible ON job_seeker_profile (visibility) WHERE visibility <> 'hidden';

-- The occupations and skills of a profile; `aspiration` marks what the person wants to learn or do.
CREATE TABLE job_seeker_concept (
  client_id uuid NOT NULL REFERENCES job_seeker_profile (client_id) ON DELETE CASCADE,
  occupation_id uuid REFERENCES occupation (id) ON DELETE CASCADE,
  skill_id uuid REFERENCES skill (id) ON DELETE CASCADE,
  aspiration boolean NOT NULL DEFAULT false,
  CHECK (num_nonnulls(occupation_id, skill_id) = 1)
);
CREATE UNIQUE INDEX job_seeker_concept_unique ON job_seeker_concept (client_id, coalesce(occupation_id, skill_id));

-- The employers a profile shown to chosen employers is shown to.
CREATE TABLE job_seeker_employer (
  client_id uuid NOT NULL REFERENCES job_seeker_profile (client_id) ON DELETE CASCADE,
  employer_id uuid NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (client_id, employer_id)
);
CREATE INDEX job_seeker_employer_employer ON job_seeker_employer (employer_id);

CREATE TABLE job_posting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The employer organisation in Polku; imported postings of employers unknown to Polku have none.
  employer_id uuid REFERENCES organisation (id),
  employer_name text NOT NULL,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  main_occupation_id uuid REFERENCES occupation (id) ON DELETE SET NULL,
  municipality_code char(3),
  working_time text CHECK (working_time IN ('full_time', 'part_time')),
  employment_type text CHECK (employment_type IN ('permanent', 'fixed_term', 'seasonal', 'apprenticeship', 'other')),
  open_positions integer NOT NULL DEFAULT 1 CHECK (open_positions BETWEEN 1 AND 10000),
  expires_on date,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  -- Where the posting comes from, with the citation its terms require: Job Market Finland's
  -- postings keep their id (re-imports update in place) and the link to the original.
  source text NOT NULL DEFAULT 'polku' CHECK (source IN ('polku', 'tyomarkkinatori')),
  source_id text,
  source_url text,
  source_hash text,                     -- of the imported record: an unchanged re-import changes nothing
  imported_at timestamptz,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((source = 'polku') = (source_id IS NULL))
);
CREATE UNIQUE INDEX job_posting_source ON job_posting (source, source_id) WHERE source_id IS NOT NULL;
CREATE INDEX job_posting_employer ON job_posting (employer_id);
CREATE INDEX job_posting_open ON job_posting (expires_on) WHERE status = 'open';

-- Occupations (besides the main one) and skills a posting asks for.
CREATE TABLE job_posting_concept (
  posting_id uuid NOT NULL REFERENCES job_posting (id) ON DELETE CASCADE,
  occupation_id uuid REFERENCES occupation (id) ON DELETE CASCADE,
  skill_id uuid REFERENCES skill (id) ON DELETE CASCADE,
  CHECK (num_nonnulls(occupation_id, skill_id) = 1)
);
CREATE UNIQUE INDEX job_posting_concept_unique ON job_posting_concept (posting_id, coalesce(occupation_id, skill_id));
CREATE INDEX job_posting_concept_skill ON job_posting_concept (skill_id) WHERE skill_id IS NOT NULL;
