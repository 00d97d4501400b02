import type { Generated, Insertable, Selectable } from 'kysely';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';

export type DocumentKind =
  | 'agenda-pack'
  | 'agenda'
  | 'minutes'
  | 'report'
  | 'supplement'
  | 'action-log'
  | 'recommendation-tracker'
  | 'work-programme'
  | 'forward-plan'
  | 'decision-notice'
  | 'transcript'
  | 'other';

export interface DocumentTable {
  id: Generated<number>;
  kind: DocumentKind;
  title: string;
  filename: string;
  mediaType: string;
  sha256: string;
  byteSize: number;
  original: Buffer | null;
  text: Generated<string>;
  /** Line n starts at text offset lineStarts[n-1]. */
  lineStarts: Generated<number[]>;
  /** Page p starts at line pageStarts[p-1]. */
  pageStarts: Generated<number[]>;
  isExempt: Generated<boolean>;
  exemptParagraph: ExemptParagraph | null;
  version: Generated<number>;
  supersedesDocumentId: number | null;
  publishedAt: Date | null;
  importedAt: Date | null;
  committeeId: number | null;
  meetingId: number | null;
  agendaItemId: number | null;
  createdAt: Generated<Date>;
}

export interface TranscriptTable {
  id: Generated<number>;
  meetingId: number | null;
  documentId: number | null;
  videoUrl: string | null;
  language: Generated<string>;
}

export interface TranscriptSegmentTable {
  id: Generated<number>;
  transcriptId: number;
  position: number;
  startsMs: number | null;
  endsMs: number | null;
  speakerName: string | null;
  speakerPersonId: number | null;
  text: string;
  sourceLineFrom: number | null;
  sourceLineTo: number | null;
}

export type Document = Selectable<DocumentTable>;
export type NewDocument = Insertable<DocumentTable>;
export type TranscriptSegment = Selectable<TranscriptSegmentTable>;
