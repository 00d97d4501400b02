import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertCommittee } from '../../test/factories.ts';
import {
  claimNextJob,
  countJobs,
  enqueueJob,
  failAbandonedJobs,
  listJobs,
  markJobFinished,
  pruneFinishedJobs,
  recordJobFailure,
  renewJobLease,
  retryFailedJob,
} from './job-repository.ts';

for (const engine of testEngines) {
  describe(`job repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());
    beforeEach(() => database.db.deleteFrom('job').execute());

    const claim = (workerId = 'worker-a', kinds = ['send-email'], leaseSeconds = 60) => claimNextJob(database.db, { kinds, workerId, leaseSeconds });

    it('stores a job with its payload, due now unless told otherwise', async () => {
      const id = await enqueueJob(database.db, { kind: 'send-email', payload: { to: ['clerk@northwold.example'], subject: 'Agenda published' } });
      const [job] = await listJobs(database.db, 'waiting');
      assert.equal(job?.id, id);
      assert.deepEqual(job?.payload, { to: ['clerk@northwold.example'], subject: 'Agenda published' });
      assert.equal(job?.attempts, 0);
      assert.equal(job?.maxAttempts, 10);
      assert.ok(Math.abs(job!.runAt.getTime() - Date.now()) < 60_000);
    });

    it('queues a job with a dedupe key once, however often it is asked', async () => {
      const key = 'action-reminder:17:2:2027-01-05';
      const first = await enqueueJob(database.db, { kind: 'send-email', payload: { n: 1 }, dedupeKey: key });
      const again = await Promise.all([1, 2, 3].map((n) => enqueueJob(database.db, { kind: 'send-email', payload: { n }, dedupeKey: key })));
      assert.equal(typeof first, 'number');
      assert.deepEqual(again, [undefined, undefined, undefined]);
      const jobs = await listJobs(database.db, 'waiting');
      assert.deepEqual(jobs.map((j) => j.payload), [{ n: 1 }]);
    });

    it('keeps a dedupe key taken after the job has finished', async () => {
      const key = 'agenda-published:12';
      await enqueueJob(database.db, { kind: 'send-email', payload: {}, dedupeKey: key });
      const job = await claim();
      await markJobFinished(database.db, job!.id, 'worker-a');
      assert.equal(await enqueueJob(database.db, { kind: 'send-email', payload: {}, dedupeKey: key }), undefined);
    });

    it('queues nothing when the transaction that asked rolls back', async () => {
      await assert.rejects(
        database.db.transaction().execute(async (trx) => {
          await insertCommittee(trx, { slug: 'doomed', name: 'Doomed Committee' });
          await enqueueJob(trx, { kind: 'send-email', payload: { about: 'doomed' } });
          throw new Error('the change failed');
        }),
        /the change failed/,
      );
      assert.deepEqual(await listJobs(database.db, 'waiting'), []);
    });

    it('refuses a kind that is not lower-case words joined by hyphens', async () => {
      await assert.rejects(enqueueJob(database.db, { kind: 'Send Email', payload: {} }), RangeError);
    });

    it('claims due jobs in run order, not future ones, and only of the kinds asked for', async () => {
      const later = await enqueueJob(database.db, { kind: 'send-email', payload: {}, runAt: new Date(Date.now() + 3_600_000) });
      const second = await enqueueJob(database.db, { kind: 'send-email', payload: {}, runAt: new Date(Date.now() - 1000) });
      const first = await enqueueJob(database.db, { kind: 'send-email', payload: {}, runAt: new Date(Date.now() - 5000) });
      await enqueueJob(database.db, { kind: 'other-kind', payload: {} });
      assert.equal((await claim())?.id, first);
      assert.equal((await claim())?.id, second);
      assert.equal(await claim(), undefined);
      assert.ok(later);
    });

    it('counts the attempt and leases the job to the worker that claimed it', async () => {
      await enqueueJob(database.db, { kind: 'send-email', payload: {} });
      const job = await claim('worker-a');
      assert.equal(job?.attempts, 1);
      assert.equal(job?.lockedBy, 'worker-a');
      assert.ok(job!.lockedUntil!.getTime() > Date.now() + 50_000);
      assert.equal(await claim('worker-b'), undefined, 'a leased job is not claimed again');
      assert.deepEqual(await countJobs(database.db), { waiting: 0, running: 1, finished: 0, failed: 0 });
    });

    it('never hands the same job to two claims made at the same moment', async () => {
      for (let n = 0; n < 20; n++) await enqueueJob(database.db, { kind: 'send-email', payload: { n } });
      const claimed = await Promise.all(Array.from({ length: 30 }, (_, n) => claim(`worker-${n}`)));
      const ids = claimed.filter((job) => job !== undefined).map((job) => job.id);
      assert.equal(ids.length, 20);
      assert.equal(new Set(ids).size, 20);
    });

    it('lets another worker claim a job whose lease ran out, and refuses the first worker\'s late result', async () => {
      await enqueueJob(database.db, { kind: 'send-email', payload: {} });
      const crashed = await claim('worker-a', ['send-email'], 0.05);
      await new Promise((resolve) => setTimeout(resolve, 150));
      const retried = await claim('worker-b');
      assert.equal(retried?.id, crashed?.id);
      assert.equal(retried?.attempts, 2);
      assert.equal(await markJobFinished(database.db, crashed!.id, 'worker-a'), false);
      assert.equal(await renewJobLease(database.db, crashed!.id, 'worker-a', 60), false);
      assert.equal(await renewJobLease(database.db, crashed!.id, 'worker-b', 60), true);
      assert.equal(await markJobFinished(database.db, crashed!.id, 'worker-b'), true);
    });

    it('records a failure and puts the job back after the delay', async () => {
      const id = await enqueueJob(database.db, { kind: 'send-email', payload: {} });
      await claim();
      assert.equal(await recordJobFailure(database.db, { id: id!, workerId: 'worker-a', error: 'connection refused', retryInSeconds: 3600 }), true);
      assert.equal(await claim(), undefined, 'not before the delay');
      const [job] = await listJobs(database.db, 'waiting');
      assert.equal(job?.lastError, 'connection refused');
      assert.ok(job!.runAt.getTime() > Date.now() + 3_500_000);
      assert.equal(job?.lockedBy, null);
    });

    it('marks a job failed for good when told to, and retries it on request with fresh attempts', async () => {
      const id = await enqueueJob(database.db, { kind: 'send-email', payload: {}, maxAttempts: 1 });
      await claim();
      await recordJobFailure(database.db, { id: id!, workerId: 'worker-a', error: 'mailbox unavailable', retryInSeconds: null });
      const [failed] = await listJobs(database.db, 'failed');
      assert.equal(failed?.id, id);
      assert.ok(failed?.failedAt);
      assert.equal(await claim(), undefined);
      assert.equal(await retryFailedJob(database.db, id!), true);
      assert.equal((await claim())?.id, id);
      assert.equal(await retryFailedJob(database.db, id!), false, 'only a failed job is retried');
    });

    it('fails a job whose worker stopped during its last attempt, naming the worker', async () => {
      await enqueueJob(database.db, { kind: 'send-email', payload: {}, maxAttempts: 1 });
      await claim('worker-gone', ['send-email'], 0.05);
      assert.equal(await failAbandonedJobs(database.db), 0, 'not while the lease runs');
      await new Promise((resolve) => setTimeout(resolve, 150));
      assert.equal(await failAbandonedJobs(database.db), 1);
      const [failed] = await listJobs(database.db, 'failed');
      assert.match(failed!.lastError!, /worker-gone stopped before finishing/);
    });

    it('prunes old finished jobs, keeping the rows that hold a dedupe key but not their payload', async () => {
      const plain = await enqueueJob(database.db, { kind: 'send-email', payload: { body: 'old' } });
      const keyed = await enqueueJob(database.db, { kind: 'send-email', payload: { body: 'old' }, dedupeKey: 'reminder:1' });
      const recent = await enqueueJob(database.db, { kind: 'send-email', payload: { body: 'new' } });
      await database.db.updateTable('job').set({ finishedAt: sql<Date>`now() - interval '100 days'` }).where('id', 'in', [plain!, keyed!]).execute();
      await database.db.updateTable('job').set({ finishedAt: sql<Date>`now()` }).where('id', '=', recent!).execute();
      assert.deepEqual(await pruneFinishedJobs(database.db, 90), { deleted: 1, emptied: 1 });
      const left = await database.db.selectFrom('job').select(['id', 'payload']).orderBy('id').execute();
      assert.deepEqual(left, [
        { id: keyed, payload: {} },
        { id: recent, payload: { body: 'new' } },
      ]);
    });
  });
}
