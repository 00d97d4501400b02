import { Command, CommanderError } from 'commander';
import { isGavelError } from '../errors.ts';
import { registerDemo } from './commands/demo.ts';
import { registerEmail } from './commands/email.ts';
import { registerExtract } from './commands/extract.ts';
import { registerImport } from './commands/import.ts';
import { registerJobs } from './commands/jobs.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerServe } from './commands/serve.ts';
import { registerUser } from './commands/user.ts';

/** The `gavel` command: one file per sub-command under ./commands. */
export function buildProgram(): Command {
  const program = new Command('gavel')
    .description('Gavel: committee meetings, decisions and scrutiny for UK councils')
    .showHelpAfterError('(run gavel --help for the commands)')
    .exitOverride();
  registerServe(program);
  registerMigrate(program);
  registerDemo(program);
  registerExtract(program);
  registerImport(program);
  registerUser(program);
  registerJobs(program);
  registerEmail(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildProgram().parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode; // commander has printed its message
    if (isGavelError(error)) {
      console.error(`gavel: ${error.message}`);
      return 1;
    }
    console.error(`gavel: unexpected error: ${(error as Error).message}`);
    if (process.env.GAVEL_DEBUG) console.error(error);
    else console.error('(set GAVEL_DEBUG=1 for details)');
    return 70;
  }
}
