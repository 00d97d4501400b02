import path from 'node:path';
import { z } from 'zod';
import { GavelError } from './errors.ts';

/**
 * The one reader of environment variables. Every setting a council hosting
 * Gavel may change is listed here, checked at start-up, and named in the
 * error when it is wrong.
 */
const EnvironmentSchema = z.object({
  /** Port the portal listens on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address the portal binds to; 0.0.0.0 to serve other machines. */
  HOST: z.string().min(1).default('localhost'),
  /** A PostgreSQL server (postgres://user:pass@host:5432/db). Unset: the embedded database. */
  DATABASE_URL: z.string().url().optional(),
  /** Where the embedded database keeps its files. */
  GAVEL_DATA_DIR: z.string().min(1).default('./data'),
  /** Load the demo council into an empty database on first start. */
  GAVEL_DEMO: z.enum(['true', 'false']).default('true'),
  /** The public address of the portal, for canonical links in feeds and sitemaps. */
  GAVEL_PUBLIC_URL: z.string().url().optional(),
  /** fatal, error, warn, info, debug, trace or silent. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** `gavel import` refuses files larger than this many bytes (default 100 MB). */
  GAVEL_IMPORT_MAX_BYTES: z.coerce.number().int().min(1).default(100 * 1024 * 1024),
});

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  loadDemoOnFirstStart: boolean;
  publicUrl: string;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  importMaxBytes: number;
}

export type DatabaseConfig =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dataDir: string };

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvironmentSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new GavelError(`${name} is not valid: ${issue.message} (got "${env[name]}")`, 'invalid-config');
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { engine: 'postgres', url: e.DATABASE_URL }
      : { engine: 'pglite', dataDir: path.resolve(e.GAVEL_DATA_DIR) },
    loadDemoOnFirstStart: e.GAVEL_DEMO === 'true',
    publicUrl: (e.GAVEL_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    importMaxBytes: e.GAVEL_IMPORT_MAX_BYTES,
  };
}

// An exported-but-empty variable (PORT=) means "use the default", as in most tools.
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}
