// Exports (anonymised responses as CSV or XLSX with a codebook, the PDF report) and the import of
// responses from CSV or XLSX: preview first (mapping, row-level problems), then import.
import type { Database } from '../../db/connection.ts';
import { todayIso } from '../../domain/calendar/dates.ts';
import { type Lang, type SurveyDefinition, type Text } from '../../domain/surveys/definition.ts';
import { codebook, readResponses, responseTable, suggestMapping, type ColumnMapping } from '../../domain/surveys/exchange.ts';
import { surveyReportPdf } from '../../domain/surveys/report-pdf.ts';
import { buildReport } from '../../domain/surveys/results.ts';
import { parseCsv, CsvError } from '../../domain/stats/csv.ts';
import { writeCsv } from '../../domain/tabular/csv.ts';
import { readXlsx, writeXlsx, XlsxError } from '../../domain/tabular/xlsx.ts';
import type { Actor } from '../access/actor.ts';
import { AppError, notFound } from '../errors.ts';
import { translate } from '../messages.ts';
import { weekOf } from './answer.ts';
import { loadSurvey, roundResponses } from './service.ts';

const slug = (t: Text) => (t.fi || 'survey').toLowerCase().replace(/[^a-z0-9åäö]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'survey';

/** Every round's responses (or one round's), in a stable order that says nothing of arrival. */
async function exportRows(db: Database, surveyId: string, roundId?: string) {
  let q = db
    .selectFrom('surveyResponse')
    .innerJoin('surveyRound', 'surveyRound.id', 'surveyResponse.roundId')
    .select(['surveyRound.label', 'surveyResponse.answers'])
    .where('surveyRound.surveyId', '=', surveyId);
  if (roundId) q = q.where('surveyRound.id', '=', roundId);
  // Ordered by the random response id: the order of arrival is not kept in the file.
  const rows = await q.orderBy('surveyRound.opensOn').orderBy('surveyResponse.id').execute();
  return rows.map((r) => ({ round: r.label, answers: r.answers as never }));
}

export async function exportResponses(db: Database, actor: Actor, surveyId: string, format: 'csv' | 'xlsx' | 'codebook', roundId: string | undefined, lang: Lang) {
  const s = await loadSurvey(db, actor, surveyId, 'results');
  const rows = await exportRows(db, surveyId, roundId);
  const table = responseTable(s.definition, rows);
  const book = codebook(s.definition, lang);
  const name = slug(s.title);
  if (format === 'csv') return { fileName: `${name}-responses.csv`, type: 'text/csv; charset=utf-8', body: writeCsv(table) };
  if (format === 'codebook') return { fileName: `${name}-codebook.csv`, type: 'text/csv; charset=utf-8', body: writeCsv(book) };
  return {
    fileName: `${name}-responses.xlsx`,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: writeXlsx([
      { name: 'responses', rows: table },
      { name: 'codebook', rows: book },
    ]),
  };
}

export async function reportPdf(db: Database, actor: Actor, surveyId: string, roundId: string | undefined, lang: Lang, query: { groupBy?: string }) {
  const s = await loadSurvey(db, actor, surveyId, 'results');
  const data = await roundResponses(db, surveyId, roundId);
  if (!data) throw notFound('round');
  const report = buildReport(data.round.definition, data.responses, { groupBy: query.groupBy, previous: data.previous });
  const l = (key: string) => translate(lang, `surveys.pdf.${key}`);
  const labels = { responses: l('responses'), tooFew: l('tooFew'), mean: l('mean'), nps: l('nps'), change: l('change'), scales: l('scales'), alpha: l('alpha'), items: l('items') };
  const title = s.title[lang] || s.title.fi;
  return { fileName: `${slug(s.title)}-${data.round.label}.pdf`, body: surveyReportPdf(title, data.round.label, data.round.definition, report, lang, labels) };
}

/** Reads an uploaded CSV or XLSX into a header and rows. */
function readTable(fileName: string, base64: string): { header: string[]; rows: string[][] } {
  const bytes = Buffer.from(base64, 'base64');
  const bad = (detail: string, messageKey = 'errors.importUnreadable') => new AppError(422, 'errors.validation', detail, [{ path: 'content', messageKey }]);
  if (bytes.length > 10 * 1024 * 1024) throw bad('file too large', 'errors.tooLarge');
  const isZip = bytes.length > 4 && bytes.readUInt32LE(0) === 0x04034b50;
  if (isZip || /\.xlsx$/i.test(fileName)) {
    try {
      const rows = readXlsx(bytes);
      if (rows.length === 0) throw bad('empty sheet', 'errors.importEmpty');
      return { header: rows[0].map((h) => h.trim()), rows: rows.slice(1).filter((r) => r.some((c) => c.trim() !== '')) };
    } catch (error) {
      if (error instanceof XlsxError) throw bad(error.message);
      throw error;
    }
  }
  try {
    const table = parseCsv(bytes.toString('utf8'));
    return { header: table.header.map((h) => h.trim()), rows: table.rows };
  } catch (error) {
    if (error instanceof CsvError) throw bad(error.message);
    throw error;
  }
}

async function importTarget(db: Database, actor: Actor, surveyId: string, roundId: string) {
  const s = await loadSurvey(db, actor, surveyId, 'distribute');
  const round = await db.selectFrom('surveyRound').select(['id', 'definition', 'label']).where('id', '=', roundId).where('surveyId', '=', surveyId).executeTakeFirst();
  if (!round) throw notFound('round');
  return { survey: s, round: { ...round, definition: round.definition as unknown as SurveyDefinition } };
}

export async function previewImport(db: Database, actor: Actor, surveyId: string, body: { roundId: string; fileName: string; content: string; mapping?: ColumnMapping }) {
  const { round } = await importTarget(db, actor, surveyId, body.roundId);
  const { header, rows } = readTable(body.fileName, body.content);
  const mapping = body.mapping ?? suggestMapping(round.definition, header);
  const read = readResponses(round.definition, header, rows, mapping);
  return {
    header,
    mapping,
    totalRows: rows.length,
    validRows: read.rows.filter(Boolean).length,
    preview: read.rows.slice(0, 10),
    issues: read.issues.slice(0, 500),
    issueCount: read.issues.length,
  };
}

export async function importResponses(db: Database, actor: Actor, surveyId: string, body: { roundId: string; fileName: string; content: string; mapping?: ColumnMapping; skipInvalid: boolean }) {
  const { round } = await importTarget(db, actor, surveyId, body.roundId);
  const { header, rows } = readTable(body.fileName, body.content);
  const mapping = body.mapping ?? suggestMapping(round.definition, header);
  const read = readResponses(round.definition, header, rows, mapping);
  const valid = read.rows.filter((r): r is NonNullable<typeof r> => r !== null);
  // Nothing is imported while a row has a problem, unless asked to leave those rows out.
  if (read.issues.length && (!body.skipInvalid || read.issues.some((i) => i.row === 1))) {
    throw new AppError(422, 'errors.importHasErrors', 'rows with problems', read.issues.slice(0, 50).map((i) => ({ path: `row.${i.row}.${i.column ?? ''}`, messageKey: i.messageKey })));
  }
  const week = weekOf(todayIso());
  if (valid.length) {
    await db.transaction().execute(async (tx) => {
      for (let i = 0; i < valid.length; i += 500) {
        await tx
          .insertInto('surveyResponse')
          .values(valid.slice(i, i + 500).map((answers) => ({ roundId: round.id, answers: JSON.stringify(answers), receivedWeek: week, source: 'import' })))
          .execute();
      }
    });
  }
  return { imported: valid.length, skipped: rows.length - valid.length, issues: read.issues.slice(0, 500) };
}
