-- Effectiveness analytics: the stored observed-against-expected models (refitted on demand, so
-- that everyone looks at the same coefficients until someone refits) and the municipal profile
-- self-assessment of the 2020 study's nine points.

CREATE TABLE analytics_model (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The municipality (purchaser) whose ended periods the model was fitted on; null = all.
  municipality_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
  window_from date NOT NULL,
  window_to date NOT NULL,
  counted_destinations text[] NOT NULL,
  periods integer NOT NULL,
  design jsonb NOT NULL,        -- reference levels and columns (see src/domain/analytics/model.ts)
  fit jsonb NOT NULL,           -- coefficients with standard errors, deviances, AIC, iterations
  fitted_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
  fitted_at timestamptz NOT NULL DEFAULT now(),
  CHECK (window_to >= window_from)
);
CREATE INDEX analytics_model_scope ON analytics_model (municipality_id, fitted_at DESC);

CREATE TABLE municipal_profile (
  municipality_id uuid NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  scores jsonb NOT NULL,        -- dimension → 1 (social service) … 5 (vitality service); absent = not assessed
  notes text,
  updated_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (municipality_id, year)
);

-- Analytics read periods by start as well as by end; goals by client and creation date.
CREATE INDEX service_period_start ON service_period (start_date);
CREATE INDEX goal_client_created ON goal (client_id, created_at);
