import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../../test/support/database.ts';
import { importFile } from '../import-file.ts';
import { textLine } from '../source-lines.ts';
import { captionSegments, cueTimeMs, plainSegments, speakerPrefix } from './save-transcript.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const today = '2026-03-02';

describe('cue times', () => {
  it('reads WebVTT and SRT times to milliseconds, with or without hours', () => {
    assert.equal(cueTimeMs('00:00:01.000'), 1000);
    assert.equal(cueTimeMs('01:02:03.456'), 3_723_456);
    assert.equal(cueTimeMs('00:00:04,500'), 4500);
    assert.equal(cueTimeMs('02:05.250'), 125_250);
  });

  it('refuses what is not a time', () => {
    assert.equal(cueTimeMs('00:00'), null);
    assert.equal(cueTimeMs('00:61:00.000'), null);
    assert.equal(cueTimeMs('soon'), null);
  });
});

describe('speaker prefixes', () => {
  it('takes a name or role before a colon', () => {
    assert.deepEqual(speakerPrefix('Chair: Thank you.'), { speaker: 'Chair', rest: 'Thank you.' });
    assert.deepEqual(speakerPrefix('CLLR BEA HART: I agree.'), { speaker: 'CLLR BEA HART', rest: 'I agree.' });
    assert.deepEqual(speakerPrefix('Head of Planning: The application…'), { speaker: 'Head of Planning', rest: 'The application…' });
  });

  it('invents no speaker from a sentence, a time or a label', () => {
    assert.equal(speakerPrefix('Yes Chair, we have: two apologies.'), null);
    assert.equal(speakerPrefix('We start at 6:30 tonight.'), null);
    assert.equal(speakerPrefix('Present: Councillor Hart.'), null);
    assert.equal(speakerPrefix('Note: the webcast failed.'), null);
    assert.equal(speakerPrefix('Item 4: Planning'), null);
  });
});

describe('caption segments', () => {
  it('splits a cue where a second voice speaks, keeping the cue’s timings', () => {
    const vtt = 'WEBVTT\n\n00:01:00.000 --> 00:01:04.000\n<v Chair>Any questions?\n<v Clerk>None, Chair.\n';
    const lines = [textLine(4, 'Chair: Any questions?'), textLine(5, 'Clerk: None, Chair.')];
    assert.deepEqual(
      captionSegments(vtt, lines).map((s) => [s.startsMs, s.endsMs, s.speakerName, s.text, s.sourceLineFrom, s.sourceLineTo]),
      [
        [60_000, 64_000, 'Chair', 'Any questions?', 4, 4],
        [60_000, 64_000, 'Clerk', 'None, Chair.', 5, 5],
      ],
    );
  });

  it('joins a cue’s lines and keeps null timings from a damaged timing line', () => {
    const srt = '1\n00:00:01,000 --> 00:00\nGood evening,\nwelcome.\n';
    const [segment] = captionSegments(srt, [textLine(3, 'Good evening,'), textLine(4, 'welcome.')]);
    assert.deepEqual(segment, { position: 1, startsMs: 1000, endsMs: null, speakerName: null, text: 'Good evening, welcome.', sourceLineFrom: 3, sourceLineTo: 4 });
  });
});

describe('plain transcript segments', () => {
  it('starts a paragraph at each new line unless the sentence carries on', () => {
    const lines = [textLine(1, 'Planning Committee - 5 March 2025'), textLine(2, 'Chair: Good evening and'), textLine(3, 'welcome.'), textLine(4, 'Clerk: Thank you.')];
    assert.deepEqual(
      plainSegments(lines).map((s) => [s.speakerName, s.text, s.sourceLineFrom, s.sourceLineTo, s.startsMs]),
      [
        [null, 'Planning Committee - 5 March 2025', 1, 1, null],
        ['Chair', 'Good evening and welcome.', 2, 3, null],
        ['Clerk', 'Thank you.', 4, 4, null],
      ],
    );
  });

  it('cuts a long paragraph into groups of whole sentences', () => {
    const sentence = 'The committee discussed the library services review at some length this evening.';
    const segments = plainSegments([textLine(1, Array(12).fill(sentence).join(' '))]);
    assert.ok(segments.length > 1);
    assert.ok(segments.every((s) => s.text.length < 400 && s.text.endsWith('evening.')));
    assert.equal(segments.map((s) => s.text).join(' '), Array(12).fill(sentence).join(' '));
  });
});

for (const engine of testEngines) {
  describe(`saving imported transcripts (${engine})`, () => {
    let database: TestDatabaseHandle;
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-transcript-'));
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(async () => {
      await database.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    });

    const importFixture = (name: string, bytes = fs.readFileSync(path.join(fixtures, name)), at = path.join(fixtures, name)) =>
      importFile(database.db, { displayName: name, path: at, bytes, today });
    const segmentsOf = (documentId: number) =>
      database.db
        .selectFrom('transcriptSegment as s')
        .innerJoin('transcript as t', 't.id', 's.transcriptId')
        .select(['s.position', 's.startsMs', 's.endsMs', 's.speakerName', 's.text', 's.sourceLineFrom', 's.sourceLineTo'])
        .where('t.documentId', '=', documentId)
        .orderBy('s.position')
        .execute();
    const countAll = async (table: 'transcript' | 'transcriptSegment') =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    it('stores a WebVTT file’s cues with their times in milliseconds and their voices', async () => {
      const outcome = await importFixture('committee.vtt');
      assert.equal(outcome.status, 'imported');
      const segments = await segmentsOf(outcome.documentId);
      assert.deepEqual(
        segments.map((s) => [s.position, s.startsMs, s.endsMs, s.speakerName, s.sourceLineFrom, s.sourceLineTo]),
        [
          [1, 1000, 5000, 'Chair', 6, 6],
          [2, 5500, 9000, 'Chair', 9, 9],
          [3, 9500, 14_000, 'Clerk', 12, 12],
          [4, 14_500, 18_000, 'Chair', 15, 15],
          [5, 18_500, 24_000, 'Chair', 18, 18],
        ],
      );
      assert.equal(segments[0]!.text, 'Welcome to this meeting of the Communities Scrutiny Panel.');
      assert.equal(segments[2]!.text, 'Yes Chair, apologies have been received from Councillor Bea Hart.');
      // The segment's lines are the stored document's lines.
      const document = await database.db.selectFrom('document').select('text').where('id', '=', outcome.documentId).executeTakeFirstOrThrow();
      assert.match(document.text.split('\n')[11]!, /Councillor Bea Hart/);
      // The captions name no date, so no meeting could be matched.
      const transcript = await database.db.selectFrom('transcript').selectAll().where('documentId', '=', outcome.documentId).executeTakeFirstOrThrow();
      assert.equal(transcript.meetingId, null);
    });

    it('stores SRT cues over several lines without inventing speakers', async () => {
      const outcome = await importFixture('committee.srt');
      const segments = await segmentsOf(outcome.documentId);
      assert.deepEqual(
        segments.map((s) => [s.startsMs, s.endsMs, s.speakerName, s.text, s.sourceLineFrom, s.sourceLineTo]),
        [
          [1000, 4000, null, 'Welcome to this meeting of the Licensing Committee.', 3, 4],
          [4500, 8000, null, 'We have received apologies from Councillor Rosa Street.', 8, 9],
          [8500, 12_000, null, 'Councillor Uma Webb is joining us remotely.', 13, 13],
        ],
      );
    });

    it('stores a plain webcast transcript in sentence groups without times, on the meeting it names', async () => {
      const outcome = await importFixture('webcast-transcript.txt');
      const segments = await segmentsOf(outcome.documentId);
      assert.ok(segments.length > 3, `only ${segments.length} segments`);
      assert.ok(segments.every((s) => s.startsMs === null && s.endsMs === null && s.speakerName === null));
      assert.deepEqual(segments.map((s) => s.position), segments.map((_, i) => i + 1));
      assert.equal(segments[0]!.text, 'Planning Committee - Wednesday 5 March 2025 6.30 pm');
      assert.ok(segments.slice(2).every((s) => s.sourceLineFrom === 3 && s.sourceLineTo === 3));
      assert.match(segments.at(-1)!.text, /any other business\.$/);
      const meeting = await database.db
        .selectFrom('transcript as t')
        .innerJoin('meeting as m', 'm.id', 't.meetingId')
        .select('m.date')
        .where('t.documentId', '=', outcome.documentId)
        .executeTakeFirstOrThrow();
      assert.equal(meeting.date, '2025-03-05');
    });

    it('stores nothing new when the same file comes again', async () => {
      const before = [await countAll('transcript'), await countAll('transcriptSegment')];
      const outcome = await importFixture('committee.vtt');
      assert.equal(outcome.status, 'unchanged');
      assert.deepEqual([await countAll('transcript'), await countAll('transcriptSegment')], before);
    });

    it('replaces the segments of the version a changed file supersedes', async () => {
      const file = path.join(scratch, 'captions.vtt');
      const original = fs.readFileSync(path.join(fixtures, 'committee.vtt'), 'utf8');
      // Not byte for byte the fixture stored above, or it would be that document, unchanged.
      const first = await importFixture('captions.vtt', Buffer.from(`${original}\n`), file);
      const second = await importFixture('captions.vtt', Buffer.from(original.replace('library services review', 'libraries review')), file);
      assert.equal(first.status, 'imported');
      assert.equal(second.status === 'imported' && second.version, 2);
      assert.deepEqual(await segmentsOf(first.documentId), []);
      const segments = await segmentsOf(second.documentId);
      assert.equal(segments.length, 5);
      assert.equal(segments.at(-1)!.text, 'Item number five is the libraries review.');
    });

    it('keeps an exempt transcript’s words out of the segments', async () => {
      const text = 'WEBVTT\n\n00:00:01.000 --> 00:00:05.000\n<v Chair>Welcome to this meeting of the Audit Committee.\n\n00:00:05.500 --> 00:00:09.000\n<v Chair>What follows is not for publication.\n\n00:00:09.500 --> 00:00:12.000\n<v Chair>Item number two is the tender.\n';
      const outcome = await importFixture('closed.vtt', Buffer.from(text), path.join(scratch, 'closed.vtt'));
      const document = await database.db.selectFrom('document').select('isExempt').where('id', '=', outcome.documentId).executeTakeFirstOrThrow();
      assert.equal(document.isExempt, true);
      assert.deepEqual(await segmentsOf(outcome.documentId), []);
    });
  });
}
