import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sessionCookieName } from '../accounts/staff-session-plugin.ts';
import { csrfFieldName } from './forms.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Forgets every public page this process has cached. Call it after any
     * write the public could see (a back-office save, an import), once the
     * transaction has committed; other processes catch up within the
     * cache's time to live.
     */
    invalidatePublicPages(): void;
  }
  interface FastifyContextConfig {
    /** False: never cache this route's answers (a public form, anything personal). */
    publicPageCache?: boolean;
  }
}

export interface PublicPageCacheOptions {
  /** How long a page is served from memory; 0 turns the cache off. */
  ttlSeconds: number;
  /** Most pages kept; the least recently used go first. */
  maxEntries?: number;
  /** Most bytes of pages kept. */
  maxBytes?: number;
  /** Largest page kept: a document's download is better read again than held. */
  maxEntryBytes?: number;
  /** Milliseconds now; tests pass their own clock. */
  now?: () => number;
  /** How long a request waits for the same page being rendered for another, before rendering it itself. */
  waitMs?: number;
}

interface Entry {
  statusCode: number;
  headers: Record<string, string | string[]>;
  body: string | Buffer;
  bytes: number;
  storedAt: number;
}

// Addresses that are never public pages, whatever their method or cookies.
const neverCached = [/^\/manage(\/|$|\?)/, /^\/sign-in/, /^\/sign-out/, /^\/account(\/|$|\?)/, /^\/assets\//, /^\/healthz/];
// Headers that describe one response on the wire, not the page.
const unstoredHeaders = new Set(['content-length', 'date', 'connection', 'keep-alive', 'transfer-encoding', 'age', 'set-cookie']);
const sessionCookie = new RegExp(`(?:^|;)\\s*${sessionCookieName}=`);
const csrfField = `name="${csrfFieldName}"`;

const state = Symbol('publicPageCache');
interface RequestState {
  key: string;
  generation: number;
  payload?: string | Buffer;
  /** Set for the one request rendering a page that others are waiting for. */
  done?: () => void;
}
type Tracked = FastifyRequest & { [state]?: RequestState };

/**
 * A short-lived, in-memory cache of public pages, so a busy meeting or
 * search page is rendered once per `ttlSeconds` rather than once per
 * visitor. Registered before the routes, it answers from memory in
 * onRequest, before any other hook or the database runs.
 *
 * The contract, for every route in the app:
 * - Only GET and HEAD, keyed by the full URL including its query string.
 * - Never for a request carrying the staff session cookie (read or
 *   stored), nor one with an Authorization header, nor the back office
 *   (`/manage`, `/sign-in`, `/sign-out`, `/account`), assets or `/healthz`.
 * - Only 200 answers are stored, and never one that sets a cookie, says
 *   `Cache-Control: no-store` or `private`, varies by a request header, or
 *   carries a CSRF form field: a page with a form is never shared.
 * - A route opts out with `{ config: { publicPageCache: false } }`.
 * - Visitors asking for a page while it is being rendered wait for that
 *   render (up to `waitMs`) instead of repeating it.
 * - `app.invalidatePublicPages()` empties this process's cache at once;
 *   a page being rendered while it is called is not stored, so nothing
 *   older than the write survives it. Other processes on the same
 *   database are at most `ttlSeconds` behind.
 */
export function registerPublicPageCache(app: FastifyInstance, options: PublicPageCacheOptions): void {
  const ttlMs = options.ttlSeconds * 1000;
  const maxEntries = options.maxEntries ?? 1000;
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const now = options.now ?? Date.now;
  const waitMs = options.waitMs ?? 5000;
  const entries = new Map<string, Entry>();
  // Pages being rendered now: a second visitor waits for the first render rather than repeating it.
  const rendering = new Map<string, Promise<void>>();
  // Addresses whose last answer could not be kept (a form, a 404): nobody waits for those.
  const unkept = new Set<string>();
  let bytes = 0;
  let generation = 0;

  const forget = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.bytes;
  };

  app.decorate('invalidatePublicPages', () => {
    generation++;
    entries.clear();
    bytes = 0;
  });
  if (ttlMs <= 0) return;

  app.addHook('onRequest', async (request: Tracked, reply) => {
    if (!isCacheable(request)) return;
    const key = request.url;
    const fresh = () => {
      const entry = entries.get(key);
      if (entry && now() - entry.storedAt < ttlMs) return entry;
      if (entry) forget(key);
      return undefined;
    };
    let entry = fresh();
    const inFlight = entry || unkept.has(key) ? undefined : rendering.get(key);
    if (inFlight) {
      await Promise.race([inFlight, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
      entry = fresh();
    }
    if (entry) {
      // Most recently used last, so eviction takes the oldest first.
      entries.delete(key);
      entries.set(key, entry);
      return replay(reply, entry, request, Math.floor((now() - entry.storedAt) / 1000));
    }
    const tracked: RequestState = { key, generation };
    if (request.method === 'GET' && !rendering.has(key)) {
      let release!: () => void;
      const promise = new Promise<void>((resolve) => (release = resolve));
      rendering.set(key, promise);
      tracked.done = () => {
        if (rendering.get(key) === promise) rendering.delete(key);
        release();
      };
      // However the request ends (an error, a closed connection), the waiters are let go.
      reply.raw.once('close', tracked.done);
    }
    request[state] = tracked;
  });

  app.addHook('onSend', async (request: Tracked, reply, payload) => {
    const tracked = request[state];
    if (tracked && request.method === 'GET' && reply.statusCode === 200 && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
      tracked.payload = payload;
    }
    return payload;
  });

  // Stored once the answer has gone, when every hook has set its headers: a cookie set late still keeps it out.
  app.addHook('onResponse', async (request: Tracked, reply) => {
    const tracked = request[state];
    if (!tracked) return;
    const kept = store(tracked, reply);
    if (tracked.done) {
      if (kept) unkept.delete(tracked.key);
      else remember(unkept, tracked.key, maxEntries);
      tracked.done();
    }
  });

  function store(tracked: RequestState, reply: FastifyReply): boolean {
    if (!tracked.payload || tracked.generation !== generation) return false;
    const headers = storableHeaders(reply, tracked.payload);
    if (!headers) return false;
    const size = Buffer.byteLength(tracked.payload);
    if (size > maxEntryBytes) return false;
    forget(tracked.key);
    entries.set(tracked.key, { statusCode: reply.statusCode, headers, body: tracked.payload, bytes: size, storedAt: now() });
    bytes += size;
    for (const [oldest] of entries) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      forget(oldest);
    }
    return true;
  }
}

/** Adds a key to a set kept to a size, dropping the oldest. */
function remember(set: Set<string>, key: string, size: number): void {
  set.delete(key);
  set.add(key);
  if (set.size > size) set.delete(set.values().next().value!);
}

function isCacheable(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (request.routeOptions.config?.publicPageCache === false) return false;
  if (neverCached.some((pattern) => pattern.test(request.url))) return false;
  if (request.headers.authorization) return false;
  const cookie = request.headers.cookie;
  return !(cookie && sessionCookie.test(cookie));
}

/** The headers to keep with a page, or null when the page must not be kept at all. */
function storableHeaders(reply: FastifyReply, payload: string | Buffer): Record<string, string | string[]> | null {
  const raw = reply.getHeaders();
  if (raw['set-cookie'] !== undefined || reply.raw.getHeader('set-cookie') !== undefined) return null;
  const cacheControl = String(raw['cache-control'] ?? '').toLowerCase();
  if (/\b(no-store|private|no-cache)\b/.test(cacheControl)) return null;
  const vary = String(raw.vary ?? '').toLowerCase();
  if (vary && vary.split(',').some((h) => h.trim() !== 'accept-encoding')) return null;
  if (String(raw['content-type'] ?? '').startsWith('text/html') && payload.includes(csrfField)) return null;
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined || unstoredHeaders.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return headers;
}

function replay(reply: FastifyReply, entry: Entry, request: FastifyRequest, ageSeconds: number): FastifyReply {
  reply.headers(entry.headers).header('Age', String(ageSeconds));
  // A client that already holds this version gets 304, as the route itself would answer.
  const etag = entry.headers.etag;
  const ifNoneMatch = request.headers['if-none-match'];
  if (typeof etag === 'string' && ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.replace(/^W\//, '') || tag.trim() === '*')) {
    return reply.code(304).send();
  }
  return reply.code(entry.statusCode).send(entry.body);
}
