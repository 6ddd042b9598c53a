-- Service catalogue, contracts and the platform's monthly invoices (issue 3).
-- docs/invoicing.md explains contracts, amendments, drafts, approval and adjustments.

-- ---------------------------------------------------------------------------------------------
-- Catalogue: providers publish services; every change of a description is kept as a version.

CREATE TABLE catalogue_service (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  kind text NOT NULL,
  delivery_mode text NOT NULL,
  municipality_codes text[] NOT NULL,                -- where the service is offered
  languages text[] NOT NULL DEFAULT '{}',
  target_factors text[] NOT NULL DEFAULT '{}',       -- background factors the service is meant for
  price_cents integer CHECK (price_cents >= 0),
  price_unit text,
  capacity integer CHECK (capacity >= 0),
  -- Translatable texts, field by field: {"name": {"fi": …, "sv": …, "en": …}, "description": …, "remote": {…}}
  texts jsonb NOT NULL,
  -- What the free-text search reads, per language (a field missing in a language falls back to Finnish).
  search_fi text NOT NULL DEFAULT '',
  search_sv text NOT NULL DEFAULT '',
  search_en text NOT NULL DEFAULT '',
  search_fi_tsv tsvector GENERATED ALWAYS AS (to_tsvector('finnish', search_fi)) STORED,
  search_sv_tsv tsvector GENERATED ALWAYS AS (to_tsvector('swedish', search_sv)) STORED,
  search_en_tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', search_en)) STORED,
  version integer NOT NULL DEFAULT 1,
  published boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((price_cents IS NULL) = (price_unit IS NULL)),
  CHECK (cardinality(municipality_codes) > 0)
);
CREATE INDEX catalogue_service_provider ON catalogue_service (provider_id);
CREATE INDEX catalogue_service_published ON catalogue_service (kind) WHERE published;
CREATE INDEX catalogue_service_fi_tsv ON catalogue_service USING gin (search_fi_tsv);
CREATE INDEX catalogue_service_sv_tsv ON catalogue_service USING gin (search_sv_tsv);
CREATE INDEX catalogue_service_en_tsv ON catalogue_service USING gin (search_en_tsv);

-- Every version of a service's description, the current one included. Append-only.
CREATE TABLE catalogue_service_version (
  service_id uuid NOT NULL REFERENCES catalogue_service (id) ON DELETE CASCADE,
  version integer NOT NULL,
  content jsonb NOT NULL,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (service_id, version)
);
CREATE FUNCTION catalogue_service_version_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'catalogue_service_version is append-only';
END;
$$;
CREATE TRIGGER catalogue_service_version_no_update BEFORE UPDATE ON catalogue_service_version
  FOR EACH ROW EXECUTE FUNCTION catalogue_service_version_is_append_only();

-- A referral made from a service's page names the service.
ALTER TABLE referral ADD COLUMN catalogue_service_id uuid REFERENCES catalogue_service (id);
CREATE INDEX referral_catalogue_service ON referral (catalogue_service_id) WHERE catalogue_service_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Contracts between a purchaser (municipality) and a provider.

CREATE TABLE contract (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  purchaser_id uuid NOT NULL REFERENCES organisation (id),
  provider_id uuid NOT NULL REFERENCES organisation (id),
  reference text NOT NULL,                          -- the contract number, e.g. TRE-2025-07
  title text NOT NULL,
  start_date date NOT NULL,
  end_date date,                                    -- null: open-ended
  service_kinds text[] NOT NULL,                    -- the service kinds the contract pays for
  terms jsonb NOT NULL,                             -- compensation terms, validated, defaults applied
  note text,
  -- Invoicing details for the Finvoice export; all optional.
  payment_iban text,
  payment_bic text,
  seller_einvoice_address text,
  seller_intermediator text,
  buyer_business_id text,
  buyer_einvoice_address text,
  buyer_intermediator text,
  buyer_reference text,
  payment_term_days integer NOT NULL DEFAULT 14 CHECK (payment_term_days BETWEEN 0 AND 365),
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (cardinality(service_kinds) > 0)
);
CREATE UNIQUE INDEX contract_reference ON contract (purchaser_id, lower(reference));
CREATE INDEX contract_provider ON contract (provider_id);

-- Catalogue services named in the contract (optional; coverage is decided by service kind).
CREATE TABLE contract_service (
  contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
  service_id uuid NOT NULL REFERENCES catalogue_service (id),
  PRIMARY KEY (contract_id, service_id)
);
CREATE INDEX contract_service_service ON contract_service (service_id);

-- Amendments replace the terms from a date: a month is paid under the latest amendment effective
-- on or before its first day (before any amendment: the contract's own terms).
CREATE TABLE contract_amendment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
  effective_from date NOT NULL,
  title text NOT NULL,
  terms jsonb NOT NULL,
  note text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (contract_id, effective_from)
);

-- Attached documents: a small file kept in the database, or a link to where the document is kept.
CREATE TABLE contract_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contract (id) ON DELETE CASCADE,
  title text NOT NULL,
  file_name text,
  content_type text,
  size_bytes integer,
  content bytea,
  url text,
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((content IS NULL) <> (url IS NULL)),
  CHECK (content IS NULL OR (file_name IS NOT NULL AND content_type IS NOT NULL AND size_bytes = octet_length(content) AND size_bytes <= 524288))
);
CREATE INDEX contract_document_contract ON contract_document (contract_id);

-- Service periods under a contract are what the contract pays for.
ALTER TABLE service_period ADD COLUMN contract_id uuid REFERENCES contract (id);
CREATE INDEX service_period_contract ON service_period (contract_id, client_id) WHERE contract_id IS NOT NULL;
-- Follow-ups are loaded by period.
CREATE INDEX follow_up_period ON follow_up (period_id) WHERE status IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Invoices: one per contract and month. A draft may be remade; an approved invoice is locked.

CREATE SEQUENCE invoice_number_seq START 1001;

CREATE TABLE invoice (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contract (id),
  month date NOT NULL CHECK (extract(day FROM month) = 1),   -- the first day of the invoiced month
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
  number bigint UNIQUE,                                        -- given at approval
  base_cents bigint NOT NULL,
  outcome_cents bigint NOT NULL,
  durability_cents bigint NOT NULL,
  adjustment_cents bigint NOT NULL,
  total_cents bigint NOT NULL,
  terms jsonb NOT NULL,                                        -- the terms in force for the month
  terms_effective_from date NOT NULL,                          -- contract start or the amendment's date
  ignored jsonb NOT NULL DEFAULT '[]',                         -- records of the month that did not count, and why
  content_hash text NOT NULL,                                  -- sha-256 of the computed lines, checked at approval
  created_by uuid REFERENCES app_user (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  approved_by uuid REFERENCES app_user (id),
  approved_at timestamptz,
  UNIQUE (contract_id, month),
  CHECK (total_cents = base_cents + outcome_cents + durability_cents + adjustment_cents),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL AND number IS NOT NULL))
);

-- for_month: the month whose figures the line belongs to; a line is an adjustment when it differs
-- from the invoice's month. Client erasure cannot remove invoiced clients (accounting records).
CREATE TABLE invoice_line (
  invoice_id uuid NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
  line_no integer NOT NULL,
  for_month date NOT NULL,
  client_id uuid NOT NULL REFERENCES client (id),
  kind text NOT NULL,                -- base / outcome / durability
  rule text NOT NULL,                -- base_day / base_month / outcome_bonus / durability_bonus / adjustment
  quantity integer NOT NULL,
  unit_price_cents bigint,
  amount_cents bigint NOT NULL,
  detail jsonb NOT NULL,             -- the rule's explanation: which records, which rule
  PRIMARY KEY (invoice_id, line_no)
);
CREATE INDEX invoice_line_client ON invoice_line (client_id);

-- An approved invoice never changes: no UPDATE or DELETE of it, and no INSERT, UPDATE or DELETE of
-- its lines. The only change of an invoice allowed is draft → approved, which keeps every figure.
CREATE FUNCTION invoice_is_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'approved' THEN
    RAISE EXCEPTION 'invoice % is approved and cannot be changed', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.status = 'approved' AND
     (NEW.contract_id, NEW.month, NEW.base_cents, NEW.outcome_cents, NEW.durability_cents, NEW.adjustment_cents,
      NEW.total_cents, NEW.terms, NEW.content_hash)
     IS DISTINCT FROM
     (OLD.contract_id, OLD.month, OLD.base_cents, OLD.outcome_cents, OLD.durability_cents, OLD.adjustment_cents,
      OLD.total_cents, OLD.terms, OLD.content_hash) THEN
    RAISE EXCEPTION 'approving invoice % must not change its figures', OLD.id USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER invoice_locked BEFORE UPDATE OR DELETE ON invoice
  FOR EACH ROW EXECUTE FUNCTION invoice_is_locked();
CREATE FUNCTION invoice_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'invoices are accounting records and cannot be truncated' USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
CREATE TRIGGER invoice_no_truncate BEFORE TRUNCATE ON invoice
  FOR EACH STATEMENT EXECUTE FUNCTION invoice_no_truncate();
CREATE TRIGGER invoice_line_no_truncate BEFORE TRUNCATE ON invoice_line
  FOR EACH STATEMENT EXECUTE FUNCTION invoice_no_truncate();

-- The lines are checked once per statement (a draft inserts thousands of lines at once). An
-- exception in an AFTER trigger undoes the whole statement just as a BEFORE trigger would.
CREATE FUNCTION invoice_line_is_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Separate statements: a transition table that the event has not is an error even to plan.
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    IF EXISTS (SELECT 1 FROM new_rows n JOIN invoice i ON i.id = n.invoice_id WHERE i.status = 'approved') THEN
      RAISE EXCEPTION 'the lines of an approved invoice cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    IF EXISTS (SELECT 1 FROM old_rows o JOIN invoice i ON i.id = o.invoice_id WHERE i.status = 'approved') THEN
      RAISE EXCEPTION 'the lines of an approved invoice cannot be changed' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER invoice_line_locked_insert AFTER INSERT ON invoice_line
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_is_locked();
CREATE TRIGGER invoice_line_locked_update AFTER UPDATE ON invoice_line
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_is_locked();
CREATE TRIGGER invoice_line_locked_delete AFTER DELETE ON invoice_line
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION invoice_line_is_locked();

-- ---------------------------------------------------------------------------------------------
-- Which approved months may have to be recomputed. Any change of the data an invoice is computed
-- from (attendance, service periods, follow-ups, background factors, the contract and its
-- amendments) lowers `since` to the earliest date whose month it can affect. A draft recomputes
-- the approved months from that month on; approval locks this row, checks the draft against the
-- data once more and clears `since`. Statement-level triggers keep bulk loads fast.

CREATE TABLE invoice_stale (
  contract_id uuid PRIMARY KEY REFERENCES contract (id) ON DELETE CASCADE,
  since date,                                   -- null: nothing changed since the last approval
  changed_at timestamptz NOT NULL DEFAULT now()
);

-- The tuples (contract_id, since) of a change; rows with a null contract or date are ignored.
CREATE FUNCTION mark_invoices_stale(marks jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO invoice_stale AS s (contract_id, since)
  SELECT (m->>'c')::uuid, min((m->>'d')::date)
    FROM jsonb_array_elements(marks) m
   WHERE m->>'c' IS NOT NULL AND m->>'d' IS NOT NULL
   GROUP BY 1
   ORDER BY 1
  ON CONFLICT (contract_id) DO UPDATE SET since = least(s.since, excluded.since), changed_at = now();
END;
$$;

CREATE FUNCTION attendance_marks_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(jsonb_build_object('c', p.contract_id, 'd', x.d))
        FROM (SELECT period_id, min(date) AS d FROM new_rows GROUP BY period_id) x
        JOIN service_period p ON p.id = x.period_id
       WHERE p.contract_id IS NOT NULL), '[]'));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(jsonb_build_object('c', p.contract_id, 'd', x.d))
        FROM (SELECT period_id, min(date) AS d FROM old_rows GROUP BY period_id) x
        JOIN service_period p ON p.id = x.period_id
       WHERE p.contract_id IS NOT NULL), '[]'));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER attendance_marks_invoices_insert AFTER INSERT ON attendance
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_marks_invoices();
CREATE TRIGGER attendance_marks_invoices_update AFTER UPDATE ON attendance
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_marks_invoices();
CREATE TRIGGER attendance_marks_invoices_delete AFTER DELETE ON attendance
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION attendance_marks_invoices();

-- A new or removed period affects its contract from its start; a changed start, client or contract
-- from the earlier start; a changed end or destination from the earlier end.
CREATE FUNCTION service_period_marks_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(jsonb_build_object('c', contract_id, 'd', start_date)) FROM new_rows WHERE contract_id IS NOT NULL), '[]'));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(jsonb_build_object('c', contract_id, 'd', start_date)) FROM old_rows WHERE contract_id IS NOT NULL), '[]'));
  ELSE
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(m) FROM (
        SELECT jsonb_build_object('c', c.contract_id, 'd', x.d) AS m
          FROM (
            SELECT o.contract_id AS old_contract, n.contract_id AS new_contract,
                   CASE
                     WHEN o.start_date IS DISTINCT FROM n.start_date OR o.client_id IS DISTINCT FROM n.client_id
                       OR o.contract_id IS DISTINCT FROM n.contract_id THEN least(o.start_date, n.start_date)
                     WHEN o.end_date IS DISTINCT FROM n.end_date OR o.destination IS DISTINCT FROM n.destination
                       THEN least(o.end_date, n.end_date)
                   END AS d
              FROM old_rows o JOIN new_rows n ON n.id = o.id
          ) x
          CROSS JOIN LATERAL (VALUES (x.old_contract), (x.new_contract)) AS c (contract_id)
         WHERE x.d IS NOT NULL AND c.contract_id IS NOT NULL
      ) marks), '[]'));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER service_period_marks_invoices_insert AFTER INSERT ON service_period
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_period_marks_invoices();
CREATE TRIGGER service_period_marks_invoices_update AFTER UPDATE ON service_period
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION service_period_marks_invoices();
CREATE TRIGGER service_period_marks_invoices_delete AFTER DELETE ON service_period
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION service_period_marks_invoices();

-- A recorded follow-up counts on its recording date.
CREATE FUNCTION follow_up_marks_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(jsonb_build_object('c', p.contract_id, 'd', f.recorded_on))
        FROM new_rows f JOIN service_period p ON p.id = f.period_id
       WHERE p.contract_id IS NOT NULL AND f.recorded_on IS NOT NULL), '[]'));
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    PERFORM mark_invoices_stale(coalesce((
      SELECT jsonb_agg(jsonb_build_object('c', p.contract_id, 'd', f.recorded_on))
        FROM old_rows f JOIN service_period p ON p.id = f.period_id
       WHERE p.contract_id IS NOT NULL AND f.recorded_on IS NOT NULL), '[]'));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER follow_up_marks_invoices_insert AFTER INSERT ON follow_up
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_marks_invoices();
CREATE TRIGGER follow_up_marks_invoices_update AFTER UPDATE ON follow_up
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_marks_invoices();
CREATE TRIGGER follow_up_marks_invoices_delete AFTER DELETE ON follow_up
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION follow_up_marks_invoices();

-- A client's background factors weigh every bonus: the client's contracts may change from their start.
-- Transition tables are per event, so INSERT (new rows) and DELETE (old rows) have a function each;
-- an UPDATE runs both.
CREATE FUNCTION background_factor_marks_invoices_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_invoices_stale(coalesce((
    SELECT jsonb_agg(jsonb_build_object('c', k.id, 'd', k.start_date))
      FROM (SELECT DISTINCT k.id, k.start_date
              FROM (SELECT DISTINCT client_id FROM new_rows) x
              JOIN service_period p ON p.client_id = x.client_id
              JOIN contract k ON k.id = p.contract_id) k), '[]'));
  RETURN NULL;
END;
$$;
CREATE FUNCTION background_factor_marks_invoices_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM mark_invoices_stale(coalesce((
    SELECT jsonb_agg(jsonb_build_object('c', k.id, 'd', k.start_date))
      FROM (SELECT DISTINCT k.id, k.start_date
              FROM (SELECT DISTINCT client_id FROM old_rows) x
              JOIN service_period p ON p.client_id = x.client_id
              JOIN contract k ON k.id = p.contract_id) k), '[]'));
  RETURN NULL;
END;
$$;
CREATE TRIGGER background_factor_marks_invoices_insert AFTER INSERT ON client_background_factor
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION background_factor_marks_invoices_ins();
CREATE TRIGGER background_factor_marks_invoices_update_new AFTER UPDATE ON client_background_factor
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION background_factor_marks_invoices_ins();
CREATE TRIGGER background_factor_marks_invoices_update_old AFTER UPDATE ON client_background_factor
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION background_factor_marks_invoices_del();
CREATE TRIGGER background_factor_marks_invoices_delete AFTER DELETE ON client_background_factor
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION background_factor_marks_invoices_del();

-- The contract's dates and terms, and its amendments.
CREATE FUNCTION contract_marks_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.start_date IS DISTINCT FROM NEW.start_date OR OLD.terms IS DISTINCT FROM NEW.terms THEN
    PERFORM mark_invoices_stale(jsonb_build_array(jsonb_build_object('c', NEW.id, 'd', least(OLD.start_date, NEW.start_date))));
  ELSIF OLD.end_date IS DISTINCT FROM NEW.end_date THEN
    PERFORM mark_invoices_stale(jsonb_build_array(jsonb_build_object('c', NEW.id, 'd', least(OLD.end_date, NEW.end_date))));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER contract_marks_invoices AFTER UPDATE ON contract
  FOR EACH ROW EXECUTE FUNCTION contract_marks_invoices();

CREATE FUNCTION contract_amendment_marks_invoices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM mark_invoices_stale(jsonb_build_array(jsonb_build_object('c', NEW.contract_id, 'd', NEW.effective_from)));
  ELSIF TG_OP = 'DELETE' THEN
    -- A cascade from a deleted contract finds no contract to mark.
    IF EXISTS (SELECT 1 FROM contract WHERE id = OLD.contract_id) THEN
      PERFORM mark_invoices_stale(jsonb_build_array(jsonb_build_object('c', OLD.contract_id, 'd', OLD.effective_from)));
    END IF;
  ELSE
    PERFORM mark_invoices_stale(jsonb_build_array(
      jsonb_build_object('c', OLD.contract_id, 'd', least(OLD.effective_from, NEW.effective_from)),
      jsonb_build_object('c', NEW.contract_id, 'd', least(OLD.effective_from, NEW.effective_from))));
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER contract_amendment_marks_invoices AFTER INSERT OR UPDATE OR DELETE ON contract_amendment
  FOR EACH ROW EXECUTE FUNCTION contract_amendment_marks_invoices();
