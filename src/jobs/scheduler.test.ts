import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { z } from 'zod';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { createTestDatabase, testEngines, type TestDatabase } from '../../test/support/database.ts';
import { defineDailyJob, defineJob } from './job-definition.ts';
import { claimNextJob, countJobs, enqueueJob, listJobs } from './job-repository.ts';
import { startScheduler } from './scheduler.ts';

/** A job that records which scheduler ran it, after a moment's work, so two schedulers overlap. */
function countingJob(runs: Map<number, string[]>) {
  return (schedulerName: string) =>
    defineJob({
      kind: 'count',
      payload: z.object({ n: z.number().int() }),
      async run({ n }) {
        await new Promise((resolve) => setTimeout(resolve, 2 + (n % 5)));
        runs.set(n, [...(runs.get(n) ?? []), schedulerName]);
      },
    });
}

async function waitFor(what: string, condition: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

for (const engine of testEngines) {
  describe(`job scheduler (${engine})`, () => {
    const made: TestDatabase[] = [];
    const opened: DatabaseHandle[] = [];
    after(async () => {
      await Promise.all(opened.map((handle) => handle.close()));
      await Promise.all(made.map((database) => database.drop()));
    });
    const newDatabase = async () => {
      const database = await createTestDatabase(engine);
      made.push(database);
      return database;
    };
    const open = async (database: TestDatabase) => {
      const handle = await openDatabase(database.config);
      opened.push(handle);
      return handle;
    };

    it('runs every queued job exactly once', async () => {
      const handle = await open(await newDatabase());
      const runs = new Map<number, string[]>();
      const scheduler = await startScheduler({ db: handle.db, jobs: [countingJob(runs)('only')], pollIntervalMs: 20 });
      for (let n = 0; n < 40; n++) await enqueueJob(handle.db, { kind: 'count', payload: { n } });
      await waitFor('40 jobs to finish', async () => (await countJobs(handle.db)).finished === 40);
      await scheduler.stop();
      assert.equal(runs.size, 40);
      assert.ok([...runs.values()].every((by) => by.length === 1));
    });

    it('runs a job queued before a restart once the new process starts', async () => {
      const database = await newDatabase();
      const before = await openDatabase(database.config);
      await enqueueJob(before.db, { kind: 'count', payload: { n: 1 } });
      await before.close();

      const afterRestart = await open(database);
      const runs = new Map<number, string[]>();
      const scheduler = await startScheduler({ db: afterRestart.db, jobs: [countingJob(runs)('restarted')], pollIntervalMs: 20 });
      await waitFor('the job to finish', async () => (await countJobs(afterRestart.db)).finished === 1);
      await scheduler.stop();
      assert.deepEqual([...runs.entries()], [[1, ['restarted']]]);
    });

    it('retries the job of a process that died holding it, once its lease runs out', async () => {
      const handle = await open(await newDatabase());
      await enqueueJob(handle.db, { kind: 'count', payload: { n: 7 } });
      // The dead process claimed it and never came back.
      await claimNextJob(handle.db, { kinds: ['count'], workerId: 'dead-process', leaseSeconds: 0.3 });
      const runs = new Map<number, string[]>();
      const scheduler = await startScheduler({ db: handle.db, jobs: [countingJob(runs)('survivor')], pollIntervalMs: 20 });
      await waitFor('the job to finish', async () => (await countJobs(handle.db)).finished === 1);
      await scheduler.stop();
      assert.deepEqual([...runs.entries()], [[7, ['survivor']]]);
      const [job] = await listJobs(handle.db, 'finished');
      assert.equal(job?.attempts, 2);
    });

    it('stops promptly, telling the job in hand to give up, which is then tried again later', async () => {
      const handle = await open(await newDatabase());
      let started!: () => void;
      const handlerStarted = new Promise<void>((resolve) => (started = resolve));
      const patient = defineJob({
        kind: 'patient',
        payload: z.object({}),
        run: (_payload, { signal }) =>
          new Promise((_resolve, reject) => {
            started();
            signal.addEventListener('abort', () => reject(new Error('the server is stopping')));
          }),
      });
      await enqueueJob(handle.db, { kind: 'patient', payload: {} });
      const scheduler = await startScheduler({ db: handle.db, jobs: [patient], pollIntervalMs: 20 });
      await handlerStarted;
      const stopping = Date.now();
      await scheduler.stop();
      assert.ok(Date.now() - stopping < 1000, `stop took ${Date.now() - stopping} ms`);
      const [job] = await listJobs(handle.db, 'waiting');
      assert.equal(job?.lastError, 'the server is stopping');
    });

    it('stops within its time limit even when a handler ignores the signal', async () => {
      const handle = await open(await newDatabase());
      let started!: () => void;
      const handlerStarted = new Promise<void>((resolve) => (started = resolve));
      let finish!: () => void;
      const stubborn = defineJob({
        kind: 'stubborn',
        payload: z.object({}),
        run: () =>
          new Promise<void>((resolve) => {
            started();
            finish = resolve;
          }),
      });
      await enqueueJob(handle.db, { kind: 'stubborn', payload: {} });
      const warnings: string[] = [];
      const scheduler = await startScheduler({ db: handle.db, jobs: [stubborn], pollIntervalMs: 20, stopTimeoutMs: 200, log: { info: () => undefined, warn: (line) => warnings.push(line) } });
      await handlerStarted;
      const stopping = Date.now();
      await scheduler.stop();
      assert.ok(Date.now() - stopping < 1000, `stop took ${Date.now() - stopping} ms`);
      assert.match(warnings.join('\n'), /did not stop within 200 ms/);
      finish();
    });

    it('runs a job queued after start as soon as woken, without waiting for the poll', async () => {
      const handle = await open(await newDatabase());
      const runs = new Map<number, string[]>();
      const scheduler = await startScheduler({ db: handle.db, jobs: [countingJob(runs)('woken')], pollIntervalMs: 60_000 });
      await enqueueJob(handle.db, { kind: 'count', payload: { n: 3 } });
      scheduler.wake();
      await waitFor('the job to finish', async () => (await countJobs(handle.db)).finished === 1, 5000);
      await scheduler.stop();
    });

    if (engine === 'postgres') {
      it('two processes with their own connection pools on one database run every job exactly once between them', async () => {
        const database = await newDatabase();
        const [first, second] = [await open(database), await open(database)];
        const runs = new Map<number, string[]>();
        const job = countingJob(runs);
        const [one, two] = await Promise.all([
          startScheduler({ db: first.db, jobs: [job('one')], pollIntervalMs: 10, workerId: 'one' }),
          startScheduler({ db: second.db, jobs: [job('two')], pollIntervalMs: 10, workerId: 'two' }),
        ]);
        const total = 200;
        // Queued from both processes, as two web servers would.
        for (let n = 0; n < total; n++) await enqueueJob((n % 2 ? first : second).db, { kind: 'count', payload: { n } });
        await waitFor(`${total} jobs to finish`, async () => (await countJobs(first.db)).finished === total);
        await Promise.all([one.stop(), two.stop()]);

        assert.equal(runs.size, total);
        const twice = [...runs.entries()].filter(([, by]) => by.length !== 1);
        assert.deepEqual(twice, [], 'no job ran twice');
        const byScheduler = (name: string) => [...runs.values()].filter((by) => by[0] === name).length;
        assert.ok(byScheduler('one') > 0 && byScheduler('two') > 0, `one ran ${byScheduler('one')}, two ran ${byScheduler('two')}`);
        const attempts = await first.db.selectFrom('job').select('attempts').distinct().execute();
        assert.deepEqual(attempts, [{ attempts: 1 }], 'no job was claimed twice');
      });

      it('two processes starting together queue and run each day of a daily job once', async () => {
        const database = await newDatabase();
        const [first, second] = [await open(database), await open(database)];
        const days: string[] = [];
        const digest = defineDailyJob({ kind: 'daily-digest', at: '07:00', run: async ({ date }) => void days.push(date) });
        // Yesterday's run is due; both processes see it at once.
        const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
        await enqueueJob(first.db, { kind: 'daily-digest', payload: { date: yesterday }, runAt: new Date(Date.now() - 3_600_000), dedupeKey: `daily-digest:${yesterday}` });
        const [one, two] = await Promise.all([
          startScheduler({ db: first.db, jobs: [digest], pollIntervalMs: 10 }),
          startScheduler({ db: second.db, jobs: [digest], pollIntervalMs: 10 }),
        ]);
        await waitFor('yesterday to run', async () => (await countJobs(first.db)).finished === 1);
        await new Promise((resolve) => setTimeout(resolve, 200));
        await Promise.all([one.stop(), two.stop()]);
        assert.deepEqual(days, [yesterday]);
        const waiting = await listJobs(first.db, 'waiting');
        assert.equal(waiting.length, 1, 'one next day queued');
      });
    }
  });
}
