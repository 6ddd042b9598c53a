// The skills suggester: free text (a pasted CV, a few colloquial lines) → ranked occupations and
// skills, each with the words of the text that triggered it, and what the person wants to learn as
// aspirations. Pure: it reads only the index.
//
// 1. The text is cut into clauses; a clause with a cue like "haluaisin oppia", "kiinnostaa" or
//    "I'd like to learn" is an aspiration, a denying clause ("en osaa …") is skipped.
// 2. Every word yields keys (suggest-index.ts): its stem, and for a compound its parts.
// 3. Each label variant anchored on a key of the text is checked: its other keys must occur in
//    the same clause near the anchor. A full match scores by the label's kind, the specificity
//    (idf) of the matched keys, how the keys were found (whole word, compound head or modifier)
//    and its length; a partial match (the rarest key and most of the rest) scores lower.
// 4. Skills found in the text lift the occupations they belong to (essential more than optional),
//    and the best occupations bring their skills as related suggestions. Chosen keywords act as
//    found ones and steer both ways, and are not suggested again.
import type { Lang } from './stem.ts';
import { RELATION_ESSENTIAL, ROLE_HEAD, ROLE_MODIFIER, WHOLE_PART, type SuggestIndex } from './suggest-index.ts';
import { analyzeText, detectLanguage, type Token } from './text.ts';
import type { ConceptKind, Scheme } from './types.ts';

export const MAX_TEXT_LENGTH = 10_000;

export interface SuggestOptions {
  /** Language of the text; detected when absent. */
  lang?: Lang;
  /** Language of the labels in the answer (default: the text's, then Finnish, English, Swedish). */
  labelLang?: string;
  /** Ids of the keywords the person has already chosen. */
  chosen?: readonly string[];
  limits?: { occupations?: number; skills?: number; aspirations?: number };
}

export interface Suggestion {
  id: string;
  kind: ConceptKind;
  label: string;
  score: number;
  /** The words of the text that triggered the suggestion (for related ones: those of what led to it). */
  evidence: string[];
  /** Found in the text, or related to something found or chosen. */
  source: 'text' | 'related';
  /** For related suggestions: the ids of the concepts that led to it. */
  via?: string[];
  scheme: Scheme;
  uri: string;
  escoUri?: string;
}

export interface SuggestResult {
  lang: Lang;
  occupations: Suggestion[];
  skills: Suggestion[];
  aspirations: Suggestion[];
}

// Weights, tuned on the evaluation sets (test/fixtures/skills).
const ROLE_WEIGHT = [1, 0.9, 0.5];
const CROSS_LANGUAGE = 0.8;
const AGENT_MISMATCH = 0.7;
const PARTS_OF_MATCHED_WORD = 0.5;
const OTHER_LANGUAGE_LABEL = 0.85;
const PARTIAL_MIN_COVERAGE = 0.6;
const PARTIAL_FACTOR = 0.6;
const LENGTH_BONUS = 0.2;
const WINDOW_EXTRA = 2;
/** Occurrences of a word that are tried as the anchor of a label (a word repeated more adds little). */
const MAX_OCCURRENCES = 2;
/** Skills found in the text that lift occupations: the best ones. */
const MAX_LIFTING_SKILLS = 40;
const SKILL_TO_OCCUPATION = 0.9;
const OCCUPATION_TO_SKILL = 0.45;
const OPTIONAL_RELATION = 0.5;
const RELATED_FROM_TOP = 6;
const MIN_SCORE = 0.12;
/** Lifts too small to matter (they cannot add up to MIN_SCORE) are not followed. */
const MIN_LIFT = 0.02;
const LANG_CODE: Record<string, number> = { fi: 0, sv: 1, en: 2 };

interface Hit {
  score: number;
  /** Token positions of the matched words. */
  positions: number[];
  /** Tokens that took part only through compound parts. */
  partTokens: number[];
}

interface Found {
  score: number;
  hits: Hit[];
}

/** Combines several hits of one concept: the best counts fully, further distinct ones less. */
function combine(hits: Hit[]): number {
  const sorted = hits.map((h) => h.score).sort((a, b) => b - a);
  let total = 0;
  let factor = 1;
  for (const s of sorted) {
    total += s * factor;
    factor *= 0.35;
  }
  return total;
}

export function suggest(index: SuggestIndex, text: string, options: SuggestOptions = {}): SuggestResult {
  const input = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
  const lang = options.lang ?? detectLanguage(input);
  const labelLangs = [...new Set([options.labelLang ?? lang, lang, 'fi', 'en', 'sv'])];
  const { tokens, clauses } = analyzeText(input, MAX_TEXT_LENGTH);

  // Keys of the text: key → occurrences, each packed in one number (see `occurrence`).
  const positions = new Map<number, number[]>();
  const heads = new Map<number, number>();
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (clauses[token.clause]?.negated) continue;
    for (const { key, role, part, cross, agent } of index.analyzeWord(token.folded, lang)) {
      let list = positions.get(key);
      if (!list) positions.set(key, (list = []));
      list.push(occurrence(t, part, role, cross, agent));
      if (role === ROLE_HEAD) heads.set(t, key);
    }
  }

  // Label variants anchored on the text's keys.
  const clauseOf = Int32Array.from(tokens, (t) => t.clause);
  const present = new Uint8Array(index.keyIds.size);
  for (const key of positions.keys()) present[key] = 1;
  const has = new Map<number, Found>();
  const wants = new Map<number, Found>();
  const wholeTokens = new Set<number>();
  const textLang = LANG_CODE[lang] ?? 3;
  for (const [anchorKey, anchorOccurrences] of positions) {
    for (let a = index.anchorStart[anchorKey], aEnd = index.anchorStart[anchorKey + 1]; a < aEnd; a++) {
      const v = index.anchorVariants[a];
      const start = index.variantStart[v];
      const length = index.variantLength[v];
      const variantIdf = index.variantIdf[v];
      // Cheap test first: are enough of the label's words in the text at all?
      if (length > 1) {
        let found = 0;
        let presentIdf = 0;
        let weakOnly = true;
        for (let i = start; i < start + length; i++) {
          const key = index.variantKeys[i];
          if (!present[key]) continue;
          found++;
          presentIdf += index.idf[key];
          if (!index.weakKey[key]) weakOnly = false;
        }
        if (weakOnly || (found < length && presentIdf / variantIdf < PARTIAL_MIN_COVERAGE)) continue;
      } else if (index.weakKey[anchorKey]) {
        continue;
      }
      for (let o = 0; o < anchorOccurrences.length && o < MAX_OCCURRENCES; o++) {
        const occurrence = anchorOccurrences[o];
        const anchorPos = tokenOf(occurrence);
        const clause = clauseOf[anchorPos];
        let matchedIdf = index.idf[anchorKey];
        let roleSum = 0;
        let matched = 1;
        const hitPositions = [anchorPos];
        const window = index.variantSplit[v] ? length : length + WINDOW_EXTRA;
        const used: Array<[number, number]> = [];
        for (let i = start; i < start + length; i++) {
          const key = index.variantKeys[i];
          if (key === anchorKey) {
            used.push([key, occurrence]);
            roleSum += roleWeight(occurrence, index.variantAgent[i]);
            continue;
          }
          if (!present[key]) continue;
          const list = positions.get(key)!;
          let best = -1;
          let bestDistance = Infinity;
          for (const other of list) {
            const pos = tokenOf(other);
            const distance = Math.abs(pos - anchorPos);
            if (distance <= window && distance < bestDistance && clauseOf[pos] === clause) {
              best = other;
              bestDistance = distance;
            }
          }
          if (best < 0) continue;
          matched++;
          matchedIdf += index.idf[key];
          roleSum += roleWeight(best, index.variantAgent[i]);
          hitPositions.push(tokenOf(best));
          used.push([key, best]);
        }
        if (matched > 1 && !wellFormed(used, heads)) continue;
        if (used.every(([key]) => index.weakKey[key])) continue;
        let factor = 1;
        if (matched < length) {
          const coverage = matchedIdf / variantIdf;
          if (length < 2 || coverage < PARTIAL_MIN_COVERAGE) continue;
          factor = coverage * coverage * PARTIAL_FACTOR;
        }
        const specificity = Math.min(1, matchedIdf / index.specificIdf);
        const labelLanguage = index.variantLang[v] === textLang || index.variantLang[v] === 3 ? 1 : OTHER_LANGUAGE_LABEL;
        const score =
          index.variantWeight[v] * labelLanguage * specificity * (roleSum / matched) * factor * (1 + LENGTH_BONUS * (matched - 1));
        const concept = index.variantConcept[v];
        const target = clauses[clause]?.aspiration ? wants : has;
        let found = target.get(concept);
        if (!found) target.set(concept, (found = { score: 0, hits: [] }));
        hitPositions.sort((x, y) => x - y);
        const partTokens: number[] = [];
        for (const [, o] of used) {
          if (partOf(o) === WHOLE_PART) {
            if (matched === length) wholeTokens.add(tokenOf(o));
          } else if (!used.some(([, other]) => tokenOf(other) === tokenOf(o) && partOf(other) === WHOLE_PART)) {
            partTokens.push(tokenOf(o));
          }
        }
        // Hits over the same words are one hit: the best score, the widest span.
        const same = found.hits.find((h) => h.positions.some((p) => hitPositions.includes(p)));
        if (same) {
          same.positions = [...new Set([...same.positions, ...hitPositions])].sort((x, y) => x - y);
          if (score > same.score) {
            same.score = score;
            same.partTokens = partTokens;
          }
        } else {
          found.hits.push({ score, positions: hitPositions, partTokens });
        }
      }
    }
  }
  // A compound matched as a whole word speaks less through its parts ("autopesulassa" is a car
  // wash, less so a laundry).
  for (const found of [...has.values(), ...wants.values()]) {
    for (const hit of found.hits) if (hit.partTokens.some((t) => wholeTokens.has(t))) hit.score *= PARTS_OF_MATCHED_WORD;
    found.score = combine(found.hits);
  }

  // Chosen keywords count as found, fully.
  const chosen = new Set<number>();
  for (const id of options.chosen ?? []) {
    const c = index.byId.get(id);
    if (c !== undefined) chosen.add(c);
  }

  // Skills lift their occupations.
  const occupationScore = new Map<number, { score: number; via: Map<number, number> }>();
  const newEntry = (score: number) => ({ score, via: new Map<number, number>() });
  const directSkills: Array<[number, number]> = [];
  for (const [c, found] of has) {
    if (index.conceptKind[c] === 0) {
      occupationScore.set(c, newEntry(found.score));
    } else {
      directSkills.push([c, found.score]);
    }
  }
  for (const c of chosen) if (index.conceptKind[c] === 1) directSkills.push([c, 1]);
  directSkills.sort((a, b) => b[1] - a[1]);
  const occupationCount = Math.max(1, index.occupationCount);
  for (const [skill, score] of directSkills.slice(0, MAX_LIFTING_SKILLS)) {
    const from = index.skillOccupationStart[skill];
    const to = index.skillOccupationStart[skill + 1];
    // A skill of many occupations (customer service) says less about each of them.
    const generality = Math.log(1 + occupationCount / Math.max(1, to - from)) / Math.log(1 + occupationCount);
    for (let i = from; i < to; i++) {
      const occupation = index.skillOccupations[i];
      const occupationSkills = index.occupationSkillStart[occupation + 1] - index.occupationSkillStart[occupation];
      const relation = index.skillOccupationType[i] === RELATION_ESSENTIAL ? 1 : OPTIONAL_RELATION;
      const lift = (SKILL_TO_OCCUPATION * relation * score * generality) / (1 + Math.log(1 + occupationSkills) / 2);
      if (lift < MIN_LIFT) continue;
      let entry = occupationScore.get(occupation);
      if (!entry) occupationScore.set(occupation, (entry = newEntry(0)));
      entry.via.set(skill, lift);
    }
  }
  const occupationFinal = new Map<number, number>();
  for (const [occupation, entry] of occupationScore) {
    const lifts = [...entry.via.values()].sort((a, b) => b - a);
    let lift = 0;
    let factor = 1;
    for (const l of lifts) {
      lift += l * factor;
      factor *= 0.6;
    }
    occupationFinal.set(occupation, entry.score + lift);
  }

  // The best occupations (and chosen ones) bring their skills.
  const sources = [...occupationFinal.entries()]
    .filter(([c]) => !chosen.has(c))
    .sort((a, b) => b[1] - a[1])
    .slice(0, RELATED_FROM_TOP);
  for (const c of chosen) if (index.conceptKind[c] === 0) sources.push([c, 1]);
  const related = new Map<number, { score: number; via: number[] }>();
  for (const [occupation, score] of sources) {
    for (let i = index.occupationSkillStart[occupation], end = index.occupationSkillStart[occupation + 1]; i < end; i++) {
      const skill = index.occupationSkills[i];
      const relation = index.occupationSkillType[i] === RELATION_ESSENTIAL ? 1 : OPTIONAL_RELATION;
      const s = OCCUPATION_TO_SKILL * relation * score;
      const entry = related.get(skill);
      if (!entry) related.set(skill, { score: s, via: [occupation] });
      else {
        entry.score = Math.max(entry.score, s) + 0.15 * Math.min(entry.score, s);
        entry.via.push(occupation);
      }
    }
  }
  const skillFinal = new Map<number, number>();
  for (const [skill, score] of directSkills) if (!chosen.has(skill)) skillFinal.set(skill, score + 0.5 * (related.get(skill)?.score ?? 0));
  for (const [skill, entry] of related) if (!skillFinal.has(skill) && !chosen.has(skill)) skillFinal.set(skill, entry.score);

  // Evidence.
  const evidenceOf = (hits: Hit[]) => spans(input, tokens, hits);
  const hasEvidence = (c: number) => evidenceOf(has.get(c)?.hits ?? []);
  const limits = { occupations: 10, skills: 20, aspirations: 10, ...options.limits };

  const occupations = rank(index, occupationFinal, chosen, limits.occupations, (c) => {
    const via = [...(occupationScore.get(c)?.via.entries() ?? [])].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    const fromSkills = via.slice(0, 3).flatMap((s) => (chosen.has(s) ? [] : hasEvidence(s)));
    const chosenVia = via.filter((s) => chosen.has(s));
    return { source: 'text' as const, evidence: unique([...hasEvidence(c), ...fromSkills]), ...(chosenVia.length ? { via: chosenVia } : {}) };
  }, labelLangs);
  const skills = rank(index, skillFinal, chosen, limits.skills, (c) => {
    if (has.has(c)) return { source: 'text' as const, evidence: hasEvidence(c) };
    const via = related.get(c)?.via ?? [];
    return { source: 'related' as const, evidence: unique(via.slice(0, 2).flatMap((o) => (chosen.has(o) ? [] : hasEvidence(o).concat(viaEvidence(o))))), via };
  }, labelLangs);
  function viaEvidence(occupation: number): string[] {
    if (has.has(occupation)) return [];
    const via = [...(occupationScore.get(occupation)?.via.keys() ?? [])];
    return via.slice(0, 3).flatMap((s) => hasEvidence(s));
  }
  const aspirationScores = new Map<number, number>();
  for (const [c, found] of wants) if (!chosen.has(c)) aspirationScores.set(c, found.score);
  const aspirations = rank(index, aspirationScores, chosen, limits.aspirations, (c) => ({ source: 'text' as const, evidence: evidenceOf(wants.get(c)!.hits) }), labelLangs);
  return { lang, occupations, skills, aspirations };
}

/** An occurrence of a key in the text: token, part of the word, role, found cross-language. */
const occurrence = (token: number, part: number, role: number, cross: boolean, agent: boolean) =>
  (((token * 8 + part) * 4 + role) * 2 + (cross ? 1 : 0)) * 2 + (agent ? 1 : 0);
const tokenOf = (o: number) => o >> 7;
const partOf = (o: number) => (o >> 4) & 7;
const roleOf = (o: number) => (o >> 2) & 3;
const agentOf = (o: number) => o & 1;

/** How much a word found in the text counts for a label word (agent noun against verb: less). */
function roleWeight(o: number, labelAgent: number): number {
  return ROLE_WEIGHT[roleOf(o)] * ((o >> 1) & 1 ? CROSS_LANGUAGE : 1) * (agentOf(o) === labelAgent ? 1 : AGENT_MISMATCH);
}

/**
 * Whether the words matched for a label (in the label's order) make sense together:
 * - parts of one compound must come in the compound's order and end with its head
 *   ("lattianhoitokone" does not contain "koneenhoito"), and a whole word does not combine
 *   with its own parts;
 * - the front part of a compound counts only with its head ("kotimaan kuljetuksissa" is not
 *   "kotiinkuljetus").
 */
function wellFormed(used: Array<[number, number]>, heads: Map<number, number>): boolean {
  const byToken = new Map<number, number[]>();
  for (const [, o] of used) {
    const t = tokenOf(o);
    const list = byToken.get(t);
    if (list) list.push(o);
    else byToken.set(t, [o]);
  }
  for (const [token, list] of byToken) {
    if (list.length > 1) {
      if (list.some((o) => partOf(o) === WHOLE_PART)) return false;
      for (let i = 1; i < list.length; i++) if (partOf(list[i]) <= partOf(list[i - 1])) return false;
      const last = list[list.length - 1];
      if (roleOf(last) === ROLE_MODIFIER) return false;
    } else if (byToken.size > 1 && roleOf(list[0]) === ROLE_MODIFIER) {
      // A lone front part: only when the compound's head is not a different word of the label.
      const head = heads.get(token);
      if (head !== undefined && !used.some(([key]) => key === head)) return false;
    }
  }
  return true;
}

/** The distinct pieces of evidence, without those contained in a longer one. */
function unique(values: string[]): string[] {
  const distinct = [...new Set(values)];
  return distinct.filter((v) => !distinct.some((other) => other !== v && other.toLowerCase().includes(v.toLowerCase())));
}

/** The text's words at the hits: a phrase when the words are close together, else each word. */
function spans(text: string, tokens: Token[], hits: Hit[]): string[] {
  const out: string[] = [];
  for (const hit of [...hits].sort((a, b) => a.positions[0] - b.positions[0])) {
    const first = hit.positions[0];
    const last = hit.positions[hit.positions.length - 1];
    if (last - first <= 4) out.push(text.slice(tokens[first].start, tokens[last].end));
    else for (const p of hit.positions) out.push(tokens[p].text);
  }
  return unique(out);
}

/** Ranks scored concepts, merging a Polku concept with the ESCO concept it is linked to. */
function rank(
  index: SuggestIndex,
  scores: Map<number, number>,
  chosen: Set<number>,
  limit: number,
  describe: (c: number) => { source: 'text' | 'related'; evidence: string[]; via?: number[] },
  labelLangs: string[],
): Suggestion[] {
  const merged = new Map<number, { score: number; twins: number[] }>();
  for (const [c, score] of scores) {
    if (score < MIN_SCORE / 2) continue;
    let target = c;
    const escoUri = index.escoUris[c];
    if (index.conceptScheme[c] === 0 && escoUri) {
      // An ESCO concept that a Polku concept in the list is linked to folds into that one.
      const twin = findPolkuTwin(index, scores, escoUri);
      if (twin !== undefined) target = twin;
    }
    const entry = merged.get(target);
    if (!entry) merged.set(target, { score, twins: target === c ? [] : [c] });
    else {
      entry.score = Math.max(entry.score, score) + 0.2 * Math.min(entry.score, score);
      if (target !== c) entry.twins.push(c);
    }
  }
  const ranked = [...merged.entries()]
    .filter(([c, e]) => e.score >= MIN_SCORE && !chosen.has(c))
    .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
    .slice(0, limit);
  return ranked.map(([c, entry]) => {
    const described = describe(c);
    const evidence = unique([...described.evidence, ...entry.twins.flatMap((t) => describe(t).evidence)]);
    const suggestion: Suggestion = {
      id: index.ids[c],
      kind: index.kindOf(c),
      label: index.label(c, labelLangs),
      score: Math.round(entry.score * 1000) / 1000,
      evidence,
      source: described.source,
      scheme: index.schemeOf(c),
      uri: index.uris[c],
    };
    if (described.via?.length) suggestion.via = described.via.map((v) => index.ids[v]);
    if (index.escoUris[c]) suggestion.escoUri = index.escoUris[c]!;
    return suggestion;
  });
}

const twinCache = new WeakMap<SuggestIndex, Map<string, number[]>>();

function findPolkuTwin(index: SuggestIndex, scores: Map<number, number>, escoUri: string): number | undefined {
  let byUri = twinCache.get(index);
  if (!byUri) {
    byUri = new Map();
    for (let c = 0; c < index.conceptCount; c++) {
      const uri = index.escoUris[c];
      if (uri && index.conceptScheme[c] === 1) {
        const list = byUri.get(uri);
        if (list) list.push(c);
        else byUri.set(uri, [c]);
      }
    }
    twinCache.set(index, byUri);
  }
  return byUri.get(escoUri)?.find((c) => scores.has(c));
}

