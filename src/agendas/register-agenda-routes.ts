import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { registerAgendaRoutes } from './agenda-routes.ts';
import { registerMeetingOfficeRoutes } from './meeting-office-routes.ts';
import { registerReportRoutes } from './reports/report-routes.ts';
import { registerReportUploadRoutes } from './reports/report-upload-routes.ts';

/**
 * The back office's meeting page, agenda builder, reports and report uploads:
 *
 *   GET  /manage/meetings/:id                    the meeting: details, deadlines, agenda, reports, next steps
 *   GET  /manage/meetings/:id/agenda             the agenda builder (meetings:manage), with its POSTs under it
 *   POST /manage/agenda-items/:id/move|remove    reordering and removing, as small forms
 *   GET  /manage/reports                         every report, or a report author's own
 *   GET  /manage/reports/:id                     a report: details, document versions, sign-offs, status
 *   GET  /manage/reports/:id/upload              upload a PDF, Word, HTML or text report (multipart)
 *   GET  /manage/documents/:id                   any document's text with line anchors, for staff
 */
export function registerAgendas(app: FastifyInstance, services: Services): void {
  registerMeetingOfficeRoutes(app, services);
  registerAgendaRoutes(app, services);
  registerReportRoutes(app, services);
  registerReportUploadRoutes(app, services);
}
