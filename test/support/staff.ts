import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import { hashPassword } from '../../src/accounts/password.ts';
import type { StaffRole } from '../../src/accounts/roles.ts';
import type { Database } from '../../src/db/database.ts';

process.env.GAVEL_PASSWORD_COST ??= 'test';

let counter = 0;
export const testPassword = 'a long enough test passphrase';

/** A staff account that can sign in with `testPassword`. */
export async function insertStaff(db: Kysely<Database>, role: StaffRole, overrides: { email?: string; name?: string; personId?: number | null; password?: string } = {}) {
  const n = ++counter;
  return db
    .insertInto('staffUser')
    .values({
      email: overrides.email ?? `${role}.${n}.${process.pid}@northwold.example`,
      name: overrides.name ?? `Test ${role} ${n}`,
      role,
      personId: overrides.personId ?? null,
      passwordHash: await hashPassword(overrides.password ?? testPassword),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * A browser-like client for app.inject(): it keeps cookies between requests
 * and adds the CSRF token to every form it posts, as a page's hidden field would.
 *
 * @example
 * const clerk = await signedInAs(app, database.db, 'democratic-services');
 * const { $ } = await clerk.get('/manage');
 * const response = await clerk.post('/manage/users', { name: 'Jo', email: 'jo@x.example', role: 'councillor' });
 */
export class TestBrowser {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(private readonly app: FastifyInstance) {}

  async get(url: string, expectedStatus = 200) {
    const response = await this.request('GET', url);
    if (expectedStatus !== response.statusCode) throw new Error(`GET ${url}: expected ${expectedStatus}, got ${response.statusCode}\n${response.body.slice(0, 800)}`);
    const $ = cheerio.load(response.body);
    const token = $('input[name="_csrf"]').first().val();
    if (typeof token === 'string' && token) this.csrf = token;
    return { response, $ };
  }

  /** Posts a url-encoded form with the token from the last page fetched (fetch a form page first). */
  async post(url: string, form: Record<string, string | string[]> = {}, options: { csrf?: string | null } = {}) {
    const body = new URLSearchParams();
    const token = options.csrf === undefined ? this.csrf : options.csrf;
    if (token !== null) body.append('_csrf', token);
    for (const [key, value] of Object.entries(form)) for (const v of [value].flat()) body.append(key, v);
    return this.request('POST', url, body.toString(), 'application/x-www-form-urlencoded');
  }

  async request(method: 'GET' | 'POST', url: string, payload?: string | Buffer, contentType?: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const response = await this.app.inject({
      method,
      url,
      payload,
      headers: {
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(this.cookies.size ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
        ...headers,
      },
    });
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.value === '' || cookie.maxAge === 0 || (cookie.expires && cookie.expires.getTime() < Date.now());
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get csrfToken(): string {
    return this.csrf;
  }
}

/** Signs in through the sign-in page, as a person would; fails the test if it does not work. */
export async function signIn(app: FastifyInstance, email: string, password = testPassword): Promise<TestBrowser> {
  const browser = new TestBrowser(app);
  await browser.get('/sign-in');
  const response = await browser.post('/sign-in', { email, password });
  assert.equal(response.statusCode, 303, `signing in as ${email} failed: ${response.statusCode}\n${response.body.slice(0, 500)}`);
  return browser;
}

/** A new account with this role, signed in. */
export async function signedInAs(app: FastifyInstance, db: Kysely<Database>, role: StaffRole, overrides: Parameters<typeof insertStaff>[2] = {}) {
  const user = await insertStaff(db, role, overrides);
  const browser = await signIn(app, user.email, overrides.password ?? testPassword);
  return Object.assign(browser, { user });
}
