import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerRecommendationRoutes } from './recommendation-routes.ts';

/** The recommendation tracker's back-office pages. */
export function registerRecommendations(app: FastifyInstance, services: Services): void {
  registerRecommendationRoutes(app, services);
}
