import { type ActionState, actionState, actionStateLabels } from '../tracking/action-status.ts';
import { declarationKindLabels, declarationKindPhrases } from './meeting-views.ts';
import type {
  AttendanceRow,
  DeclarationRow,
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
  /** What the attendance and declarations records say under a standard item that has no minute of its own; null otherwise. */
  recorded: RecordedStandardItem | null;
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
  /** The meeting's attendance, for its apologies and substitutes items. */
  attendance?: readonly AttendanceRow[];
  /** The meeting's declarations as the public may see them (listDeclarations), for its declarations item. */
  declarations?: readonly DeclarationRow[];
}

export interface PublicDeclaration extends DeclarationRow {
  kindLabel: string;
  /** The kind as a minute says it: "declared a disclosable pecuniary interest". */
  kindPhrase: string;
  /** What the member did about the item. */
  conduct: string;
}

/**
 * The minute of a standard item, written from the records: apologies with
 * the substitutes who replaced those members (unless the agenda has its own
 * substitutes item), substitutes, or each declaration of interest.
 */
export type RecordedStandardItem =
  | { kind: 'apologies'; apologies: AttendanceRow[]; substitutes: AttendanceRow[] | null }
  | { kind: 'substitutes'; substitutes: AttendanceRow[] }
  | { kind: 'declarations'; declarations: PublicDeclaration[] };

/** What a member did after declaring an interest, as minutes record it. */
export function declarationConduct(declaration: Pick<DeclarationRow, 'withdrew' | 'dispensation'>): string {
  if (declaration.withdrew) return 'The member left the meeting for this item.';
  if (declaration.dispensation) return 'The member had a dispensation and stayed for this item.';
  return 'The member stayed for this item.';
}

export function publicDeclaration(declaration: DeclarationRow): PublicDeclaration {
  // An exempt item's interest is named by the item's public title alone, whatever the caller passed in.
  const description = declaration.itemIsExempt ? null : declaration.description;
  return { ...declaration, description, kindLabel: declarationKindLabels[declaration.kind], kindPhrase: declarationKindPhrases[declaration.kind], conduct: declarationConduct(declaration) };
}

function recordedStandardItem(item: AgendaItem, items: readonly AgendaItem[], records: MeetingRecords): RecordedStandardItem | null {
  // A minute the clerk wrote, or one imported from the council's own minutes, is the record; it is not repeated.
  if (item.minutes?.trim()) return null;
  const attendance = records.attendance ?? [];
  const having = (status: AttendanceRow['status']) => attendance.filter((a) => a.status === status);
  switch (item.standardKind) {
    case 'apologies': {
      // Until attendance is recorded there is nothing to say: "no apologies" would not be true yet.
      if (attendance.length === 0) return null;
      const ownSubstitutesItem = items.some((other) => other.standardKind === 'substitutes');
      return { kind: 'apologies', apologies: having('apologies'), substitutes: ownSubstitutesItem ? null : having('substitute') };
    }
    case 'substitutes':
      return attendance.length === 0 ? null : { kind: 'substitutes', substitutes: having('substitute') };
    case 'declarations':
      return records.declarations ? { kind: 'declarations', declarations: records.declarations.map(publicDeclaration) } : null;
    default:
      return null;
  }
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
      return { ...base, description: null, minutes: null, report: null, resolutions: [], recommendations: [], actions: [], questions: [], recorded: null, source: null };
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
      recorded: recordedStandardItem(item, items, records),
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
