// `polku postings import FILE`: Job Market Finland postings (JobPostingV2 JSON, one per line) into
// the database of POLKU_DATA_DIR or DATABASE_URL. Exit codes: 0 all rows imported, 1 some rows left
// out (listed with their line numbers), 2 the file is malformed or unreadable (nothing imported).
import { mkdirSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../server/config.ts';
import { progressReporter } from './progress.ts';

const MAX_PROBLEMS_SHOWN = 50;

export function registerPostingsCommands(program: Command): void {
  const postings = program.command('postings').description('Job postings');
  postings
    .command('import')
    .description('Import Job Market Finland (Työmarkkinatori) postings, JobPostingV2 JSON, one per line; a re-import updates by the source id')
    .argument('<file>', 'the JSON Lines file')
    .action(async (file: string) => {
      const config = loadConfig();
      if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
      const { connect } = await import('../db/connection.ts');
      const { migrate } = await import('../db/migrate.ts');
      const { loadBuiltInVocabulary } = await import('../server/skills/vocabulary.ts');
      const { importJobPostingsFile, MalformedFileError } = await import('../server/matching/import.ts');
      const handle = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
      let code = 0;
      try {
        await migrate(handle);
        await loadBuiltInVocabulary(handle.db);
        const progress = progressReporter();
        const summary = await importJobPostingsFile(handle.db, file, (step, done, total) => progress.update(step, done, total));
        progress.done();
        if (summary.malformed) {
          process.stderr.write(`${file}: malformed: ${summary.malformed}. Nothing was imported.\n`);
          code = 2;
        } else {
          process.stdout.write(
            `Imported ${file} in ${summary.seconds.toFixed(1)} s: ${summary.lines} line(s), ${summary.created} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.problems.length} left out.\n` +
              'Source: Työmarkkinatori (Job Market Finland), https://tyomarkkinatori.fi/ — the postings keep their source and link.\n',
          );
          if (summary.problems.length) {
            process.stderr.write(`${summary.problems.length} row(s) left out:\n`);
            for (const p of summary.problems.slice(0, MAX_PROBLEMS_SHOWN)) process.stderr.write(`  ${file}:${p.line}: ${p.message}\n`);
            if (summary.problems.length > MAX_PROBLEMS_SHOWN) process.stderr.write(`  … and ${summary.problems.length - MAX_PROBLEMS_SHOWN} more\n`);
            code = 1;
          }
        }
      } catch (error) {
        if (!(error instanceof MalformedFileError)) throw error;
        process.stderr.write(`${error.message}\n`);
        code = 2;
      } finally {
        await handle.close();
      }
      process.exitCode = code;
    });
}
