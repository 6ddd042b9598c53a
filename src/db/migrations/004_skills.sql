-- Skills taxonomy: occupations and skills from the European ESCO classification (imported from its
-- CSV package, any language) and from Polku's own Finnish vocabulary (loaded at start), with their
-- labels per language, the occupation–skill relations and the hierarchies.
-- `scheme` says where a concept comes from ('esco' or 'polku'); `uri` identifies it across
-- imports (an ESCO URI, or urn:polku:… for the built-in vocabulary), so a re-import updates rows
-- in place and ids stay valid for whatever refers to them. `esco_uri` links a Polku concept to the
-- ESCO concept it is, where that is known.

CREATE TABLE occupation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  uri text NOT NULL UNIQUE,
  esco_uri text,
  code text,                              -- ESCO occupation code, e.g. 7112.1
  isco_group text CHECK (isco_group ~ '^[0-9]{4}$'),
  description jsonb NOT NULL DEFAULT '{}'::jsonb,   -- language → text
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX occupation_isco_group ON occupation (isco_group);
CREATE INDEX occupation_esco_uri ON occupation (esco_uri) WHERE esco_uri IS NOT NULL;

CREATE TABLE skill (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  uri text NOT NULL UNIQUE,
  esco_uri text,
  -- 'skill' for skills and knowledge, 'group' for the nodes of the skill hierarchy (skill groups).
  concept_type text NOT NULL DEFAULT 'skill' CHECK (concept_type IN ('skill', 'group')),
  skill_type text,                        -- ESCO: skill/competence or knowledge
  reuse_level text,                       -- ESCO: transversal, cross-sector, sector-specific, occupation-specific
  code text,                              -- ESCO skill group code, e.g. S6.1
  description jsonb NOT NULL DEFAULT '{}'::jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX skill_esco_uri ON skill (esco_uri) WHERE esco_uri IS NOT NULL;

-- Labels: one preferred label per language, any number of alternative and hidden ones.
CREATE TABLE occupation_label (
  occupation_id uuid NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  language text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('preferred', 'alternative', 'hidden')),
  label text NOT NULL,
  PRIMARY KEY (occupation_id, language, kind, label)
);
CREATE INDEX occupation_label_search ON occupation_label (lower(label) text_pattern_ops);

CREATE TABLE skill_label (
  skill_id uuid NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  language text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('preferred', 'alternative', 'hidden')),
  label text NOT NULL,
  PRIMARY KEY (skill_id, language, kind, label)
);
CREATE INDEX skill_label_search ON skill_label (lower(label) text_pattern_ops);

-- Essential and optional skills of an occupation.
CREATE TABLE occupation_skill (
  occupation_id uuid NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  skill_id uuid NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  relation text NOT NULL CHECK (relation IN ('essential', 'optional')),
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  PRIMARY KEY (occupation_id, skill_id)
);
CREATE INDEX occupation_skill_skill ON occupation_skill (skill_id);

-- The skill hierarchy: a skill or group under a broader skill or group.
CREATE TABLE skill_broader (
  skill_id uuid NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  broader_id uuid NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  PRIMARY KEY (skill_id, broader_id)
);
CREATE INDEX skill_broader_broader ON skill_broader (broader_id);

-- Occupations under broader occupations (the ISCO levels above are the occupations' isco_group).
CREATE TABLE occupation_broader (
  occupation_id uuid NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  broader_id uuid NOT NULL REFERENCES occupation (id) ON DELETE CASCADE,
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  PRIMARY KEY (occupation_id, broader_id)
);
CREATE INDEX occupation_broader_broader ON occupation_broader (broader_id);

-- Skills related to skills (ESCO's skill–skill relations).
CREATE TABLE skill_relation (
  skill_id uuid NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  related_id uuid NOT NULL REFERENCES skill (id) ON DELETE CASCADE,
  relation text NOT NULL CHECK (relation IN ('essential', 'optional')),
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  PRIMARY KEY (skill_id, related_id)
);

-- ISCO-08 groups with their names (from the ESCO package).
CREATE TABLE isco_group (
  code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
  uri text,
  label jsonb NOT NULL DEFAULT '{}'::jsonb,
  description jsonb NOT NULL DEFAULT '{}'::jsonb
);

-- What has been loaded: one row per scheme and language (relations: language '*'). `version`
-- tells whether the built-in vocabulary must be loaded again; the latest `loaded_at` tells a
-- cached suggester index that it must be rebuilt.
CREATE TABLE taxonomy_source (
  scheme text NOT NULL CHECK (scheme IN ('esco', 'polku')),
  language text NOT NULL,
  version text,
  counts jsonb NOT NULL DEFAULT '{}'::jsonb,
  loaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (scheme, language)
);
