// Reading Job Market Finland postings (JobPostingV2, JSON Lines): tolerant field names, localised
// texts, codes, row errors with line numbers and whole-file errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localized, readJobPostingLines, readPosting } from '../../../src/domain/matching/jobposting-v2.ts';

describe('JobPostingV2 reader', () => {
  it('reads localised texts in every accepted shape, Finnish first', () => {
    expect(localized('Siivooja')).toEqual({ text: 'Siivooja', language: null });
    expect(localized({ sv: 'Städare', fi: 'Siivooja' })).toEqual({ text: 'Siivooja', language: 'fi' });
    expect(localized([{ language: 'en', value: 'Cleaner' }, { language: 'sv', value: 'Städare' }])).toEqual({ text: 'Städare', language: 'sv' });
    expect(localized({ values: [{ lang: 'fi', text: 'Kokki' }] })).toEqual({ text: 'Kokki', language: 'fi' });
    expect(localized('  ')).toBeNull();
  });

  it('maps the fields and codes of a posting', () => {
    const r = readPosting({
      jobPostingId: 'TMT-1',
      basicInfo: { title: { fi: 'Muurari' }, description: { fi: 'Muuraustöitä' } },
      employer: { name: 'Rakennus Oy', businessId: '1234567-8' },
      occupation: { escoUri: 'http://data.europa.eu/esco/occupation/x' },
      skills: ['http://data.europa.eu/esco/skill/a', { uri: 'http://data.europa.eu/esco/skill/b' }],
      location: { municipalityCode: '91' },
      workTime: 'FULL_TIME',
      employmentType: { code: 'VAKITUINEN' },
      numberOfPositions: 2,
      applicationPeriodEnd: '2026-12-31T21:59:59Z',
      url: 'https://tyomarkkinatori.fi/x',
    });
    expect(r).toEqual({
      ok: true,
      posting: {
        sourceId: 'TMT-1',
        title: 'Muurari',
        description: 'Muuraustöitä',
        employerName: 'Rakennus Oy',
        businessId: '1234567-8',
        mainOccupationUri: 'http://data.europa.eu/esco/occupation/x',
        occupationUris: [],
        skillUris: ['http://data.europa.eu/esco/skill/a', 'http://data.europa.eu/esco/skill/b'],
        municipalityCode: '091',
        workingTime: 'full_time',
        employmentType: 'permanent',
        openPositions: 2,
        // 21:59:59Z on 31 December is 23:59:59 in Helsinki: still the 31st.
        expiresOn: '2026-12-31',
        url: 'https://tyomarkkinatori.fi/x',
        language: 'fi',
      },
    });
  });

  it('refuses rows without an id or title, or with impossible values, and says why', () => {
    expect(readPosting({ title: 'x' })).toEqual({ ok: false, message: 'no id (jobPostingId)' });
    expect(readPosting({ id: 1 })).toEqual({ ok: false, message: 'no title' });
    expect(readPosting({ id: 1, title: 'x', numberOfPositions: 0 })).toMatchObject({ ok: false, message: expect.stringMatching(/positions/) });
    expect(readPosting({ id: 1, title: 'x', applicationPeriodEnd: '2026-02-30' })).toMatchObject({ ok: false, message: expect.stringMatching(/date/) });
    expect(readPosting({ id: 1, title: 'x', municipalityCode: 'Tampere' })).toMatchObject({ ok: false, message: expect.stringMatching(/municipality/) });
    expect(readPosting([1])).toEqual({ ok: false, message: 'not a JSON object' });
  });

  it('reports row errors with their line numbers and keeps the good rows', () => {
    const parsed = readJobPostingLines(['{"id":"a","title":"A"}', '', '{"id":"b"', '{"title":"no id"}', '{"id":"c","title":"C"}'].join('\n'));
    expect(parsed.malformed).toBeNull();
    expect(parsed.lines).toBe(4);
    expect(parsed.postings.map((p) => [p.line, p.posting.sourceId])).toEqual([
      [1, 'a'],
      [5, 'c'],
    ]);
    expect(parsed.problems.map((p) => p.line)).toEqual([3, 4]);
    expect(parsed.problems[0].message).toMatch(/not valid JSON/);
  });

  it('calls a JSON array, an empty file or a file with no JSON line malformed', () => {
    expect(readJobPostingLines('[{"id":"a","title":"A"}]').malformed).toMatch(/JSON array/);
    expect(readJobPostingLines('\n\n').malformed).toMatch(/empty/);
    expect(readJobPostingLines('id;title\n1;Siivooja\n').malformed).toMatch(/no line/);
  });

  it('reads the sample file of the tests', () => {
    const parsed = readJobPostingLines(readFileSync('test/fixtures/matching/jobpostings-v2.jsonl', 'utf8'));
    expect(parsed.malformed).toBeNull();
    expect(parsed.postings.length).toBeGreaterThanOrEqual(6);
    expect(parsed.problems.map((p) => p.line)).toEqual([7, 8]);
  });
});
