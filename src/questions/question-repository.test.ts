import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { seedMeetingRecord } from '../minutes/meeting-record-fixture.ts';
import {
  findQuestionForTriage,
  findQuestionsItem,
  insertPublicQuestion,
  listMeetingQuestionTexts,
  listPublishedQuestions,
  listQuestionsForTriage,
  listSubmissionsSince,
  recordSubmission,
  updateQuestion,
} from './question-repository.ts';

for (const engine of testEngines) {
  describe(`question repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seed: Awaited<ReturnType<typeof seedMeetingRecord>>;
    before(async () => {
      database = await openTestDatabase(engine);
      seed = await seedMeetingRecord(database.db);
    });
    after(() => database.close());

    const ask = (question: string, minutes: number) =>
      database.db.transaction().execute((trx) =>
        insertPublicQuestion(trx, { meetingId: seed.march.meeting.id, askerName: `Asker ${minutes}`, question, email: `asker${minutes}@example.com`, address: null, submittedAt: new Date(Date.UTC(2026, 1, 20, 9, minutes)) }),
      );

    it('keeps the asker’s contact details apart, for the clerk only', async () => {
      const question = await ask('Is the housing register open?', 1);
      const triage = await findQuestionForTriage(database.db, seed.march.meeting.id, question.id);
      assert.deepEqual([triage?.status, triage?.email], ['submitted', 'asker1@example.com']);
      assert.equal(await findQuestionForTriage(database.db, seed.january.meeting.id, question.id), undefined, 'not under another meeting');
      assert.equal('email' in question, false);
    });

    it('publishes accepted and answered questions only, under the agenda’s public questions item, without contact details', async () => {
      const accepted = await ask('Accepted question?', 2);
      const answered = await ask('Answered question?', 3);
      await ask('Still to decide?', 4);
      const rejected = await ask('Rejected question?', 5);
      await database.db.transaction().execute(async (trx) => {
        await updateQuestion(trx, accepted.id, { status: 'accepted', askerName: 'A. Asker', agendaItemId: null });
        await updateQuestion(trx, answered.id, { status: 'accepted', askerName: 'Asker 3', agendaItemId: seed.march.items.report.id });
        await updateQuestion(trx, answered.id, { status: 'answered', answer: 'Yes.', answeredByName: null, supplementaryQuestion: 'When?', supplementaryAnswer: 'Soon.' });
        await updateQuestion(trx, rejected.id, { status: 'rejected', rejectionReason: 'Not the committee’s business.' });
      });
      const published = await listPublishedQuestions(database.db, seed.march.meeting.id);
      assert.deepEqual(published, [
        { agendaItemId: seed.march.items.questions.id, askerName: 'A. Asker', question: 'Accepted question?', answer: null, answeredByName: null, supplementaryQuestion: null, supplementaryAnswer: null },
        { agendaItemId: seed.march.items.report.id, askerName: 'Asker 3', question: 'Answered question?', answer: 'Yes.', answeredByName: null, supplementaryQuestion: 'When?', supplementaryAnswer: 'Soon.' },
      ]);
      assert.equal((await findQuestionsItem(database.db, seed.march.meeting.id))?.id, seed.march.items.questions.id);
      assert.equal(await findQuestionsItem(database.db, seed.march.meeting.id, 'councillor-questions'), undefined);
      assert.deepEqual((await listQuestionsForTriage(database.db, seed.march.meeting.id)).map((q) => q.status), ['submitted', 'accepted', 'answered', 'submitted', 'rejected']);
      assert.ok((await listMeetingQuestionTexts(database.db, seed.march.meeting.id)).includes('Rejected question?'));
    });

    it('counts submissions per sender and forgets old ones', async () => {
      const hash = 'a'.repeat(64);
      const other = 'b'.repeat(64);
      const at = (hours: number) => new Date(Date.UTC(2026, 2, 1, hours));
      await database.db.transaction().execute(async (trx) => {
        await recordSubmission(trx, hash, at(1), at(0));
        await recordSubmission(trx, other, at(2), at(0));
        await recordSubmission(trx, hash, at(3), at(0));
        await recordSubmission(trx, hash, at(30), at(6));
      });
      assert.deepEqual((await listSubmissionsSince(database.db, hash, at(0))).map((d) => d.toISOString()).sort(), [at(30).toISOString()]);
      assert.equal((await database.db.selectFrom('questionSubmission').select('id').execute()).length, 1, 'older than the longest limit are gone');
    });
  });
}
