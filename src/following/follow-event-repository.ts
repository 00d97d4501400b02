import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import { searchKinds, type SearchKind } from '../search/search-kinds.ts';
import type { DecisionKind, RecommendationResponse } from '../tracking/tracking-tables.ts';
import type { EventFacts, LiveFollow, SearchMatch } from './follow-recipients.ts';
import type { FollowEvent } from './following-tables.ts';

type Db = Kysely<Database>;

export interface EventMeeting {
  id: number;
  slug: string;
  date: string;
  startsAt: Date | null;
  venue: string | null;
  committee: { id: number; slug: string; name: string };
}

/**
 * What an email about an event says, as the public may read it: exempt
 * items by number and title only, no decision of an exempt item, no
 * purpose or decision of an exempt forward plan entry, and no event at all
 * for a recommendation made on exempt business.
 */
export type EventDetails =
  | { kind: 'agenda-published'; publication: { kind: 'agenda' | 'supplement'; number: number; publicDocumentId: number | null; lateReason: string | null }; meeting: EventMeeting; items: { number: string | null; title: string; isExempt: boolean }[] }
  | { kind: 'minutes-published'; meeting: EventMeeting; decisions: { itemNumber: string | null; itemTitle: string; text: string }[] }
  | { kind: 'response'; recommendation: { letter: string | null; text: string; response: RecommendationResponse; responseText: string | null; respondedOn: string | null; committee: { id: number; slug: string; name: string } } }
  | {
      kind: 'forward-plan-entry' | 'decision';
      entry: { title: string; reference: string | null; purpose: string | null; decision: string | null; decisionMaker: string; decisionKind: DecisionKind; decisionDueOn: string | null; decisionDueMonth: string | null; decidedOn: string | null; isExempt: boolean; exemptParagraph: ExemptParagraph | null };
    };

export interface LoadedEvent {
  details: EventDetails;
  facts: EventFacts;
  /** The public records the event brings (search_entry's kinds), for saved searches. */
  records: SearchMatch[];
}

/** The oldest event not yet handled, locked for this transaction; another process takes the next. */
export async function claimWaitingEvent(trx: Transaction<Database>): Promise<FollowEvent | undefined> {
  return trx.selectFrom('followEvent').selectAll().where('processedAt', 'is', null).orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
}

export async function markEventProcessed(trx: Transaction<Database>, id: number): Promise<void> {
  await trx.updateTable('followEvent').set({ processedAt: sql<Date>`now()` }).where('id', '=', id).execute();
}

/** How many events wait to be handled: for tests and `gavel jobs`. */
export async function countWaitingEvents(db: Db): Promise<number> {
  const row = await db.selectFrom('followEvent').select((eb) => eb.fn.countAll<number>().as('n')).where('processedAt', 'is', null).executeTakeFirstOrThrow();
  return Number(row.n);
}

const topicsOf = async (db: Db, kind: string, ids: readonly number[]): Promise<number[]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('topicLink as l')
    .innerJoin('topic as t', 't.id', 'l.topicId')
    .select('l.topicId')
    .distinct()
    .where('l.recordKind', '=', kind as never)
    .where('l.recordId', 'in', [...ids])
    .where('l.status', '=', 'confirmed')
    .where('t.mergedIntoTopicId', 'is', null)
    .execute();
  return rows.map((r) => r.topicId);
};

async function loadMeeting(db: Db, meetingId: number): Promise<EventMeeting | undefined> {
  const row = await db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['m.id', 'm.slug', 'm.date', 'm.startsAt', 'm.venue', 'm.status', 'c.id as committeeId', 'c.slug as committeeSlug', 'c.name as committeeName'])
    .where('m.id', '=', meetingId)
    .executeTakeFirst();
  if (!row || row.status === 'cancelled') return undefined;
  return { id: row.id, slug: row.slug, date: row.date, startsAt: row.startsAt, venue: row.venue, committee: { id: row.committeeId, slug: row.committeeSlug, name: row.committeeName } };
}

/**
 * Everything the notification job needs about one event, or undefined when
 * there is nothing the public may be told (the record is gone, the meeting
 * cancelled, the recommendation made on exempt business).
 */
export async function loadEventDetails(db: Db, event: FollowEvent): Promise<LoadedEvent | undefined> {
  const at = { occurredAt: event.occurredAt };
  if (event.kind === 'agenda-published') {
    const publication = await db.selectFrom('agendaPublication').selectAll().where('id', '=', event.recordId).executeTakeFirst();
    const meeting = publication && (await loadMeeting(db, publication.meetingId));
    if (!publication || !meeting) return undefined;
    const items = await db
      .selectFrom('agendaPublicationItem as p')
      .innerJoin('agendaItem as i', 'i.id', 'p.agendaItemId')
      .select(['i.id', 'i.number', 'i.title', 'i.isExempt'])
      .where('p.publicationId', '=', publication.id)
      .orderBy('i.position')
      .execute();
    const itemIds = items.map((i) => i.id);
    return {
      details: { kind: event.kind, publication: { kind: publication.kind, number: publication.number, publicDocumentId: publication.publicDocumentId, lateReason: publication.lateReason }, meeting, items: items.map(({ number, title, isExempt }) => ({ number, title, isExempt })) },
      facts: { kind: event.kind, ...at, newsDate: meeting.date, committeeIds: [meeting.committee.id], topicIds: await topicsOf(db, 'agenda-item', itemIds) },
      records: [...items.filter((i) => !i.isExempt).map((i) => ({ kind: 'agenda-item' as const, recordId: i.id })), ...(publication.publicDocumentId ? [{ kind: 'document' as const, recordId: publication.publicDocumentId }] : [])],
    };
  }

  if (event.kind === 'minutes-published') {
    const meeting = await loadMeeting(db, event.recordId);
    if (!meeting) return undefined;
    const items = await db.selectFrom('agendaItem').select(['id', 'isExempt']).where('meetingId', '=', meeting.id).execute();
    const decisions = await db
      .selectFrom('resolution as r')
      .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
      .select(['r.id', 'i.number as itemNumber', 'i.title as itemTitle', 'r.text'])
      .where('i.meetingId', '=', meeting.id)
      .where('i.isExempt', '=', false)
      .orderBy('i.position')
      .orderBy('r.position')
      .execute();
    return {
      details: { kind: event.kind, meeting, decisions: decisions.map(({ itemNumber, itemTitle, text }) => ({ itemNumber, itemTitle, text })) },
      facts: { kind: event.kind, ...at, newsDate: meeting.date, committeeIds: [meeting.committee.id], topicIds: await topicsOf(db, 'agenda-item', items.map((i) => i.id)) },
      records: [...items.filter((i) => !i.isExempt).map((i) => ({ kind: 'agenda-item' as const, recordId: i.id })), ...decisions.map((d) => ({ kind: 'resolution' as const, recordId: d.id }))],
    };
  }

  if (event.kind === 'response') {
    const row = await db
      .selectFrom('recommendation as r')
      .innerJoin('committee as c', 'c.id', 'r.committeeId')
      .leftJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
      .leftJoin('resolution as rs', 'rs.id', 'r.resolutionId')
      .leftJoin('agendaItem as ri', 'ri.id', 'rs.agendaItemId')
      .select(['r.id', 'r.agendaItemId', 'r.letter', 'r.text', 'r.response', 'r.responseText', 'r.respondedOn', 'c.id as committeeId', 'c.slug as committeeSlug', 'c.name as committeeName', 'i.isExempt as itemExempt', 'ri.isExempt as resolutionItemExempt'])
      .where('r.id', '=', event.recordId)
      .executeTakeFirst();
    if (!row || !row.response || row.itemExempt || row.resolutionItemExempt) return undefined;
    const topicIds = [...new Set([...(await topicsOf(db, 'recommendation', [row.id])), ...(row.agendaItemId ? await topicsOf(db, 'agenda-item', [row.agendaItemId]) : [])])];
    return {
      details: { kind: event.kind, recommendation: { letter: row.letter, text: row.text, response: row.response, responseText: row.responseText, respondedOn: row.respondedOn, committee: { id: row.committeeId, slug: row.committeeSlug, name: row.committeeName } } },
      facts: { kind: event.kind, ...at, newsDate: row.respondedOn, committeeIds: [row.committeeId], topicIds },
      records: [{ kind: 'recommendation', recordId: row.id }],
    };
  }

  const entry = await db.selectFrom('forwardPlanEntry').selectAll().where('id', '=', event.recordId).executeTakeFirst();
  if (!entry || entry.status === 'withdrawn') return undefined;
  const dueDay = entry.decisionDueOn ?? (entry.decisionDueMonth ? lastDayOf(entry.decisionDueMonth) : null);
  return {
    details: {
      kind: event.kind,
      entry: {
        title: entry.title,
        reference: entry.reference,
        purpose: entry.isExempt ? null : entry.purpose,
        decision: entry.isExempt ? null : entry.decision,
        decisionMaker: entry.decisionMaker,
        decisionKind: entry.decisionKind,
        decisionDueOn: entry.decisionDueOn,
        decisionDueMonth: entry.decisionDueMonth,
        decidedOn: entry.decidedOn,
        isExempt: entry.isExempt,
        exemptParagraph: entry.exemptParagraph,
      },
    },
    facts: { kind: event.kind, ...at, newsDate: event.kind === 'decision' ? entry.decidedOn : dueDay, committeeIds: entry.decisionMakerCommitteeId ? [entry.decisionMakerCommitteeId] : [], topicIds: await topicsOf(db, 'forward-plan-entry', [entry.id]) },
    records: entry.isExempt ? [] : [{ kind: 'forward-plan', recordId: entry.id }],
  };
}

function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

export interface LiveFollowRow extends LiveFollow {
  email: string;
  searchQuery: string | null;
  searchKinds: string[];
  searchCommittees: string[];
}

/** Confirmed, unended follows of these committees and topics, and every live saved search. */
export async function listLiveFollowsFor(db: Db, facts: Pick<EventFacts, 'committeeIds' | 'topicIds'>): Promise<LiveFollowRow[]> {
  const rows = await db
    .selectFrom('follow as f')
    .innerJoin('follower as p', 'p.id', 'f.followerId')
    .select(['f.id', 'f.followerId', 'f.kind', 'f.committeeId', 'f.topicId', 'f.confirmedAt', 'p.email', 'f.searchQuery', 'f.searchKinds', 'f.searchCommittees'])
    .where('f.confirmedAt', 'is not', null)
    .where('f.endedAt', 'is', null)
    .where((eb) =>
      eb.or([
        ...(facts.committeeIds.length ? [eb.and([eb('f.kind', '=', 'committee'), eb('f.committeeId', 'in', [...facts.committeeIds])])] : []),
        ...(facts.topicIds.length ? [eb.and([eb('f.kind', '=', 'topic'), eb('f.topicId', 'in', [...facts.topicIds])])] : []),
        eb('f.kind', '=', 'search'),
      ]),
    )
    .orderBy('f.id')
    .execute();
  return rows.map((row) => ({ ...row, confirmedAt: row.confirmedAt! }));
}

/**
 * Which of the event's records each saved search finds: the search's
 * words (websearch_to_tsquery, as the search page reads them) over
 * search_entry, which holds only what the public may find, narrowed by the
 * search's kinds and committees. One statement for every saved search.
 */
export async function matchSavedSearches(db: Db, follows: readonly Pick<LiveFollowRow, 'id' | 'kind'>[], records: readonly SearchMatch[]): Promise<Map<number, SearchMatch[]>> {
  const searchFollowIds = follows.filter((f) => f.kind === 'search').map((f) => f.id);
  const matches = new Map<number, SearchMatch[]>();
  if (searchFollowIds.length === 0 || records.length === 0) return matches;
  const wanted = sql.join(records.map((r) => sql`(${r.kind}::text, ${r.recordId}::integer)`));
  const rows = await sql<{ followId: number; kind: SearchKind; recordId: number }>`
    select f.id as follow_id, e.kind, e.record_id
    from follow f
    join search_entry e on (e.kind, e.record_id) in (${wanted})
    left join committee c on c.id = e.committee_id
    where f.id in (${sql.join(searchFollowIds)})
      and e.search @@ websearch_to_tsquery('english', f.search_query)
      and (cardinality(f.search_kinds) = 0 or e.kind = any (f.search_kinds))
      and (cardinality(f.search_committees) = 0 or c.slug = any (f.search_committees))
    order by f.id, e.kind, e.record_id`.execute(db);
  for (const row of rows.rows) {
    if (!searchKinds.includes(row.kind)) continue;
    matches.set(row.followId, [...(matches.get(row.followId) ?? []), { kind: row.kind, recordId: row.recordId }]);
  }
  return matches;
}

/** Takes the one notification of this event for this follower; false when it was taken already. */
export async function takeNotification(trx: Transaction<Database>, note: { followerId: number; eventId: number; followId: number }): Promise<boolean> {
  const row = await trx.insertInto('followNotification').values(note).onConflict((oc) => oc.columns(['followerId', 'eventId']).doNothing()).returning('followerId').executeTakeFirst();
  return row !== undefined;
}

export async function setNotificationJob(trx: Transaction<Database>, note: { followerId: number; eventId: number; jobId: number | null }): Promise<void> {
  await trx.updateTable('followNotification').set({ jobId: note.jobId }).where('followerId', '=', note.followerId).where('eventId', '=', note.eventId).execute();
}

/** Titles of matched records, for a saved search's email: agenda items, decisions, recommendations, forward plan entries, documents. */
export async function matchedTitles(db: Db, matches: readonly SearchMatch[]): Promise<string[]> {
  const ids = (kind: SearchKind) => matches.filter((m) => m.kind === kind).map((m) => m.recordId);
  const titles: string[] = [];
  const take = async (kind: SearchKind, query: (ids: number[]) => Promise<{ title: string }[]>) => {
    const list = ids(kind);
    if (list.length) titles.push(...(await query(list)).map((r) => r.title));
  };
  await take('agenda-item', (list) => db.selectFrom('agendaItem').select('title').where('id', 'in', list).where('isExempt', '=', false).orderBy('position').execute());
  await take('resolution', (list) => db.selectFrom('resolution').select('text as title').where('id', 'in', list).orderBy('position').execute());
  await take('recommendation', (list) => db.selectFrom('recommendation').select('text as title').where('id', 'in', list).execute());
  await take('forward-plan', (list) => db.selectFrom('forwardPlanEntry').select('title').where('id', 'in', list).where('isExempt', '=', false).execute());
  await take('document', (list) => db.selectFrom('document').select('title').where('id', 'in', list).where('isExempt', '=', false).execute());
  return titles;
}
