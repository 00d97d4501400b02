import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { TranscriptSegmentTable } from '../documents/document-tables.ts';

type Db = Kysely<Database>;

/** A transcript the public may read. */
export interface PublicTranscript {
  id: number;
  documentId: number | null;
  documentTitle: string | null;
  videoUrl: string | null;
  language: string;
}

export interface SegmentRow {
  position: number;
  startsMs: number | null;
  endsMs: number | null;
  speakerName: string | null;
  text: string;
}

/**
 * The meeting's transcript, unless it came from an exempt document or a
 * document on an exempt item: those are never shown. The newest wins when a
 * meeting has several (a webcast transcript, then corrected captions).
 *
 *   await findMeetingTranscript(db, 42) // { id: 7, documentId: 91, documentTitle: 'Transcript: …', videoUrl: null, language: 'en-GB' }
 */
export async function findMeetingTranscript(db: Db, meetingId: number): Promise<PublicTranscript | undefined> {
  return db
    .selectFrom('transcript as t')
    .leftJoin('document as d', 'd.id', 't.documentId')
    .leftJoin('agendaItem as i', 'i.id', 'd.agendaItemId')
    .select(['t.id', 't.documentId', 'd.title as documentTitle', 't.videoUrl', 't.language'])
    .where('t.meetingId', '=', meetingId)
    .where((eb) => eb.or([eb('d.id', 'is', null), eb('d.isExempt', '=', false)]))
    .where((eb) => eb.or([eb('i.id', 'is', null), eb('i.isExempt', '=', false)]))
    .orderBy('t.id', 'desc')
    .executeTakeFirst();
}

export async function listSegments(db: Db, transcriptId: number): Promise<SegmentRow[]> {
  return db
    .selectFrom('transcriptSegment')
    .select(['position', 'startsMs', 'endsMs', 'speakerName', 'text'])
    .where('transcriptId', '=', transcriptId)
    .orderBy('position')
    .execute();
}

/** Stores a transcript and its segments; returns the transcript's id. Run it in the document's transaction. */
export async function insertTranscript(
  db: Db,
  values: { meetingId: number | null; documentId: number },
  segments: Omit<Insertable<TranscriptSegmentTable>, 'transcriptId'>[],
): Promise<number> {
  const { id } = await db.insertInto('transcript').values({ ...values, videoUrl: null }).returning('id').executeTakeFirstOrThrow();
  // 1,000 rows of 8 columns stay well under PostgreSQL's 65,535 parameters a statement; a two-hour meeting has ~2,000 cues.
  for (let i = 0; i < segments.length; i += 1000) {
    await db
      .insertInto('transcriptSegment')
      .values(segments.slice(i, i + 1000).map((s) => ({ ...s, transcriptId: id })))
      .execute();
  }
  return id;
}

/** Deletes the transcripts made from a document; their segments go with them (on delete cascade). */
export async function deleteTranscriptsOf(db: Db, documentId: number): Promise<void> {
  await db.deleteFrom('transcript').where('documentId', '=', documentId).execute();
}

