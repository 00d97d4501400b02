import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerForwardPlanAdminRoutes } from './forward-plan-admin-routes.ts';
import { registerForwardPlanPublicRoutes } from './forward-plan-public-routes.ts';

/** The forward plan's pages beyond the public list (src/tracking): one entry, its feed and calendar, and the back office. */
export function registerForwardPlan(app: FastifyInstance, services: Services): void {
  registerForwardPlanPublicRoutes(app, services);
  registerForwardPlanAdminRoutes(app, services);
}
