// The suggester's in-memory index: every label of every occupation and skill (both vocabularies)
// as a short sequence of word keys, found through its rarest key; the occupation–skill relations;
// and the word list that compound words are split against. Typed arrays keep it small: the full
// English ESCO with the built-in vocabulary takes a few tens of megabytes (see bench/suggest.ts).
import { LANGS, wordKey, wordStem, type Lang } from './stem.ts';
import { isStopword, isWeakWord, labelWords } from './text.ts';
import type { ConceptKind, LabelKind, Scheme, TaxonomyInput } from './types.ts';

/** How a word of the text yields a key: the whole word, or the head or a modifier of a compound. */
export const ROLE_WHOLE = 0;
export const ROLE_HEAD = 1;
export const ROLE_MODIFIER = 2;
export const WHOLE_PART = 7;

export interface WordKey {
  key: number;
  role: number;
  /** Position of a compound part within the word (0, 1, …); WHOLE_PART for the whole word. */
  part: number;
  /** Found with another language's stemmer than the text's. */
  cross: boolean;
  /** The word is an agent noun (asentaja, painter). */
  agent: boolean;
}

const LABEL_WEIGHT: Record<LabelKind, number> = { preferred: 1, alternative: 0.9, hidden: 0.6 };
const KIND_CODE: Record<ConceptKind, number> = { occupation: 0, skill: 1 };
const SCHEME_CODE: Record<Scheme, number> = { esco: 0, polku: 1 };
const LANG_CODE: Record<string, number> = { fi: 0, sv: 1, en: 2 };
export const RELATION_ESSENTIAL = 1;
export const RELATION_OPTIONAL = 2;
const MAX_VARIANT_KEYS = 12;
const CACHE_LIMIT = 200_000;

const asLang = (lang: string): Lang | null => (lang === 'fi' || lang === 'sv' || lang === 'en' ? lang : null);

/** Key of one word segment in a label or text of `lang` (other languages: the folded word itself). */
function segmentStem(segment: string, lang: string): { key: string; agent: boolean } {
  const known = asLang(lang);
  return known ? wordStem(segment, known) : { key: segment, agent: false };
}

/** A copy of a string that does not keep alive the text it was cut from. */
const own = (s: string) => Buffer.from(s, 'utf8').toString('utf8');

const splitSegments = (folded: string) => folded.split(/[-'’:.]+/).filter((s) => s.length > 0);

export class SuggestIndex {
  // Concepts
  readonly conceptCount: number;
  /** Number of occupations (for weighing how specific a skill is). */
  occupationCount = 0;
  readonly conceptKind: Uint8Array;
  readonly conceptScheme: Uint8Array;
  readonly ids: string[];
  readonly uris: string[];
  readonly escoUris: Array<string | null>;
  readonly iscoGroups: Array<string | null>;
  readonly preferred: Array<Record<string, string>>;
  readonly byId = new Map<string, number>();
  readonly byEscoUri = new Map<string, number>();
  // Keys
  readonly keyIds = new Map<string, number>();
  idf!: Float32Array;
  /** 1 for keys of words too general to match on their own (isWeakWord). */
  weakKey!: Uint8Array;
  /** idf that makes a match fully specific: a key shared by about three concepts. */
  specificIdf = 1;
  // Label variants
  variantConcept!: Int32Array;
  variantStart!: Int32Array;
  variantLength!: Uint8Array;
  variantWeight!: Float32Array;
  variantLang!: Uint8Array;
  variantIdf!: Float32Array;
  /** 1 when the variant is a label with its compounds split: its words must stand together. */
  variantSplit!: Uint8Array;
  variantKeys!: Int32Array;
  /** Parallel to variantKeys: 1 when the label's word is an agent noun. */
  variantAgent!: Uint8Array;
  anchorStart!: Int32Array;
  anchorVariants!: Int32Array;
  // Relations (compressed rows)
  occupationSkillStart!: Int32Array;
  occupationSkills!: Int32Array;
  occupationSkillType!: Uint8Array;
  skillOccupationStart!: Int32Array;
  skillOccupations!: Int32Array;
  skillOccupationType!: Uint8Array;
  // Words of the labels, for splitting compounds: per language, and a few per key.
  readonly surfaces = new Map<string, Set<string>>();
  readonly surfacesOfKey = new Map<number, string[]>();
  readonly #cache = new Map<string, WordKey[]>();
  readonly #segmentCache = new Map<string, { key: number; cross: boolean; agent: boolean; parts: number[] | null }>();

  constructor(input: TaxonomyInput) {
    const { concepts } = input;
    const n = concepts.length;
    this.conceptCount = n;
    this.conceptKind = new Uint8Array(n);
    this.conceptScheme = new Uint8Array(n);
    this.ids = new Array(n);
    this.uris = new Array(n);
    this.escoUris = new Array(n);
    this.iscoGroups = new Array(n);
    this.preferred = new Array(n);

    // Pass 1: the words of every label, their keys and surfaces.
    type LabelWord = { segments: string[]; keys: number[]; agents: boolean[]; parts?: number[]; partAgents?: boolean[]; split?: boolean };
    type LabelWords = { concept: number; weight: number; lang: number; words: LabelWord[] };
    const labels: LabelWords[] = [];
    const wordCaches = new Map<string, Map<string, LabelWord | null>>();
    const weak = new Set<number>();
    const keyId = (key: string) => {
      let id = this.keyIds.get(key);
      if (id === undefined) {
        id = this.keyIds.size;
        this.keyIds.set(key, id);
      }
      return id;
    };
    for (let c = 0; c < n; c++) {
      const concept = concepts[c];
      this.conceptKind[c] = KIND_CODE[concept.kind];
      if (concept.kind === 'occupation') this.occupationCount++;
      this.conceptScheme[c] = SCHEME_CODE[concept.scheme];
      // Own copies: the strings of an imported package are cut from whole CSV files, which
      // would otherwise stay in memory with them.
      this.ids[c] = own(concept.id);
      this.uris[c] = concept.uri === concept.id ? this.ids[c] : own(concept.uri);
      this.escoUris[c] = concept.escoUri === null ? null : concept.escoUri === concept.uri ? this.uris[c] : own(concept.escoUri);
      this.iscoGroups[c] = concept.iscoGroup ?? null;
      this.byId.set(this.ids[c], c);
      if (concept.scheme === 'esco' && concept.escoUri) this.byEscoUri.set(this.escoUris[c]!, c);
      const preferred: Record<string, string> = {};
      const seen = new Set<string>();
      for (const label of concept.labels) {
        if (label.kind === 'preferred' && !preferred[label.lang]) preferred[label.lang] = own(label.text);
        const dedupe = `${label.lang}|${label.text.toLowerCase()}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const words: LabelWords['words'] = [];
        let wordCache = wordCaches.get(label.lang);
        if (!wordCache) wordCaches.set(label.lang, (wordCache = new Map()));
        for (const folded of labelWords(label.text)) {
          const cacheKey = folded;
          let word = wordCache.get(cacheKey);
          if (word === undefined) {
            const lang = asLang(label.lang);
            const segments = lang && isStopword(folded, lang) ? [] : splitSegments(folded);
            if (segments.length === 0) word = null;
            else {
              const stems = segments.map((segment) => segmentStem(segment, label.lang));
              const keys = stems.map((stem) => keyId(stem.key));
              if (lang) segments.forEach((segment, i) => isWeakWord(segment, lang) && weak.add(keys[i]));
              segments.forEach((segment, i) => this.#addSurface(label.lang, segment, keys[i]));
              word = { segments, keys, agents: stems.map((stem) => stem.agent) };
            }
            wordCache.set(cacheKey, word);
          }
          if (word) words.push(word);
        }
        if (words.length > 0) labels.push({ concept: c, weight: LABEL_WEIGHT[label.kind] ?? 0.6, lang: LANG_CODE[label.lang] ?? 3, words });
      }
      this.preferred[c] = preferred;
    }

    // Pass 2: variants — the label's words as they are, and with compounds split.
    const variantConcept: number[] = [];
    const variantWeight: number[] = [];
    const variantLang: number[] = [];
    const variantStart: number[] = [];
    const variantLength: number[] = [];
    const variantSplit: number[] = [];
    const pool: number[] = [];
    const agentPool: number[] = [];
    // Labels of one concept that come to the same keys (lay bricks, laying bricks) are one variant,
    // with the best label's weight.
    const variantOf = new Map<string, number>();
    const addVariant = (label: LabelWords, keys: number[], agents: boolean[], split: boolean) => {
      const signature = `${label.concept}|${label.lang}|${split ? 1 : 0}|${keys.map((k, i) => `${k}${agents[i] ? 'a' : ''}`).join(',')}`;
      const existing = variantOf.get(signature);
      if (existing !== undefined) {
        if (label.weight > variantWeight[existing]) variantWeight[existing] = label.weight;
        return;
      }
      variantOf.set(signature, variantConcept.length);
      const seen = new Set<number>();
      variantConcept.push(label.concept);
      variantSplit.push(split ? 1 : 0);
      variantWeight.push(label.weight);
      variantLang.push(label.lang);
      variantStart.push(pool.length);
      for (let i = 0; i < keys.length && seen.size < MAX_VARIANT_KEYS; i++) {
        if (seen.has(keys[i])) continue;
        seen.add(keys[i]);
        pool.push(keys[i]);
        agentPool.push(agents[i] ? 1 : 0);
      }
      variantLength.push(seen.size);
    };
    const langNames = ['fi', 'sv', 'en', 'xx'];
    for (const label of labels) {
      addVariant(label, label.words.flatMap((w) => w.keys), label.words.flatMap((w) => w.agents), false);
      let split = false;
      for (const word of label.words) {
        if (word.split === undefined) {
          // Split each word once (the words are shared between labels).
          const parts: number[] = [];
          const partAgents: boolean[] = [];
          word.split = false;
          word.segments.forEach((segment, s) => {
            const segmentParts = this.#split(segment, langNames[label.lang], 0);
            if (segmentParts) {
              word.split = true;
              parts.push(...segmentParts);
              segmentParts.forEach((_, i) => partAgents.push(i === segmentParts.length - 1 && word.agents[s]));
            } else {
              parts.push(word.keys[s]);
              partAgents.push(word.agents[s]);
            }
          });
          if (word.split) {
            word.parts = parts;
            word.partAgents = partAgents;
          }
        }
        if (word.split) split = true;
      }
      if (split) {
        addVariant(
          label,
          label.words.flatMap((w) => w.parts ?? w.keys),
          label.words.flatMap((w) => w.partAgents ?? w.agents),
          true,
        );
      }
    }
    const variants = variantConcept.length;
    this.variantConcept = Int32Array.from(variantConcept);
    this.variantWeight = Float32Array.from(variantWeight);
    this.variantLang = Uint8Array.from(variantLang);
    this.variantStart = Int32Array.from(variantStart);
    this.variantLength = Uint8Array.from(variantLength);
    this.variantSplit = Uint8Array.from(variantSplit);
    this.variantKeys = Int32Array.from(pool);
    this.variantAgent = Uint8Array.from(agentPool);

    // Document frequency of keys over concepts, and idf.
    const keys = this.keyIds.size;
    const df = new Int32Array(keys);
    const lastConcept = new Int32Array(keys).fill(-1);
    for (let v = 0; v < variants; v++) {
      const c = this.variantConcept[v];
      for (let i = this.variantStart[v], end = i + this.variantLength[v]; i < end; i++) {
        const k = this.variantKeys[i];
        if (lastConcept[k] !== c) {
          lastConcept[k] = c;
          df[k]++;
        }
      }
    }
    this.idf = new Float32Array(keys);
    this.weakKey = new Uint8Array(keys);
    for (const k of weak) this.weakKey[k] = 1;
    for (let k = 0; k < keys; k++) this.idf[k] = Math.log(1 + n / Math.max(1, df[k]));
    this.specificIdf = Math.log(1 + n / 3);
    this.variantIdf = new Float32Array(variants);
    const anchor = new Int32Array(variants);
    const anchorCount = new Int32Array(keys + 1);
    for (let v = 0; v < variants; v++) {
      let best = -1;
      let sum = 0;
      for (let i = this.variantStart[v], end = i + this.variantLength[v]; i < end; i++) {
        const k = this.variantKeys[i];
        sum += this.idf[k];
        if (best < 0 || this.idf[k] > this.idf[best]) best = k;
      }
      this.variantIdf[v] = sum;
      anchor[v] = best;
      anchorCount[best + 1]++;
    }
    for (let k = 0; k < keys; k++) anchorCount[k + 1] += anchorCount[k];
    this.anchorStart = Int32Array.from(anchorCount);
    this.anchorVariants = new Int32Array(variants);
    const fill = Int32Array.from(anchorCount);
    for (let v = 0; v < variants; v++) this.anchorVariants[fill[anchor[v]]++] = v;

    // Relations, both ways.
    const occSkill: Array<[number, number, number]> = [];
    for (const r of input.relations) {
      const o = this.byId.get(r.occupationId);
      const s = this.byId.get(r.skillId);
      if (o === undefined || s === undefined) continue;
      occSkill.push([o, s, r.relation === 'essential' ? RELATION_ESSENTIAL : RELATION_OPTIONAL]);
    }
    const csr = (rows: Array<[number, number, number]>, from: 0 | 1) => {
      const to = from === 0 ? 1 : 0;
      const start = new Int32Array(n + 1);
      for (const row of rows) start[row[from] + 1]++;
      for (let i = 0; i < n; i++) start[i + 1] += start[i];
      const list = new Int32Array(rows.length);
      const type = new Uint8Array(rows.length);
      const at = Int32Array.from(start);
      for (const row of rows) {
        const slot = at[row[from]]++;
        list[slot] = row[to];
        type[slot] = row[2];
      }
      return { start, list, type };
    };
    const bySkill = csr(occSkill, 0);
    this.occupationSkillStart = bySkill.start;
    this.occupationSkills = bySkill.list;
    this.occupationSkillType = bySkill.type;
    const byOccupation = csr(occSkill, 1);
    this.skillOccupationStart = byOccupation.start;
    this.skillOccupations = byOccupation.list;
    this.skillOccupationType = byOccupation.type;
  }

  get variantCount(): number {
    return this.variantConcept.length;
  }

  kindOf(concept: number): ConceptKind {
    return this.conceptKind[concept] === 0 ? 'occupation' : 'skill';
  }

  schemeOf(concept: number): Scheme {
    return this.conceptScheme[concept] === 0 ? 'esco' : 'polku';
  }

  /** The preferred label in the first language of `langs` that has one. */
  label(concept: number, langs: readonly string[]): string {
    const labels = this.preferred[concept];
    for (const lang of langs) if (labels[lang]) return labels[lang];
    return Object.values(labels)[0] ?? this.uris[concept];
  }

  /** The keys a word of a text of language `lang` yields (folded, not a stop word). */
  analyzeWord(folded: string, lang: Lang): WordKey[] {
    const cacheKey = `${lang}|${folded}`;
    const cached = this.#cache.get(cacheKey);
    if (cached) return cached;
    const result: WordKey[] = [];
    if (!isStopword(folded, lang)) {
      const segments = splitSegments(folded);
      for (let s = 0; s < segments.length; s++) {
        const last = s === segments.length - 1;
        const { key, cross, agent, parts } = this.#analyzeSegment(segments[s], lang);
        // A hyphenated word (IT-tuki) is a compound whose parts are its segments.
        const part = segments.length > 1 ? s : WHOLE_PART;
        if (key >= 0) result.push({ key, role: last ? (segments.length > 1 ? ROLE_HEAD : ROLE_WHOLE) : ROLE_MODIFIER, part, cross, agent: last && agent });
        if (parts && segments.length === 1) {
          for (let p = 0; p < parts.length; p++) {
            const head = p === parts.length - 1;
            if (parts[p] !== key) result.push({ key: parts[p], role: head ? ROLE_HEAD : ROLE_MODIFIER, part: p, cross: false, agent: head && agent });
          }
        }
      }
    }
    if (this.#cache.size >= CACHE_LIMIT) this.#cache.clear();
    this.#cache.set(cacheKey, result);
    return result;
  }

  #analyzeSegment(segment: string, lang: Lang) {
    const cacheKey = `${lang}|${segment}`;
    const cached = this.#segmentCache.get(cacheKey);
    if (cached) return cached;
    const stem = wordStem(segment, lang);
    let key = this.keyIds.get(stem.key) ?? -1;
    let agent = stem.agent;
    let cross = false;
    if (key < 0 && lang === 'fi') {
      // The weak grade of k is no letter at all (jakaa/jaoin, lukea/luen, reikä/reiän): where two
      // vowels meet that do not belong together, try the word with the k back.
      for (const restored of withRestoredK(segment)) {
        const found = wordStem(restored, 'fi');
        const id = this.keyIds.get(found.key);
        if (id !== undefined) {
          key = id;
          agent = found.agent;
          break;
        }
      }
    }
    if (key < 0) {
      for (const other of LANGS) {
        if (other === lang) continue;
        const found = wordStem(segment, other);
        const id = this.keyIds.get(found.key);
        if (id !== undefined) {
          key = id;
          agent = found.agent;
          cross = true;
          break;
        }
      }
      if (key < 0 && this.keyIds.has(segment)) key = this.keyIds.get(segment)!;
    }
    const parts = segment.length >= 6 ? this.#split(segment, lang, 0) : null;
    const result = { key, cross, agent, parts };
    if (this.#segmentCache.size >= CACHE_LIMIT) this.#segmentCache.clear();
    this.#segmentCache.set(cacheKey, result);
    return result;
  }

  #addSurface(lang: string, surface: string, key: number) {
    if (surface.length < 3) return;
    let set = this.surfaces.get(lang);
    if (!set) this.surfaces.set(lang, (set = new Set()));
    if (set.has(surface)) return;
    set.add(surface);
    const list = this.surfacesOfKey.get(key);
    if (!list) this.surfacesOfKey.set(key, [surface]);
    else if (list.length < 12 && !list.includes(surface)) list.push(surface);
  }

  /** The key of `word` if some label word with that key begins like it (so that a key shared by
   * chance, istuin/istaja, does not count): the common beginning covers four letters, or the
   * whole of the shorter word. */
  #knownKey(word: string, lang: Lang): number {
    const key = this.keyIds.get(wordKey(word, lang));
    if (key === undefined) return -1;
    for (const surface of this.surfacesOfKey.get(key) ?? []) {
      let common = 0;
      while (common < word.length && common < surface.length && word[common] === surface[common]) common++;
      if (common >= Math.min(4, word.length, surface.length)) return key;
    }
    return -1;
  }

  /** Splits a compound against the words of the labels: the longest known first part whose rest
   * is a known word or splits again (at most three parts). Null when it does not split. */
  #split(segment: string, lang: string, depth: number): number[] | null {
    const known = asLang(lang);
    if (!known || segment.length < 6) return null;
    const surfaces = this.surfaces.get(known);
    if (!surfaces) return null;
    for (let i = segment.length - 3; i >= 3; i--) {
      const prefix = segment.slice(0, i);
      const first = this.#modifierKey(prefix, known, surfaces);
      if (first < 0) continue;
      const rest = segment.slice(i);
      if (rest.length >= 4 || surfaces.has(rest)) {
        const second = this.#knownKey(rest, known);
        if (second >= 0) return [first, second];
      }
      if (depth < 2 && rest.length >= 6) {
        const more = this.#split(rest, lang, depth + 1);
        if (more) return [first, ...more];
      }
    }
    return null;
  }

  /** The key of the first part of a compound: a word as it stands in a label, a Finnish genitive
   * (trukin-, puiden-) or the -s form of a -nen word (nais-). */
  #modifierKey(prefix: string, lang: Lang, surfaces: Set<string>): number {
    if (surfaces.has(prefix)) return this.keyIds.get(wordKey(prefix, lang)) ?? -1;
    if (lang === 'fi') {
      if (prefix.length >= 4 && prefix.endsWith('n')) return this.#knownKey(prefix, lang);
      if (prefix.endsWith('s') && surfaces.has(`${prefix.slice(0, -1)}nen`)) return this.keyIds.get(wordKey(`${prefix.slice(0, -1)}nen`, lang)) ?? -1;
    }
    if (lang === 'sv' && prefix.length >= 4 && prefix.endsWith('s') && surfaces.has(prefix.slice(0, -1))) {
      return this.keyIds.get(wordKey(prefix.slice(0, -1), lang)) ?? -1;
    }
    return -1;
  }
}

const FINNISH_VOWELS = 'aeiouyäö';
// Vowel pairs that belong together in Finnish (long vowels and diphthongs).
const DIPHTHONGS = new Set(['ai', 'ei', 'oi', 'ui', 'yi', 'äi', 'öi', 'au', 'eu', 'iu', 'ou', 'ey', 'äy', 'öy', 'ie', 'uo', 'yö']);

/** The word with a k put back between two vowels that do not belong together (jaoin → jakoin). */
function withRestoredK(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length && i < 6; i++) {
    const a = word[i - 1];
    const b = word[i];
    if (FINNISH_VOWELS.includes(a) && FINNISH_VOWELS.includes(b) && a !== b && !DIPHTHONGS.has(a + b)) out.push(`${word.slice(0, i)}k${word.slice(i)}`);
  }
  return out;
}

export function buildSuggestIndex(input: TaxonomyInput): SuggestIndex {
  return new SuggestIndex(input);
}

/** Rough size of the index in bytes (typed arrays exactly, strings and maps estimated). */
export function estimateIndexBytes(index: SuggestIndex): number {
  const typed = [
    index.conceptKind, index.conceptScheme, index.idf, index.weakKey, index.variantConcept, index.variantStart, index.variantLength,
    index.variantWeight, index.variantLang, index.variantIdf, index.variantSplit, index.variantKeys, index.variantAgent, index.anchorStart, index.anchorVariants,
    index.occupationSkillStart, index.occupationSkills, index.occupationSkillType, index.skillOccupationStart,
    index.skillOccupations, index.skillOccupationType,
  ].reduce((sum, a) => sum + a.byteLength, 0);
  let strings = 0;
  for (const key of index.keyIds.keys()) strings += 40 + key.length * 2 + 16;
  for (const set of index.surfaces.values()) for (const s of set) strings += 40 + s.length * 2 + 24;
  for (let c = 0; c < index.conceptCount; c++) {
    strings += 80 + index.ids[c].length * 2 + index.uris[c].length * 2;
    for (const label of Object.values(index.preferred[c])) strings += 40 + label.length * 2;
  }
  return typed + strings;
}

