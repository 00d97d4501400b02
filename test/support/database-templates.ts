import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/**
 * The migrated template databases a test run copies from, and the few
 * PostgreSQL chores around them. `test/run.ts` builds the templates once per
 * run; `test/support/database.ts` copies them for each test file.
 */

/** The variables `test/run.ts` hands to the test processes, and the one a developer sets. */
export const testEnvironment = {
  /** A PostgreSQL server to test on as well as PGlite, e.g. postgres://postgres@127.0.0.1:5432/postgres (its database is only used to create others). */
  serverUrl: 'TEST_DATABASE_URL',
  /** Tags every database and folder one run makes, so the run can remove what a crashed test left behind. */
  runId: 'GAVEL_TEST_RUN_ID',
  /** The run's temporary folder: PGlite copies go here. */
  tempDir: 'GAVEL_TEST_TMPDIR',
  /** A migrated PGlite data directory to copy. */
  pgliteTemplate: 'GAVEL_TEST_PGLITE_TEMPLATE',
  /** The name of a migrated database on TEST_DATABASE_URL's server to copy. */
  postgresTemplate: 'GAVEL_TEST_PG_TEMPLATE',
} as const;

/** A tag unique to this process and moment, usable in a database name. */
export function newRunId(): string {
  return `${process.pid}_${Date.now().toString(36)}`;
}

export function templateDatabaseName(runId: string): string {
  return `gavel_tpl_${runId}`;
}

/** Per-file databases of one run share this prefix. */
export function testDatabasePrefix(runId: string): string {
  return `gavel_test_${runId}_`;
}

/** Creates a PGlite data directory at `dataDir` and migrates it to the latest schema. */
export async function buildPgliteTemplate(dataDir: string): Promise<void> {
  const handle = await openDatabase({ engine: 'pglite', dataDir });
  try {
    await migrateToLatest(handle.db);
  } finally {
    // Closing flushes PGlite's files, so a copy taken afterwards is whole.
    await handle.close();
  }
}

/**
 * Copies a closed PGlite data directory. Node's fs.cp takes ~400 ms for the
 * ~1,100 files of a fresh cluster; copying them concurrently takes ~60 ms.
 */
export async function copyDataDirectory(from: string, to: string): Promise<void> {
  const entries = await fs.readdir(from, { withFileTypes: true, recursive: true });
  const relative = (entry: (typeof entries)[number]) => path.relative(from, path.join(entry.parentPath, entry.name));
  const strange = entries.find((entry) => !entry.isFile() && !entry.isDirectory());
  if (strange) throw new Error(`cannot copy ${path.join(from, relative(strange))}: neither a file nor a folder`);

  await fs.mkdir(to, { recursive: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map(relative).sort();
  for (const folder of folders) await fs.mkdir(path.join(to, folder), { recursive: true });

  const files = entries.filter((entry) => entry.isFile()).map(relative);
  const copyNext = async (): Promise<void> => {
    for (let file = files.pop(); file !== undefined; file = files.pop()) {
      await fs.copyFile(path.join(from, file), path.join(to, file));
    }
  };
  await Promise.all(Array.from({ length: 16 }, copyNext));
}

/** The URL of database `name` on the same server as `serverUrl`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates database `name`, copied from `template` or else empty and then migrated. */
export async function createPostgresDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withServer(serverUrl, async (client) => {
    if (!template) return client.query(`create database ${quote(name)}`);
    // Copying fails while anyone is connected to the template (an autovacuum
    // worker, briefly); PostgreSQL asks them to leave, so a retry succeeds.
    for (let attempt = 1; ; attempt++) {
      try {
        return await client.query(`create database ${quote(name)} template ${quote(template)}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt === 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  });
  if (template) return;
  const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(serverUrl, name) });
  try {
    await migrateToLatest(handle.db);
  } finally {
    await handle.close();
  }
}

/** Builds the run's PostgreSQL template: a migrated database nobody may connect to, only copy. */
export async function buildPostgresTemplate(serverUrl: string, name: string): Promise<void> {
  await createPostgresDatabase(serverUrl, name);
  await withServer(serverUrl, (client) => client.query(`alter database ${quote(name)} allow_connections false`));
}

/**
 * Drops the named databases. With `force`, anyone still connected is
 * disconnected first (PostgreSQL 13 or later); without it, a database still
 * in use is an error, which tells a test it left a connection open.
 */
export async function dropPostgresDatabases(serverUrl: string, names: string[], { force = false } = {}): Promise<void> {
  if (names.length === 0) return;
  await withServer(serverUrl, async (client) => {
    for (const name of names) {
      try {
        await client.query(`drop database if exists ${quote(name)}${force ? ' with (force)' : ''}`);
      } catch (error) {
        if ((error as { code?: string }).code !== '55006') throw error;
        throw new Error(`cannot drop the test database ${name}: a connection to it is still open (close every pool or handle on it first)`, { cause: error });
      }
    }
  });
}

/** The databases on the server whose names start with `prefix`. */
export async function listPostgresDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return withServer(serverUrl, async (client) => {
    const result = await client.query<{ datname: string }>('select datname from pg_database where starts_with(datname, $1) order by datname', [prefix]);
    return result.rows.map((row) => row.datname);
  });
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Names here are made by this module ([a-z0-9_]); refusing anything else keeps SQL injection out. */
function quote(name: string): string {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`not a test database name: ${JSON.stringify(name)}`);
  return `"${name}"`;
}
