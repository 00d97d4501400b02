import type { FastifyInstance } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { staffRoleLabels } from '../accounts/roles.ts';
import { listChairedCommitteeIds } from '../committees/committee-repository.ts';
import { addDays } from '../deadlines/days.ts';
import { dueAndLatePanel } from '../agendas/due-and-late-panel.ts';
import { overdueActionsPanel } from '../actions/overdue-actions-panel.ts';
import { notPickedUpPanel } from '../forward-plan/not-picked-up-panel.ts';
import { responsesPanel } from '../recommendations/responses-panel.ts';
import { listMeetingsBetween } from '../meetings/meeting-repository.ts';
import { unscheduledItemsPanel } from '../work-programme/unscheduled-items-panel.ts';
import type { Services } from '../services.ts';
import { followThroughScope } from './follow-through-scope.ts';

/**
 * The back office's first page: what is coming up, for whoever is signed
 * in; for scrutiny officers, clerks and chairs, what scrutiny is waiting for.
 */
export function registerDashboardRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/manage', { preHandler: requirePermission('back-office:read') }, async (request, reply) => {
    const staff = staffOf(request);
    const day = today();
    const chaired = staff.personId === null ? [] : await listChairedCommitteeIds(db, staff.personId, day);
    const scope = followThroughScope(staff, chaired);
    const [meetings, due, overdueActions, responses, unscheduledItems, notPickedUp] = await Promise.all([
      listMeetingsBetween(db, day, addDays(day, 56)),
      dueAndLatePanel(db, staff, day),
      overdueActionsPanel(db, staff, scope, day),
      responsesPanel(db, scope, day),
      unscheduledItemsPanel(db, scope, day),
      notPickedUpPanel(db, scope, day),
    ]);
    return reply.view('dashboard.njk', {
      pageTitle: 'Dashboard',
      staff: { ...staff, roleLabel: staffRoleLabels[staff.role] },
      chairs: scope !== null && scope.committeeIds !== 'all',
      meetings,
      due,
      overdueActions,
      responses,
      unscheduledItems,
      notPickedUp,
    });
  });
}
