import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyReply {
    /** The CSRF token for this response's forms; the same however often a request asks. */
    csrfToken(): string;
  }
  interface FastifyContextConfig {
    /** False for the rare POST that cannot carry a token: one-click unsubscribe from a mail client. */
    csrf?: boolean;
  }
}

export const csrfFieldName = '_csrf';

/**
 * Forms: cookies signed with the instance's secret, url-encoded bodies, and
 * a CSRF token checked on every POST, PUT, PATCH and DELETE. The token's
 * secret lives in a signed cookie rather than a session, so anonymous
 * public forms (a question, following a committee) are protected the same way.
 */
export async function registerForms(app: FastifyInstance, options: { cookieSecret: string; secureCookies: boolean }): Promise<void> {
  await app.register(fastifyCookie, { secret: options.cookieSecret });
  await app.register(fastifyFormbody, { bodyLimit: 1_048_576 });
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieKey: '_csrf',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secureCookies, signed: true },
  });
  // generateCsrf makes a new secret each time it finds no cookie, so a page that asked twice would hold a stale token.
  const tokens = new WeakMap<FastifyReply, string>();
  app.decorateReply('csrfToken', function (this: FastifyReply) {
    let token = tokens.get(this);
    if (token === undefined) {
      token = this.generateCsrf();
      tokens.set(this, token);
    }
    return token;
  });
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (['GET', 'HEAD', 'OPTIONS'].includes(request.method) || request.routeOptions.config.csrf === false) return;
    await new Promise<void>((resolve, reject) => {
      app.csrfProtection.call(app, request, reply, (error?: Error) => (error ? reject(error) : resolve()));
    });
  });
}
