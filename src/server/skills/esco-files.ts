// The files of an ESCO package from a path: a ZIP archive, a folder of archives, or a folder of
// CSV files (searched two levels deep, as the downloads unpack into a subfolder).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { isEscoFile, type EscoFile } from '../../domain/skills/esco/package.ts';
import { listZip, readZipEntry } from '../../domain/skills/esco/zip.ts';

function zipFiles(file: string): EscoFile[] {
  const zip = readFileSync(file);
  return listZip(zip)
    .filter((entry) => !entry.name.endsWith('/') && isEscoFile(entry.name))
    .map((entry) => ({ name: `${path.basename(file)}:${entry.name.split('/').pop()}`, read: () => readZipEntry(zip, entry).toString('utf8') }));
}

/** Files of the package at `target`. Throws when the path does not exist or holds no ESCO files. */
export function escoFiles(target: string): EscoFile[] {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new Error(`${target}: no such file or folder`);
  }
  const found: EscoFile[] = [];
  const visit = (dir: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (depth < 2) visit(full, depth + 1);
      } else if (/\.zip$/i.test(entry.name)) {
        found.push(...zipFiles(full));
      } else if (isEscoFile(entry.name)) {
        found.push({ name: entry.name, read: () => readFileSync(full, 'utf8') });
      }
    }
  };
  if (stat.isDirectory()) visit(target, 0);
  else if (/\.zip$/i.test(target)) found.push(...zipFiles(target));
  else if (isEscoFile(target)) found.push({ name: path.basename(target), read: () => readFileSync(target, 'utf8') });
  if (found.length === 0) throw new Error(`${target}: no ESCO CSV files (occupations_xx.csv, skills_xx.csv, occupationSkillRelations.csv, …)`);
  return found;
}
