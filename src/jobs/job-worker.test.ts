import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { z } from 'zod';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { defineDailyJob, defineJob, type JobContext } from './job-definition.ts';
import { claimNextJob, enqueueJob, listJobs } from './job-repository.ts';
import { runDueJobs, runNextJob, scheduleDailyJobs } from './job-worker.ts';
import { PermanentJobError } from './permanent-job-error.ts';

for (const engine of testEngines) {
  describe(`job worker (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());
    beforeEach(() => database.db.deleteFrom('job').execute());

    const greetings: string[] = [];
    const greet = defineJob({
      kind: 'greet',
      payload: z.object({ name: z.string().min(1) }),
      async run({ name }) {
        greetings.push(name);
      },
    });

    it('runs the handler with the payload it was queued with, once, and marks the job finished', async () => {
      greetings.length = 0;
      await enqueueJob(database.db, { kind: 'greet', payload: { name: 'Councillor Amber Holt' } });
      const outcomes = await runDueJobs(database.db, [greet]);
      assert.deepEqual(outcomes.map((o) => o.status), ['finished']);
      assert.deepEqual(greetings, ['Councillor Amber Holt']);
      assert.deepEqual(await runDueJobs(database.db, [greet]), [], 'nothing left to run');
      const [job] = await listJobs(database.db, 'finished');
      assert.equal(job?.lockedBy, null);
      assert.equal(job?.attempts, 1);
    });

    it('tries a failing job again after the delay, telling the handler which attempt it is', async () => {
      const attempts: number[] = [];
      const flaky = defineJob({
        kind: 'flaky',
        payload: z.object({}),
        async run(_payload, { job }: JobContext) {
          attempts.push(job.attempt);
          if (job.attempt < 3) throw new Error('the mail server is not answering');
        },
      });
      await enqueueJob(database.db, { kind: 'flaky', payload: {} });
      const outcomes = await runDueJobs(database.db, [flaky], { retryDelay: () => 0 });
      assert.deepEqual(outcomes.map((o) => o.status), ['retrying', 'retrying', 'finished']);
      assert.deepEqual(attempts, [1, 2, 3]);
      const [job] = await listJobs(database.db, 'finished');
      assert.equal(job?.lastError, 'the mail server is not answering', 'the last error is kept for the record');
    });

    it('waits the backoff before the next attempt', async () => {
      const failing = defineJob({ kind: 'failing', payload: z.object({}), run: async () => Promise.reject(new Error('down')) });
      await enqueueJob(database.db, { kind: 'failing', payload: {} });
      const outcomes = await runDueJobs(database.db, [failing]);
      assert.deepEqual(outcomes.map((o) => o.status), ['retrying']);
      const [job] = await listJobs(database.db, 'waiting');
      const waitSeconds = (job!.runAt.getTime() - Date.now()) / 1000;
      assert.ok(waitSeconds > 20 && waitSeconds <= 30, `waits ${waitSeconds} s`);
    });

    it('gives up after the last attempt and keeps the error', async () => {
      const failing = defineJob({ kind: 'failing', payload: z.object({}), run: async () => Promise.reject(new Error('550 mailbox unavailable')) });
      await enqueueJob(database.db, { kind: 'failing', payload: {}, maxAttempts: 3 });
      const outcomes = await runDueJobs(database.db, [failing], { retryDelay: () => 0 });
      assert.deepEqual(outcomes.map((o) => o.status), ['retrying', 'retrying', 'failed']);
      const [job] = await listJobs(database.db, 'failed');
      assert.equal(job?.lastError, '550 mailbox unavailable');
      assert.equal(job?.attempts, 3);
    });

    it('does not retry a handler that says trying again cannot help', async () => {
      const refused = defineJob({ kind: 'refused', payload: z.object({}), run: async () => Promise.reject(new PermanentJobError('no such action')) });
      await enqueueJob(database.db, { kind: 'refused', payload: {} });
      const outcomes = await runDueJobs(database.db, [refused], { retryDelay: () => 0 });
      assert.deepEqual(outcomes.map((o) => o.status), ['failed']);
    });

    it('fails a job whose payload does not match its kind without running it, naming the field', async () => {
      greetings.length = 0;
      await enqueueJob(database.db, { kind: 'greet', payload: { name: 42 } });
      const [outcome] = await runDueJobs(database.db, [greet]);
      assert.equal(outcome?.status, 'failed');
      assert.match((outcome as { error: string }).error, /payload is not valid for greet[\s\S]*name/);
      assert.deepEqual(greetings, []);
    });

    it('leaves jobs of a kind it does not know for a process that does', async () => {
      await enqueueJob(database.db, { kind: 'from-a-newer-version', payload: {} });
      assert.deepEqual(await runDueJobs(database.db, [greet]), []);
      assert.equal((await listJobs(database.db, 'waiting')).length, 1);
    });

    it('keeps its lease while a handler runs longer than the lease', async () => {
      const slow = defineJob({ kind: 'slow', payload: z.object({}), run: () => new Promise((resolve) => setTimeout(resolve, 1200)) });
      await enqueueJob(database.db, { kind: 'slow', payload: {} });
      const running = runNextJob(database.db, [slow], { workerId: 'worker-a', leaseSeconds: 0.4 });
      await new Promise((resolve) => setTimeout(resolve, 800));
      assert.equal(await claimNextJob(database.db, { kinds: ['slow'], workerId: 'worker-b', leaseSeconds: 60 }), undefined);
      assert.equal((await running)?.status, 'finished');
    });

    describe('daily jobs', () => {
      const days: string[] = [];
      const digest = defineDailyJob({
        kind: 'daily-digest',
        at: '07:00',
        async run({ date }) {
          days.push(date);
        },
      });

      it('queues the next day once, however many processes start', async () => {
        const now = new Date('2027-01-05T12:00:00Z');
        await Promise.all([scheduleDailyJobs(database.db, [digest], now), scheduleDailyJobs(database.db, [digest], now)]);
        await scheduleDailyJobs(database.db, [digest], now);
        const jobs = await listJobs(database.db, 'waiting');
        assert.deepEqual(
          jobs.map((j) => ({ payload: j.payload, runAt: j.runAt.toISOString(), dedupeKey: j.dedupeKey })),
          [{ payload: { date: '2027-01-06' }, runAt: '2027-01-06T07:00:00.000Z', dedupeKey: 'daily-digest:2027-01-06' }],
        );
      });

      it('runs a day that came while the server was down, then queues the day after now, not every missed day', async () => {
        days.length = 0;
        // Queued for a morning long past, as if the server had been off since.
        await enqueueJob(database.db, { kind: 'daily-digest', payload: { date: '2026-12-01' }, runAt: new Date('2026-12-01T07:00:00Z'), dedupeKey: 'daily-digest:2026-12-01' });
        const outcomes = await runDueJobs(database.db, [digest]);
        assert.deepEqual(outcomes.map((o) => o.status), ['finished']);
        assert.deepEqual(days, ['2026-12-01']);
        const [next] = await listJobs(database.db, 'waiting');
        assert.ok(next!.runAt.getTime() > Date.now() && next!.runAt.getTime() <= Date.now() + 25 * 3_600_000, next!.runAt.toISOString());
        assert.equal(next!.dedupeKey, `daily-digest:${(next!.payload as { date: string }).date}`);
      });

      it('queues the next day even when a day fails', async () => {
        const broken = defineDailyJob({ kind: 'daily-digest', at: '07:00', run: async () => Promise.reject(new PermanentJobError('broken')) });
        await enqueueJob(database.db, { kind: 'daily-digest', payload: { date: '2026-12-01' }, runAt: new Date('2026-12-01T07:00:00Z') });
        assert.deepEqual((await runDueJobs(database.db, [broken])).map((o) => o.status), ['failed']);
        assert.equal((await listJobs(database.db, 'waiting')).length, 1);
      });

      it('refuses a time of day that is not HH:MM', () => {
        assert.throws(() => defineDailyJob({ kind: 'x', at: '7am', run: async () => undefined }), /HH:MM/);
      });
    });
  });
}
