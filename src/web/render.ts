import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { findCouncil } from '../council/council-repository.ts';
import type { Services } from '../services.ts';
import { backOfficeNavigation } from './back-office-navigation.ts';
import { createViewEnvironment } from './views.ts';

declare module 'fastify' {
  interface FastifyReply {
    /** Renders a Nunjucks page inside the council's layout. */
    view(template: string, context?: Record<string, unknown>): Promise<FastifyReply>;
  }
}

export function registerViews(app: FastifyInstance, services: Services): void {
  const env = createViewEnvironment();
  app.decorateReply('view', async function (this: import('fastify').FastifyReply, template: string, context: Record<string, unknown> = {}) {
    const council = await findCouncil(services.db);
    // GOV.UK's template marks the body js-enabled with one inline script; a nonce lets only that run.
    const cspNonce = randomBytes(16).toString('base64');
    this.header('Content-Security-Policy', contentSecurityPolicy(cspNonce));
    const html = env.render(template, {
      council: council ?? { name: 'Gavel', shortName: 'Gavel' },
      currentPath: this.request.url.split('?')[0],
      // The signed-in member of staff, or null: the layouts show the back-office navigation for them.
      currentUser: this.request.staff ?? null,
      // Staff pages carry forms (sign out at least); public pages that have a form pass their own.
      csrfToken: this.request.staff ? this.csrfToken() : undefined,
      backOfficeNavigation: this.request.staff ? backOfficeNavigation(this.request.staff.role, this.request.url.split('?')[0]!) : [],
      cspNonce,
      canonicalUrl: services.config.publicUrl + this.request.url.split('?')[0],
      ...context,
    });
    return this.type('text/html; charset=utf-8').send(html);
  });
}

export function contentSecurityPolicy(nonce?: string): string {
  const scripts = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  const styles = nonce ? `'self' 'nonce-${nonce}'` : "'self'";
  return `default-src 'self'; img-src 'self' data:; style-src ${styles}; script-src ${scripts}; frame-ancestors 'none'; form-action 'self'; base-uri 'self'`;
}
