import type {
  ActionEntry,
  Attendance,
  DocumentType,
  ForwardPlanEntry,
  Meeting,
  MinuteItem,
  TrackedRecommendation,
  WorkProgrammeItem,
} from './extraction.ts';

/**
 * Where a record came from in the source file: lines numbered from 1 as the
 * reader numbered them, and the page for formats that have pages. A later
 * `gavel import` stores this beside each record so a clerk can check it
 * against the original.
 */
export interface Span {
  fromLine: number;
  toLine: number;
  page: number | null;
}

export type Sourced<T> = T & { at: Span };

type AgendaEntry = Meeting['agenda'][number];
type MembershipEntry = Meeting['membership'][number];

/** A meeting as the pipeline holds it: the contract's shape plus provenance on it and its parts. */
export interface SourcedMeeting extends Omit<Meeting, 'membership' | 'agenda' | 'items' | 'attendance'> {
  at: Span;
  membership: Sourced<MembershipEntry>[];
  agenda: Sourced<AgendaEntry>[];
  attendance: Sourced<Attendance> | null;
  items: Sourced<MinuteItem>[];
}

/** Everything extracted from one document, each record carrying its source span. */
export interface SourcedExtraction {
  source: { file: string; sha256: string; documentType: DocumentType };
  council: string | null;
  meetings: SourcedMeeting[];
  actionLog: Sourced<ActionEntry>[];
  workProgramme: Sourced<WorkProgrammeItem>[];
  forwardPlan: Sourced<ForwardPlanEntry>[];
  recommendationTracker: Sourced<TrackedRecommendation>[];
}

export function spanOf(first: { at: Span } | { line: number; page: number | null }, last = first): Span {
  const from = 'at' in first ? first.at : { fromLine: first.line, toLine: first.line, page: first.page };
  const to = 'at' in last ? last.at : { fromLine: last.line, toLine: last.line, page: last.page };
  return { fromLine: from.fromLine, toLine: Math.max(from.toLine, to.toLine), page: from.page };
}
