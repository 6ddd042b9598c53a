// Every text the server or the web app can show exists in Finnish, Swedish and English: the error
// keys the server sends, every code list label, and every key one language has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as codes from '../../src/domain/codes.ts';

const load = (locale: string) => JSON.parse(readFileSync(`src/i18n/${locale}.json`, 'utf8')) as Record<string, unknown>;
const catalogues = { fi: load('fi'), sv: load('sv'), en: load('en') };

function flatten(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) ? [full] : [];
  });
}

describe('translations', () => {
  it('cover every error key the server can send', () => {
    const used = new Set<string>();
    for (const file of [...sourceFiles('src/server'), ...sourceFiles('src/domain')]) {
      for (const m of readFileSync(file, 'utf8').matchAll(/'(errors\.[a-zA-Z]+)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const keys = new Set(flatten(catalogue));
      expect([...used].filter((k) => !keys.has(k)), locale).toEqual([]);
    }
  });

  it('label every code of every code list', () => {
    const lists: Record<string, readonly string[]> = codes.CODE_LISTS;
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      const keys = new Set(flatten(catalogue));
      const missing = Object.entries(lists).flatMap(([list, values]) => values.map((v) => `codes.${list}.${v}`)).filter((k) => !keys.has(k));
      expect(missing, locale).toEqual([]);
    }
  });

  it('have the same keys in every language', () => {
    const fi = new Set(flatten(catalogues.fi));
    for (const locale of ['sv', 'en'] as const) {
      const other = new Set(flatten(catalogues[locale]));
      expect([...fi].filter((k) => !other.has(k)), `missing in ${locale}`).toEqual([]);
      expect([...other].filter((k) => !fi.has(k)), `only in ${locale}`).toEqual([]);
    }
  });
});
