// `polku taxonomy import PATH` and `polku suggest "TEXT"`: the skills taxonomy from the command
// line. Both use the database of POLKU_DATA_DIR or DATABASE_URL (migrated, with the built-in
// vocabulary loaded); the database modules load only when a command runs, so the CLI starts fast.
import { mkdirSync, readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { loadConfig } from '../server/config.ts';
import { progressReporter } from './progress.ts';

async function openDatabase() {
  const config = loadConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const { connect } = await import('../db/connection.ts');
  const { migrate } = await import('../db/migrate.ts');
  const { loadBuiltInVocabulary } = await import('../server/skills/vocabulary.ts');
  const handle = await connect({ url: config.databaseUrl, dataDir: config.dataDir });
  await migrate(handle);
  await loadBuiltInVocabulary(handle.db);
  return handle;
}

const MAX_PROBLEMS_SHOWN = 20;

export function registerSkillsCommands(program: Command): void {
  const taxonomy = program.command('taxonomy').description('The occupation and skill taxonomy (ESCO and Polku’s own vocabulary)');
  taxonomy
    .command('import')
    .description('Import the official ESCO CSV package (a ZIP, or a folder of ZIPs or CSV files): a language’s classification and the relations')
    .argument('<path>', 'the package')
    .action(async (path: string) => {
      const handle = await openDatabase();
      try {
        const { importEscoPackage } = await import('../server/skills/import.ts');
        const progress = progressReporter();
        const summary = await importEscoPackage(handle.db, path, (step, done, total) => progress.update(step, done, total));
        progress.done();
        const out = process.stdout;
        out.write(
          `Imported ESCO${summary.version ? ` ${summary.version}` : ''} (${summary.languages.join(', ') || 'relations only'}) in ${summary.seconds.toFixed(1)} s:\n` +
            `  ${summary.occupations} occupations, ${summary.skills} skills, ${summary.skillGroups} skill groups, ${summary.iscoGroups} ISCO groups\n` +
            `  ${summary.occupationSkillRelations} occupation–skill relations, ${summary.skillHierarchyRelations} skill hierarchy links, ` +
            `${summary.occupationHierarchyRelations} occupation hierarchy links, ${summary.skillSkillRelations} skill–skill relations\n` +
            `  ${summary.linked} Polku concepts newly linked to ESCO\n`,
        );
        if (summary.problems.length > 0) {
          process.stderr.write(`${summary.problems.length} row(s) left out:\n`);
          for (const p of summary.problems.slice(0, MAX_PROBLEMS_SHOWN)) process.stderr.write(`  ${p.file}:${p.line}: ${p.message}\n`);
          if (summary.problems.length > MAX_PROBLEMS_SHOWN) process.stderr.write(`  … and ${summary.problems.length - MAX_PROBLEMS_SHOWN} more\n`);
        }
      } finally {
        await handle.close();
      }
    });

  program
    .command('suggest')
    .description('Suggest occupations, skills and aspirations for a free text (a CV, a few lines in one’s own words)')
    .argument('<text>', 'the text, or - to read it from standard input')
    .addOption(new Option('--lang <lang>', 'language of the text (detected when not given)').choices(['fi', 'sv', 'en']))
    .option('--json', 'print JSON: {"occupations": [{"id","label","score","evidence"}], "skills": […], "aspirations": […]}')
    .option('--chosen <id...>', 'ids of keywords already chosen (they steer the suggestions)')
    .option('--limit <n>', 'occupations to list (skills twice as many)', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 50) throw new Error(`--limit must be a whole number 1–50, got "${v}"`);
      return n;
    })
    .action(async (text: string, options: { lang?: 'fi' | 'sv' | 'en'; json?: boolean; chosen?: string[]; limit?: number }) => {
      const input = text === '-' ? readFileSync(0, 'utf8') : text;
      const handle = await openDatabase();
      try {
        const { suggestSkills } = await import('../server/skills/service.ts');
        const result = await suggestSkills(handle.db, { text: input, lang: options.lang, chosen: options.chosen, limit: options.limit });
        if (options.json) {
          const strip = (list: typeof result.occupations) =>
            list.map(({ id, label, score, evidence, source, via, scheme, uri, escoUri, kind }) => ({ id, label, score, evidence, kind, source, scheme, uri, ...(escoUri ? { escoUri } : {}), ...(via ? { via } : {}) }));
          process.stdout.write(`${JSON.stringify({ lang: result.lang, occupations: strip(result.occupations), skills: strip(result.skills), aspirations: strip(result.aspirations) })}\n`);
        } else {
          const show = (title: string, list: typeof result.occupations) => {
            if (list.length === 0) return;
            process.stdout.write(`${title}\n`);
            for (const s of list) {
              const why = s.evidence.length ? `  ← ${s.evidence.map((e) => `"${e}"`).join(', ')}` : '';
              const related = s.source === 'related' ? ' (related)' : '';
              process.stdout.write(`  ${s.score.toFixed(2).padStart(5)}  ${s.label}${related}${why}\n`);
            }
          };
          show('Occupations:', result.occupations);
          show('Skills:', result.skills);
          show('Aspirations (wants to learn or do):', result.aspirations);
          if (!result.occupations.length && !result.skills.length && !result.aspirations.length) process.stdout.write('No suggestions.\n');
        }
      } finally {
        await handle.close();
      }
    });
}
