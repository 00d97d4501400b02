import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requirePermission } from '../accounts/access.ts';
import { listStaffUsers } from '../accounts/staff-user-repository.ts';
import type { Services } from '../services.ts';
import { paginationView } from '../web/pagination.ts';
import { diffSnapshots } from './audit-diff.ts';
import { listAuditEvents, listAuditedEntities } from './audit-repository.ts';

const pageSize = 50;

const AuditQuery = z.object({
  user: z.coerce.number().int().positive().optional().catch(undefined),
  entity: z.string().regex(/^[a-z_]+$/).max(60).optional().catch(undefined),
  id: z.string().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});

/** The audit trail: who changed what and when, with what it was before and after. Administrators only. */
export function registerAuditRoutes(app: FastifyInstance, { db }: Services): void {
  app.get('/manage/audit', { preHandler: requirePermission('audit:read') }, async (request, reply) => {
    const query = AuditQuery.parse(request.query ?? {});
    const [{ rows, total }, users, entities] = await Promise.all([
      listAuditEvents(db, { userId: query.user, entity: query.entity, entityId: query.id, limit: pageSize, offset: (query.page - 1) * pageSize }),
      listStaffUsers(db),
      listAuditedEntities(db),
    ]);
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const link = (page: number) => {
      const params = new URLSearchParams();
      if (query.user) params.set('user', String(query.user));
      if (query.entity) params.set('entity', query.entity);
      if (query.id) params.set('id', query.id);
      params.set('page', String(page));
      return `/manage/audit?${params}`;
    };
    return reply.view('audit.njk', {
      pageTitle: 'Audit trail',
      events: rows.map((event) => ({ ...event, changes: diffSnapshots(event.before, event.after) })),
      total,
      query,
      userItems: [{ value: '', text: 'Anyone' }, ...users.map((u) => ({ value: String(u.id), text: u.name, selected: u.id === query.user }))],
      entityItems: [{ value: '', text: 'Any record' }, ...entities.map((e) => ({ value: e, text: e.replace(/_/g, ' '), selected: e === query.entity }))],
      pagination: paginationView(query.page, pages, link),
    });
  });
}
