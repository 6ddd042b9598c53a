// Reading the ESCO CSV package: the ZIP reader, the CSV reader with line numbers, and the package
// parser that reports malformed rows and keeps the rest.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvProblem, type CsvRecord } from '../../../src/domain/skills/esco/csv.ts';
import { escoTaxonomy, readEscoPackage } from '../../../src/domain/skills/esco/package.ts';
import { listZip, readZipEntry } from '../../../src/domain/skills/esco/zip.ts';
import { escoFiles } from '../../../src/server/skills/esco-files.ts';

const MINI = path.resolve('test/fixtures/skills/esco-mini');

function csv(text: string) {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  readCsv(text, (r) => records.push(r), (p) => problems.push(p));
  return { records, problems };
}

/** A ZIP with data descriptors (bit 3), as the ESCO downloads are made. */
function makeZip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text, 'utf8');
    const compressed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(nameBytes.length, 26);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(compressed.length, 8);
    descriptor.writeUInt32LE(data.length, 12);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0808, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed, descriptor);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed.length + 16;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(files).length, 8);
  eocd.writeUInt16LE(Object.keys(files).length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, eocd]);
}

describe('CSV reader', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, and gives each record its first line', () => {
    const { records, problems } = csv('a,b,c\r\n1,"x, ""y""",z\r\n2,"two\nlines",w\n\n3,,\n');
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, "y"', 'z'],
      ['2', 'two\nlines', 'w'],
      ['3', '', ''],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 3, 6]);
  });

  it('reports text after a closing quote and a quote left open, and goes on with the next line', () => {
    const { records, problems } = csv('a,b\n"ok",1\n"bad"x,2\nfine,3\n"open,4\nlast,5\n');
    expect(problems).toEqual([
      { line: 3, message: 'text after a closing quote' },
      { line: 5, message: 'a quoted field is not closed' },
    ]);
    expect(records.map((r) => r.fields[0])).toEqual(['a', 'ok', 'fine']);
  });

  it('ignores a byte order mark', () => {
    expect(csv('\ufeffx,y\n1,2').records[0].fields).toEqual(['x', 'y']);
  });
});

describe('ZIP reader', () => {
  it('lists and inflates entries with data descriptors', () => {
    const zip = makeZip({ 'folder/occupations_en.csv': 'a,b\n1,2\n', 'skills_en.csv': 'ä'.repeat(1000) });
    const entries = listZip(zip);
    expect(entries.map((e) => e.name)).toEqual(['folder/occupations_en.csv', 'skills_en.csv']);
    expect(readZipEntry(zip, entries[0]).toString('utf8')).toBe('a,b\n1,2\n');
    expect(readZipEntry(zip, entries[1]).toString('utf8')).toBe('ä'.repeat(1000));
  });

  it('refuses what is not a ZIP', () => {
    expect(() => listZip(Buffer.from('not a zip file at all, just some text'))).toThrow(/not a ZIP/);
  });
});

describe('ESCO package', () => {
  it('reads the concepts and relations and reports malformed rows with file and line', () => {
    const pkg = readEscoPackage(escoFiles(MINI));
    const [en] = pkg.classifications;
    expect(en.lang).toBe('en');
    expect(en.occupations.map((o) => o.preferred)).toEqual(['bricklayer', 'electrician', 'forest worker']);
    expect(en.occupations[0]).toMatchObject({ iscoGroup: '7112', code: '7112.1', alternative: ['brick layer', 'mason'], description: 'Bricklayers lay bricks, with "mortar".' });
    expect(en.skills.map((s) => s.preferred)).toEqual(['lay bricks', 'spread mortar', 'install electrical wiring', 'fell trees']);
    expect(en.skillGroups.map((g) => g.code)).toEqual(['S6.1']);
    expect(pkg.relations!.occupationSkill).toHaveLength(5); // the unknown occupation is checked at import
    expect(pkg.relations!.occupationBroader.map((l) => [l.from, l.to])).toEqual([
      ['http://data.europa.eu/esco/occupation/test-electrician', 'http://data.europa.eu/esco/occupation/test-bricklayer'],
    ]);
    const problems = pkg.problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        'occupations_en.csv:5: occupation http://data.europa.eu/esco/occupation/test-bad-isco: ISCO group "71X2" is not a four-digit code',
        'occupations_en.csv:6: occupation: not a URI: "not-a-uri"',
        'occupations_en.csv:7: expected 14 fields, found 4',
        'skills_en.csv:7: text after a closing quote',
        'skills_en.csv:8: skill http://data.europa.eu/esco/skill/test-no-label: no preferred label',
        'occupationSkillRelations.csv:6: relation type "sometimes" is neither essential nor optional',
        'occupationSkillRelations.csv:8: expected 4 fields, found 3',
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('reads the same package from a ZIP, and turns it into index input', () => {
    const files: Record<string, string> = {};
    for (const name of readdirSync(MINI)) files[`ESCO dataset - v9.9 - classification - en - csv/${name}`] = readFileSync(path.join(MINI, name), 'utf8');
    const tmp = path.join(tmpdir(), `esco-mini-${process.pid}.zip`);
    writeFileSync(tmp, makeZip(files));
    try {
      const pkg = readEscoPackage(escoFiles(tmp));
      expect(pkg.classifications[0].occupations).toHaveLength(3);
      const taxonomy = escoTaxonomy(pkg);
      expect(taxonomy.concepts.filter((c) => c.kind === 'occupation')).toHaveLength(3);
      expect(taxonomy.relations).toHaveLength(4); // five read, one to an occupation not in the classification
    } finally {
      rmSync(tmp);
    }
  });
});
