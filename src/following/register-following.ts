import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerFollowingLinkRoutes } from './following-link-routes.ts';
import { registerFollowingRoutes } from './following-routes.ts';

/** Following: the public forms, and the pages reached from followers' emails. */
export function registerFollowing(app: FastifyInstance, services: Services): void {
  registerFollowingRoutes(app, services);
  registerFollowingLinkRoutes(app, services);
}
