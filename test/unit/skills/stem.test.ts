// The light stemmers: the forms of one word share a key, and words that only look alike do not.
import { describe, expect, it } from 'vitest';
import { englishKey, finnishKey, finnishStem, fold, swedishKey } from '../../../src/domain/skills/stem.ts';
import { analyzeText, detectLanguage } from '../../../src/domain/skills/text.ts';

const fi = (word: string) => finnishKey(fold(word));
const sameKey = (words: string[], key: (w: string) => string) => new Set(words.map(key));

describe('Finnish keys', () => {
  it.each([
    ['kaatanut', 'kaataa', 'kaadoin', 'kaataminen', 'kaatamista', 'kaatoi', 'kaatamaan'],
    ['puita', 'puiden', 'puu', 'puut', 'puuta'],
    ['muurari', 'muurarin', 'muurata', 'muuraus', 'muurausta', 'muurarina', 'muurareita'],
    ['työ', 'töitä', 'työt', 'töissä', 'töihin'],
    ['sähköhommia', 'sähköhommat', 'sähköhommii', 'sähköhommissa'],
    ['kylpyhuoneremonttia', 'kylpyhuoneremontti', 'kylpyhuoneremontin', 'kylpyhuoneremontteja'],
    ['remontti', 'remonttia', 'remontoida', 'remontoimaan', 'remontointi'],
    ['siivous', 'siivota', 'siivosin', 'siivonnut', 'siivooja', 'siivoojana', 'siivousta', 'siivouksen'],
    ['kassa', 'kassalla', 'kassalle', 'kassana'],
    ['asennus', 'asentaa', 'asentaja', 'asennuksia', 'asentanut', 'asennuksen'],
    ['lajitella', 'lajittelin', 'lajittelu', 'lajittelua'],
    ['ommella', 'ompelin', 'ommellut', 'ompelija', 'ompelu'],
    ['mies', 'miehenä', 'miehet'],
    ['kokki', 'kokkina', 'kokin'],
    ['vaate', 'vaatteita', 'vaatteiden', 'vaatteet'],
    ['asiakas', 'asiakkaan', 'asiakkaita', 'asiakkaiden'],
    ['ranta', 'rannan', 'rannalla'],
    ['leivonta', 'leivonnan', 'leivontaa'],
    ['ikkuna', 'ikkunoiden', 'ikkunat'],
  ])('%s and its forms share a key', (...words) => {
    expect(sameKey(words, fi).size).toBe(1);
  });

  it('keeps apart words that only look alike', () => {
    expect(fi('kokki')).not.toBe(fi('kokoaminen'));
    expect(fi('talli')).not.toBe(fi('taloja'));
    expect(fi('leikit')).not.toBe(fi('leikannut'));
    expect(fi('kana')).not.toBe(fi('kantaa'));
    expect(fi('levytöitä')).not.toBe(fi('levytys'));
    expect(fi('D')).not.toBe(fi('T'));
    expect(fi('Vue')).not.toBe(fi('puu'));
  });

  it('marks agent nouns', () => {
    expect(finnishStem('asentaja').agent).toBe(true);
    expect(finnishStem('muurarina').agent).toBe(true);
    expect(finnishStem('asennus').agent).toBe(false);
    expect(finnishStem('kirja').agent).toBe(false);
  });
});

describe('English and Swedish keys', () => {
  it('map inflected forms together', () => {
    expect(sameKey(['felling', 'fell', 'felled'], englishKey).size).toBe(1);
    expect(sameKey(['trees', 'tree'], englishKey).size).toBe(1);
    expect(sameKey(['painting', 'painter', 'paint', 'painted'], englishKey).size).toBe(1);
    expect(sameKey(['drove', 'drive', 'driving', 'driver'], englishKey).size).toBe(1);
    expect(sameKey(['shelves', 'shelf'], englishKey).size).toBe(1);
    expect(sameKey(['städning', 'städa', 'städare'].map(fold), swedishKey).size).toBe(1);
  });
});

describe('text', () => {
  it('splits clauses and marks aspirations and denials', () => {
    const { clauses, tokens } = analyzeText('Olen siivonnut toimistoja, mutta haluaisin oppia kokiksi. En osaa hitsata. Graafinen suunnittelu kiinnostaa');
    expect(clauses.map((c) => [c.aspiration, c.negated])).toEqual([
      [false, false],
      [true, false],
      [false, true],
      [true, false],
    ]);
    expect(tokens.find((t) => t.text === 'kokiksi')?.clause).toBe(1);
  });

  it('does not take learnt skills for wishes', () => {
    expect(analyzeText('Opin hitsaamaan ammattikoulussa').clauses[0].aspiration).toBe(false);
    expect(analyzeText("I'd like to learn welding").clauses[0].aspiration).toBe(true);
  });

  it('reads hyphenated words and abbreviations as one word', () => {
    expect(analyzeText('IT-tukena, CE-kortilla ja C# sekä wc:n').tokens.map((t) => t.text)).toEqual(['IT-tukena', 'CE-kortilla', 'ja', 'C#', 'sekä', 'wc:n']);
  });

  it('guesses the language', () => {
    expect(detectLanguage('Olen tehnyt siivoushommia toimistoissa')).toBe('fi');
    expect(detectLanguage('I have worked as a cleaner in offices')).toBe('en');
    expect(detectLanguage('Jag har arbetat som städare och är bra på att städa')).toBe('sv');
  });
});
