import { type ActionState, actionState, actionStateLabels } from '../tracking/action-status.ts';
import type {
  MeetingActionRow,
  MeetingRecommendationRow,
  PublicQuestionRow,
  PublicReportRow,
  ResolutionRow,
  SourceColumns,
} from './meeting-repository.ts';
import type { AgendaItem, ExemptParagraph, StandardItemKind } from './meeting-tables.ts';

export interface PublicAgendaItem {
  anchor: string;
  number: string | null;
  minuteNumber: string | null;
  title: string;
  standardKind: StandardItemKind | null;
  pages: string | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  description: string | null;
  minutes: string | null;
  report: PublicReportRow | null;
  resolutions: ResolutionRow[];
  recommendations: MeetingRecommendationRow[];
  actions: (MeetingActionRow & { state: ActionState; stateLabel: string })[];
  questions: PublicQuestionRow[];
  /** The lines of an imported document the item came from; null for an exempt item. */
  source: SourceLink | null;
}

export interface SourceLink {
  documentId: number;
  from: number;
  to: number;
  title: string;
}

/** A record's source, when it has one the public may follow (the repository leaves the title null otherwise). */
export function sourceLink(row: Partial<SourceColumns>): SourceLink | null {
  if (!row.sourceDocumentId || !row.sourceLineFrom || !row.sourceTitle) return null;
  return { documentId: row.sourceDocumentId, from: row.sourceLineFrom, to: row.sourceLineTo ?? row.sourceLineFrom, title: row.sourceTitle };
}

export interface MeetingRecords {
  reports: PublicReportRow[];
  resolutions: ResolutionRow[];
  recommendations: MeetingRecommendationRow[];
  actions: MeetingActionRow[];
  questions: PublicQuestionRow[];
}

/**
 * The agenda and minutes as the public may see them. An exempt item keeps
 * only its number, title and Schedule 12A paragraph: its description,
 * minutes, report, resolutions, recommendations, actions and questions are
 * dropped here, whatever the caller passed in.
 */
export function buildPublicAgenda(items: readonly (AgendaItem & Partial<SourceColumns>)[], records: MeetingRecords, today: string): PublicAgendaItem[] {
  return items.map((item) => {
    const base = {
      anchor: `item-${item.number ?? item.position}`.replace(/[^A-Za-z0-9-]/g, ''),
      number: item.number,
      minuteNumber: item.minuteNumber,
      title: item.title,
      standardKind: item.standardKind,
      pages: pageRange(item.pageFrom, item.pageTo),
      isExempt: item.isExempt,
      exemptParagraph: item.exemptParagraph,
    };
    if (item.isExempt) {
      return { ...base, description: null, minutes: null, report: null, resolutions: [], recommendations: [], actions: [], questions: [], source: null };
    }
    const forItem = <T extends { agendaItemId: number | null }>(rows: readonly T[]) => rows.filter((r) => r.agendaItemId === item.id);
    return {
      ...base,
      description: item.description,
      minutes: item.minutes,
      report: records.reports.find((r) => r.agendaItemId === item.id) ?? null,
      resolutions: forItem(records.resolutions),
      recommendations: forItem(records.recommendations),
      actions: forItem(records.actions).map((action) => {
        const state = actionState(action, today);
        return { ...action, state, stateLabel: actionStateLabels[state] };
      }),
      questions: forItem(records.questions),
      source: sourceLink(item),
    };
  });
}

/** "9 - 16" as packs print it, "9" for one page, null when the pack gives none. */
export function pageRange(from: number | null, to: number | null): string | null {
  if (from === null) return null;
  if (to === null || to === from) return String(from);
  return `${from} - ${to}`;
}
