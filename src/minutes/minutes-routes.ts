import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerAttendanceRoutes } from './attendance-routes.ts';
import { registerDeclarationRoutes } from './declaration-routes.ts';
import { registerMinuteItemRoutes } from './minute-item-routes.ts';
import { registerMinutesOverviewRoutes } from './minutes-overview-routes.ts';
import { registerResolutionRoutes } from './resolution-routes.ts';

/**
 * Recording a meeting in the back office, under /manage/meetings/:id:
 * attendance, declarations of interest, the minutes item by item with
 * resolutions, recorded votes, lettered recommendations and actions,
 * publishing the draft, and the next meeting's approval, which locks them.
 */
export function registerMinutesRoutes(app: FastifyInstance, services: Services): void {
  registerAttendanceRoutes(app, services);
  registerDeclarationRoutes(app, services);
  registerMinutesOverviewRoutes(app, services);
  registerMinuteItemRoutes(app, services);
  registerResolutionRoutes(app, services);
}
