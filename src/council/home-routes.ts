import type { FastifyInstance } from 'fastify';
import { listCommittees } from '../committees/committee-repository.ts';
import { listLatestMinutes, listUpcomingMeetings } from '../meetings/meeting-repository.ts';
import type { Services } from '../services.ts';

export function registerHomeRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/', async (_request, reply) => {
    const [upcoming, latestMinutes, committees] = await Promise.all([
      listUpcomingMeetings(db, today(), 6),
      listLatestMinutes(db, 6),
      listCommittees(db, today()),
    ]);
    return reply.view('home.njk', { pageTitle: 'Committee meetings and decisions', upcoming, latestMinutes, committeeCount: committees.length });
  });

  app.get('/accessibility', async (_request, reply) => reply.view('accessibility.njk', { pageTitle: 'Accessibility statement' }));
}
