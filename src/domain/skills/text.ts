// Words, clauses and cue words of free text: what the suggester reads before it looks anything up.
import { fold, type Lang } from './stem.ts';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower case, diacritics folded. */
  folded: string;
  start: number;
  end: number;
  /** Index of the clause the word is in. */
  clause: number;
}

export interface Clause {
  start: number;
  end: number;
  /** The person wants to learn or do this ("haluaisin oppia …", "I'd like to learn …"). */
  aspiration: boolean;
  /** The clause denies ("en osaa …", "no experience in …"): nothing in it is suggested. */
  negated: boolean;
}

export interface TextAnalysis {
  tokens: Token[];
  clauses: Clause[];
}

// A word: letters and digits, with inner hyphens, apostrophes and dots (IT-tuki, CE-kortti, wc:n, node.js).
const WORD = /[\p{L}\p{N}]+(?:[-'’:.+#][\p{L}\p{N}]+)*[+#]*/gu;
// Clause ends: sentence punctuation, line breaks, bullets, and the words that turn a sentence
// ("mutta", "but", "men") — so "siivosin, mutta haluaisin oppia kokiksi" has two clauses.
const SENTENCE_END = /[.!?;\n\r•·▪●■◦|]+|\s[–—-]\s|\b(?:mutta|but|men|however|kuitenkin|although|vaikka|though)\b|,\s*(?=(?:nyt|now|nu|and now|ja nyt|ja haluaisin|and i'?d like|och vill)\b)/giu;

// Cue words (folded). An aspiration cue makes its clause an aspiration.
const ASPIRATION_CUES: RegExp[] = [
  // Finnish
  /\bhaluaisi(n|mme)?\b/, /\bhaluan\b/, /\bhaluaa\b/, /\btahtoisin\b/, /\btoivoisin\b/, /\btoive(ena|ni|ammatti)?\b/, /\btoiveissa\b/,
  /\boppia\b/, /\bopiskella\b/, /\bkouluttautua\b/, /\bkouluttautumaan\b/, /\bkiinnosta(a|isi|vat|isivat|nut|neet)\b/, /\bkiinnostunut\b/, /\bkiinnostuneita\b/,
  /\bkiinnostuksen\b/, /\bhaave(ilen|ilisin|ena|ni|ammatti)?\b/, /\bunelma(ni|ammatti|na)?\b/, /\btulevaisuudessa\b/, /\bpaasisin\b/, /\bpaasta\b/,
  /\bhaen\b.*\bkoulutukseen\b/, /\bopintoihin\b/, /\bmielellaan\b/, /\bhaluisin\b/, /\bhaluisin\b/, /\bhaluaisinkin\b/,
  // English
  /\bi'?d like\b/, /\bi would like\b/, /\bi want\b/, /\bwant to\b/, /\bwould love\b/, /\blearn(ing)?\b/, /\binterest(ed)?\b/, /\bdream\b/,
  /\bhope to\b/, /\bplan to\b/, /\bwish\b/, /\baspire\b/, /\bin the future\b/, /\bstudy\b/, /\btrain(ing)? to\b/,
  // Swedish
  /\bskulle vilja\b/, /\bvill\b/, /\blara mig\b/, /\bintresserad\b/, /\bintresserar\b/, /\bdrommer\b/, /\bdrom\b/, /\bstudera\b/, /\bgarna\b/,
];
const NEGATION_CUES: RegExp[] = [
  /\ben\s+(osaa|ole|ole koskaan|tieda|pysty|halua|ollut|tehnyt)\b/, /\benka\b/, /\beika\b/, /\bei\s+(ole|ollut|kokemusta|osaamista)\b/, /\bei kokemusta\b/,
  /\bnot\b/, /\bnever\b/, /\bno experience\b/, /\bdon'?t\b/, /\bdoesn'?t\b/, /\bhaven'?t\b/, /\bcan'?t\b/, /\bcannot\b/,
  /\binte\b/, /\baldrig\b/, /\bingen erfarenhet\b/,
];
// One expression each, so that a clause is tested once.
const ASPIRATION = new RegExp(ASPIRATION_CUES.map((r) => r.source).join('|'));
const NEGATION = new RegExp(NEGATION_CUES.map((r) => r.source).join('|'));

// "I'd like to learn X" is an aspiration, but "I have learnt X" is not: the past forms are no cue.
const PAST_LEARNING = /\b(opin|oppinut|opittu|opiskelin|opiskellut|learnt|learned|studied|larde mig|studerade)\b/;

/** Splits a text into words, grouped in clauses. At most `maxLength` characters are read. */
export function analyzeText(text: string, maxLength = 10_000): TextAnalysis {
  const input = text.length > maxLength ? text.slice(0, maxLength) : text;
  const clauses: Clause[] = [];
  let from = 0;
  const addClause = (end: number) => {
    if (end <= from) return;
    const body = fold(input.slice(from, end));
    if (/[\p{L}\p{N}]/u.test(body)) {
      const aspiration = ASPIRATION.test(body) && !(PAST_LEARNING.test(body) && !/\b(haluaisin|haluan|i'?d like|i want|vill)\b/.test(body));
      const negated = NEGATION.test(body);
      clauses.push({ start: from, end, aspiration, negated });
    }
    from = end;
  };
  for (const match of input.matchAll(SENTENCE_END)) {
    addClause(match.index!);
    from = Math.max(from, match.index! + (/^[,]/.test(match[0]) ? 1 : /^\s*[\p{L}]/u.test(match[0]) ? 0 : match[0].length));
  }
  addClause(input.length);

  const tokens: Token[] = [];
  let clause = 0;
  for (const match of input.matchAll(WORD)) {
    const start = match.index!;
    while (clause < clauses.length - 1 && start >= clauses[clause].end) clause++;
    const word = match[0].replace(/[.:]+$/, '');
    tokens.push({ text: word, folded: fold(word).replace(/’/g, "'"), start, end: start + word.length, clause });
  }
  return { tokens, clauses };
}

const LABEL_SEPARATORS = /[\s,;()[\]{}"“”«»!?/\\|*=<>~]+/;
const EDGE_PUNCTUATION = /^[-'’.:+#&]+|[-'’.:&]+$/g;

/** The folded words of a short text (a label), without clause analysis: the same words as
 * analyzeText finds in ordinary text, split faster. */
export function labelWords(text: string): string[] {
  const out: string[] = [];
  for (const part of fold(text).split(LABEL_SEPARATORS)) {
    if (!part) continue;
    const first = part.charCodeAt(0);
    const last = part.charCodeAt(part.length - 1);
    const plain = ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && ((last >= 97 && last <= 122) || (last >= 48 && last <= 57) || last === 35 || last === 43);
    const word = plain ? part : part.replace(EDGE_PUNCTUATION, '');
    if (word) out.push(word);
  }
  return out;
}

// Function words and the verbs of "I have done / been" that carry no skill (folded).
const STOPWORDS: Record<Lang, string[]> = {
  fi: `ja sekä seka tai eli myös myos että etta kun jos kuin mutta vaan vain vielä viela jo nyt sitten siis kuten mm. esim. ym
    ei en et emme olla ole olleet oli olisi voin voi voisin pystyn pystyin sain saan saa saanut tuli tulee tullut
    olen olin oon oli ollut ollu olla olemme olette ovat on ole oltu olleet olisin olisi ois oisin
    mä mää mie minä mina minun mun mulla mulle multa minulla minulle minua sä sinä sina hän han he me meil meillä
    se sen sitä sita ne niitä niita niiden tämä tama tätä tata tässä tassa tuo nuo joka jotka jossa jonka joita jota mitä mita mikä mika
    tehnyt tehny tehty tehtyä tehtya tein teen teki tekee tehdä tehda tekemään tekemaan tekemässä tekemassa tekemistä tekemista
    paljon vähän vahan aika tosi todella hyvin hyvä hyva kaikenlaista kaikkea kaikki kaikkia esimerkiksi esim lisäksi lisaksi
    noin about n. ym. yms. mm jne eri useamman useita monta monena muutaman muutama pari kaksi kaks kolme neljä nelja viisi
    vuotta vuoden vuosia vuosi v kk kuukautta viikkoa päivää paivaa ajan aikaa asti saakka alkaen
    tullut tullu tehtyä tehtya aiheesta löytyy loytyy löytyi loytyi on sitä siitä siita kanssa ilman
    innokas kiva mukava tykkään tykkaan tykkäsin tykkasin pidän pidin ihan aivan melko aika
    haluaisin haluan haluaa haluisin oppia opiskella kiinnostaa kiinnostaisi kiinnostunut haaveilen toive toiveena unelma
    työskentelin tyoskentelin työskennellyt tyoskennellyt toiminut toimin toimi toimia ollut olin
    kokemusta kokemus kokemuksia osaan osaa osaamista osaaminen tiedän tiedan tunnen taidot taitoja
    koulutus koulutusta koulutuksen koulutukseltani koulutukseltaan koulutuksena koulutuksia koulutukset koulutuksessa koulutuksella koulutettu
    päivittäin paivittain viikoittain kuukausittain säännöllisesti saannollisesti yleensä yleensa usein joskus aina välillä valilla
    aamuisin iltaisin öisin oisin viikonloppuisin kesäisin kesaisin talvisin keväisin syksyisin arkisin
    nykyään nykyaan aiemmin aikaisemmin ennen jälkeen jalkeen myöhemmin myohemmin sitten tällä talla hetkellä hetkella`.split(/\s+/),
  sv: `och eller samt men att som jag du han hon vi de den det detta har hade haft varit var är ar är
    en ett i på pa av för for med till från fran om också ocksa mycket lite några nagra flera år ar månader
    gjort gjorde göra gora jobbat jobbade arbetat arbetade vill skulle vilja lära lara mig intresserad intresserar`.split(/\s+/),
  en: `and or but also the a an i i'm im i've ive i'd id me my we our you he she they it its this that these those
    have has had having be been being was were am is are do did done doing make made
    of in on at to for from with by as about into over under up out
    some lot lots very really many much few several years year months month weeks also etc
    worked work working job jobs like would want learn learning interested interest dream hope
    experience experienced skills skill good well can could`.split(/\s+/),
};

const STOP: Record<Lang, Set<string>> = {
  fi: new Set(STOPWORDS.fi.filter(Boolean)),
  sv: new Set(STOPWORDS.sv.filter(Boolean)),
  en: new Set(STOPWORDS.en.filter(Boolean)),
};

export function isStopword(folded: string, lang: Lang): boolean {
  return STOP[lang].has(folded);
}

// Words too general to suggest anything on their own ("general", "worker", "työntekijä"): a label
// made of them only (ESCO lists "general" for an army general) is never matched.
const WEAK: Record<Lang, Set<string>> = {
  fi: new Set(`tyontekija tyontekijat apulainen asiantuntija paallikko johtaja esimies esihenkilo vastaava harjoittelija tyomies henkilo
    ammattilainen tekija avustaja yleinen muu muut`.split(/\s+/)),
  sv: new Set('arbetare medarbetare assistent chef ansvarig allman annan specialist expert'.split(' ')),
  en: new Set(`general worker workers assistant manager operator technician specialist officer agent clerk helper attendant supervisor
    director head leader expert consultant adviser advisor engineer labourer laborer staff team person professional master chief senior junior
    apprentice trainee employee associate coordinator administrator representative executive member crew hand mate aide other various`.split(/\s+/)),
};

export function isWeakWord(folded: string, lang: Lang): boolean {
  return WEAK[lang].has(folded);
}

// Frequent words of each language (folded), for guessing the language of a text.
const MARKERS: Record<Lang, Set<string>> = {
  fi: new Set('ja olen oon on olin ollut tehnyt myös myos että etta kun mutta lisäksi lisaksi sekä seka työ tyo töitä toita vuotta haluaisin ollu mä mulla osaan'.split(' ')),
  sv: new Set('och jag har är ar att som med för for på pa det en ett jobbat arbetat vill också ocksa'.split(' ')),
  en: new Set('and i have the a of in with as for to my was worked also years at on'.split(' ')),
};

/** The language of a text by its most frequent function words; Finnish when in doubt. */
export function detectLanguage(text: string): Lang {
  const counts: Record<Lang, number> = { fi: 0, sv: 0, en: 0 };
  let words = 0;
  for (const match of text.slice(0, 3000).matchAll(WORD)) {
    const w = fold(match[0]);
    words++;
    for (const lang of ['fi', 'sv', 'en'] as const) if (MARKERS[lang].has(w)) counts[lang]++;
    if (words > 400) break;
  }
  // Finnish endings are a strong sign on their own.
  const finnishEndings = (text.match(/\p{L}(ssa|ssä|sta|stä|lla|llä|ksi|nut|nyt|ista|istä)\b/giu) ?? []).length;
  counts.fi += finnishEndings * 0.5;
  if (/[åÅ]/.test(text)) counts.sv += 1;
  const best = (Object.keys(counts) as Lang[]).sort((a, b) => counts[b] - counts[a])[0];
  return counts[best] > 0 ? best : 'fi';
}
