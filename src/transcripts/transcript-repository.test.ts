import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { findMeeting, hasPublicTranscript } from '../meetings/meeting-repository.ts';
import { seedTranscripts } from './transcript-fixtures.ts';
import { findMeetingTranscript, listSegments } from './transcript-repository.ts';

for (const engine of testEngines) {
  describe(`transcript repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let committeeId: number;
    before(async () => {
      database = await openTestDatabase(engine);
      ({ committeeId } = await seedTranscripts(database.db));
    });
    after(() => database.close());

    const meetingId = async (date: string) => (await findMeeting(database.db, committeeId, date))!.id;

    it('finds a meeting’s transcript and its segments in order', async () => {
      const transcript = await findMeetingTranscript(database.db, await meetingId('2026-02-10'));
      assert.ok(transcript);
      assert.equal(transcript.documentTitle, 'Transcript');
      assert.equal(transcript.language, 'en-GB');
      const segments = await listSegments(database.db, transcript.id);
      assert.deepEqual(segments.map((s) => [s.position, s.startsMs, s.speakerName]), [[1, 1_000, 'Chair'], [2, 5_500, null], [3, 5_900, 'Clerk'], [4, 3_723_456, 'Chair']]);
    });

    it('finds no transcript from an exempt document or one on an exempt item, nor for a meeting without one', async () => {
      for (const date of ['2026-02-12', '2026-02-13', '2026-02-14']) {
        assert.equal(await findMeetingTranscript(database.db, await meetingId(date)), undefined, date);
      }
    });

    it('tells the meeting page there is a transcript exactly when the transcript page has one', async () => {
      for (const date of ['2026-02-10', '2026-02-11', '2026-02-12', '2026-02-13', '2026-02-14']) {
        const id = await meetingId(date);
        assert.equal(await hasPublicTranscript(database.db, id), (await findMeetingTranscript(database.db, id)) !== undefined, date);
      }
      assert.equal(await hasPublicTranscript(database.db, await meetingId('2026-02-11')), true);
    });
  });
}
