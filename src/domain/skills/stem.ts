// Light stemmers for Finnish, Swedish and English: a word becomes a "key" by stripping endings and
// normalising what inflection changes inside the stem. They are deliberately lossy and symmetric:
// the labels of the taxonomy and the words of a text go through the same function, so a key only
// has to be the same for the forms of one word, not to be a real stem. Written for this project.
//
// Finnish, in order:
//  1. fold case and diacritics (ä→a, ö→o, å→a), so vowel harmony pairs of endings become one;
//  2. strip endings from a list, longest first, up to four times (clitic, possessive, case,
//     plural i, verb and derivational endings: -minen, -nut, -ttu, -ja, -ri, -us, …), never leaving
//     fewer than three letters;
//  3. undo consonant gradation the cheap way, in the whole stem: double consonants become single
//     (remontti/remontin), d→t (kaataa/kaadoin), ng→nk, nt→n, lt→l, rt→r (asentaa/asennus),
//     and a v before the last vowel becomes p (kylpy/kylvyn);
//  4. drop the final vowels (puu/pui-, kone/konee-, siivota/siivous).
// A few irregular stems (työ/töi-, mies/miehe-, vuosi/vuode-) are listed.

export type Lang = 'fi' | 'sv' | 'en';
export const LANGS: readonly Lang[] = ['fi', 'sv', 'en'];

const FOLD: Record<string, string> = { ä: 'a', ö: 'o', å: 'a', é: 'e', è: 'e', ü: 'y', á: 'a', à: 'a', ó: 'o', í: 'i', š: 's', ž: 'z', æ: 'a', ø: 'o', ç: 'c', ñ: 'n', '’': "'", '‘': "'" };

const NON_ASCII = /[^\x00-\x7f]/g;

/** Lower case with the diacritics folded away (ä→a, ö→o, å→a …). */
export function fold(word: string): string {
  return word.toLowerCase().replace(NON_ASCII, (ch) => FOLD[ch] ?? ch);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const isVowel = (c: string | undefined) => c !== undefined && VOWELS.has(c);

// Finnish endings (folded). Step 3 strips one word-final ending (a case, a verb form, the
// colloquial partitive -ii); step 5 one derivational ending of the vowel-less stem.
const FI_FINAL = [
  // verb forms
  'maan', 'massa', 'masta', 'malla', 'matta', 'maton', 'mattomat',
  'neet', 'nnut', 'nnyt', 'nut', 'nyt', 'nnu', 'nny', 'nu', 'ny', 'lut', 'lyt', 'rut', 'sut',
  'ttiin', 'tiin', 'ttaan', 'taan', 'daan', 'ttu', 'tty', 'ttuja', 'ttuna',
  'isivat', 'isin', 'isi', 'ivat', 'imme', 'itte', 'vat', 'mme', 'tte', 'simme', 'sivat', 'sin', 'sit', 'si', 'in', 'it', 'da',
  // cases
  'ssa', 'sta', 'lla', 'lta', 'lle', 'ksi', 'tta', 'seen', 'siin', 'hin', 'hen', 'hon', 'hun', 'hyn',
  'iden', 'itten', 'ien', 'jen', 'den', 'ten', 'ina', 'ine', 'na', 'ta', 'ii', 'n', 't',
].sort((a, b) => b.length - a.length);
const FI_VERBAL = new Set(['maan', 'massa', 'masta', 'malla', 'matta', 'maton', 'mattomat', 'neet', 'nnut', 'nnyt', 'nut', 'nyt', 'nnu', 'nny', 'nu', 'ny', 'lut', 'lyt', 'rut', 'sut', 'ttiin', 'tiin', 'ttaan', 'taan', 'daan', 'ttu', 'tty', 'ttuja', 'ttuna', 'isivat', 'isin', 'isi', 'ivat', 'imme', 'itte', 'vat', 'mme', 'tte', 'simme', 'sivat', 'sin', 'sit', 'si', 'in', 'it', 'da']);
// The past tense -si- of contract verbs (korjasin, siivosi) follows a vowel.
const FI_AFTER_VOWEL = new Set(['simme', 'sivat', 'sin', 'sit', 'si']);

// Derivational endings of the vowel-less stem (after step 4), each with the vowels that must have
// followed it (step 4 dropped them) and whether a vowel must precede it: -mis (kaatamis-: -minen),
// the agent -ja and -ri (asentaja, muurari), -us/-uks (asennus, asennuksen), -os/-oks (piirros),
// -as/-es (asiakas, kirves), -im (puhelin, puhelimen), -(o)inti (remontointi), -nta (leivonta),
// -mo (leipomo, korjaamo).
const FI_DERIVATIONAL: Array<{ ending: string; afterVowel: boolean; before?: RegExp }> = [
  { ending: 'mis', afterVowel: false },
  { ending: 'uks', afterVowel: false },
  { ending: 'yks', afterVowel: false },
  { ending: 'oks', afterVowel: false },
  { ending: 'us', afterVowel: false },
  { ending: 'ys', afterVowel: false },
  { ending: 'os', afterVowel: false },
  { ending: 'as', afterVowel: false },
  { ending: 'es', afterVowel: false },
  { ending: 'int', afterVowel: true },
  { ending: 'ont', afterVowel: false, before: /^a/ },
  { ending: 'onn', afterVowel: false, before: /^a/ },
  { ending: 'im', afterVowel: false },
  { ending: 'j', afterVowel: true },
  { ending: 'r', afterVowel: true, before: /^[ie]/ },
  { ending: 'm', afterVowel: true, before: /^o/ },
];

// Monosyllabic words whose plural stem differs (työ → töi-, puu → pui-): after a case ending.
const FI_PLURAL_STEMS: Array<[string, string]> = [['toi', 'tyo'], ['pui', 'puu'], ['soi', 'suo'], ['tei', 'tie']];

// Irregular or consonant-stem words: the base form is mapped to the stem its inflected forms share.
const FI_PRE: Array<[RegExp, string]> = [
  [/mies$/, 'miehe'],
  [/vuosi$/, 'vuote'],
  [/vesi$/, 'vete'],
  [/(^|[^u])kasi$/, '$1kate'],
  [/^uusi$/, 'uute'],
  [/lapsi$/, 'lapse'],
  [/kuusi$/, 'kuute'],
  [/minen$/, 'mis'],
  [/mis(ta|ia|en|een|essa|esta|ena|et|iin|ten|ille|illa|ilta|ineen)$/, 'mis'],
  [/([^e])ella$/, '$1ele'], // -ella verbs: lajitella, ommella (lajittelen, ompelen)
  [/(.{2,})nen$/, '$1s'], // nainen → nais-, hoidollinen → hoidollis-
];

const FI_WHOLE: Record<string, string> = {
  tyo: 'tyo', yo: 'yo', ikkuna: 'ikun', sauna: 'saun', puu: 'pu', puut: 'pu', puun: 'pu', puuta: 'pu', maa: 'ma', maan: 'ma', maata: 'ma', tie: 'ti', tien: 'ti', tieta: 'ti',
};

function fiGradation(stem: string, final = true): string {
  let s = stem.replace(/ng/g, 'nk').replace(/d/g, 't');
  // Weak grades of nt, lt, rt, mp (rannan, kullan, parran, kamman) become the strong ones…
  s = s.replace(/nn/g, 'nt').replace(/ll/g, 'lt').replace(/rr/g, 'rt').replace(/mm/g, 'mp');
  // …and double stops single (kokki/kokin, remontti/remontin).
  s = s.replace(/kk/g, 'k').replace(/pp/g, 'p').replace(/tt/g, 't');
  if (final) s = s.replace(/v([aeiouy]*)$/, 'p$1');
  return s;
}

function dropFinalVowels(stem: string, keep = 2): string {
  let end = stem.length;
  while (end > keep && isVowel(stem[end - 1])) end--;
  return stem.slice(0, end);
}

// Words whose stems would otherwise fall together with an unrelated word's (kokoaminen/kokki,
// talli/talo, leikki/leikata, palvelin/palvelu): the key is the given one.
const FI_PROTECTED: Array<[RegExp, string]> = [
  [/^koko(a|o|si|tt)/, 'kokoa'],
  [/^koott/, 'kokoa'],
  [/^tall[iei]/, 'tall'],
  [/^leikk?i/, 'leikki'],
  [/^palveli[mn]/, 'palvelin'],
];

export interface Stem {
  key: string;
  /** The word is an agent noun (asentaja, muurari, painter): the key is its verb's. */
  agent: boolean;
}

/** The key of a Finnish word (already folded). */
export function finnishKey(folded: string): string {
  return finnishStem(folded).key;
}

export function finnishStem(folded: string): Stem {
  const whole = FI_WHOLE[folded];
  if (whole) return { key: whole, agent: false };
  // Short words stay as they are (names like Vue, SAP, ADR are no Finnish stems).
  if (folded.length <= 3) return { key: folded, agent: false };
  for (const [pattern, key] of FI_PROTECTED) if (pattern.test(folded)) return { key, agent: false };
  let word = folded;
  for (const [pattern, replacement] of FI_PRE) {
    if (pattern.test(word)) {
      word = word.replace(pattern, replacement);
      break;
    }
  }
  // 1–2. clitics and possessives
  for (const ending of ['kaan', 'kin', 'nsa', 'ni']) {
    if (word.length - ending.length >= 4 && word.endsWith(ending)) {
      word = word.slice(0, -ending.length);
      break;
    }
  }
  // 3. one word-final ending
  let strippedEnding = '';
  for (const ending of FI_FINAL) {
    if (word.length - ending.length >= 3 && word.endsWith(ending)) {
      const before = word[word.length - ending.length - 1];
      if (FI_AFTER_VOWEL.has(ending) && !isVowel(before)) continue;
      // Partitive -ta follows a vowel (siivota, maata); after a consonant it belongs to the stem
      // (ranta, leivonta, kulta). Essive -na only on longer words (not sauna, ikkuna).
      if (ending === 'ta' && !isVowel(before)) continue;
      if (ending === 'na' && word.length <= 6) continue;
      word = word.slice(0, -ending.length);
      strippedEnding = ending;
      if (!FI_VERBAL.has(ending)) {
        for (const [plural, singular] of FI_PLURAL_STEMS) {
          if (word.endsWith(plural)) {
            word = word.slice(0, -plural.length) + singular;
            break;
          }
        }
      }
      break;
    }
  }
  // Compounds of työ keep it whole (sähkötyöt, puutöitä): dropping its vowels would leave a bare t.
  if (word.endsWith('tyo')) return { key: `${fiGradation(word.slice(0, -3), false)}tyo`, agent: false };
  // 4. final vowels (stem vowel, plural i, partitive a)
  const withVowels = word;
  word = dropFinalVowels(word);
  // What followed the stem: the dropped vowels, or else the first letter of the stripped ending.
  const dropped = withVowels.slice(word.length) || strippedEnding.slice(0, 1);
  // 5. one derivational ending
  let agent = false;
  for (const { ending, afterVowel, before } of FI_DERIVATIONAL) {
    if (
      word.length - ending.length >= 3 &&
      word.endsWith(ending) &&
      (!afterVowel || isVowel(word[word.length - ending.length - 1])) &&
      (!before || before.test(dropped))
    ) {
      word = dropFinalVowels(word.slice(0, -ending.length));
      agent = ending === 'j' || ending === 'r';
      break;
    }
  }
  return { key: dropFinalVowels(fiGradation(word)), agent };
}

// English: plural, -ing, -ed, agent -er/-or, -ation; a few irregular verbs.
const EN_IRREGULAR: Record<string, string> = {
  drove: 'drive', driven: 'drive', built: 'build', made: 'make', sold: 'sell', taught: 'teach', bought: 'buy',
  brought: 'bring', kept: 'keep', fed: 'feed', led: 'lead', fought: 'fight', caught: 'catch', thought: 'think',
  felt: 'feel', left: 'leave', met: 'meet', paid: 'pay', laid: 'lay', ran: 'run', sewed: 'sew', sewn: 'sew',
  wrote: 'write', written: 'write', took: 'take', taken: 'take', gave: 'give', given: 'give', children: 'child',
  women: 'woman', men: 'man', people: 'person', mice: 'mouse', knives: 'knife', shelves: 'shelf', leaves: 'leaf',
  lorries: 'lorry', cooking: 'cook', cooked: 'cook', cooks: 'cook', cooker: 'cooker', felled: 'fell', felling: 'fell',
  waitress: 'waiter', waitresses: 'waiter', postwoman: 'postman', postmen: 'postman', tyres: 'tyre', tires: 'tyre', tire: 'tyre',
  colour: 'color', colouring: 'color', coloured: 'color', labour: 'labor', labourer: 'labor', labourers: 'labor',
  centre: 'center', centres: 'center', organise: 'organize', organising: 'organize',
  boxes: 'box', boxing: 'boxing', proofing: 'proofing', general: 'general', generally: 'general',
};

export function englishKey(folded: string): string {
  return englishStem(folded).key;
}

const EN_AGENT_IRREGULAR = new Set(['waitress', 'waitresses', 'postwoman', 'postmen', 'labourer', 'labourers']);

export function englishStem(folded: string): Stem {
  let w = folded.replace(/'s$/, '').replace(/'/g, '');
  let agent = EN_AGENT_IRREGULAR.has(w);
  const irregular = EN_IRREGULAR[w];
  if (irregular) w = irregular;
  if (w.length <= 3) return { key: w, agent };
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|x|ch|sh|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ys)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ational') && w.length > 9) w = w.slice(0, -5);
  else if (w.endsWith('ation') && w.length > 7) w = w.slice(0, -3);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (/[^aeiou]er$/.test(w) && w.length > 5) {
    w = w.slice(0, -2);
    agent = true;
  } else if (w.endsWith('or') && w.length > 6) {
    w = w.slice(0, -2);
    agent = true;
  }
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  w = w.replace(/([bdfgklmnprtz])\1$/, '$1');
  return { key: w, agent };
}

// Swedish: definite and plural endings, -ning, agent -are, verb -a/-ade/-at.
const SV_ENDINGS = [
  'arnas', 'ernas', 'ornas', 'arna', 'erna', 'orna', 'ningarna', 'ningar', 'ningen', 'ning', 'heten', 'het',
  'aren', 'arens', 'are', 'ares', 'ande', 'ende', 'ade', 'ades', 'ad', 'at', 'ar', 'er', 'or', 'en', 'et', 'na', 'a', 'e', 's',
].sort((a, b) => b.length - a.length);

export function swedishKey(folded: string): string {
  return swedishStem(folded).key;
}

export function swedishStem(folded: string): Stem {
  let w = folded;
  const agent = /(are|arens?|arna|ares|erska|erskan|ör|örer)$/.test(w) && w.length > 5;
  for (let round = 0; round < 2; round++) {
    let stripped = false;
    for (const ending of SV_ENDINGS) {
      if (w.length - ending.length >= 3 && w.endsWith(ending)) {
        w = w.slice(0, -ending.length);
        stripped = true;
        break;
      }
    }
    if (!stripped) break;
  }
  return { key: w.replace(/([bdfgklmnprstv])\1$/, '$1'), agent };
}

export function wordKey(folded: string, lang: Lang): string {
  return wordStem(folded, lang).key;
}

export function wordStem(folded: string, lang: Lang): Stem {
  switch (lang) {
    case 'fi':
      return finnishStem(folded);
    case 'sv':
      return swedishStem(folded);
    default:
      return englishStem(folded);
  }
}
