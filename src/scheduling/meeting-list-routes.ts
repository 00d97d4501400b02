import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { listCommitteeNodes } from '../committees/committee-admin-repository.ts';
import { listMunicipalYears } from '../committees/committee-repository.ts';
import type { Services } from '../services.ts';
import { paginationView } from '../web/pagination.ts';
import { idSchema } from '../web/params.ts';
import { meetingKinds } from './scheduling-forms.ts';
import { findScheduledMeeting, listManagedMeetings } from './scheduling-repository.ts';

const PAGE_SIZE = 50;

const ListQuery = z.object({
  committee: idSchema.optional().catch(undefined),
  year: idSchema.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  done: z.enum(['scheduled', 'updated', 'cancelled', 'moved']).optional().catch(undefined),
  count: z.coerce.number().int().min(1).max(500).optional().catch(undefined),
  meeting: idSchema.optional().catch(undefined),
});

/**
 * The back office's list of meetings, upcoming first, filtered by committee
 * and municipal year; each links to the meeting's own back-office page.
 * Everyone in the back office can read it; scheduling is for those with
 * `meetings:manage`.
 */
export function registerMeetingListRoutes(app: FastifyInstance, { db, today }: Services): void {
  app.get('/manage/meetings', { preHandler: requirePermission('back-office:read') }, async (request, reply) => {
    const query = ListQuery.parse(request.query);
    const page = query.page ?? 1;
    const [committees, years, { rows, total }] = await Promise.all([
      listCommitteeNodes(db),
      listMunicipalYears(db),
      listManagedMeetings(db, { committeeId: query.committee, municipalYearId: query.year, today: today(), limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    ]);
    const params = (extra: Record<string, string | number | undefined>) => {
      const search = new URLSearchParams();
      for (const [key, value] of Object.entries({ committee: query.committee, year: query.year, ...extra })) if (value !== undefined) search.set(key, String(value));
      return `/manage/meetings${search.size ? `?${search}` : ''}`;
    };
    const withKind = (m: (typeof rows)[number]) => ({ ...m, kindLabel: meetingKinds.find((k) => k.value === m.kind)!.text });
    const changed = query.meeting ? await findScheduledMeeting(db, query.meeting) : undefined;
    const banner = bannerText(query.done, query.count, changed);
    const filterSuffix = query.committee ? `?committee=${query.committee}` : '';
    return reply.view('scheduling-meetings.njk', {
      pageTitle: 'Meetings',
      committeeItems: [
        { value: '', text: 'All committees' },
        ...committees.filter((c) => c.isActive || c.id === query.committee).map((c) => ({ value: String(c.id), text: c.name, selected: c.id === query.committee })),
      ],
      yearItems: [{ value: '', text: 'All years' }, ...years.map((y) => ({ value: String(y.id), text: y.label, selected: y.id === query.year }))],
      upcoming: rows.filter((m) => m.date >= today()).map(withKind),
      past: rows.filter((m) => m.date < today()).map(withKind),
      total,
      filtered: query.committee !== undefined || query.year !== undefined,
      pagination: paginationView(page, Math.ceil(total / PAGE_SIZE), (p) => params({ page: p })),
      maySchedule: hasPermission(staffOf(request).role, 'meetings:manage'),
      newHref: `/manage/meetings/new${filterSuffix}`,
      scheduleHref: `/manage/meetings/schedule${filterSuffix}`,
      banner,
    });
  });
}

type BannerMeeting = { id: number; committeeName: string; date: string };

/** What the banner says after a change, naming the meeting changed with a link to its page, where the clerk goes on to its agenda. */
function bannerText(done: string | undefined, count: number | undefined, meeting: BannerMeeting | undefined): { text: string; meeting?: BannerMeeting } | null {
  if (done === 'scheduled') return { text: count && count > 1 ? `${count} meetings are scheduled.` : 'The meeting is scheduled.', meeting: count === 1 ? meeting : undefined };
  if (!meeting) return null;
  const texts: Record<string, string> = {
    updated: 'The meeting’s details are saved:',
    cancelled: 'The meeting is cancelled, and the public notice is on its page:',
    moved: 'The meeting is moved, and the public notice is on its page:',
  };
  return done && texts[done] ? { text: texts[done], meeting } : null;
}
