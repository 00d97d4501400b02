import type { FastifyInstance } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { staffRoleLabels } from '../accounts/roles.ts';
import { addDays } from '../deadlines/days.ts';
import { dueAndLatePanel } from '../agendas/due-and-late-panel.ts';
import { overdueActionsPanel } from '../actions/overdue-actions-panel.ts';
import { responsesPanel } from '../recommendations/responses-panel.ts';
import { listMeetingsBetween } from '../meetings/meeting-repository.ts';
import type { Services } from '../services.ts';

/** The back office's first page: what is coming up, for whoever is signed in. */
export function registerDashboardRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/manage', { preHandler: requirePermission('back-office:read') }, async (request, reply) => {
    const staff = staffOf(request);
    const [meetings, due, overdueActions, responses] = await Promise.all([
      listMeetingsBetween(db, today(), addDays(today(), 56)),
      dueAndLatePanel(db, staff, today()),
      overdueActionsPanel(db, staff, today()),
      responsesPanel(db, staff, today()),
    ]);
    return reply.view('dashboard.njk', { pageTitle: 'Dashboard', staff: { ...staff, roleLabel: staffRoleLabels[staff.role] }, meetings, due, overdueActions, responses });
  });
}
