import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildPgliteTemplate,
  buildPostgresTemplate,
  dropPostgresDatabases,
  listPostgresDatabases,
  newRunId,
  templateDatabaseName,
  testDatabasePrefix,
  testEnvironment,
} from './support/database-templates.ts';
import { buildCss } from '../src/web/assets/build-css.ts';
import { findTestFiles } from './support/test-files.ts';

/**
 * `npm test`: finds the test files, builds the migrated template databases
 * once, runs the files with Node's test runner, then removes every database
 * and folder the run made, also after a failure or Ctrl-C.
 *
 *   npm test                                  every src/**\/*.test.ts and test/**\/*.test.ts
 *   npm test -- src/meetings test/web.test.ts  a subset: files, and folders' test files
 *   npm test -- --test-name-pattern=quorum     flags go to `node --test` (write them with =)
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm test
 *                                             on PostgreSQL as well as PGlite
 *
 * Nothing is printed after the test runner's summary: CI reads those lines.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('-'));
// npm runs scripts in the package folder; INIT_CWD is where the person typed the paths.
const files = selectFiles(args.filter((arg) => !arg.startsWith('-')), process.env.INIT_CWD ?? process.cwd());

const serverUrl = process.env[testEnvironment.serverUrl] || undefined;
const runId = newRunId();
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-test-'));
const postgresTemplate = serverUrl ? templateDatabaseName(runId) : undefined;

let child: ChildProcess | undefined;
let interrupted: NodeJS.Signals | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) {
      console.error(`Stopped at once: ${tempDir} and databases named ${testDatabasePrefix(runId)}* may be left behind.`);
      process.exit(130);
    }
    interrupted = signal;
    // A Ctrl-C reaches the test runner too; a kill sent to this process alone is passed on.
    child?.kill(signal);
  });
}

let exitCode = 1;
try {
  const pgliteTemplate = path.join(tempDir, 'template');
  await buildTemplates(pgliteTemplate);
  // Pages link the compiled stylesheet: build it once, before any test serves a page.
  await buildCss();
  if (!interrupted) {
    exitCode = await runTests({
      [testEnvironment.runId]: runId,
      [testEnvironment.tempDir]: tempDir,
      [testEnvironment.pgliteTemplate]: pgliteTemplate,
      ...(postgresTemplate ? { [testEnvironment.postgresTemplate]: postgresTemplate } : {}),
    });
  }
} catch (error) {
  console.error(`npm test: ${(error as Error).message}`);
} finally {
  await cleanUp();
}
process.exit(interrupted ? 128 + os.constants.signals[interrupted] : exitCode);

function selectFiles(paths: string[], cwd: string): string[] {
  try {
    const selected = findTestFiles(root, paths, cwd);
    // The slow browser tests first, so the last minutes are not one of them running alone while the other runners wait.
    if (selected.length > 0) return [...selected.filter((f) => f.startsWith('test/browser/')), ...selected.filter((f) => !f.startsWith('test/browser/'))];
    console.error(`npm test: no *.test.ts files in ${paths.length > 0 ? paths.join(', ') : 'src/ or test/'}`);
  } catch (error) {
    console.error(`npm test: ${(error as Error).message}`);
  }
  process.exit(1);
}

async function buildTemplates(pgliteTemplate: string): Promise<void> {
  const built: string[] = [];
  const timed = async (what: string, build: () => Promise<void>) => {
    const started = performance.now();
    await build();
    built.push(`${what} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  };
  // PostgreSQL first: an unreachable server is reported at once.
  if (serverUrl && postgresTemplate) {
    await timed('PostgreSQL', () => buildPostgresTemplate(serverUrl, postgresTemplate)).catch((error: Error) => {
      throw new Error(`cannot prepare PostgreSQL at ${redact(serverUrl)} (TEST_DATABASE_URL): ${error.message}`, { cause: error });
    });
  }
  await timed('PGlite', () => buildPgliteTemplate(pgliteTemplate));
  const postgresNote = serverUrl ? '' : '; set TEST_DATABASE_URL to test on PostgreSQL too';
  console.log(`Template databases built: ${built.join(', ')}${postgresNote}. Running ${files.length} test file${files.length === 1 ? '' : 's'}.\n`);
}

function runTests(env: Record<string, string>): Promise<number> {
  const concurrency = os.availableParallelism();
  // A file whose set-up failed can leave a database or server open: force-exit ends it instead of hanging CI.
  const nodeArgs = ['--import', 'tsx', '--test', '--test-force-exit', '--test-reporter=spec', `--test-concurrency=${concurrency}`, ...flags, ...files];
  return new Promise((resolve, reject) => {
    // Argon2id at its production cost is ~30 ms a hash by design; tests hash hundreds of passwords.
    const testEnv = { GAVEL_PASSWORD_COST: 'test', ...process.env, ...env };
    child = spawn(process.execPath, nodeArgs, { cwd: root, stdio: 'inherit', env: testEnv });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0)));
  });
}

/** Removes the templates, any database or folder a test left behind, and the run's temporary folder. */
async function cleanUp(): Promise<void> {
  if (serverUrl && postgresTemplate) {
    try {
      const leftOver = await listPostgresDatabases(serverUrl, testDatabasePrefix(runId));
      await dropPostgresDatabases(serverUrl, [...leftOver, postgresTemplate], { force: true });
    } catch (error) {
      // Unreachable from the start: the build already said so.
      if (child) console.error(`npm test: could not drop the run's databases (${testDatabasePrefix(runId)}*, ${postgresTemplate}): ${(error as Error).message}`);
    }
  }
  fs.rmSync(tempDir, { recursive: true, force: true });
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return 'an invalid URL';
  }
}
