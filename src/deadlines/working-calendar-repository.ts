import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { GavelError } from '../errors.ts';
import { type Day, isDay } from './days.ts';
import { type ClosureDay, workingCalendar, type WorkingCalendar } from './working-calendar.ts';

/**
 * The council's working calendar: its nation's bank holidays and its own
 * closure days. Load it once per request or job and pass it to the rules.
 *
 * @example
 * const calendar = await loadWorkingCalendar(db);
 * agendaPublicationDeadline(calendar, meeting.date);
 */
export async function loadWorkingCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  const [council, closures] = await Promise.all([
    db.selectFrom('council').select('nation').orderBy('id').limit(1).executeTakeFirst(),
    listClosureDays(db),
  ]);
  if (!council) throw new GavelError('no council is set up yet, so there is no working calendar: load the demo or import a council first', 'not-found');
  return workingCalendar(council.nation, closures);
}

/** Closure days in date order, within [from, to] when given. */
export async function listClosureDays(db: Kysely<Database>, range: { from?: Day; to?: Day } = {}): Promise<ClosureDay[]> {
  let query = db.selectFrom('councilClosureDay').select(['date', 'reason']).orderBy('date');
  if (range.from) query = query.where('date', '>=', range.from);
  if (range.to) query = query.where('date', '<=', range.to);
  return query.execute();
}

/** Adds a closure day, or changes the reason for one already there. */
export async function saveClosureDay(db: Kysely<Database>, day: ClosureDay): Promise<void> {
  if (!isDay(day.date)) throw new GavelError(`date: ${day.date} is not a YYYY-MM-DD date`);
  const reason = day.reason.trim();
  if (!reason) throw new GavelError('reason: say why the offices are closed on this day');
  await db
    .insertInto('councilClosureDay')
    .values({ date: day.date, reason })
    .onConflict((oc) => oc.column('date').doUpdateSet({ reason }))
    .execute();
}

/** Removes a closure day; true when there was one. */
export async function deleteClosureDay(db: Kysely<Database>, date: Day): Promise<boolean> {
  const result = await db.deleteFrom('councilClosureDay').where('date', '=', date).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
