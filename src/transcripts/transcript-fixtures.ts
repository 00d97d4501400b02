import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { insertAgendaItem, insertCommittee, insertCouncil, insertMeeting } from '../../test/factories.ts';

/** A word planted in exempt transcripts: it must never reach a page. */
export const exemptMarker = 'Quillwortbidprice';

type Segment = { startsMs: number | null; speakerName?: string | null; text: string };

/**
 * Meetings of the Audit Committee for transcript tests, one per case:
 * 2026-02-10 timed with speakers and a recording, two segments in one second;
 * 2026-02-11 untimed; 2026-02-12 from an exempt document; 2026-02-13 none;
 * 2026-02-14 from a document on an exempt item.
 */
export async function seedTranscripts(db: Kysely<Database>) {
  await insertCouncil(db);
  const committee = await insertCommittee(db, { name: 'Audit Committee', slug: 'audit' });
  const meeting = async (date: string) => (await insertMeeting(db, committee.id, date, { status: 'draft-minutes' })).id;
  const timed = await meeting('2026-02-10');
  await db.updateTable('meeting').set({ videoUrl: 'https://video.example/audit-2026-02-10' }).where('id', '=', timed).execute();
  await transcript(db, timed, [
    { startsMs: 1_000, speakerName: 'Chair', text: 'Welcome to this meeting of the Audit Committee.' },
    { startsMs: 5_500, text: 'Have we received any apologies?' },
    { startsMs: 5_900, speakerName: 'Clerk', text: 'None, Chair.' },
    { startsMs: 3_723_456, speakerName: 'Chair', text: 'The meeting is closed.' },
  ]);
  await transcript(db, await meeting('2026-02-11'), [
    { startsMs: null, text: 'Good evening and welcome.' },
    { startsMs: null, speakerName: 'Chair', text: 'Item four is the budget.' },
  ]);
  await transcript(db, await meeting('2026-02-12'), [{ startsMs: 0, text: `The ${exemptMarker} figures are confidential.` }], { isExempt: true });
  await meeting('2026-02-13');
  const onExemptItem = await meeting('2026-02-14');
  const item = await insertAgendaItem(db, onExemptItem, 1, { title: 'Contract award', isExempt: true, exemptParagraph: 3 });
  await transcript(db, onExemptItem, [{ startsMs: 0, text: `The ${exemptMarker} tender was discussed.` }], { agendaItemId: item.id });
  return { committeeId: committee.id, timed };
}

async function transcript(db: Kysely<Database>, meetingId: number, segments: Segment[], document: { isExempt?: boolean; agendaItemId?: number } = {}) {
  const { id: documentId } = await db
    .insertInto('document')
    .values({
      kind: 'transcript',
      title: 'Transcript',
      filename: `transcript-${meetingId}.vtt`,
      mediaType: 'text/vtt',
      sha256: 'b'.repeat(64),
      byteSize: 10,
      original: Buffer.from('WEBVTT'),
      text: segments.map((s) => s.text).join('\n'),
      isExempt: document.isExempt ?? false,
      exemptParagraph: document.isExempt ? 3 : null,
      supersedesDocumentId: null,
      publishedAt: null,
      importedAt: null,
      committeeId: null,
      meetingId,
      agendaItemId: document.agendaItemId ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const { id } = await db.insertInto('transcript').values({ meetingId, documentId, videoUrl: null }).returning('id').executeTakeFirstOrThrow();
  await db
    .insertInto('transcriptSegment')
    .values(segments.map((s, i) => ({ transcriptId: id, position: i + 1, startsMs: s.startsMs, endsMs: null, speakerName: s.speakerName ?? null, speakerPersonId: null, text: s.text, sourceLineFrom: i + 1, sourceLineTo: i + 1 })))
    .execute();
  return id;
}
