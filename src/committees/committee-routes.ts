import type { FastifyInstance } from 'fastify';
import { listCommitteeMeetings } from '../meetings/meeting-repository.ts';
import { publicNotices } from '../scheduling/meeting-notice.ts';
import { listCommitteeNotices } from '../scheduling/scheduling-repository.ts';
import type { Services } from '../services.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { findCommitteeById, findCommitteeBySlug, listCommittees, listMembersOn, listSubCommittees } from './committee-repository.ts';
import { committeeKindLabels, groupCommitteesByKind, groupMeetingsByYear } from './committee-views.ts';
import { arrangeMembership, describeMembership } from './membership.ts';

export function registerCommitteeRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/committees', async (_request, reply) => {
    const committees = await listCommittees(db, today());
    return reply.view('committees.njk', { pageTitle: 'Committees', groups: groupCommitteesByKind(committees) });
  });

  app.get('/committees/:committee', async (request, reply) => {
    const { committee: slug } = parseParams({ committee: slugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
    const [members, meetings, subCommittees, parent, notices] = await Promise.all([
      listMembersOn(db, committee.id, today()),
      listCommitteeMeetings(db, committee.id),
      listSubCommittees(db, committee.id),
      committee.parentCommitteeId ? findCommitteeById(db, committee.parentCommitteeId) : undefined,
      listCommitteeNotices(db, committee.id, today()),
    ]);
    const membership = arrangeMembership(members.map((m) => ({ ...m, roleLabel: describeMembership(m) })));
    return reply.view('committee.njk', {
      pageTitle: committee.name,
      feedUrl: `/committees/${committee.slug}/feed.xml`,
      feedTitle: `New agendas, minutes and decisions of the ${committee.name}`,
      breadcrumbs: [{ text: 'Home', href: '/' }, { text: 'Committees', href: '/committees' }],
      committee,
      kindLabel: committeeKindLabels[committee.kind],
      parent,
      subCommittees,
      membership,
      years: groupMeetingsByYear(meetings),
      meetingNotices: publicNotices(notices),
      today: today(),
    });
  });
}
