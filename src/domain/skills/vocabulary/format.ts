// The text format of Polku's own vocabulary, written by hand in the files next to this one.
//
//   # a comment                      == a section heading (for the reader only)
//   fi label; fi label 2 | sv label; sv 2 | en label; en 2        a skill
//   @ 7112 muurari; muurarin työt | murare | bricklayer            an occupation with its ISCO-08 unit group
//   + muuraus; laastin tasoittaminen                               its essential skills (Finnish preferred labels)
//   ~ rappaus                                                      its optional skills
//
// The first Finnish label is the preferred one and names the concept: its URI is
// urn:polku:skill:<slug> or urn:polku:occupation:<slug>. Swedish and English parts may be empty.
import { fold } from '../stem.ts';

export interface VocabularyLabels {
  fi: string[];
  sv: string[];
  en: string[];
}

export interface VocabularySkill {
  key: string;
  uri: string;
  labels: VocabularyLabels;
}

export interface VocabularyOccupation {
  key: string;
  uri: string;
  iscoGroup: string;
  labels: VocabularyLabels;
  essential: string[];
  optional: string[];
}

export interface Vocabulary {
  skills: VocabularySkill[];
  occupations: VocabularyOccupation[];
  /** Problems found while reading (a test keeps this empty). */
  problems: string[];
}

export const slug = (label: string) =>
  fold(label)
    .replace(/#/g, '-sharp')
    .replace(/\+/g, '-plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const splitLabels = (part: string | undefined) =>
  (part ?? '')
    .split(';')
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.length > 0);

function parseLabels(text: string): VocabularyLabels {
  const [fi, sv, en] = text.split('|');
  return { fi: splitLabels(fi), sv: splitLabels(sv), en: splitLabels(en) };
}

/** Reads vocabulary sources (name → text) into skills and occupations, checking references. */
export function parseVocabulary(sources: Record<string, string>): Vocabulary {
  const problems: string[] = [];
  const skills = new Map<string, VocabularySkill>();
  const occupations = new Map<string, VocabularyOccupation>();
  const pendingRefs: Array<{ where: string; label: string }> = [];
  for (const [name, text] of Object.entries(sources)) {
    let current: VocabularyOccupation | null = null;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      const where = `${name}:${i + 1}`;
      const line = lines[i].trim();
      if (!line || line.startsWith('#') || line.startsWith('==')) continue;
      if (line.startsWith('@')) {
        const match = /^@\s*(\d{4})\s+(.+)$/.exec(line);
        if (!match) {
          problems.push(`${where}: an occupation line is "@ ISCO labels | sv | en"`);
          current = null;
          continue;
        }
        const labels = parseLabels(match[2]);
        if (labels.fi.length === 0) {
          problems.push(`${where}: no Finnish label`);
          current = null;
          continue;
        }
        const key = slug(labels.fi[0]);
        if (occupations.has(key)) {
          problems.push(`${where}: occupation "${labels.fi[0]}" twice`);
          current = occupations.get(key)!;
          continue;
        }
        current = { key, uri: `urn:polku:occupation:${key}`, iscoGroup: match[1], labels, essential: [], optional: [] };
        occupations.set(key, current);
        continue;
      }
      if (line.startsWith('+') || line.startsWith('~')) {
        if (!current) {
          problems.push(`${where}: skills outside an occupation`);
          continue;
        }
        const list = line.startsWith('+') ? current.essential : current.optional;
        for (const label of splitLabels(line.slice(1))) {
          list.push(slug(label));
          pendingRefs.push({ where, label });
        }
        continue;
      }
      current = null;
      const labels = parseLabels(line);
      if (labels.fi.length === 0) {
        problems.push(`${where}: no Finnish label`);
        continue;
      }
      const key = slug(labels.fi[0]);
      const existing = skills.get(key);
      if (existing) {
        problems.push(`${where}: skill "${labels.fi[0]}" twice`);
        continue;
      }
      skills.set(key, { key, uri: `urn:polku:skill:${key}`, labels });
    }
  }
  for (const ref of pendingRefs) {
    if (!skills.has(slug(ref.label))) problems.push(`${ref.where}: no skill "${ref.label}"`);
  }
  for (const occupation of occupations.values()) {
    occupation.essential = [...new Set(occupation.essential)].filter((k) => skills.has(k));
    occupation.optional = [...new Set(occupation.optional)].filter((k) => skills.has(k) && !occupation.essential.includes(k));
  }
  return { skills: [...skills.values()], occupations: [...occupations.values()], problems };
}
