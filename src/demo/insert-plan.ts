import { type Insertable, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { DemoPlan } from './plan.ts';

type Tx = Transaction<Database>;
type TableWithId = { [T in keyof Database]: 'id' extends keyof Database[T] ? T : never }[keyof Database];

/** Rows per INSERT: well under PostgreSQL's 65,535 parameters for the widest table. */
const CHUNK = 400;
const demo = { origin: 'demo' as const };

/** Database ids of the plan's objects, filled in as they are inserted. */
class Ids {
  readonly #ids = new Map<object, number>();

  set(objects: readonly object[], ids: readonly number[]): void {
    objects.forEach((o, i) => this.#ids.set(o, ids[i]!));
  }

  of(object: object): number {
    const id = this.#ids.get(object);
    if (id === undefined) throw new Error('demo council: a record refers to one not yet inserted');
    return id;
  }

  maybe(object: object | null): number | null {
    return object === null ? null : this.of(object);
  }
}

/**
 * Inserts rows in chunks and returns their new ids in row order. Identity
 * values are drawn row by row in VALUES order, so sorting the returned ids
 * pairs them with the rows whatever order RETURNING gives.
 */
async function insertAll<T extends TableWithId>(trx: Tx, table: T, rows: readonly Insertable<Database[T]>[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await trx
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .returning(sql<number>`id`.as('id'))
      .execute();
    ids.push(...inserted.map((r) => r.id).sort((a, b) => a - b));
  }
  return ids;
}

async function insertPlain<T extends keyof Database>(trx: Tx, table: T, rows: readonly Insertable<Database[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx.insertInto(table).values(rows.slice(i, i + CHUNK) as never).execute();
  }
}

/** Writes the whole plan, parents before children, every record marked origin 'demo'. */
export async function insertPlan(trx: Tx, plan: DemoPlan): Promise<void> {
  const ids = new Ids();
  const add = async <T extends TableWithId, P extends object>(table: T, objects: readonly P[], row: (p: P) => Insertable<Database[T]>) =>
    ids.set(objects, await insertAll(trx, table, objects.map(row)));

  await add('council', [plan.council], (c) => c);
  await add('ward', plan.wards, (w) => w);
  await add('politicalGroup', plan.groups, ({ key: _key, ...g }) => g);
  await add('person', plan.people, ({ role: _role, portfolio: _portfolio, group, ward, ...p }) => ({
    ...p, ...demo, politicalGroupId: ids.maybe(group), wardId: ids.maybe(ward),
  }));
  await add('municipalYear', plan.years, (y) => ({ label: y.label, startsOn: y.startsOn, endsOn: y.endsOn }));
  // One at a time: a task and finish group needs its parent's id.
  for (const committee of plan.committees) {
    await add('committee', [committee], ({ key: _key, prefix: _prefix, weekday: _weekday, time: _time, parent, contact, ...c }) => ({
      ...c, ...demo, parentCommitteeId: ids.maybe(parent), contactName: contact.fullName, contactEmail: contact.email, contactPhone: contact.phone,
    }));
  }
  await add('membership', plan.memberships, ({ committee, person, ...m }) => ({ ...m, ...demo, committeeId: ids.of(committee), personId: ids.of(person) }));
  await add('meeting', plan.meetings, (m) => ({
    ...demo, committeeId: ids.of(m.committee), municipalYearId: ids.of(m.year), slug: m.slug, date: m.date, startsAt: m.startsAt, endsAt: m.endsAt,
    kind: m.kind, venue: m.venue, videoUrl: m.videoUrl, status: m.status, agendaPublishedAt: m.agendaPublishedAt,
    minutesPublishedAt: m.minutesPublishedAt, minutesApprovedAt: m.minutesApprovedAt, cancellationReason: m.cancellationReason,
  }));
  for (const meeting of plan.meetings.filter((m) => m.approvedBy)) {
    await trx.updateTable('meeting').set({ minutesApprovedByMeetingId: ids.of(meeting.approvedBy!) }).where('id', '=', ids.of(meeting)).execute();
  }

  await add('forwardPlanEntry', plan.forwardPlan, ({ decisionMakerCommittee, lead, decisionMeeting, wards: _wards, ...f }) => ({
    ...f, ...demo, decisionMakerCommitteeId: ids.maybe(decisionMakerCommittee), leadOfficerName: lead.fullName,
    leadOfficerPersonId: ids.of(lead), decisionMeetingId: ids.maybe(decisionMeeting),
  }));
  await insertPlain(trx, 'forwardPlanEntryWard', plan.forwardPlan.flatMap((f) => f.wards.map((w) => ({ forwardPlanEntryId: ids.of(f), wardId: ids.of(w) }))));

  await add('agendaItem', plan.agendaItems, ({ meeting, ...item }) => ({ ...item, ...demo, meetingId: ids.of(meeting) }));
  await add('report', plan.reports, (r) => ({
    ...demo, agendaItemId: ids.of(r.item), title: r.title, summary: r.summary, authorPersonId: ids.of(r.author), authorName: r.author.fullName,
    leadOfficerPersonId: ids.of(r.lead), leadOfficerName: r.lead.fullName, directorate: r.directorate, classification: r.classification,
    exemptParagraph: r.exemptParagraph, decisionType: r.decisionType, isKeyDecision: r.isKeyDecision, forwardPlanEntryId: ids.maybe(r.forwardPlan),
    allWards: r.allWards, status: 'published' as const,
  }));
  await insertPlain(trx, 'reportWard', plan.reports.flatMap((r) => r.wards.map((w) => ({ reportId: ids.of(r), wardId: ids.of(w) }))));
  await insertPlain(trx, 'reportSignOff', plan.reports.flatMap((r) => r.signOffs.map((s) => ({
    reportId: ids.of(r), reviewerRole: s.role, reviewerName: s.reviewer.fullName, reviewerPersonId: ids.of(s.reviewer), signedOffOn: s.signedOffOn, comment: s.comment,
  }))));

  await add('attendance', plan.attendance, ({ meeting, person, substituteFor, ...a }) => ({
    ...a, ...demo, meetingId: ids.of(meeting), personId: ids.of(person), substituteForPersonId: ids.maybe(substituteFor),
  }));
  await add('declaration', plan.declarations, ({ meeting, item, person, ...d }) => ({
    ...d, ...demo, meetingId: ids.of(meeting), agendaItemId: ids.maybe(item), personId: ids.of(person),
  }));
  await add('resolution', plan.resolutions, ({ item, votes: _votes, ...r }) => ({ ...r, ...demo, agendaItemId: ids.of(item) }));
  await insertPlain(trx, 'recordedVote', plan.resolutions.flatMap((r) => r.votes.map((v) => ({ resolutionId: ids.of(r), personId: ids.of(v.person), vote: v.vote }))));
  await add('recommendation', plan.recommendations, ({ committee, meeting, item, resolution, ...r }) => ({
    ...r, ...demo, committeeId: ids.of(committee), meetingId: ids.of(meeting), agendaItemId: ids.of(item), resolutionId: ids.of(resolution),
  }));
  await add('action', plan.actions, ({ committee, meeting, item, owner, updates: _updates, ...a }) => ({
    ...a, ...demo, committeeId: ids.of(committee), meetingId: ids.of(meeting), agendaItemId: ids.of(item), ownerPersonId: ids.maybe(owner),
  }));
  await insertPlain(trx, 'actionUpdate', plan.actions.flatMap((a) => a.updates.map((u) => ({
    ...demo, actionId: ids.of(a), writtenOn: u.writtenOn, text: u.text, authorName: u.authorName, authorPersonId: ids.maybe(u.author),
  }))));
  await add('workProgrammeItem', plan.workProgramme, ({ committee, year, meeting, lead, taskAndFinish, forwardPlan, ...w }) => ({
    ...w, ...demo, committeeId: ids.of(committee), municipalYearId: ids.of(year), meetingId: ids.maybe(meeting),
    leadOfficerName: lead?.fullName ?? null, leadOfficerPersonId: ids.maybe(lead), taskAndFinishCommitteeId: ids.maybe(taskAndFinish),
    forwardPlanEntryId: ids.maybe(forwardPlan),
  }));
  await add('publicQuestion', plan.publicQuestions, ({ meeting, item, asker, ...q }) => ({
    ...q, ...demo, meetingId: ids.of(meeting), agendaItemId: ids.of(item), askerPersonId: ids.of(asker), askerName: asker.fullName, status: 'answered' as const,
  }));
}
