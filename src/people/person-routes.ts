import type { FastifyInstance } from 'fastify';
import { listMembershipsOfPerson } from '../committees/committee-repository.ts';
import { describeMembership } from '../committees/membership.ts';
import type { Services } from '../services.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { findPersonBySlug } from './person-repository.ts';

export function registerPersonRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/people/:person', async (request, reply) => {
    const { person: slug } = parseParams({ person: slugSchema }, request.params);
    const person = (await findPersonBySlug(db, slug)) ?? notFound('person');
    const memberships = (await listMembershipsOfPerson(db, person.id)).map((m) => ({ ...m, roleLabel: describeMembership(m) }));
    const isCurrent = (m: { endsOn: string | null }) => m.endsOn === null || m.endsOn >= today();
    return reply.view('person.njk', {
      pageTitle: person.fullName,
      breadcrumbs: [{ text: 'Home', href: '/' }],
      person,
      current: memberships.filter(isCurrent),
      past: memberships.filter((m) => !isCurrent(m)),
    });
  });
}
