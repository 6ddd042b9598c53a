// The taxonomy as the suggester and the importers see it, apart from the database.

export type ConceptKind = 'occupation' | 'skill';
/** Where a concept comes from: the European ESCO classification or Polku's own vocabulary. */
export type Scheme = 'esco' | 'polku';
export type LabelKind = 'preferred' | 'alternative' | 'hidden';
export type RelationType = 'essential' | 'optional';

export interface ConceptLabel {
  lang: string;
  kind: LabelKind;
  text: string;
}

/** One occupation or skill with its labels, ready for indexing. */
export interface TaxonomyConcept {
  kind: ConceptKind;
  /** Database id, or any stable id (the URI) when the index is built without a database. */
  id: string;
  scheme: Scheme;
  uri: string;
  /** The ESCO concept this one is (for ESCO concepts their own URI). */
  escoUri: string | null;
  /** ISCO-08 unit group (occupations). */
  iscoGroup?: string | null;
  labels: ConceptLabel[];
}

export interface TaxonomyRelation {
  occupationId: string;
  skillId: string;
  relation: RelationType;
}

export interface TaxonomyInput {
  concepts: TaxonomyConcept[];
  relations: TaxonomyRelation[];
}

export const CONCEPT_KINDS: readonly ConceptKind[] = ['occupation', 'skill'];
export const SCHEMES: readonly Scheme[] = ['esco', 'polku'];
