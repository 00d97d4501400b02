import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerMeetingChangeRoutes } from './meeting-change-routes.ts';
import { registerMeetingFormRoutes } from './meeting-form-routes.ts';
import { registerMeetingListRoutes } from './meeting-list-routes.ts';
import { registerYearScheduleRoutes } from './year-schedule-routes.ts';

/**
 * Scheduling meetings, in the back office:
 *
 *   GET       /manage/meetings                 the meetings, upcoming first, by committee and year (back-office:read)
 *   GET/POST  /manage/meetings/new             one meeting (meetings:manage, as are the rest)
 *   GET/POST  /manage/meetings/schedule        a municipal year's meetings from a pattern, previewed and adjusted
 *   GET/POST  /manage/meetings/:id/edit        its kind, times, venue and webcast link
 *   GET/POST  /manage/meetings/:id/cancel      cancel it with a public notice
 *   GET/POST  /manage/meetings/:id/move        move it with a public notice, keeping its old address
 *
 * The meeting's own page, /manage/meetings/:id, belongs to the agenda builder.
 */
export function registerSchedulingRoutes(app: FastifyInstance, services: Services): void {
  registerMeetingListRoutes(app, services);
  registerMeetingFormRoutes(app, services);
  registerYearScheduleRoutes(app, services);
  registerMeetingChangeRoutes(app, services);
}
