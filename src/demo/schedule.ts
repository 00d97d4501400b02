import {
  addDays,
  addWorkingDays,
  type Day,
  dayOfWeek,
  isWorkingDay,
  londonInstant,
  municipalYearContaining,
  publicationDeadline,
} from './calendar.ts';
import { venues } from './committees.ts';
import type { CommitteeKey, CommitteePlan, MeetingPlan, YearPlan } from './plan.ts';
import type { Random } from './random.ts';

/**
 * When each committee meets: every six to eight weeks on its own weekday,
 * never at a weekend, on a bank holiday, in August or over Christmas.
 * Cabinet and the children's scrutiny committee always have a meeting in
 * the next few working days, so the demo shows published agendas whatever
 * the date.
 */

/** A meeting's date is its own weekday in its week, moved on past holidays and recesses. */
export function settleDate(day: Day, weekday: number): Day {
  let date = addDays(day, weekday - dayOfWeek(day));
  while (inRecess(date)) date = addDays(date, 7);
  while (!isWorkingDay(date)) date = addDays(date, 1);
  return date;
}

/** Councils rarely meet in August or between Christmas and New Year. */
export function inRecess(day: Day): boolean {
  const monthDay = day.slice(5);
  return monthDay.startsWith('08-') || monthDay >= '12-20' || monthDay <= '01-04';
}

/**
 * The first working day on the committee's weekday that is at most five
 * working days away, so that an agenda published with five clear days'
 * notice is already out; the next working day when no weekday fits.
 */
export function upcomingAnchor(today: Day, weekday: number): Day {
  const latest = addWorkingDays(today, 6);
  for (let day = addDays(today, 1); day <= latest; day = addDays(day, 1)) {
    if (dayOfWeek(day) === weekday && isWorkingDay(day) && publicationDeadline(day) <= today) return day;
  }
  return addWorkingDays(today, 6);
}

/** Meeting dates for a committee from `from` to `to`, through the anchor. */
export function cadence(random: Random, anchor: Day, weekday: number, from: Day, to: Day): Day[] {
  const dates = [anchor];
  for (let date = anchor; ; ) {
    date = settleDate(addDays(date, 7 * random.int(6, 8)), weekday);
    if (date > to) break;
    dates.push(date);
  }
  for (let date = anchor; ; ) {
    // Going back, a recess pushes the date earlier, not later.
    date = addDays(date, -7 * random.int(6, 8));
    while (inRecess(date)) date = addDays(date, -7);
    date = settleDate(date, weekday);
    if (date < from) break;
    dates.unshift(date);
  }
  return [...new Set(dates)].sort();
}

/** The full council's year: the annual meeting, a budget meeting in late February and ordinary meetings between. */
export function councilDates(random: Random, year: YearPlan): { date: Day; kind: MeetingPlan['kind'] }[] {
  const start = Number(year.startsOn.slice(0, 4));
  const budget = settleDate(`${start + 1}-02-${20 + random.int(0, 4)}`, 4);
  const ordinary = ['07-1', '09-2', '12-0', '03-2'].map((md, i) =>
    settleDate(`${i < 3 ? start : start + 1}-${md}${random.int(1, 8)}`, 4));
  return [
    { date: year.startsOn, kind: 'annual' as const },
    ...ordinary.map((date) => ({ date, kind: 'ordinary' as const })),
    { date: budget, kind: 'budget' as const },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

const durationMinutes: Record<CommitteeKey, [number, number]> = {
  council: [150, 225], cabinet: [60, 120], cyp: [120, 210], adults: [120, 195], planning: [120, 240], audit: [90, 150], tfg: [60, 100],
};

export interface ScheduleInput {
  random: Random;
  today: Day;
  years: readonly YearPlan[];
  committees: Map<CommitteeKey, CommitteePlan>;
}

export interface Schedule {
  meetings: MeetingPlan[];
  /** The children's scrutiny meeting that set up the task and finish group, about three months ago. */
  taskAndFinishSetUpAt: MeetingPlan;
}

/** Every meeting of every committee across both municipal years, with its status as at today. */
export function buildMeetings({ random, today, years, committees }: ScheduleInput): Schedule {
  const from = years[0]!.startsOn;
  // The calendar runs to the end of the current year, or a couple of months into the next.
  const to = years.length > 2 ? addDays(today, 75) : years[1]!.endsOn;
  const meetings: MeetingPlan[] = [];
  const add = (committee: CommitteePlan, dates: { date: Day; kind: MeetingPlan['kind'] }[]) =>
    meetings.push(...dates.filter((d) => d.date >= from && d.date <= to).map(({ date, kind }) => meeting(random, committee, date, kind, years, today)));
  for (const committee of committees.values()) {
    if (committee.key === 'council') {
      add(committee, years.flatMap((year) => councilDates(random, year)));
    } else if (committee.key !== 'tfg') {
      const anchored = committee.key === 'cabinet' || committee.key === 'cyp';
      const anchor = anchored
        ? upcomingAnchor(today, committee.weekday)
        : settleDate(addDays(today, random.int(-20, 40)), committee.weekday);
      // Committees other than the council first meet a fortnight after the annual meeting.
      const dates = cadence(random, anchor, committee.weekday, addDays(from, 14), to)
        .filter((date) => date === anchor || years.every((y) => date < y.startsOn || date >= addDays(y.startsOn, 14)));
      add(committee, dates.map((date) => ({ date, kind: 'ordinary' as const })));
    }
  }
  const heldByParent = meetings.filter((m) => m.committee.key === 'cyp' && m.isHeld && m.date <= addDays(today, -70));
  const taskAndFinishSetUpAt = heldByParent.at(-1) ?? meetings.find((m) => m.committee.key === 'cyp')!;
  const group = committees.get('tfg')!;
  const dates: { date: Day; kind: MeetingPlan['kind'] }[] = [];
  for (let i = 0, date = settleDate(addDays(taskAndFinishSetUpAt.date, 21), group.weekday); i < 5; i++) {
    dates.push({ date, kind: 'ordinary' });
    date = settleDate(addDays(date, 7 * random.int(4, 5)), group.weekday);
  }
  add(group, dates);
  settleMinutes(random, meetings, today);
  return { meetings, taskAndFinishSetUpAt };
}

function meeting(random: Random, committee: CommitteePlan, date: Day, kind: MeetingPlan['kind'], years: readonly YearPlan[], today: Day): MeetingPlan {
  const startsAt = londonInstant(date, committee.time);
  const isHeld = date < today;
  const [shortest, longest] = durationMinutes[committee.key];
  const endsAt = isHeld ? new Date(startsAt.getTime() + random.int(shortest / 5, longest / 5) * 5 * 60_000) : null;
  const label = municipalYearContaining(date).label;
  const published = publicationDeadline(date) <= today;
  const offSite = (committee.key === 'adults' || committee.key === 'cyp') && random.chance(0.12);
  return {
    committee,
    year: years.find((y) => y.label === label)!,
    date,
    slug: date,
    time: committee.time,
    startsAt,
    endsAt,
    kind,
    venue: offSite ? venues.hub : committee.defaultVenue,
    videoUrl: isHeld && committee.key !== 'tfg' ? `https://video.wrenmoor.example.org/${committee.slug}/${date}` : null,
    status: isHeld ? 'minutes-approved' : published ? 'agenda-published' : 'scheduled',
    agendaPublishedAt: published ? londonInstant(publicationDeadline(date, 5 + random.int(0, 2)), random.pick(['12:00', '15:30', '16:45'])) : null,
    minutesPublishedAt: null,
    minutesApprovedAt: null,
    approvedBy: null,
    cancellationReason: null,
    isHeld,
    hasAgenda: published,
  };
}

/**
 * Minutes: each committee's latest held meeting has draft minutes; earlier
 * ones were approved at the next meeting that took place. One past audit
 * meeting was cancelled for want of business.
 */
function settleMinutes(random: Random, meetings: MeetingPlan[], today: Day): void {
  const audit = meetings.filter((m) => m.committee.key === 'audit' && m.isHeld);
  const cancelled = audit.length >= 3 ? audit[audit.length - 2 - random.int(0, Math.min(2, audit.length - 3))]! : null;
  if (cancelled) {
    Object.assign(cancelled, {
      status: 'cancelled', isHeld: false, hasAgenda: false, endsAt: null, videoUrl: null, agendaPublishedAt: null,
      cancellationReason: 'Cancelled by the chair owing to a lack of business. The items planned for this meeting were deferred to the next meeting.',
    } satisfies Partial<MeetingPlan>);
  }
  for (const committee of new Set(meetings.map((m) => m.committee))) {
    const held = meetings.filter((m) => m.committee === committee && m.isHeld);
    held.forEach((m, i) => {
      const next = held[i + 1];
      const published = addWorkingDays(m.date, random.int(3, 7));
      m.minutesPublishedAt = published < today ? londonInstant(published, '12:00') : londonInstant(today, '09:30');
      if (next) {
        m.status = 'minutes-approved';
        m.minutesApprovedAt = next.startsAt;
        m.approvedBy = next;
      } else {
        m.status = 'draft-minutes';
      }
    });
  }
}
