import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { slugify } from '../../demo/names.ts';
import type { AgendaItemTable, MeetingStatus, ResolutionTable, StandardItemKind } from '../../meetings/meeting-tables.ts';
import type { ActionTable, RecommendationTable } from '../../tracking/tracking-tables.ts';
import type { PersonKind } from '../../people/people-tables.ts';
import type { Span, SourcedExtraction, SourcedMeeting } from '../records.ts';
import type { SourceLine } from '../source-lines.ts';
import {
  findCommitteeByName,
  findMeetingOn,
  hasMembership,
  insertAttendance,
  insertCommittee,
  insertMeeting,
  insertAgendaItems,
  insertRecord,
  insertRecords,
  nextAgendaPosition,
  type Provenance,
  updateMeeting,
} from './import-repository.ts';
import { itemExtents, lineAt, locate } from './locate.ts';
import { PeopleResolver } from './people.ts';
import {
  actionStatus,
  committeeKind,
  decisionKind,
  exemptParagraph,
  implementationStatus,
  meetingInstant,
  printedLetter,
  recommendationResponse,
  workProgrammeKinds,
} from './record-values.ts';

/** How many records of each kind one document created. */
export type RecordCounts = Record<
  | 'committees'
  | 'meetings'
  | 'people'
  | 'memberships'
  | 'agendaItems'
  | 'attendance'
  | 'declarations'
  | 'resolutions'
  | 'recommendations'
  | 'actions'
  | 'actionUpdates'
  | 'workProgrammeItems'
  | 'forwardPlanEntries',
  number
>;

export const emptyCounts = (): RecordCounts => ({
  committees: 0,
  meetings: 0,
  people: 0,
  memberships: 0,
  agendaItems: 0,
  attendance: 0,
  declarations: 0,
  resolutions: 0,
  recommendations: 0,
  actions: 0,
  actionUpdates: 0,
  workProgrammeItems: 0,
  forwardPlanEntries: 0,
});

export interface SaveContext {
  documentId: number;
  lines: readonly SourceLine[];
  /** The committee for records that name none (action logs, trackers, work programmes). */
  committee: string | null;
  /** The import's date: when a progress note was read, if the log does not date it. */
  today: string;
}

/** What the document was mainly about, for linking the document row. */
export interface SavedLinks {
  committeeId: number | null;
  meetingId: number | null;
  counts: RecordCounts;
}

/**
 * Saves an extraction's records inside the caller's transaction, each
 * with origin 'import', the document and its source lines. Committees and
 * meetings are matched by name and date and created when new; people are
 * matched by `PeopleResolver`.
 */
export async function saveExtraction(db: Kysely<Database>, extraction: SourcedExtraction, context: SaveContext): Promise<SavedLinks> {
  return new ExtractionSaver(db, context).save(extraction);
}

interface PlannedItem {
  values: Insertable<AgendaItemTable>;
  record: SavedItem;
  minuted: SourcedMeeting['items'][number] | undefined;
}

interface SavedItem {
  id: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
}

class ExtractionSaver {
  readonly counts = emptyCounts();
  readonly people: PeopleResolver;
  readonly #committees = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly context: SaveContext,
  ) {
    this.people = new PeopleResolver(db, context.documentId);
  }

  provenance(span: Span): Provenance {
    return { origin: 'import', sourceDocumentId: this.context.documentId, sourceLineFrom: span.fromLine, sourceLineTo: Math.max(span.fromLine, span.toLine) };
  }

  async save(extraction: SourcedExtraction): Promise<SavedLinks> {
    let first: { committeeId: number; meetingId: number } | null = null;
    const meetingItems = new Map<number, SavedItem[]>();
    for (const meeting of extraction.meetings) {
      const name = meeting.committee || this.context.committee;
      if (!name || !meeting.date) continue;
      const committeeId = await this.committee(name, meeting.at);
      const meetingId = await this.meeting(committeeId, meeting);
      first ??= { committeeId, meetingId };
      meetingItems.set(meetingId, await this.meetingRecords(committeeId, meetingId, meeting));
    }
    const committeeName = this.context.committee ?? extraction.meetings.find((m) => m.committee)?.committee ?? null;
    const needsCommittee = extraction.actionLog.length + extraction.workProgramme.length + extraction.recommendationTracker.length > 0;
    const committeeId = first?.committeeId ?? (committeeName && needsCommittee ? await this.committee(committeeName, this.wholeDocument()) : null);
    if (committeeId !== null) {
      await this.actionLog(committeeId, extraction, meetingItems);
      await this.workProgramme(committeeId, extraction);
      await this.tracker(committeeId, extraction);
    }
    await this.forwardPlan(extraction);
    this.counts.people = this.people.created;
    return { committeeId: first?.committeeId ?? committeeId, meetingId: first?.meetingId ?? null, counts: this.counts };
  }

  wholeDocument(): Span {
    return { fromLine: 1, toLine: Math.max(1, this.context.lines.at(-1)?.line ?? 1), page: null };
  }

  async committee(name: string, span: Span): Promise<number> {
    const key = name.toLowerCase();
    const cached = this.#committees.get(key);
    if (cached) return cached;
    let id = (await findCommitteeByName(this.db, name))?.id;
    if (!id) {
      id = await insertCommittee(this.db, { name, slug: slugify(name) || 'committee', kind: committeeKind(name), ...this.provenance(span) });
      this.counts.committees++;
    }
    this.#committees.set(key, id);
    return id;
  }

  async meeting(committeeId: number, meeting: SourcedMeeting): Promise<number> {
    const date = meeting.date!;
    const hasMinutes = meeting.items.length > 0 || meeting.attendance !== null;
    const status: MeetingStatus = hasMinutes ? 'draft-minutes' : meeting.agenda.length ? 'agenda-published' : 'held';
    const startsAt = meetingInstant(date, meeting.startTime);
    const endsAt = meetingInstant(date, meeting.endTime);
    const existing = await findMeetingOn(this.db, committeeId, date);
    if (!existing) {
      this.counts.meetings++;
      return insertMeeting(this.db, { committeeId, date, startsAt, endsAt: startsAt && endsAt && endsAt < startsAt ? null : endsAt, venue: meeting.venue, status, ...this.provenance(meeting.at) });
    }
    // Fill in what the meeting lacked; never overwrite what a clerk or an earlier document recorded.
    const progress: MeetingStatus[] = ['scheduled', 'agenda-published', 'held', 'draft-minutes'];
    const update: Parameters<typeof updateMeeting>[2] = {};
    if (progress.indexOf(status) > progress.indexOf(existing.status) && existing.status !== 'minutes-approved' && existing.status !== 'cancelled') update.status = status;
    if (!existing.startsAt && startsAt) update.startsAt = startsAt;
    const start = existing.startsAt ?? startsAt;
    if (!existing.endsAt && endsAt && (!start || endsAt >= start)) update.endsAt = endsAt;
    if (!existing.venue && meeting.venue) update.venue = meeting.venue;
    await updateMeeting(this.db, existing.id, update);
    return existing.id;
  }

  async meetingRecords(committeeId: number, meetingId: number, meeting: SourcedMeeting): Promise<SavedItem[]> {
    this.#meetingCommittee.set(meetingId, committeeId);
    for (const member of meeting.membership) {
      const kind: PersonKind = member.role === 'co-optee' ? 'co-optee' : 'councillor';
      const personId = await this.people.find({ name: member.name, kind, committeeId, from: member.at.fromLine, to: member.at.toLine });
      if (await hasMembership(this.db, committeeId, personId)) continue;
      await insertRecord(this.db, 'membership', {
        committeeId,
        personId,
        role: member.role === 'chair' || member.role === 'vice-chair' ? member.role : 'member',
        memberType: member.role === 'co-optee' ? 'non-voting-co-optee' : member.role === 'non-voting' ? 'non-voting-councillor' : 'councillor',
        isSubstitute: false,
        represents: null,
        startsOn: null,
        endsOn: null,
        ...this.provenance(member.at),
      });
      this.counts.memberships++;
    }
    const items = await this.agenda(meetingId, { ...meeting, items: itemExtents(meeting.items, meeting.at.toLine) });
    await this.flushOutcomes();
    await this.attendance(committeeId, meetingId, meeting);
    await this.declarations(committeeId, meetingId, meeting, items);
    return items;
  }

  async agenda(meetingId: number, meeting: SourcedMeeting): Promise<SavedItem[]> {
    const planned: PlannedItem[] = [];
    let position = await nextAgendaPosition(this.db, meetingId);
    const sameItem = (a: string, b: string) => a.replace(/\W+/g, '').toLowerCase() === b.replace(/\W+/g, '').toLowerCase();
    // An agenda-and-minutes page lists each item twice: once on the agenda, once minuted. One record each.
    const minuted = new Set<number>();
    for (const entry of meeting.agenda) {
      const index = meeting.items.findIndex((item, i) => !minuted.has(i) && sameItem(item.title, entry.title));
      const item = index >= 0 ? meeting.items[index] : undefined;
      if (index >= 0) minuted.add(index);
      planned.push(this.agendaItem(meetingId, position++, { number: entry.number, title: entry.title, pages: entry.pages, at: entry.at }, item));
    }
    for (const [i, item] of meeting.items.entries()) {
      if (minuted.has(i)) continue;
      planned.push(this.agendaItem(meetingId, position++, { number: null, title: item.title, pages: null, at: item.at }, item));
    }
    // One statement for the meeting's items; ids come back keyed by position, which is unique in a meeting.
    const ids = new Map((await insertAgendaItems(this.db, planned.map((p) => p.values))).map((row) => [row.position, row.id]));
    for (const p of planned) {
      p.record.id = ids.get(p.values.position)!;
      if (p.minuted) this.outcomes(meetingId, p.record.id, p.minuted);
    }
    this.counts.agendaItems += planned.length;
    return planned.map((p) => p.record);
  }

  agendaItem(
    meetingId: number,
    position: number,
    entry: { number: string | null; title: string; pages: string | null; at: Span },
    minuted: SourcedMeeting['items'][number] | undefined,
  ): PlannedItem {
    const [pageFrom, pageTo] = pageRange(entry.pages);
    const paragraph = exemptParagraph(entry.title);
    const isExempt = paragraph !== null;
    const span = minuted ? { ...entry.at, toLine: Math.max(entry.at.toLine, minuted.at.toLine), fromLine: Math.min(entry.at.fromLine, minuted.at.fromLine) } : entry.at;
    // Without an agenda, a minute's own number is the only number the item has.
    const record = { id: 0, number: entry.number ?? minuted?.number ?? null, minuteNumber: entry.number ? (minuted?.number ?? null) : null, title: entry.title };
    const values = {
      meetingId,
      position,
      number: record.number,
      minuteNumber: record.minuteNumber,
      title: entry.title,
      description: null,
      standardKind: standardKind(entry.title),
      pageFrom,
      pageTo,
      isExempt,
      exemptParagraph: paragraph,
      minutes: minuted && !isExempt ? this.minuteText(minuted.at) : null,
      ...this.provenance(span),
    };
    // An exempt item keeps its title and paragraph only: nothing minuted under it is stored.
    return { values, record, minuted: isExempt ? undefined : minuted };
  }

  /** The minute as printed, its heading line left out, paragraphs where the source left a gap. */
  minuteText(at: Span): string | null {
    const lines = this.context.lines.filter((l) => l.line > at.fromLine && l.line <= at.toLine && l.text.trim());
    let text = '';
    let previous = at.fromLine;
    for (const l of lines) {
      text += text ? (l.line > previous + 1 ? '\n\n' : ' ') : '';
      text += l.text.trim().replace(/\t+/g, ' ');
      previous = l.line;
    }
    return text || null;
  }

  // Outcomes wait here and go in a few statements once a meeting's items are stored (see flushOutcomes).
  readonly #pending: { resolutions: Insertable<ResolutionTable>[]; recommendations: Insertable<RecommendationTable>[]; actions: Insertable<ActionTable>[] } = {
    resolutions: [],
    recommendations: [],
    actions: [],
  };

  async flushOutcomes(): Promise<void> {
    await insertRecords(this.db, 'resolution', this.#pending.resolutions.splice(0));
    await insertRecords(this.db, 'recommendation', this.#pending.recommendations.splice(0));
    await insertRecords(this.db, 'action', this.#pending.actions.splice(0));
  }

  outcomes(meetingId: number, agendaItemId: number, item: SourcedMeeting['items'][number]): void {
    const committeeId = this.committeeOfMeeting(meetingId);
    for (const [i, text] of item.resolutions.entries()) {
      this.#pending.resolutions.push({ agendaItemId, position: i + 1, text, outcome: null, ...this.provenance(locate(text, this.context.lines, item.at)) });
      this.counts.resolutions++;
    }
    for (const [i, text] of item.recommendations.entries()) {
      const at = locate(text, this.context.lines, item.at);
      // The letter the minutes printed; none is invented for a bulleted list.
      const letter = at !== item.at ? printedLetter(lineAt(this.context.lines, at.fromLine)) : null;
      this.#pending.recommendations.push({ committeeId, meetingId, agendaItemId, resolutionId: null, letter, reference: null, text: text || `Recommendation ${i + 1}`, ...this.emptyResponse(), ...this.provenance(at) });
      this.counts.recommendations++;
    }
    for (const text of item.actions) {
      this.#pending.actions.push({ committeeId, meetingId, agendaItemId, number: null, description: text, ownerPersonId: null, ownerName: null, directorate: null, dueOn: null, dueText: null, status: 'open', completedOn: null, ...this.provenance(locate(text, this.context.lines, item.at)) });
      this.counts.actions++;
    }
  }

  emptyResponse() {
    return {
      addresseeName: null,
      sentOn: null,
      receivedOn: null,
      responseDueOn: null,
      response: null,
      responseText: null,
      respondedOn: null,
      responseDecisionReference: null,
      implementationStatus: null,
      implementationDueOn: null,
      implementedOn: null,
      reviewOn: null,
    };
  }

  readonly #meetingCommittee = new Map<number, number>();
  committeeOfMeeting(meetingId: number): number {
    return this.#meetingCommittee.get(meetingId)!;
  }

  async attendance(committeeId: number, meetingId: number, meeting: SourcedMeeting): Promise<void> {
    const a = meeting.attendance;
    if (!a) return;
    const spanText = this.context.lines
      .filter((l) => l.line >= a.at.fromLine && l.line <= a.at.toLine)
      .map((l) => l.text)
      .join('\n');
    const record = async (name: string, status: 'present' | 'apologies' | 'substitute' | 'remote-non-voting' | 'in-attendance', extra: { substituteFor?: string } = {}) => {
      // Someone "in attendance" is an officer unless the minutes call them a councillor.
      const councillor = status !== 'in-attendance' || new RegExp(`(councillor|cllr)\\.?\\s+${escapeRegExp(name)}`, 'i').test(spanText);
      const at = locate(name, this.context.lines, a.at);
      const personId = await this.people.find({ name, kind: councillor ? 'councillor' : 'officer', committeeId, from: at.fromLine, to: at.toLine });
      const substituteForPersonId = extra.substituteFor
        ? await this.people.find({ name: extra.substituteFor, kind: 'councillor', committeeId, from: at.fromLine, to: at.toLine })
        : null;
      const inserted = await insertAttendance(this.db, {
        meetingId,
        personId,
        status,
        isChairOfMeeting: a.chair === name,
        substituteForPersonId,
        capacity: null,
        ...this.provenance(at),
      });
      if (inserted) this.counts.attendance++;
    };
    for (const name of a.present) await record(name, 'present');
    if (a.chair && !a.present.includes(a.chair)) await record(a.chair, 'present');
    for (const name of a.remoteNonVoting) await record(name, 'remote-non-voting');
    for (const s of a.substitutes) await record(s.substitute, 'substitute', { substituteFor: s.for });
    for (const name of a.apologies) await record(name, 'apologies');
    for (const name of a.inAttendance) await record(name, 'in-attendance');
  }

  async declarations(committeeId: number, meetingId: number, meeting: SourcedMeeting, items: SavedItem[]): Promise<void> {
    for (const d of meeting.declarations ?? []) {
      const at = locate(d.interest, this.context.lines, meeting.at);
      const personId = await this.people.find({ name: d.member, kind: 'councillor', committeeId, from: at.fromLine, to: at.toLine });
      const item = d.item ? items.find((i) => i.number === d.item || i.minuteNumber === d.item || i.title.toLowerCase() === d.item!.toLowerCase()) : undefined;
      await insertRecord(this.db, 'declaration', {
        meetingId,
        agendaItemId: item?.id ?? null,
        personId,
        kind: declarationKind(d.interest),
        description: d.interest,
        withdrew: /\b(left the (room|meeting|chamber)|withdrew)\b/i.test(d.interest),
        ...this.provenance(at),
      });
      this.counts.declarations++;
    }
  }

  async actionLog(committeeId: number, extraction: SourcedExtraction, meetingItems: Map<number, SavedItem[]>): Promise<void> {
    for (const entry of extraction.actionLog) {
      const meetingId = entry.meetingDate ? ((await findMeetingOn(this.db, committeeId, entry.meetingDate))?.id ?? null) : null;
      const items = meetingId ? (meetingItems.get(meetingId) ?? []) : [];
      const item = entry.agendaItem ? items.find((i) => i.number === entry.agendaItem || i.minuteNumber === entry.agendaItem || i.title === entry.agendaItem) : undefined;
      const status = actionStatus(entry.status, entry.progress);
      const id = await insertRecord(this.db, 'action', {
        committeeId,
        meetingId,
        agendaItemId: item?.id ?? null,
        number: entry.number,
        description: entry.action,
        ownerPersonId: null,
        ownerName: entry.owner,
        directorate: entry.directorate,
        dueOn: entry.dueDate,
        dueText: null,
        status,
        completedOn: null,
        ...this.provenance(entry.at),
      });
      this.counts.actions++;
      if (entry.progress) {
        await insertRecord(this.db, 'actionUpdate', { actionId: id, writtenOn: this.context.today, text: entry.progress, authorName: null, authorPersonId: null, ...this.provenance(entry.at) });
        this.counts.actionUpdates++;
      }
    }
  }

  async workProgramme(committeeId: number, extraction: SourcedExtraction): Promise<void> {
    for (const [i, entry] of extraction.workProgramme.entries()) {
      const meetingId = entry.meetingDate ? ((await findMeetingOn(this.db, committeeId, entry.meetingDate))?.id ?? null) : null;
      await insertRecord(this.db, 'workProgrammeItem', {
        committeeId,
        municipalYearId: null,
        meetingId,
        kind: workProgrammeKinds[entry.kind],
        title: entry.title,
        purpose: null,
        raisedBy: entry.origin,
        leadOfficerName: entry.leadOfficer,
        leadOfficerPersonId: null,
        currentPosition: entry.position,
        taskAndFinishCommitteeId: null,
        forwardPlanEntryId: null,
        suggestedByName: entry.kind === 'public-suggestion' ? entry.origin : null,
        status: entry.kind === 'public-suggestion' ? 'suggested' : 'planned',
        position: i + 1,
        ...this.provenance(entry.at),
      });
      this.counts.workProgrammeItems++;
    }
  }

  async tracker(committeeId: number, extraction: SourcedExtraction): Promise<void> {
    for (const entry of extraction.recommendationTracker) {
      const meetingId = entry.meetingDate ? ((await findMeetingOn(this.db, committeeId, entry.meetingDate))?.id ?? null) : null;
      await insertRecord(this.db, 'recommendation', {
        committeeId,
        meetingId,
        agendaItemId: null,
        resolutionId: null,
        letter: null,
        reference: null,
        text: entry.recommendation,
        ...this.emptyResponse(),
        response: recommendationResponse(entry.response, entry.status),
        responseText: entry.response,
        implementationStatus: implementationStatus(entry.status),
        ...this.provenance(entry.at),
      });
      this.counts.recommendations++;
    }
  }

  async forwardPlan(extraction: SourcedExtraction): Promise<void> {
    for (const entry of extraction.forwardPlan) {
      const maker = await findCommitteeByName(this.db, entry.decisionMaker);
      await insertRecord(this.db, 'forwardPlanEntry', {
        reference: null,
        title: entry.title,
        purpose: entry.purpose,
        decisionMaker: entry.decisionMaker || 'Not stated',
        decisionMakerCommitteeId: maker?.id ?? null,
        decisionKind: decisionKind(entry.issueType),
        decisionDueOn: entry.decisionDate,
        decisionDueMonth: null,
        firstPublishedOn: null,
        directorate: entry.directorate,
        leadOfficerName: entry.leadOfficer,
        leadOfficerPersonId: null,
        portfolioHolderName: null,
        isExempt: false,
        exemptParagraph: null,
        urgencyRoute: null,
        decidedOn: null,
        decisionMeetingId: null,
        ...this.provenance(entry.at),
      });
      this.counts.forwardPlanEntries++;
    }
  }
}

/** "5 - 12" → [5, 12]; "7" → [7, 7]; anything else → [null, null]. */
export function pageRange(pages: string | null): [number | null, number | null] {
  const match = /^\s*(\d{1,5})(?:\s*[-–—to]+\s*(\d{1,5}))?\s*$/.exec(pages ?? '');
  if (!match) return [null, null];
  const from = Number(match[1]);
  const to = match[2] ? Number(match[2]) : from;
  return from >= 1 && to >= from ? [from, to] : [from >= 1 ? from : null, null];
}

const standardKinds: [RegExp, StandardItemKind][] = [
  [/^apologies/i, 'apologies'],
  [/substitut/i, 'substitutes'],
  [/declarations? of interest|disclosures? of interest/i, 'declarations'],
  [/^(confirmation of )?(the )?minutes\b/i, 'minutes'],
  [/action (log|sheet|tracker)/i, 'action-log'],
  [/public (questions|participation)|questions from (members of )?the public/i, 'public-questions'],
  [/questions from (councillors|members)|members'? questions/i, 'councillor-questions'],
  [/work ?programme/i, 'work-programme'],
  [/date of (the )?next meeting/i, 'date-of-next-meeting'],
  [/urgent (business|items?)/i, 'urgent-business'],
  [/exclusion of (the )?(press|public)/i, 'exclusion-of-press-and-public'],
  [/chair(man|person)?'?s? announcements/i, 'chair-announcements'],
];

function standardKind(title: string): StandardItemKind | null {
  return standardKinds.find(([pattern]) => pattern.test(title))?.[1] ?? null;
}

function declarationKind(interest: string): 'disclosable-pecuniary' | 'other-registrable' | 'non-registrable' | 'other' {
  if (/disclosable pecuniary|\bDPI\b/i.test(interest)) return 'disclosable-pecuniary';
  if (/non-registrable/i.test(interest)) return 'non-registrable';
  if (/other registrable|registrable/i.test(interest)) return 'other-registrable';
  return 'other';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
