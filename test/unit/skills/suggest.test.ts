// The suggester with the built-in vocabulary: the seed deck's two examples, evidence, related
// suggestions, chosen keywords, aspirations, denials, and the other languages.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSuggestIndex, type SuggestIndex } from '../../../src/domain/skills/suggest-index.ts';
import { MAX_TEXT_LENGTH, suggest, type Suggestion } from '../../../src/domain/skills/suggest.ts';
import { vocabularyTaxonomy } from '../../../src/domain/skills/vocabulary/index.ts';

// The seed deck (Job Market Finland's skills suggester, slide "Tekoäly poimii osaamiset esimerkiksi CV:stä").
const RENOVATION =
  'Olen innokas remontoimaan kaikenlaista. Esimerkiksi olen tehnyt kylpyhuoneremonttia ja kaatanut puita. Lisäksi olen tehnyt muurarin töitä useamman vuoden. Myös sähköhommia on tullut tehtyä ja tutkintokin aiheesta löytyy.';
const DRAWING = 'Haluaisin oppia piirtämään ja maalaamaan ja hyödyntää niitä myöhemmin työelämässä. Lisäksi graafinen suunnittelu kiinnostaa';

let index: SuggestIndex;
beforeAll(() => {
  index = buildSuggestIndex(vocabularyTaxonomy());
});

const labels = (list: Suggestion[]) => list.map((s) => s.label);
const find = (list: Suggestion[], label: string) => list.find((s) => s.label === label);
const urn = (kind: string, key: string) => `urn:polku:${kind}:${key}`;

describe('the seed example: renovating, a bathroom, felling trees, bricklaying, electrical work', () => {
  it('suggests a bricklayer, a forest worker and an electrician at the top', () => {
    const result = suggest(index, RENOVATION);
    expect(result.lang).toBe('fi');
    expect(labels(result.occupations).slice(0, 4)).toEqual(expect.arrayContaining(['muurari', 'metsuri', 'sähköasentaja']));
  });

  it('suggests felling trees, making firewood and levelling mortar among the skills', () => {
    const top = labels(suggest(index, RENOVATION).skills.slice(0, 15));
    expect(top).toEqual(expect.arrayContaining(['puiden kaataminen', 'polttopuiden teko', 'laastin tasoittaminen', 'kylpyhuoneremontti', 'muuraus', 'sähkötyöt']));
  });

  it('tells the words that triggered each suggestion', () => {
    const result = suggest(index, RENOVATION);
    expect(find(result.occupations, 'muurari')?.evidence).toContain('muurarin töitä');
    expect(find(result.skills, 'puiden kaataminen')?.evidence).toEqual(['kaatanut puita']);
    expect(find(result.skills, 'kylpyhuoneremontti')?.evidence).toEqual(['kylpyhuoneremonttia']);
    expect(find(result.skills, 'sähkötyöt')?.evidence).toEqual(['sähköhommia']);
    // Related skills come from an occupation found in the text, and say which one.
    const firewood = find(result.skills, 'polttopuiden teko')!;
    expect(firewood.source).toBe('related');
    expect(firewood.via).toContain(urn('occupation', 'metsuri'));
    expect(firewood.evidence).toEqual(['kaatanut puita']);
  });

  it('suggests nothing of it as an aspiration', () => {
    expect(suggest(index, RENOVATION).aspirations).toEqual([]);
  });
});

describe('the seed example: wanting to learn drawing and painting, interest in graphic design', () => {
  it('suggests drawing, painting and graphic design as aspirations, not as skills', () => {
    const result = suggest(index, DRAWING);
    expect(labels(result.aspirations)).toEqual(expect.arrayContaining(['piirtäminen', 'maalaaminen', 'graafinen suunnittelu', 'graafikko']));
    expect(result.skills).toEqual([]);
    expect(result.occupations).toEqual([]);
    expect(find(result.aspirations, 'graafinen suunnittelu')?.evidence).toEqual(['graafinen suunnittelu']);
  });
});

describe('suggester', () => {
  it('reads inflected, colloquial and misspelt Finnish', () => {
    expect(labels(suggest(index, 'oon ollu kassalla ja hyllyttäny').occupations).slice(0, 3)).toEqual(expect.arrayContaining(['kassamyyjä', 'hyllyttäjä']));
    expect(labels(suggest(index, 'siivoushommia kouluissa').skills)[0]).toBe('siivous');
    expect(labels(suggest(index, 'tein keittiossa ruoan valmistusta').skills)).toContain('ruoanvalmistus');
    expect(labels(suggest(index, 'Olin kylpyhuoneen remontissa apuna').skills)).toContain('kylpyhuoneremontti');
  });

  it('finds related occupations for the skills in a text', () => {
    const result = suggest(index, 'lypsy ja navetan siivous');
    const cattle = find(result.occupations, 'karjanhoitaja')!;
    expect(cattle).toBeDefined();
    expect(cattle.evidence).toEqual(expect.arrayContaining(['lypsy', 'navetan siivous']));
  });

  it('lets chosen keywords steer the next suggestions and leaves them out', () => {
    const text = 'Olen tehnyt hitsausta ja maalannut';
    const before = suggest(index, text);
    const chosen = [urn('occupation', 'teollisuusmaalari')];
    const after = suggest(index, text, { chosen });
    expect(labels(after.occupations)).not.toContain('teollisuusmaalari');
    const score = (r: typeof before, label: string) => find(r.skills, label)?.score ?? 0;
    expect(score(after, 'ruiskumaalaus')).toBeGreaterThan(score(before, 'ruiskumaalaus'));
    // A chosen skill lifts the occupations that need it.
    const withSkill = suggest(index, 'Olen tehnyt hitsausta', { chosen: [urn('skill', 'levytyot')] });
    expect(find(withSkill.occupations, 'levyseppähitsaaja')!.score).toBeGreaterThan(find(suggest(index, 'Olen tehnyt hitsausta').occupations, 'levyseppähitsaaja')?.score ?? 0);
  });

  it('keeps what a person wants to learn apart from what they can do', () => {
    const result = suggest(index, 'Olen ollut kaupan kassalla. Haluaisin oppia kokiksi.');
    expect(labels(result.occupations)).toContain('kassamyyjä');
    expect(labels(result.occupations)).not.toContain('kokki');
    expect(labels(result.aspirations)).toContain('kokki');
  });

  it('suggests nothing from what a person says they cannot do', () => {
    const result = suggest(index, 'En osaa hitsata. Olen siivonnut toimistoja.');
    expect(labels(result.skills)).not.toContain('hitsaus');
    expect(labels(result.skills)).toContain('siivous');
  });

  it('reads Swedish and English labels too, and answers in the asked language', () => {
    expect(labels(suggest(index, 'Jag har arbetat som städare', { lang: 'sv', labelLang: 'sv' }).occupations)).toContain('städare');
    expect(labels(suggest(index, 'I worked as a bricklayer', { lang: 'en', labelLang: 'en' }).occupations)).toContain('bricklayer');
  });

  it('reads at most 10,000 characters, and quickly', () => {
    const long = `${'Olen tehnyt siivoushommia ja ollut kaupan kassalla. '.repeat(400)}muurarin töitä`;
    const started = performance.now();
    const result = suggest(index, long);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(long.length).toBeGreaterThan(MAX_TEXT_LENGTH);
    expect(labels(result.occupations)).not.toContain('muurari');
  });

  it('answers empty text with nothing', () => {
    expect(suggest(index, '')).toMatchObject({ occupations: [], skills: [], aspirations: [] });
  });
});
