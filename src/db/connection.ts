import fs from 'node:fs/promises';
import path from 'node:path';
import { Kysely, PostgresDialect, CamelCasePlugin } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config.ts';
import { GavelError } from '../errors.ts';
import type { Database } from './database.ts';
import type { EmbeddedPostgres } from './embedded.ts';
import { gavelTypes } from './pg-types.ts';

export interface DatabaseHandle {
  db: Kysely<Database>;
  engine: DatabaseConfig['engine'];
  /** Closes the pool and, for the embedded engine, flushes and stops PGlite. */
  close(): Promise<void>;
}

/**
 * Opens Gavel's database. Both engines are reached the same way, through
 * `pg` and Kysely's PostgresDialect, so the SQL and the type parsing that
 * run in tests and on a laptop are the ones that run on a council's server.
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, types: gavelTypes, max: 10 });
    await checkReachable(pool, redact(config.url));
    const db = createKysely(pool);
    return { db, engine: 'postgres', close: () => closeKyselyAndPool(db, pool) };
  }
  const embedded = await openEmbedded(config.dataDir);
  // PGlite is a single session: one connection keeps transactions whole.
  const pool = new pg.Pool({ ...embedded.connection, types: gavelTypes, max: 1 });
  const db = createKysely(pool);
  return {
    db,
    engine: 'pglite',
    async close() {
      await closeKyselyAndPool(db, pool);
      await embedded.stop();
    },
  };
}

export function createKysely(pool: pg.Pool): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
}

// Kysely takes over the pool only at its first query; a handle closed before
// any query would otherwise leave a connection open and the process waiting.
async function closeKyselyAndPool(db: Kysely<Database>, pool: pg.Pool): Promise<void> {
  await db.destroy();
  if (!pool.ended) await pool.end();
}

async function openEmbedded(dataDir: string): Promise<EmbeddedPostgres> {
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.access(dataDir, fs.constants.R_OK | fs.constants.W_OK);
  } catch (error) {
    throw new GavelError(`cannot use the data directory ${dataDir}: ${(error as NodeJS.ErrnoException).code ?? error}`, 'data-directory');
  }
  try {
    // PGlite's WASM is loaded only when the embedded engine is used.
    const { startEmbeddedPostgres } = await import('./embedded.ts');
    return await startEmbeddedPostgres(path.join(dataDir, 'pgdata'));
  } catch (error) {
    throw new GavelError(`cannot open the embedded database in ${dataDir}: ${(error as Error).message}`, 'data-directory');
  }
}

async function checkReachable(pool: pg.Pool, where: string): Promise<void> {
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new GavelError(`cannot reach the database at ${where}: ${(error as Error).message}`, 'database-unreachable');
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '****';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
