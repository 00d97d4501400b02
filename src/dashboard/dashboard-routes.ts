import type { FastifyInstance } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { staffRoleLabels } from '../accounts/roles.ts';
import { addDays } from '../deadlines/days.ts';
import { listMeetingsBetween } from '../meetings/meeting-repository.ts';
import type { Services } from '../services.ts';

/** The back office's first page: what is coming up, for whoever is signed in. */
export function registerDashboardRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/manage', { preHandler: requirePermission('back-office:read') }, async (request, reply) => {
    const staff = staffOf(request);
    const meetings = await listMeetingsBetween(db, today(), addDays(today(), 56));
    return reply.view('dashboard.njk', { pageTitle: 'Dashboard', staff: { ...staff, roleLabel: staffRoleLabels[staff.role] }, meetings });
  });
}
