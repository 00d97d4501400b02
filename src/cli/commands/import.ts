import type { Command } from 'commander';
import { readConfig } from '../../config.ts';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { GavelError } from '../../errors.ts';
import { londonDate } from '../../web/format.ts';

/**
 * `gavel import PATH…`: stores committee documents and what they record.
 * A progress bar on a terminal, one line per file otherwise; a table at the
 * end; a non-zero exit when any file failed.
 */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('import committee documents (files, or folders searched recursively) into the database')
    .argument('<paths...>', 'files and folders to import')
    .option('--committee <name>', 'the committee, for documents that do not name one (a bare action log or tracker)')
    .action(async (paths: string[], options: { committee?: string }) => {
      const config = readConfig();
      const database = await openDatabase(config.database);
      const { importFiles, resultLine, summaryTable } = await import('../../import/import-files.ts');
      let failed: number;
      try {
        await migrateToLatest(database.db);
        const progress = process.stdout.isTTY ? await progressBar() : null;
        const summary = await importFiles(database.db, {
          paths,
          maxBytes: config.importMaxBytes,
          committee: options.committee ?? null,
          today: londonDate(new Date()),
          onStart: (total) => progress?.start(total, 0, { file: '' }),
          onFile: (result) => {
            if (progress) progress.increment({ file: result.file.slice(-40) });
            else console.log(resultLine(result));
          },
        });
        progress?.stop();
        failed = summary.results.filter((r) => r.status === 'failed').length;
        console.log(`\n${summaryTable(summary)}`);
      } finally {
        await database.close();
      }
      if (failed) throw new GavelError(`${failed} file${failed === 1 ? '' : 's'} could not be imported`);
    });
}

async function progressBar() {
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  return new SingleBar({ format: 'Importing [{bar}] {value}/{total} {file}', hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
}
