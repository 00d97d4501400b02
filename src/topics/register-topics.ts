import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerTopicAdminRoutes } from './topic-admin-routes.ts';
import { registerTopicRoutes } from './topic-routes.ts';

/** Topics: the public list and pages, and the back office's topics. */
export function registerTopics(app: FastifyInstance, services: Services): void {
  registerTopicRoutes(app, services);
  registerTopicAdminRoutes(app, services);
}
