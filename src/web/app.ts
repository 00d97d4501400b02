import path from 'node:path';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { registerAccountRoutes } from '../accounts/account-routes.ts';
import { registerActions } from '../actions/register-actions.ts';
import { registerRecommendations } from '../recommendations/register-recommendations.ts';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { registerSignInRoutes } from '../accounts/sign-in-routes.ts';
import { registerStaffSessions } from '../accounts/staff-session-plugin.ts';
import { registerUserAdminRoutes } from '../accounts/user-admin-routes.ts';
import { registerAgendas } from '../agendas/register-agenda-routes.ts';
import { registerApiRoutes } from '../api/api-routes.ts';
import { registerAuditRoutes } from '../audit/audit-routes.ts';
import { onAuditedChange } from '../audit/with-audit.ts';
import { registerCommitteeAdminRoutes } from '../committees/committee-admin-routes.ts';
import { registerCommitteeRoutes } from '../committees/committee-routes.ts';
import { registerMembershipAdminRoutes } from '../committees/membership-admin-routes.ts';
import { registerMunicipalYearAdminRoutes } from '../committees/municipal-year-admin-routes.ts';
import { registerCouncilSettingsRoutes } from '../council/council-settings-routes.ts';
import { registerHomeRoutes } from '../council/home-routes.ts';
import { registerDashboardRoutes } from '../dashboard/dashboard-routes.ts';
import { registerDocumentRoutes } from '../documents/document-routes.ts';
import { isGavelError } from '../errors.ts';
import { registerMeetingRoutes } from '../meetings/meeting-routes.ts';
import { registerMinutesRoutes } from '../minutes/minutes-routes.ts';
import { registerQuestionRoutes } from '../questions/question-routes.ts';
import { registerPersonRoutes } from '../people/person-routes.ts';
import { registerPublishRoutes } from '../publish/publish-routes.ts';
import { registerPublishingRoutes } from '../publishing/publishing-routes.ts';
import { movedMeetingAddress } from '../scheduling/moved-meeting-address.ts';
import { registerSchedulingRoutes } from '../scheduling/register-scheduling-routes.ts';
import { registerSearchRoutes } from '../search/search-routes.ts';
import { registerCommitteeTrackingRoutes } from '../tracking/committee-tracking-routes.ts';
import { registerForwardPlanRoutes } from '../tracking/forward-plan-routes.ts';
import { registerWorkProgramme } from '../work-programme/register-work-programme.ts';
import { registerForwardPlan } from '../forward-plan/register-forward-plan.ts';
import { registerCalendarRoutes } from '../calendar/calendar-routes.ts';
import { registerTranscriptRoutes } from '../transcripts/transcript-routes.ts';
import { registerTopics } from '../topics/register-topics.ts';
import { registerFollowing } from '../following/register-following.ts';
import type { Services } from '../services.ts';
import { assetDirectories } from './assets/build-css.ts';
import { registerForms } from './forms.ts';
import { registerPublicPageCache } from './public-page-cache.ts';
import { recordRoutes } from './route-index.ts';
import { contentSecurityPolicy, registerViews } from './render.ts';

/**
 * Builds the portal without starting it: the server, the CLI, tests and the
 * benchmark all use this and call `listen()` or `inject()` themselves.
 */
export async function buildApp(services: Services, options: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({ routerOptions: { ignoreTrailingSlash: true }, ...options });
  recordRoutes(app);

  registerSecurityHeaders(app);
  // First of the hooks: a cached public page is answered before sessions, forms or the database are touched.
  registerPublicPageCache(app, { ttlSeconds: services.config.publicPageCacheSeconds ?? 0 });
  // A clerk who publishes sees the public page change at once, not a cache lifetime later.
  const stopInvalidating = onAuditedChange(() => app.invalidatePublicPages());
  app.addHook('onClose', async () => stopInvalidating());
  for (const [index, directory] of assetDirectories.entries()) {
    await app.register(fastifyStatic, {
      root: path.resolve(directory.root),
      prefix: directory.prefix,
      decorateReply: index === 0,
      maxAge: '1h',
      wildcard: true,
      index: false,
    });
  }
  registerViews(app, services);

  // The back office: forms with CSRF tokens, staff sessions, a rate limit on signing in.
  const secureCookies = services.config.publicUrl.startsWith('https:');
  await registerForms(app, { cookieSecret: await instanceSecret(services.db, 'cookie-signing'), secureCookies });
  await app.register(fastifyRateLimit, { global: false });
  registerStaffSessions(app, services.db, { secureCookies });

  app.get('/healthz', async () => {
    await services.db.selectFrom('council').select('id').limit(1).execute();
    return { status: 'ok' };
  });

  registerHomeRoutes(app, services);
  registerCommitteeRoutes(app, services);
  registerMeetingRoutes(app, services);
  registerMinutesRoutes(app, services);
  registerQuestionRoutes(app, services);
  registerPersonRoutes(app, services);
  registerSearchRoutes(app, services);
  registerDocumentRoutes(app, services);
  registerPublishRoutes(app, services);
  registerApiRoutes(app, services);
  registerCommitteeTrackingRoutes(app, services);
  registerForwardPlanRoutes(app, services);
  registerWorkProgramme(app, services);
  registerForwardPlan(app, services);
  registerCalendarRoutes(app, services);
  registerTranscriptRoutes(app, services);
  registerSignInRoutes(app, services, { secureCookies });
  registerAccountRoutes(app, services, { secureCookies });
  registerDashboardRoutes(app, services);
  registerPublishingRoutes(app, services);
  registerAgendas(app, services);
  registerActions(app, services);
  registerRecommendations(app, services);
  registerUserAdminRoutes(app, services);
  registerAuditRoutes(app, services);
  registerCouncilSettingsRoutes(app, services);
  registerCommitteeAdminRoutes(app, services);
  registerMembershipAdminRoutes(app, services);
  registerMunicipalYearAdminRoutes(app, services);
  registerTopics(app, services);
  registerFollowing(app, services);
  registerSchedulingRoutes(app, services);

  app.setNotFoundHandler(async (request, reply) => {
    return reply.code(404).view('errors/not-found.njk', { pageTitle: 'Page not found' });
  });

  app.setErrorHandler(async (error, request, reply) => {
    if (isGavelError(error) && error.code === 'not-found') {
      // A moved meeting's old address, bookmarked or in a calendar, leads to where it is now.
      const moved = ['GET', 'HEAD'].includes(request.method) ? await movedMeetingAddress(services.db, request.url) : null;
      if (moved) return reply.header('Cache-Control', 'public, max-age=3600').redirect(moved, 301);
      return reply.code(404).view('errors/not-found.njk', { pageTitle: 'Page not found' });
    }
    // A form posted without its token, or with one from a stale page: say so, and lose nothing silently.
    if ((error as { code?: string }).code?.startsWith('FST_CSRF_')) {
      return reply.code(403).view('errors/form-expired.njk', { pageTitle: 'This form has expired' });
    }
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: (error as Error).message });
    }
    request.log.error(error);
    return reply.code(500).view('errors/server-error.njk', { pageTitle: 'Sorry, there is a problem with the service' });
  });

  return app;
}

function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'strict-origin-when-cross-origin');
    reply.header('X-Frame-Options', 'DENY');
    if (!reply.hasHeader('Content-Security-Policy')) reply.header('Content-Security-Policy', contentSecurityPolicy());
  });
}
