-- Foundation: organisations, units, accounts, sessions and the append-only access log.
-- Code lists (roles, unit types, …) live in src/domain/codes.ts and are validated at the API edge.

CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  name text NOT NULL,
  municipality_code char(3),          -- Statistics Finland code, for municipalities
  business_id text,                   -- Y-tunnus, validated, for providers and employers
  sector text,                        -- public / private / third_sector, for providers
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisation_business_id ON organisation (business_id) WHERE business_id IS NOT NULL;
CREATE UNIQUE INDEX organisation_municipality_code ON organisation (municipality_code) WHERE kind = 'municipality';

CREATE TABLE unit (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation (id),
  name text NOT NULL,
  unit_type text NOT NULL,
  municipality_code char(3) NOT NULL,
  address text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX unit_organisation ON unit (organisation_id);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL,
  organisation_id uuid REFERENCES organisation (id),
  locale text NOT NULL DEFAULT 'fi',
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email));

-- Which units a coach (or other staff member) works in.
CREATE TABLE unit_staff (
  unit_id uuid NOT NULL REFERENCES unit (id),
  user_id uuid NOT NULL REFERENCES app_user (id),
  PRIMARY KEY (unit_id, user_id)
);
CREATE INDEX unit_staff_user ON unit_staff (user_id);

-- Sessions live in the database so that several server processes can serve the same users.
-- Only a hash of the token is stored: a leaked table does not leak live sessions.
CREATE TABLE user_session (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user (id),
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX user_session_user ON user_session (user_id);

CREATE TABLE login_attempt (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL,
  ip text NOT NULL,
  success boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_attempt_email_at ON login_attempt (lower(email), at);
CREATE INDEX login_attempt_ip_at ON login_attempt (ip, at);

-- A repeated submit with the same Idempotency-Key gets the first answer back instead of a second record.
CREATE TABLE idempotency_key (
  user_id uuid NOT NULL REFERENCES app_user (id),
  key text NOT NULL,
  request_hash text NOT NULL,
  status_code integer NOT NULL,
  response jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, key)
);

-- Who processed which client's data, when, what and on which ground. Append-only.
CREATE TABLE access_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_user_id uuid REFERENCES app_user (id),
  actor_name text NOT NULL,
  actor_role text NOT NULL,
  client_id uuid NOT NULL,
  action text NOT NULL,
  resource text NOT NULL,
  resource_id text,
  ground text NOT NULL
);
CREATE INDEX access_log_client_at ON access_log (client_id, at DESC);
CREATE INDEX access_log_actor_at ON access_log (actor_user_id, at DESC);

CREATE FUNCTION access_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only';
END;
$$;
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON access_log
  FOR EACH ROW EXECUTE FUNCTION access_log_is_append_only();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON access_log
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();
