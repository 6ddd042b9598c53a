// Shapes of the matching API (src/server/matching) as the web app reads them.

export interface ConceptView {
  id: string;
  label: string;
  scheme: 'esco' | 'polku' | null;
  aspiration: boolean;
}

export interface WorkEntry {
  title: string;
  employer?: string | null;
  startYear?: number | null;
  endYear?: number | null;
  description?: string | null;
}

export interface EducationEntry {
  title: string;
  institution?: string | null;
  year?: number | null;
}

export interface LanguageEntry {
  language: string;
  level: string;
}

export interface Profile {
  clientId: string;
  exists: boolean;
  occupations: ConceptView[];
  skills: ConceptView[];
  workHistory: WorkEntry[];
  education: EducationEntry[];
  languages: LanguageEntry[];
  municipalityCodes: string[];
  workingTimes: string[];
  deliveryModes: string[];
  wishes: string | null;
  visibility: 'hidden' | 'employers' | 'public';
  employers: Array<{ id: string; name: string }>;
  updatedAt: string | null;
}

export interface EmployerProfile {
  clientId: string;
  displayName: string;
  contactUnit: string;
  occupations: ConceptView[];
  skills: ConceptView[];
  workHistory: WorkEntry[];
  education: EducationEntry[];
  languages: LanguageEntry[];
  municipalityCodes: string[];
  workingTimes: string[];
  wishes: string | null;
}

export interface Suggestion {
  id: string;
  kind: 'occupation' | 'skill';
  label: string;
  score: number;
  evidence: string[];
  source: 'text' | 'related';
  via?: string[];
  scheme: 'esco' | 'polku';
}

export interface SuggestResult {
  lang: string;
  occupations: Suggestion[];
  skills: Suggestion[];
  aspirations: Suggestion[];
}

export interface Ref {
  id: string;
  label: string;
}

export interface Posting {
  id: string;
  employer: { id: string | null; name: string };
  title: string;
  description: string;
  mainOccupation: Ref | null;
  occupations: Ref[];
  skills: Ref[];
  municipalityCode: string | null;
  workingTime: string | null;
  employmentType: string | null;
  openPositions: number;
  expiresOn: string | null;
  status: string;
  source: { kind: string; name: string; id: string | null; url: string | null };
  own: boolean;
  updatedAt: string;
}

export interface Reasons {
  occupation: { kind: 'main' | 'listed' | 'related' | 'none'; aspiration: boolean; seekerOccupation: Ref | null; postingOccupation: Ref | null };
  matchedSkills: Ref[];
  aspiredSkills: Ref[];
  missingSkills: Ref[];
  location: 'match' | 'any' | 'mismatch' | 'unknown';
  workingTime: 'match' | 'any' | 'mismatch' | 'unknown';
}

export interface PostingMatch {
  posting: Posting;
  score: number;
  reasons: Reasons;
}

export interface NeedMatch {
  need: { id: string; description: string; positions: number | null; employer: { id: string; name: string }; unitName: string };
  score: number;
  reasons: Reasons;
}

export interface SeekerMatch {
  profile?: EmployerProfile;
  client?: { id: string; firstName: string; lastName: string };
  score: number;
  reasons: Reasons;
}

export type ServiceReason =
  | { kind: 'goal'; goalKind: string }
  | { kind: 'workAbility'; level: 'low' | 'high' }
  | { kind: 'target'; factor: string }
  | { kind: 'delivery'; mode: string }
  | { kind: 'language'; language: string }
  | { kind: 'municipality'; municipalityCode: string };

export interface ServiceMatch {
  service: { id: string; name: string | null; kind: string; deliveryMode: string; provider: string; municipalityCodes: string[]; languages: string[] };
  score: number;
  reasons: ServiceReason[];
}
