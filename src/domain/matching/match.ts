// Matching job seekers and job postings, both ways, with the reasons for every match. Pure: the
// taxonomy arrives as a small lookup (MatchTaxonomy) and the data as plain objects.
//
// A pair scores in four parts, each 0..1, weighed and averaged over the parts that apply:
//   occupation 0.40  the posting's main occupation is one of the person's (1), another occupation
//                    of the posting is (0.85), a related one is (0.5: the same ISCO-08 unit group,
//                    or broader/narrower in the taxonomy); an aspiration counts at 0.6 of that
//   skills     0.35  the share of the posting's skills the person has (aspired skills count half);
//                    left out when the posting names no skills
//   location   0.15  the posting's municipality is one the person wants (1), the person has no
//                    wish (0.5), another municipality (0); left out when the posting names none
//   working time 0.10 the same rule with full/part time
// A pair with neither an occupation nor a skill in common is no match, however well the place
// and hours fit. Concepts are compared by their canonical key, so that a Polku concept and the
// ESCO concept it is linked to (esco_uri) count as the same.

export type WorkingTime = 'full_time' | 'part_time';

export interface SeekerProfile {
  id: string;
  occupations: string[];
  skills: string[];
  aspirationOccupations?: string[];
  aspirationSkills?: string[];
  municipalityCodes: string[];
  workingTimes: WorkingTime[];
}

export interface PostingProfile {
  id: string;
  mainOccupation: string | null;
  occupations: string[];
  skills: string[];
  municipalityCode: string | null;
  workingTime: WorkingTime | null;
}

export interface MatchTaxonomy {
  /** A key shared by concepts that are the same (e.g. the ESCO URI); the id itself when unknown. */
  canonical(id: string): string;
  /** The ISCO-08 unit group of an occupation. */
  iscoGroup(id: string): string | null;
  /** Canonical keys of the occupations directly broader or narrower than this one. */
  neighbours(id: string): readonly string[];
}

export type OccupationMatchKind = 'main' | 'listed' | 'related' | 'none';
export type FitKind = 'match' | 'any' | 'mismatch' | 'unknown';

export interface OccupationReason {
  kind: OccupationMatchKind;
  /** The person's occupation that matched (an aspiration when `aspiration`). */
  seekerOccupation: string | null;
  postingOccupation: string | null;
  aspiration: boolean;
}

export interface MatchReasons {
  occupation: OccupationReason;
  /** The posting's skills the person has (ids as the posting names them). */
  matchedSkills: string[];
  /** The posting's skills the person wants to learn. */
  aspiredSkills: string[];
  /** The posting's skills the person has not named. */
  missingSkills: string[];
  location: FitKind;
  workingTime: FitKind;
}

export interface Match {
  seekerId: string;
  postingId: string;
  /** 0..1, rounded to three decimals. */
  score: number;
  parts: { occupation: number; skills: number | null; location: number | null; workingTime: number | null };
  reasons: MatchReasons;
}

export const WEIGHTS = { occupation: 0.4, skills: 0.35, location: 0.15, workingTime: 0.1 } as const;
const OCCUPATION_SCORE: Record<OccupationMatchKind, number> = { main: 1, listed: 0.85, related: 0.5, none: 0 };
const ASPIRATION_FACTOR = 0.6;
const ASPIRED_SKILL = 0.5;
const NO_WISH = 0.5;

/** A profile's concepts by canonical key, computed once per profile for many comparisons. */
export interface PreparedSeeker {
  profile: SeekerProfile;
  occupations: Map<string, string>;
  aspirationOccupations: Map<string, string>;
  /** ISCO group → the person's occupation in it (own first, then aspirations). */
  groups: Map<string, { id: string; aspiration: boolean }>;
  neighbours: Map<string, { id: string; aspiration: boolean }>;
  skills: Set<string>;
  aspirationSkills: Set<string>;
  municipalities: Set<string>;
  workingTimes: Set<string>;
}

export interface PreparedPosting {
  posting: PostingProfile;
  main: string | null;
  occupations: Array<{ id: string; key: string; group: string | null; main: boolean }>;
  skills: Array<{ id: string; key: string }>;
}

export function prepareSeeker(profile: SeekerProfile, taxonomy: MatchTaxonomy): PreparedSeeker {
  const occupations = new Map<string, string>();
  const aspirationOccupations = new Map<string, string>();
  const groups = new Map<string, { id: string; aspiration: boolean }>();
  const neighbours = new Map<string, { id: string; aspiration: boolean }>();
  const add = (id: string, aspiration: boolean) => {
    const key = taxonomy.canonical(id);
    const target = aspiration ? aspirationOccupations : occupations;
    if (!target.has(key)) target.set(key, id);
    const group = taxonomy.iscoGroup(id);
    if (group && !groups.has(group)) groups.set(group, { id, aspiration });
    for (const n of taxonomy.neighbours(id)) if (!neighbours.has(n)) neighbours.set(n, { id, aspiration });
  };
  for (const id of profile.occupations) add(id, false);
  for (const id of profile.aspirationOccupations ?? []) add(id, true);
  return {
    profile,
    occupations,
    aspirationOccupations,
    groups,
    neighbours,
    skills: new Set(profile.skills.map((id) => taxonomy.canonical(id))),
    aspirationSkills: new Set((profile.aspirationSkills ?? []).map((id) => taxonomy.canonical(id))),
    municipalities: new Set(profile.municipalityCodes),
    workingTimes: new Set(profile.workingTimes),
  };
}

export function preparePosting(posting: PostingProfile, taxonomy: MatchTaxonomy): PreparedPosting {
  const seen = new Set<string>();
  const occupations: PreparedPosting['occupations'] = [];
  const ids = posting.mainOccupation ? [posting.mainOccupation, ...posting.occupations] : posting.occupations;
  ids.forEach((id, i) => {
    const key = taxonomy.canonical(id);
    if (seen.has(key)) return;
    seen.add(key);
    occupations.push({ id, key, group: taxonomy.iscoGroup(id), main: i === 0 && posting.mainOccupation !== null });
  });
  const skillKeys = new Set<string>();
  const skills: PreparedPosting['skills'] = [];
  for (const id of posting.skills) {
    const key = taxonomy.canonical(id);
    if (skillKeys.has(key)) continue;
    skillKeys.add(key);
    skills.push({ id, key });
  }
  return { posting, main: posting.mainOccupation, occupations, skills };
}

function occupationReason(seeker: PreparedSeeker, posting: PreparedPosting, taxonomy: MatchTaxonomy): { score: number; reason: OccupationReason } {
  let best: { score: number; reason: OccupationReason } = {
    score: 0,
    reason: { kind: 'none', seekerOccupation: null, postingOccupation: null, aspiration: false },
  };
  const consider = (kind: OccupationMatchKind, seekerOccupation: string, postingOccupation: string, aspiration: boolean) => {
    const score = OCCUPATION_SCORE[kind] * (aspiration ? ASPIRATION_FACTOR : 1);
    if (score > best.score) best = { score, reason: { kind, seekerOccupation, postingOccupation, aspiration } };
  };
  for (const o of posting.occupations) {
    const exact = o.main ? 'main' : 'listed';
    const own = seeker.occupations.get(o.key);
    if (own) consider(exact, own, o.id, false);
    const aspired = seeker.aspirationOccupations.get(o.key);
    if (aspired) consider(exact, aspired, o.id, true);
    const inGroup = o.group ? seeker.groups.get(o.group) : undefined;
    if (inGroup) consider('related', inGroup.id, o.id, inGroup.aspiration);
    const near = seeker.neighbours.get(o.key);
    if (near) consider('related', near.id, o.id, near.aspiration);
    for (const n of taxonomy.neighbours(o.id)) {
      const viaPosting = seeker.occupations.get(n);
      if (viaPosting) consider('related', viaPosting, o.id, false);
    }
  }
  return best;
}

function fit(wanted: Set<string>, offered: string | null): { score: number | null; kind: FitKind } {
  if (offered === null) return { score: null, kind: 'unknown' };
  if (wanted.size === 0) return { score: NO_WISH, kind: 'any' };
  return wanted.has(offered) ? { score: 1, kind: 'match' } : { score: 0, kind: 'mismatch' };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The match of one person and one posting, or null when they share no occupation or skill. */
export function matchPrepared(seeker: PreparedSeeker, posting: PreparedPosting, taxonomy: MatchTaxonomy): Match | null {
  const occupation = occupationReason(seeker, posting, taxonomy);
  const matchedSkills: string[] = [];
  const aspiredSkills: string[] = [];
  const missingSkills: string[] = [];
  for (const s of posting.skills) {
    if (seeker.skills.has(s.key)) matchedSkills.push(s.id);
    else if (seeker.aspirationSkills.has(s.key)) aspiredSkills.push(s.id);
    else missingSkills.push(s.id);
  }
  if (occupation.score === 0 && matchedSkills.length === 0 && aspiredSkills.length === 0) return null;
  const skills = posting.skills.length ? (matchedSkills.length + ASPIRED_SKILL * aspiredSkills.length) / posting.skills.length : null;
  const location = fit(seeker.municipalities, posting.posting.municipalityCode);
  const workingTime = fit(seeker.workingTimes, posting.posting.workingTime);
  let sum = WEIGHTS.occupation * occupation.score;
  let weight = WEIGHTS.occupation;
  if (skills !== null) {
    sum += WEIGHTS.skills * skills;
    weight += WEIGHTS.skills;
  }
  if (location.score !== null) {
    sum += WEIGHTS.location * location.score;
    weight += WEIGHTS.location;
  }
  if (workingTime.score !== null) {
    sum += WEIGHTS.workingTime * workingTime.score;
    weight += WEIGHTS.workingTime;
  }
  return {
    seekerId: seeker.profile.id,
    postingId: posting.posting.id,
    score: round3(sum / weight),
    parts: { occupation: round3(occupation.score), skills: skills === null ? null : round3(skills), location: location.score, workingTime: workingTime.score },
    reasons: { occupation: occupation.reason, matchedSkills, aspiredSkills, missingSkills, location: location.kind, workingTime: workingTime.kind },
  };
}

export function matchPair(seeker: SeekerProfile, posting: PostingProfile, taxonomy: MatchTaxonomy): Match | null {
  return matchPrepared(prepareSeeker(seeker, taxonomy), preparePosting(posting, taxonomy), taxonomy);
}

/** Best first; equal scores by more matched skills, then by id so that the order is stable. */
function byScore(a: Match, b: Match, idOf: (m: Match) => string) {
  return b.score - a.score || b.reasons.matchedSkills.length - a.reasons.matchedSkills.length || (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0);
}

// The cheap tests below are plain functions (no closures made per call): they run for every one of
// thousands of postings or profiles.

function seekerHasOccupation(seeker: PreparedSeeker, id: string, taxonomy: MatchTaxonomy): boolean {
  const key = taxonomy.canonical(id);
  if (seeker.occupations.has(key) || seeker.aspirationOccupations.has(key) || seeker.neighbours.has(key)) return true;
  const group = taxonomy.iscoGroup(id);
  if (group && seeker.groups.has(group)) return true;
  for (const n of taxonomy.neighbours(id)) if (seeker.occupations.has(n)) return true;
  return false;
}

/** Can the posting share an occupation (or a related one) or a skill with the person? A cheap test
 * before the full match, so that ranking thousands allocates only for the candidates. */
function postingMayMatch(seeker: PreparedSeeker, posting: PostingProfile, taxonomy: MatchTaxonomy): boolean {
  if (posting.mainOccupation && seekerHasOccupation(seeker, posting.mainOccupation, taxonomy)) return true;
  for (const id of posting.occupations) if (seekerHasOccupation(seeker, id, taxonomy)) return true;
  for (const id of posting.skills) {
    const key = taxonomy.canonical(id);
    if (seeker.skills.has(key) || seeker.aspirationSkills.has(key)) return true;
  }
  return false;
}

interface PostingKeys {
  occupations: Set<string>;
  groups: Set<string>;
  neighbours: Set<string>;
  skills: Set<string>;
}

function postingKeys(posting: PreparedPosting, taxonomy: MatchTaxonomy): PostingKeys {
  const keys: PostingKeys = { occupations: new Set(), groups: new Set(), neighbours: new Set(), skills: new Set(posting.skills.map((s) => s.key)) };
  for (const o of posting.occupations) {
    keys.occupations.add(o.key);
    if (o.group) keys.groups.add(o.group);
    for (const n of taxonomy.neighbours(o.id)) keys.neighbours.add(n);
  }
  return keys;
}

function postingHasOccupation(keys: PostingKeys, id: string, taxonomy: MatchTaxonomy): boolean {
  const key = taxonomy.canonical(id);
  if (keys.occupations.has(key) || keys.neighbours.has(key)) return true;
  const group = taxonomy.iscoGroup(id);
  if (group && keys.groups.has(group)) return true;
  for (const n of taxonomy.neighbours(id)) if (keys.occupations.has(n)) return true;
  return false;
}

function seekerMayMatch(seeker: SeekerProfile, keys: PostingKeys, taxonomy: MatchTaxonomy): boolean {
  for (const id of seeker.occupations) if (postingHasOccupation(keys, id, taxonomy)) return true;
  if (seeker.aspirationOccupations) for (const id of seeker.aspirationOccupations) if (postingHasOccupation(keys, id, taxonomy)) return true;
  for (const id of seeker.skills) if (keys.skills.has(taxonomy.canonical(id))) return true;
  if (seeker.aspirationSkills) for (const id of seeker.aspirationSkills) if (keys.skills.has(taxonomy.canonical(id))) return true;
  return false;
}

/** Postings for one person, ranked. */
export function rankPostings(seeker: SeekerProfile, postings: readonly PostingProfile[], taxonomy: MatchTaxonomy, limit = 50, minScore = 0): Match[] {
  const prepared = prepareSeeker(seeker, taxonomy);
  const out: Match[] = [];
  for (const p of postings) {
    if (!postingMayMatch(prepared, p, taxonomy)) continue;
    const m = matchPrepared(prepared, preparePosting(p, taxonomy), taxonomy);
    if (m && m.score >= minScore) out.push(m);
  }
  return out.sort((a, b) => byScore(a, b, (m) => m.postingId)).slice(0, limit);
}

/** People for one posting, ranked. */
export function rankSeekers(posting: PostingProfile, seekers: readonly SeekerProfile[], taxonomy: MatchTaxonomy, limit = 50, minScore = 0): Match[] {
  const prepared = preparePosting(posting, taxonomy);
  const keys = postingKeys(prepared, taxonomy);
  const out: Match[] = [];
  for (const s of seekers) {
    if (!seekerMayMatch(s, keys, taxonomy)) continue;
    const m = matchPrepared(prepareSeeker(s, taxonomy), prepared, taxonomy);
    if (m && m.score >= minScore) out.push(m);
  }
  return out.sort((a, b) => byScore(a, b, (m) => m.seekerId)).slice(0, limit);
}

/** A taxonomy lookup from plain maps (tests, benches, and the server's adapter). */
export function mapTaxonomy(input: { canonical?: Record<string, string>; isco?: Record<string, string>; broader?: Array<[string, string]> }): MatchTaxonomy {
  const canonical = new Map(Object.entries(input.canonical ?? {}));
  const isco = new Map(Object.entries(input.isco ?? {}));
  const canon = (id: string) => canonical.get(id) ?? id;
  const neighbours = new Map<string, string[]>();
  for (const [narrow, broad] of input.broader ?? []) {
    (neighbours.get(narrow) ?? neighbours.set(narrow, []).get(narrow)!).push(canon(broad));
    (neighbours.get(broad) ?? neighbours.set(broad, []).get(broad)!).push(canon(narrow));
  }
  return { canonical: canon, iscoGroup: (id) => isco.get(id) ?? null, neighbours: (id) => neighbours.get(id) ?? [] };
}
