import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerProgrammeRoutes } from './programme-routes.ts';
import { registerSuggestionRoutes } from './suggestion-routes.ts';
import { registerTaskAndFinishRoutes } from './task-and-finish-routes.ts';
import { registerWorkProgrammeRoutes } from './work-programme-routes.ts';

/** The work programme's pages: the public programme and its appendix, suggestions from the public, the back office, task and finish reviews. */
export function registerWorkProgramme(app: FastifyInstance, services: Services): void {
  registerProgrammeRoutes(app, services);
  registerSuggestionRoutes(app, services);
  registerWorkProgrammeRoutes(app, services);
  registerTaskAndFinishRoutes(app, services);
}
