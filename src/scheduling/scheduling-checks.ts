import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { listClosureDays, loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import { workingCalendar, type WorkingCalendar } from '../deadlines/working-calendar.ts';
import { isGavelError } from '../errors.ts';
import { loadClashContext } from './scheduling-repository.ts';
import { type MeetingSlot, type SchedulingWarning, schedulingWarnings } from './scheduling-warnings.ts';

/**
 * The council's working calendar, or, before a council is set up, England's
 * with the closure days, and a warning saying so: scheduling still works on
 * an instance that holds only imported papers.
 */
export async function schedulingCalendar(db: Kysely<Database>): Promise<{ calendar: WorkingCalendar; warning: SchedulingWarning | null }> {
  try {
    return { calendar: await loadWorkingCalendar(db), warning: null };
  } catch (error) {
    if (!isGavelError(error) || error.code !== 'not-found') throw error;
    return {
      calendar: workingCalendar('england', await listClosureDays(db)),
      warning: { key: 'no-council', kind: 'setup', text: 'No council is set up yet, so England’s bank holidays are used: set the council’s nation in Council settings.' },
    };
  }
}

/**
 * Warnings for meetings about to be booked, each checked against the
 * meetings already booked and against the others being booked with it.
 * Keys start with the slot's ref, so one confirmation covers a whole year's schedule.
 *
 * @example
 * const [warnings] = await checkMeetingSlots(db, [{ ref: 'new-0', committeeId, committeeName, date, startsAt, endsAt, venue }]);
 */
export async function checkMeetingSlots(
  db: Kysely<Database>,
  slots: readonly MeetingSlot[],
  options: { excludeMeetingIds?: readonly number[]; today?: string } = {},
): Promise<SchedulingWarning[][]> {
  if (slots.length === 0) return [];
  const dates = slots.map((s) => s.date).sort();
  const [{ calendar, warning }, context] = await Promise.all([
    schedulingCalendar(db),
    loadClashContext(db, { from: dates[0]!, to: dates.at(-1)!, committeeIds: [...new Set(slots.map((s) => s.committeeId))], excludeMeetingIds: options.excludeMeetingIds }),
  ]);
  return slots.map((slot, index) => {
    const others = [...context.others, ...slots.filter((other) => other.ref !== slot.ref)];
    const found = schedulingWarnings(slot, { others, places: context.places, calendar, today: options.today });
    const all = index === 0 && warning ? [warning, ...found] : found;
    return all.map((w) => ({ ...w, key: `${slot.ref}|${w.key}` }));
  });
}
