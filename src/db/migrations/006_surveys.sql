-- Surveys (issue 5): definitions with stable item codes, rounds, links and responses.
--
-- Anonymity by design (docs/surveys.md): a response of an anonymous survey is stored with its
-- round, its answers and the Monday of the week it came in, and nothing else: no user, no token,
-- no link, no time of day, no address. A one-time link's row holds only the SHA-256 of its token
-- and is deleted when its response is submitted, so no surviving row relates a link to a response.
-- A draft being answered is keyed by the SHA-256 of a random resume key that only the answerer's
-- browser holds; the draft is deleted when the response is submitted.

CREATE TABLE survey (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organisation whose survey this is (its unit managers and purchasers run it); null for a
  -- researcher's or an admin's own survey.
  organisation_id uuid REFERENCES organisation (id),
  owner_user_id uuid NOT NULL REFERENCES app_user (id),
  template_key text,
  title jsonb NOT NULL,                   -- {"fi": …, "sv": …, "en": …}
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  mode text NOT NULL CHECK (mode IN ('anonymous', 'identified')),
  definition jsonb NOT NULL,              -- questions and scales, see src/domain/surveys/definition.ts
  -- Researchers may read the results (aggregates and anonymised exports).
  shared_with_researchers boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX survey_organisation ON survey (organisation_id);

CREATE TABLE survey_round (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  survey_id uuid NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
  label text NOT NULL,                    -- e.g. "2011"
  opens_on date NOT NULL,
  closes_on date NOT NULL CHECK (closes_on >= opens_on),
  -- The definition as it was when the round opened its first answer: later edits do not change
  -- what earlier respondents were asked.
  definition jsonb NOT NULL,
  -- SHA-256 of the open link's token; null when the round has no open link.
  open_token_hash text UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (survey_id, label)
);

-- One-time personal links: one response each. An anonymous survey's link row holds nothing but
-- the hash of its token; an identified survey's names the client and service period it asks about.
CREATE TABLE survey_link (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  client_id uuid REFERENCES client (id),
  period_id uuid REFERENCES service_period (id),
  -- Identified links only: whether the response was given (identified responses name the link).
  answered boolean NOT NULL DEFAULT false
);
CREATE INDEX survey_link_round ON survey_link (round_id);

-- Answers saved as one goes, to be resumed. Keyed by the hash of a resume key the browser holds.
CREATE TABLE survey_draft (
  key_hash text PRIMARY KEY,
  round_id uuid NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  answers jsonb NOT NULL DEFAULT '{}'::jsonb,
  -- The day it may be deleted (the round's closing date): no time of day is kept.
  expires_on date NOT NULL
);

CREATE TABLE survey_response (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  round_id uuid NOT NULL REFERENCES survey_round (id) ON DELETE CASCADE,
  answers jsonb NOT NULL,
  -- Monday of the week the response came in: coarse on purpose.
  received_week date NOT NULL,
  source text NOT NULL CHECK (source IN ('web', 'import')),
  -- Identified surveys only, with the client's consent.
  client_id uuid REFERENCES client (id),
  period_id uuid REFERENCES service_period (id),
  link_id uuid REFERENCES survey_link (id) ON DELETE SET NULL,
  consent_given boolean,
  CHECK ((client_id IS NULL AND period_id IS NULL AND link_id IS NULL AND consent_given IS NULL) OR consent_given = true),
  CHECK (extract(isodow FROM received_week) = 1)
);
CREATE INDEX survey_response_round ON survey_response (round_id);
