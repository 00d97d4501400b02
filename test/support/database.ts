import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import {
  buildPgliteTemplate,
  copyDataDirectory,
  createPostgresDatabase,
  databaseUrl,
  dropPostgresDatabases,
  newRunId,
  testDatabasePrefix,
  testEnvironment,
} from './database-templates.ts';

export type TestEngine = 'pglite' | 'postgres';

const serverUrl = process.env[testEnvironment.serverUrl] || undefined;

/**
 * The engines repository tests run on: 'pglite' always; 'postgres' too when
 * TEST_DATABASE_URL is set.
 *
 * @example
 * for (const engine of testEngines) {
 *   describe(`committee repository (${engine})`, () => {
 *     let database: TestDatabaseHandle;
 *     before(async () => { database = await openTestDatabase(engine); });
 *     after(() => database.close());
 *     it('lists active committees first', async () => { … database.db … });
 *   });
 * }
 */
export const testEngines: TestEngine[] = serverUrl ? ['pglite', 'postgres'] : ['pglite'];

/** A database of one's own, migrated and empty, not yet opened. */
export interface TestDatabase {
  /** What openDatabase (or the app, or `gavel` through DATABASE_URL / GAVEL_DATA_DIR) needs to open it. */
  config: DatabaseConfig;
  /** Deletes the database. Close every connection to a PGlite copy first. */
  drop(): Promise<void>;
}

export interface TestDatabaseHandle extends DatabaseHandle {
  /** Where the copy lives, for tests that also open it another way. */
  config: DatabaseConfig;
}

/**
 * A fresh, migrated, empty database, copied from the run's template, open.
 * close() closes it and deletes it.
 *
 * @example
 * const database = await openTestDatabase('pglite');
 * await database.db.insertInto('committee').values({ slug: 'audit', name: 'Audit', kind: 'regulatory' }).execute();
 * await database.close();
 */
export async function openTestDatabase(engine: TestEngine): Promise<TestDatabaseHandle> {
  const copy = await createTestDatabase(engine);
  let handle: DatabaseHandle | undefined;
  try {
    handle = await openDatabase(copy.config);
    // Kysely takes the pool on its first query and only ends a pool it took, so a
    // handle closed unused would leave a connection open and the drop would fail.
    await sql`select 1`.execute(handle.db);
  } catch (error) {
    await handle?.close();
    await copy.drop();
    throw error;
  }
  const opened = handle;
  let closing: Promise<void> | undefined;
  return {
    ...opened,
    config: copy.config,
    close: () => (closing ??= opened.close().finally(() => copy.drop())),
  };
}

/**
 * A fresh, migrated, empty database, not opened: for tests that start the
 * app or the `gavel` command on it. drop() deletes it.
 */
export async function createTestDatabase(engine: TestEngine): Promise<TestDatabase> {
  return engine === 'postgres' ? createPostgresCopy() : createPgliteCopy();
}

async function createPgliteCopy(): Promise<TestDatabase> {
  const template = process.env[testEnvironment.pgliteTemplate] || (await lazyPgliteTemplate());
  const parent = process.env[testEnvironment.tempDir] || os.tmpdir();
  const dataDir = fs.mkdtempSync(path.join(parent, 'gavel-test-db-'));
  try {
    await copyDataDirectory(template, dataDir);
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    config: { engine: 'pglite', dataDir },
    drop: () => fs.promises.rm(dataDir, { recursive: true, force: true }),
  };
}

// Names are unique across the run's processes: run id, then process id, then a counter.
const runId = process.env[testEnvironment.runId] || newRunId();
let databasesMade = 0;

async function createPostgresCopy(): Promise<TestDatabase> {
  if (!serverUrl) throw new Error(`set ${testEnvironment.serverUrl} to test on PostgreSQL (only the engines in testEngines are available)`);
  const name = `${testDatabasePrefix(runId)}${process.pid}_${++databasesMade}`;
  // Without the runner's template, each database is migrated on its own: ~0.1 s more, and nothing to clean up.
  await createPostgresDatabase(serverUrl, name, process.env[testEnvironment.postgresTemplate] || undefined);
  let dropping: Promise<void> | undefined;
  return {
    config: { engine: 'postgres', url: databaseUrl(serverUrl, name) },
    drop: () => (dropping ??= dropPostgresDatabases(serverUrl, [name])),
  };
}

let pgliteTemplate: Promise<string> | undefined;

/**
 * When a test file runs without `npm test` (node --import tsx --test x.test.ts),
 * nobody built a template: build one in this process, once, and delete it at exit.
 */
function lazyPgliteTemplate(): Promise<string> {
  pgliteTemplate ??= (async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-test-template-'));
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    await buildPgliteTemplate(dir);
    return dir;
  })();
  return pgliteTemplate;
}
