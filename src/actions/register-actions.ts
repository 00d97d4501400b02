import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerActionLinkRoutes } from './action-link-routes.ts';
import { registerActionLogReportRoutes } from './action-log-report-routes.ts';
import { registerActionRoutes } from './action-routes.ts';
import { registerReminderSettingsRoutes } from './reminder-settings-routes.ts';

/** The action log's pages: the back office's, the owner's emailed link, the reminder settings, the report for agenda packs. */
export function registerActions(app: FastifyInstance, services: Services): void {
  registerActionRoutes(app, services);
  registerActionLinkRoutes(app, services);
  registerReminderSettingsRoutes(app, services);
  registerActionLogReportRoutes(app, services);
}
