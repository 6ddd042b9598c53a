// ZIP writing and reading, and XLSX written by Polku and by other programs (shared strings, sparse
// cells, booleans), read back as rows of text.
import { describe, expect, it } from 'vitest';
import { crc32, listZip, readZip, writeZip } from '../../../src/domain/tabular/zip.ts';
import { columnIndex, columnName, readXlsx, writeXlsx } from '../../../src/domain/tabular/xlsx.ts';
import { writeCsv } from '../../../src/domain/tabular/csv.ts';

describe('zip', () => {
  it('CRC-32 of "hello" is 0x3610a686', () => {
    expect(crc32(Buffer.from('hello'))).toBe(0x3610a686);
  });

  it('writes an archive that reads back, with UTF-8 names', () => {
    const zip = writeZip([
      { name: 'a.txt', data: 'hello' },
      { name: 'kansio/äö.xml', data: Buffer.from('<x/>'.repeat(1000)) },
    ]);
    expect(listZip(zip).map((e) => [e.name, e.size])).toEqual([['a.txt', 5], ['kansio/äö.xml', 4000]]);
    const files = readZip(zip);
    expect(files.get('a.txt')!.toString()).toBe('hello');
    expect(files.get('kansio/äö.xml')!.length).toBe(4000);
    // The same content gives the same bytes (fixed timestamps).
    expect(writeZip([{ name: 'a.txt', data: 'hello' }]).equals(writeZip([{ name: 'a.txt', data: 'hello' }]))).toBe(true);
  });
});

describe('xlsx', () => {
  it('names columns A…Z, AA…', () => {
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(['A1', 'Z9', 'AA10', 'AAA1'].map(columnIndex)).toEqual([0, 25, 26, 702]);
  });

  it('round-trips text, numbers, empty cells and XML special characters', () => {
    const rows = [['code', 'text', 'n'], ['A1', 'Työ & <vapaa> "aika"', 3.5], ['A2', null, 7], ['A3', '', '']];
    const back = readXlsx(writeXlsx([{ name: 'data', rows }, { name: 'codebook', rows: [['x']] }]));
    expect(back).toEqual([['code', 'text', 'n'], ['A1', 'Työ & <vapaa> "aika"', '3.5'], ['A2', '', '7'], ['A3', '', '']]);
  });

  it('reads a workbook as Excel writes it: shared strings, rich text, sparse cells, booleans', () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>' +
      '<row r="3"><c r="A3" t="b"><v>1</v></c><c r="B3"><v>42</v></c><c r="C3" t="str"><f>A1</f><v>laskettu</v></c></row>' +
      '</sheetData></worksheet>';
    const zip = writeZip([
      { name: 'xl/workbook.xml', data: '<workbook xmlns:r="r"><sheets><sheet name="Vastaukset" sheetId="1" r:id="rId3"/></sheets></workbook>' },
      { name: 'xl/_rels/workbook.xml.rels', data: '<Relationships><Relationship Id="rId3" Target="worksheets/data.xml"/></Relationships>' },
      { name: 'xl/sharedStrings.xml', data: '<sst><si><t>Vastaaja</t></si><si><r><t>Kysy</t></r><r><t xml:space="preserve">mys 1 &amp; 2</t></r></si></sst>' },
      { name: 'xl/worksheets/data.xml', data: sheet },
    ]);
    expect(readXlsx(zip)).toEqual([
      ['Vastaaja', '', 'Kysymys 1 & 2'],
      ['', '', ''],
      ['TRUE', '42', 'laskettu'],
    ]);
  });

  it('refuses what is not a workbook', () => {
    expect(() => readXlsx(Buffer.from('a;b\n1;2'))).toThrow(/not an XLSX file/);
    expect(() => readXlsx(writeZip([{ name: 'x.txt', data: 'x' }]))).toThrow(/no xl\/workbook.xml/);
  });
});

describe('csv', () => {
  it('writes semicolons with a BOM, quotes when needed and defuses formulas', () => {
    expect(writeCsv([['a', 'b;c', 'say "hi"'], ['=SUM(A1)', -3, null]])).toBe('\uFEFFa;"b;c";"say ""hi"""\r\n\'=SUM(A1);-3;\r\n');
  });
});
