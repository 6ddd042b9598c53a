// The skills taxonomy in the database: the built-in vocabulary, the ESCO import (counts, idempotent
// re-import with stable ids, malformed rows), the suggester over the database, and the routes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importEscoPackage, type ImportSummary } from '../../src/server/skills/import.ts';
import { raw } from '../../src/server/skills/bulk.ts';
import { loadBuiltInVocabulary } from '../../src/server/skills/vocabulary.ts';
import { searchTaxonomy, suggestSkills } from '../../src/server/skills/service.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { api, createWorld, signIn, type World } from '../support/world.ts';

const ESCO = process.env.POLKU_ESCO_PACKAGE ?? path.resolve('../shared/data/esco');
const MINI = path.resolve('test/fixtures/skills/esco-mini');
const RENOVATION =
  'Olen innokas remontoimaan kaikenlaista. Esimerkiksi olen tehnyt kylpyhuoneremonttia ja kaatanut puita. Lisäksi olen tehnyt muurarin töitä useamman vuoden. Myös sähköhommia on tullut tehtyä ja tutkintokin aiheesta löytyy.';

const count = async (db: TestDatabase['db'], sql: string) => (await raw<{ n: number }>(db, `select count(*)::int as n from ${sql}`))[0].n;

describe('built-in vocabulary and a small ESCO package', () => {
  let handle: TestDatabase;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.dispose());

  it('loads the built-in vocabulary once, quickly, and then leaves it alone', async () => {
    const started = Date.now();
    const first = await loadBuiltInVocabulary(handle.db);
    expect(first).toMatchObject({ loaded: true });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await count(handle.db, `occupation where scheme = 'polku'`)).toBe(first.occupations);
    expect(await count(handle.db, `skill where scheme = 'polku'`)).toBe(first.skills);
    expect(await count(handle.db, `occupation_skill where scheme = 'polku'`)).toBe(first.relations);
    const ids = await raw<{ id: string }>(handle.db, `select id from occupation where uri = 'urn:polku:occupation:muurari'`);
    const again = await loadBuiltInVocabulary(handle.db);
    expect(again.loaded).toBe(false);
    expect(await raw<{ id: string }>(handle.db, `select id from occupation where uri = 'urn:polku:occupation:muurari'`)).toEqual(ids);
    const [bricklayer] = await raw<{ isco: string; labels: string[] }>(
      handle.db,
      `select o.isco_group as isco, array_agg(l.label order by l.label) as labels from occupation o join occupation_label l on l.occupation_id = o.id
        where o.uri = 'urn:polku:occupation:muurari' group by o.isco_group`,
    );
    expect(bricklayer.isco).toBe('7112');
    expect(bricklayer.labels).toEqual(expect.arrayContaining(['muurari', 'murare', 'bricklayer']));
  });

  it('imports what is well formed, reports the rest with file and line, and links Polku concepts to ESCO', async () => {
    const summary = await importEscoPackage(handle.db, MINI);
    expect(summary).toMatchObject({ languages: ['en'], occupations: 3, skills: 4, skillGroups: 1, occupationSkillRelations: 4, iscoGroups: 1, occupationHierarchyRelations: 1, skillHierarchyRelations: 2 });
    const problems = summary.problems.map((p) => `${p.file}:${p.line}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'occupations_en.csv:5', 'occupations_en.csv:6', 'occupations_en.csv:7', 'skills_en.csv:7', 'skills_en.csv:8',
        'occupationSkillRelations.csv:6', 'occupationSkillRelations.csv:7', 'occupationSkillRelations.csv:8',
      ]),
    );
    expect(summary.problems.find((p) => p.line === 7 && p.file === 'occupationSkillRelations.csv')?.message).toMatch(/unknown occupation .*test-missing/);
    // The built-in "muurari" is ESCO's "bricklayer" (same English label, same ISCO group).
    const [linked] = await raw<{ escoUri: string }>(handle.db, `select esco_uri from occupation where uri = 'urn:polku:occupation:muurari'`);
    expect(linked.escoUri).toBe('http://data.europa.eu/esco/occupation/test-bricklayer');
    // Descriptions and alternative labels of the ESCO concepts.
    const [row] = await raw<{ description: Record<string, string>; n: number }>(
      handle.db,
      `select o.description, (select count(*)::int from occupation_label l where l.occupation_id = o.id) as n from occupation o where o.uri = 'http://data.europa.eu/esco/occupation/test-bricklayer'`,
    );
    expect(row.description.en).toBe('Bricklayers lay bricks, with "mortar".');
    expect(row.n).toBe(3);
  });

  it('suggests from both vocabularies in the database and searches labels', async () => {
    const result = await suggestSkills(handle.db, { text: RENOVATION });
    expect(result.occupations.slice(0, 4).map((o) => o.label)).toEqual(expect.arrayContaining(['muurari', 'metsuri', 'sähköasentaja']));
    const english = await suggestSkills(handle.db, { text: 'I have done bricklaying and felled trees', lang: 'en', labelLang: 'en' });
    expect(english.skills.map((s) => s.label)).toEqual(expect.arrayContaining(['lay bricks', 'fell trees']));
    const hits = await searchTaxonomy(handle.db, 'muura', { lang: 'fi' });
    expect(hits[0]).toMatchObject({ kind: expect.any(String) });
    expect(hits.map((h) => h.label)).toEqual(expect.arrayContaining(['muurari', 'muuraus']));
  });
});

describe.skipIf(!existsSync(ESCO))('the official ESCO v1.1.1 English package', () => {
  let world: World;
  let first: ImportSummary;
  beforeAll(async () => {
    world = await createWorld();
    await loadBuiltInVocabulary(world.handle.db);
  }, 120_000);
  afterAll(async () => world?.close());

  it('imports 3,007 occupations, 13,896 skills and their relations within 60 seconds', async () => {
    first = await importEscoPackage(world.handle.db, ESCO);
    console.log(`ESCO import on ${process.env.POLKU_TEST_BACKEND ?? 'pglite'}: ${first.seconds.toFixed(1)} s`);
    expect(first).toMatchObject({ languages: ['en'], version: 'v1.1.1', occupations: 3007, skills: 13896, skillGroups: 640, iscoGroups: 619 });
    // occupationSkillRelations.csv has 123,855 rows; 67 of them name an occupation that is not in
    // the classification (…/a9e54177-…, an old URI): those are reported and left out.
    expect(first.occupationSkillRelations).toBe(123_788);
    const unknownOccupation = first.problems.filter((p) => p.file === 'occupationSkillRelations.csv');
    expect(unknownOccupation).toHaveLength(67);
    expect(unknownOccupation[0].message).toContain('a9e54177-a185-404d-b6e6-15663d31137e');
    expect(first.skillHierarchyRelations).toBeGreaterThan(20_000);
    expect(first.seconds).toBeLessThan(60);
    expect(first.linked).toBeGreaterThan(50);
  }, 180_000);

  it('updates in place on a second import: same ids, same counts', async () => {
    const before = await raw<{ id: string; uri: string }>(world.handle.db, `select id, uri from occupation where scheme = 'esco' order by uri limit 50`);
    const again = await importEscoPackage(world.handle.db, ESCO);
    expect(again).toMatchObject({ occupations: 3007, skills: 13896, occupationSkillRelations: 123_788 });
    const after = await raw<{ id: string; uri: string }>(world.handle.db, `select id, uri from occupation where scheme = 'esco' order by uri limit 50`);
    expect(after).toEqual(before);
    expect(await count(world.handle.db, `occupation_label where language = 'en'`)).toBeGreaterThan(30_000);
  }, 180_000);

  it('answers the routes for signed-in users only', async () => {
    const anonymous = api(world, null);
    expect((await anonymous('POST', '/api/skills/suggest', { text: 'muurari' })).status).toBe(401);
    const client = api(world, await signIn(world, 'clientX'));
    const suggested = await client('POST', '/api/skills/suggest', { text: RENOVATION }, { 'accept-language': 'fi' });
    expect(suggested.status).toBe(200);
    expect(suggested.body.occupations.slice(0, 4).map((o: { label: string }) => o.label)).toEqual(expect.arrayContaining(['muurari', 'metsuri', 'sähköasentaja']));
    const skills = suggested.body.skills.slice(0, 15).map((s: { label: string }) => s.label);
    expect(skills).toEqual(expect.arrayContaining(['puiden kaataminen', 'polttopuiden teko', 'laastin tasoittaminen']));
    expect(suggested.body.occupations[0]).toMatchObject({ id: expect.any(String), label: expect.any(String), score: expect.any(Number), evidence: expect.any(Array) });

    // The chosen keywords steer the next round and are not suggested again.
    const bricklayer = suggested.body.occupations.find((o: { label: string }) => o.label === 'muurari');
    const steered = await client('POST', '/api/skills/suggest', { text: RENOVATION, chosen: [bricklayer.id] });
    expect(steered.body.occupations.map((o: { id: string }) => o.id)).not.toContain(bricklayer.id);

    const occupation = await client('GET', `/api/skills/occupations/${bricklayer.id}?lang=en`);
    expect(occupation.status).toBe(200);
    expect(occupation.body).toMatchObject({ kind: 'occupation', scheme: 'polku', iscoGroup: '7112', label: 'bricklayer', escoUri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\/occupation\//) });
    expect(occupation.body.iscoGroupLabel).toMatch(/bricklayer/i);
    const mortar = occupation.body.skills.find((s: { label: string }) => s.label === 'levelling mortar');
    expect(mortar).toMatchObject({ relation: 'essential' });

    const skill = await client('GET', `/api/skills/skills/${mortar.id}`, undefined, { 'accept-language': 'fi' });
    expect(skill.body).toMatchObject({ kind: 'skill', label: 'laastin tasoittaminen' });
    expect(skill.body.occupations.map((o: { label: string }) => o.label)).toContain('muurari');

    const esco = await client('GET', `/api/skills/occupations/${occupation.body.escoUri ? (await client('GET', '/api/skills/search?q=bricklayer&kind=occupation&lang=en')).body.find((h: { scheme: string }) => h.scheme === 'esco').id : ''}?lang=en`);
    expect(esco.body).toMatchObject({ scheme: 'esco', label: 'bricklayer', iscoGroup: '7112' });
    expect(esco.body.skills.length).toBeGreaterThan(10);
    expect(esco.body.description).toMatch(/brick/i);

    const found = await client('GET', '/api/skills/search?q=hitsaus');
    expect(found.status).toBe(200);
    expect(found.body[0]).toMatchObject({ label: 'hitsaus', kind: 'skill' });
    expect((await client('GET', '/api/skills/occupations/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await client('GET', '/api/skills/occupations/not-a-uuid')).status).toBe(400);
    expect((await client('POST', '/api/skills/suggest', { text: 'x'.repeat(10_001) })).status).toBe(400);
  }, 120_000);
});
