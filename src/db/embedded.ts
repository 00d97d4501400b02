import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** What `pg` needs to connect: a Unix socket directory, as for a local server. */
  connection: { host: string; user: string; database: string };
  stop(): Promise<void>;
}

/**
 * Starts PGlite on a data directory and serves it on a private Unix socket,
 * so the ordinary `pg` driver talks to it exactly as to a PostgreSQL server.
 */
export async function startEmbeddedPostgres(pgdataDir: string): Promise<EmbeddedPostgres> {
  // pg_trgm finds names even when misspelt (search's "did you mean"); PGlite loads extensions only when asked.
  const pglite = await PGlite.create(pgdataDir, { extensions: { pg_trgm } });
  // Socket paths are limited to ~100 bytes, so they live in a short temporary folder.
  const socketDir = await fs.mkdtemp(path.join(os.tmpdir(), 'gavel-'));
  const server = new PGLiteSocketServer({ db: pglite, path: path.join(socketDir, '.s.PGSQL.5432'), maxConnections: 4 });
  await server.start();
  let stopped = false;
  return {
    connection: { host: socketDir, user: 'postgres', database: 'postgres' },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await pglite.close();
      await fs.rm(socketDir, { recursive: true, force: true });
    },
  };
}
