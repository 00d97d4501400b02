import { readFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import { GavelError } from '../../errors.ts';

/**
 * `gavel extract FILE --format json|text`: runs the importer's pipeline on
 * one document and prints what it found, without touching the database.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read a committee document (PDF, Word, HTML, text, Markdown, captions) and print what it records; saves nothing')
    .argument('<file>', 'the document to read')
    .addOption(new Option('--format <format>', 'output format').choices(['json', 'text']).default('text'))
    .action(async (file: string, options: { format: 'json' | 'text' }) => {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
        throw new GavelError(`${file}: ${reason}`);
      }
      const { extractDocument } = await import('../../import/extract-document.ts');
      const extraction = await extractDocument({ name: file, bytes });
      if (options.format === 'json') {
        process.stdout.write(`${JSON.stringify(extraction, null, 2)}\n`);
      } else {
        const { summarise } = await import('../../import/summary.ts');
        process.stdout.write(`${summarise(extraction)}\n`);
      }
    });
}
