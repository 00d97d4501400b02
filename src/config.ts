import path from 'node:path';
import { z } from 'zod';
import { isMailbox } from './email/mailbox.ts';
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
  /** Seconds a public page is served from memory before it is rendered again (0: never); how far behind another process's writes a page can be. */
  GAVEL_PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(10),
  /** A mail server: smtp://user:password@host:587 (upgraded with STARTTLS) or smtps://user:password@host:465 (TLS). Unset, with no GAVEL_SMTP_HOST: emails are written to $GAVEL_DATA_DIR/outbox as .eml files. */
  GAVEL_SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// address' }).optional(),
  /** Or the mail server in parts: its host name… */
  GAVEL_SMTP_HOST: z.string().min(1).optional(),
  /** …port (default 465 when GAVEL_SMTP_SECURE is true, else 587)… */
  GAVEL_SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** …true for TLS from the start (port 465), false to upgrade with STARTTLS (default: true on port 465)… */
  GAVEL_SMTP_SECURE: z.enum(['true', 'false']).optional(),
  /** …and the account to sign in with, if it needs one. */
  GAVEL_SMTP_USER: z.string().min(1).optional(),
  GAVEL_SMTP_PASSWORD: z.string().min(1).optional(),
  /** Who emails come from: "Democratic Services <democratic.services@council.gov.uk>". Needed with a mail server. */
  GAVEL_MAIL_FROM: z.string().refine(isMailbox, 'must be one email address, optionally with a name: Name <name@example.gov.uk>').optional(),
  /** Run background jobs (emails, reminders) in this process; false for a web-only process when others run them. */
  GAVEL_SCHEDULER: z.enum(['true', 'false']).default('true'),
  /** How often the scheduler looks for due jobs, in seconds. */
  GAVEL_SCHEDULER_POLL_SECONDS: z.coerce.number().min(0.01).max(3600).default(5),
});

// Never echoed back in an error message.
const secrets = new Set(['DATABASE_URL', 'GAVEL_SMTP_URL', 'GAVEL_SMTP_PASSWORD']);

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  loadDemoOnFirstStart: boolean;
  publicUrl: string;
  logLevel: z.infer<typeof EnvironmentSchema>['LOG_LEVEL'];
  importMaxBytes: number;
  publicPageCacheSeconds: number;
  mail: MailConfig;
  scheduler: { enabled: boolean; pollIntervalMs: number };
}

/** Where email goes: a mail server, or .eml files in a folder when none is configured. */
export type MailConfig = { from: string } & ({ transport: 'smtp'; smtp: SmtpConfig } | { transport: 'outbox'; outboxDir: string });

export type SmtpConfig = { url: string } | { host: string; port: number; secure: boolean; user?: string; password?: string };

export type DatabaseConfig =
  | { engine: 'postgres'; url: string }
  | { engine: 'pglite'; dataDir: string };

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvironmentSchema.safeParse(withoutEmptyValues(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const got = secrets.has(name) ? '' : ` (got "${env[name]}")`;
    throw new GavelError(`${name} is not valid: ${issue.message}${got}`, 'invalid-config');
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
    publicPageCacheSeconds: e.GAVEL_PAGE_CACHE_SECONDS,
    mail: mailConfig(e),
    scheduler: { enabled: e.GAVEL_SCHEDULER === 'true', pollIntervalMs: Math.round(e.GAVEL_SCHEDULER_POLL_SECONDS * 1000) },
  };
}

function mailConfig(e: z.infer<typeof EnvironmentSchema>): MailConfig {
  const invalid = (message: string) => new GavelError(message, 'invalid-config');
  if (e.GAVEL_SMTP_URL && e.GAVEL_SMTP_HOST) throw invalid('set GAVEL_SMTP_URL or GAVEL_SMTP_HOST, not both');
  if (!e.GAVEL_SMTP_HOST && (e.GAVEL_SMTP_PORT || e.GAVEL_SMTP_SECURE || e.GAVEL_SMTP_USER || e.GAVEL_SMTP_PASSWORD)) {
    throw invalid('GAVEL_SMTP_PORT, GAVEL_SMTP_SECURE, GAVEL_SMTP_USER and GAVEL_SMTP_PASSWORD need GAVEL_SMTP_HOST');
  }
  if (Boolean(e.GAVEL_SMTP_USER) !== Boolean(e.GAVEL_SMTP_PASSWORD)) throw invalid('set both GAVEL_SMTP_USER and GAVEL_SMTP_PASSWORD, or neither');
  if (!e.GAVEL_SMTP_URL && !e.GAVEL_SMTP_HOST) {
    return { transport: 'outbox', outboxDir: path.resolve(e.GAVEL_DATA_DIR, 'outbox'), from: e.GAVEL_MAIL_FROM ?? 'Gavel <gavel@localhost>' };
  }
  // A council's mail server refuses, or marks as spam, mail from an address it does not own.
  if (!e.GAVEL_MAIL_FROM) throw invalid('GAVEL_MAIL_FROM must be set when email goes to a mail server (GAVEL_SMTP_URL or GAVEL_SMTP_HOST)');
  if (e.GAVEL_SMTP_URL) return { transport: 'smtp', smtp: { url: e.GAVEL_SMTP_URL }, from: e.GAVEL_MAIL_FROM };
  const secure = e.GAVEL_SMTP_SECURE ? e.GAVEL_SMTP_SECURE === 'true' : e.GAVEL_SMTP_PORT === 465;
  return {
    transport: 'smtp',
    smtp: {
      host: e.GAVEL_SMTP_HOST!,
      port: e.GAVEL_SMTP_PORT ?? (secure ? 465 : 587),
      secure,
      ...(e.GAVEL_SMTP_USER ? { user: e.GAVEL_SMTP_USER, password: e.GAVEL_SMTP_PASSWORD } : {}),
    },
    from: e.GAVEL_MAIL_FROM,
  };
}

// An exported-but-empty variable (PORT=) means "use the default", as in most tools.
function withoutEmptyValues(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}
