// Import of Job Market Finland postings (JobPostingV2, one JSON object per line). Each posting is
// keyed by its source id: a re-import updates in place, and an unchanged posting is left alone.
// Occupations and skills are found by their ESCO URI in the taxonomy; a posting that names no
// known occupation gets one from the suggester reading its title (and skills from its text).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';
import { readJobPostingLines, type ImportedPosting, type LineProblem } from '../../domain/matching/jobposting-v2.ts';
import { suggest } from '../../domain/skills/suggest.ts';
import { replaceConcepts } from './postings.ts';
import { matchTaxonomyFor, type ServerTaxonomy } from './taxonomy.ts';

export interface PostingImportSummary {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  problems: LineProblem[];
  /** Set when the file is not JSON Lines at all: nothing was imported. */
  malformed: string | null;
  seconds: number;
}

export class MalformedFileError extends Error {}

function resolver(taxonomy: ServerTaxonomy) {
  const byUri = new Map<string, string>();
  const index = taxonomy.index;
  for (let c = 0; c < index.conceptCount; c++) byUri.set(index.uris[c], index.ids[c]);
  return (uri: string, kind: 'occupation' | 'skill'): string | null => {
    const c = index.byEscoUri.get(uri);
    const id = c !== undefined ? index.ids[c] : (byUri.get(uri) ?? null);
    return id && taxonomy.kind(id) === kind ? id : null;
  };
}

function concepts(posting: ImportedPosting, taxonomy: ServerTaxonomy, resolve: ReturnType<typeof resolver>) {
  let main = posting.mainOccupationUri ? resolve(posting.mainOccupationUri, 'occupation') : null;
  const occupations = posting.occupationUris.map((u) => resolve(u, 'occupation')).filter((id): id is string => Boolean(id));
  let skills = posting.skillUris.map((u) => resolve(u, 'skill')).filter((id): id is string => Boolean(id));
  if (!main && occupations.length) main = occupations.shift()!;
  if (!main) {
    const fromTitle = suggest(taxonomy.index, posting.title, { limits: { occupations: 1, skills: 0, aspirations: 0 } });
    main = fromTitle.occupations.find((o) => o.source === 'text')?.id ?? null;
  }
  if (skills.length === 0 && posting.description) {
    const fromText = suggest(taxonomy.index, posting.description.slice(0, 10_000), { limits: { occupations: 0, skills: 10, aspirations: 0 } });
    skills = fromText.skills.filter((s) => s.source === 'text').map((s) => s.id);
  }
  return { main, occupations: occupations.filter((o) => o !== main), skills };
}

export async function importJobPostings(
  db: Database,
  text: string,
  onProgress?: (step: string, done: number, total: number) => void,
): Promise<PostingImportSummary> {
  const started = Date.now();
  const parsed = readJobPostingLines(text);
  const summary: PostingImportSummary = { lines: parsed.lines, created: 0, updated: 0, unchanged: 0, problems: [...parsed.problems], malformed: parsed.malformed, seconds: 0 };
  if (parsed.malformed) return { ...summary, seconds: (Date.now() - started) / 1000 };
  const taxonomy = await matchTaxonomyFor(db);
  const resolve = resolver(taxonomy);
  const employers = new Map(
    (await db.selectFrom('organisation').select(['id', 'businessId']).where('kind', '=', 'employer').where('businessId', 'is not', null).execute()).map((o) => [o.businessId!, o.id]),
  );
  const total = parsed.postings.length;
  let done = 0;
  for (const { line, posting } of parsed.postings) {
    try {
      const found = concepts(posting, taxonomy, resolve);
      const hash = createHash('sha256').update(JSON.stringify([posting, found])).digest('hex');
      // One transaction per posting: a failing row is reported and the others are kept.
      await db.transaction().execute(async (trx) => {
        const values = {
          employerId: posting.businessId ? (employers.get(posting.businessId) ?? null) : null,
          employerName: posting.employerName,
          title: posting.title,
          description: posting.description,
          mainOccupationId: found.main,
          municipalityCode: posting.municipalityCode,
          workingTime: posting.workingTime,
          employmentType: posting.employmentType,
          openPositions: posting.openPositions,
          expiresOn: posting.expiresOn,
          sourceUrl: posting.url,
          sourceHash: hash,
        };
        const row = await trx
          .insertInto('jobPosting')
          .values({ ...values, source: 'tyomarkkinatori', sourceId: posting.sourceId, importedAt: sql`now()` })
          .onConflict((oc) =>
            oc
              .columns(['source', 'sourceId'])
              .where('sourceId', 'is not', null)
              .doUpdateSet({ ...values, importedAt: sql`now()`, updatedAt: sql`now()` })
              .where('jobPosting.sourceHash', 'is distinct from', hash),
          )
          .returning(['id', sql<boolean>`(xmax = 0)`.as('inserted')])
          .executeTakeFirst();
        if (!row) {
          summary.unchanged++;
          return;
        }
        if (row.inserted) summary.created++;
        else summary.updated++;
        await replaceConcepts(trx, row.id, found.occupations, found.skills);
      });
    } catch (error) {
      summary.problems.push({ line, message: `not saved: ${(error as Error).message}` });
    }
    done++;
    if (done % 25 === 0 || done === total) onProgress?.('postings', done, total);
  }
  summary.problems.sort((a, b) => a.line - b.line);
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

export async function importJobPostingsFile(db: Database, file: string, onProgress?: (step: string, done: number, total: number) => void) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new MalformedFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return importJobPostings(db, text, onProgress);
}
