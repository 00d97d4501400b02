import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// The colour gavel.css is compiled with; any other is set in the page's head.
const compiledBrandColour = '#1d70b8';

export function registerViews(app: FastifyInstance, services: Services): void {
  const env = createViewEnvironment();
  app.decorateReply('view', async function (this: import('fastify').FastifyReply, template: string, context: Record<string, unknown> = {}) {
    const council = await findCouncil(services.db);
    const brandStyle = brandStyleFor(council?.brandColour);
    this.header('Content-Security-Policy', contentSecurityPolicy(brandStyle));
    const rendered = {
      council: council ?? { name: 'Gavel', shortName: 'Gavel' },
      currentPath: this.request.url.split('?')[0],
      // The signed-in member of staff, or null: the layouts show the back-office navigation for them.
      currentUser: this.request.staff ?? null,
      // Staff pages carry forms (sign out at least); public pages that have a form pass their own.
      csrfToken: this.request.staff ? this.csrfToken() : undefined,
      backOfficeNavigation: this.request.staff ? backOfficeNavigation(this.request.staff.role, this.request.url.split('?')[0]!) : [],
      brandStyle,
      canonicalUrl: services.config.publicUrl + this.request.url.split('?')[0],
      ...context,
    };
    // A page for one person (signed in, or holding a form's token) is theirs alone: no cache may keep it.
    if (rendered.currentUser || rendered.csrfToken) this.header('Cache-Control', 'no-store');
    const html = env.render(template, rendered);
    return this.type('text/html; charset=utf-8').send(html);
  });
}

/** The CSS that gives the page the council's colour, or null for the colour gavel.css already has. */
export function brandStyleFor(colour: string | null | undefined): string | null {
  if (!colour || !/^#[0-9a-fA-F]{6}$/.test(colour) || colour.toLowerCase() === compiledBrandColour) return null;
  return `:root { --govuk-brand-colour: ${colour}; }`;
}

/**
 * The page's Content-Security-Policy. No 'unsafe-inline' and no nonce: the
 * only inline script is GOV.UK's template's one line marking the body
 * js-enabled, allowed by its hash, and the only inline style is the
 * council's colour, allowed by its own hash. The same policy for every
 * visitor is what lets a public page be cached whole.
 */
export function contentSecurityPolicy(brandStyle: string | null = null): string {
  const styles = brandStyle ? `'self' '${sha256(brandStyle)}'` : "'self'";
  return `default-src 'self'; img-src 'self' data:; style-src ${styles}; script-src 'self' '${govukInlineScriptHash}'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * GOV.UK Frontend's template.njk opens the body with one inline script; its
 * hash is read from the installed template, so an upgrade that changes the
 * script changes the policy with it.
 */
export const govukInlineScript = readGovukInlineScript();
const govukInlineScriptHash = sha256(govukInlineScript);

function readGovukInlineScript(): string {
  const template = readFileSync(createRequire(import.meta.url).resolve('govuk-frontend/dist/govuk/template.njk'), 'utf8');
  const scripts = [...template.matchAll(/<script\b[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]!);
  if (scripts.length !== 1 || /[{}]{2}|{%/.test(scripts[0]!)) throw new Error('GOV.UK Frontend’s template no longer has exactly one fixed inline script: update the Content-Security-Policy in web/render.ts');
  return scripts[0]!;
}
