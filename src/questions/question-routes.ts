import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerPublicQuestionRoutes } from './public-question-routes.ts';
import { registerQuestionTriageRoutes } from './question-triage-routes.ts';

/** Public questions: residents ask on the meeting's page; the clerk accepts, rejects and answers them in the back office. */
export function registerQuestionRoutes(app: FastifyInstance, services: Services): void {
  registerPublicQuestionRoutes(app, services);
  registerQuestionTriageRoutes(app, services);
}
