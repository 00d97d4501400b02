/**
 * The portal: how fast the portal serves a meeting page and a search page
 * compared with a route that does nothing, on each engine, both as a server
 * runs (public pages cached for GAVEL_PAGE_CACHE_SECONDS) and rendered for
 * every request; and how long a first start (with migrations and the demo
 * council) and a restart take. Figures are ratios
 * against a baseline measured in the same run, so they compare across
 * machines. Set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL
 * server database to include it; its user must be able to create databases.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { readConfig } from '../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../src/db/connection.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { loadDemoCouncil } from '../src/demo/load-demo-council.ts';
import { buildApp } from '../src/web/app.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const today = '2026-03-02';

async function measure(url: string): Promise<{ requestsPerSecond: number; p99: number }> {
  await autocannon({ url, connections: 4, duration: 1 }); // warm-up: templates compiled, plans cached
  const result = await autocannon({ url, connections: 10, duration: seconds });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99 };
}

async function benchEngine(name: string, database: DatabaseHandle): Promise<string[]> {
  await migrateToLatest(database.db);
  await loadDemoCouncil(database.db, { seed: 1, today });
  const meeting = await database.db
    .selectFrom('meeting as m')
    .innerJoin('committee as c', 'c.id', 'm.committeeId')
    .select(['c.slug as committee', 'm.slug'])
    .where('m.status', '=', 'minutes-approved')
    .where('c.kind', '=', 'scrutiny')
    .orderBy('m.date', 'desc')
    .executeTakeFirstOrThrow();
  // As a server runs (the public page cache on, GAVEL_PAGE_CACHE_SECONDS), and rendering every request.
  const cacheSeconds = readConfig().publicPageCacheSeconds;
  const app = await buildApp({ db: database.db, config: { publicUrl: 'http://bench', publicPageCacheSeconds: cacheSeconds }, today: () => today });
  const rendering = await buildApp({ db: database.db, config: { publicUrl: 'http://bench', publicPageCacheSeconds: 0 }, today: () => today });
  app.get('/bench/bare', async () => 'ok');
  const origin = (await app.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  const uncached = (await rendering.listen({ port: 0, host: '127.0.0.1' })).replace(/\/$/, '');
  const meetingPath = `/committees/${meeting.committee}/meetings/${meeting.slug}`;
  const searchPath = '/search?q=school+transport';
  try {
    const bare = await measure(`${origin}/bench/bare`);
    const line = (label: string, m: { requestsPerSecond: number; p99: number }) =>
      `${name.padEnd(10)} ${label.padEnd(32)} ${m.requestsPerSecond.toFixed(0).padStart(7)} req/s   p99 ${String(m.p99).padStart(4)} ms   ratio ${(m.requestsPerSecond / bare.requestsPerSecond).toFixed(3)} of bare`;
    return [
      `${name.padEnd(10)} ${'bare route'.padEnd(32)} ${bare.requestsPerSecond.toFixed(0).padStart(7)} req/s   p99 ${String(bare.p99).padStart(4)} ms`,
      line(`meeting page (cache ${cacheSeconds} s)`, await measure(origin + meetingPath)),
      line(`search page (cache ${cacheSeconds} s)`, await measure(origin + searchPath)),
      line('meeting page, rendered each time', await measure(uncached + meetingPath)),
      line('search page, rendered each time', await measure(uncached + searchPath)),
    ];
  } finally {
    await app.close();
    await rendering.close();
    await database.close();
  }
}

async function timeStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['bin/gavel.js', 'serve'], {
    env: { ...process.env, GAVEL_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`gavel serve exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return performance.now() - started;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function run(): Promise<string[]> {
  const lines: string[] = [`portal: ${seconds}s per measurement, 10 connections`];
  const tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'gavel-bench-'));
  try {
    lines.push(...(await benchEngine('pglite', await openDatabase({ engine: 'pglite', dataDir: path.join(tmp, 'requests') }))));

    const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const name = `gavel_bench_${process.pid}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      try {
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        lines.push(...(await benchEngine('postgres', await openDatabase({ engine: 'postgres', url: url.toString() }))));
      } finally {
        await admin.query(`drop database if exists ${name}`);
        await admin.end();
      }
    } else {
      lines.push('postgres   skipped: set BENCH_DATABASE_URL or TEST_DATABASE_URL to include a PostgreSQL server');
    }

    const dataDir = path.join(tmp, 'start');
    const port = 39000 + (process.pid % 1000);
    const first = await timeStart(dataDir, port);
    const restart = await timeStart(dataDir, port);
    lines.push(`start-up   first start     ${(first / 1000).toFixed(2)} s (create database, migrate, load demo council)`);
    lines.push(`start-up   restart         ${(restart / 1000).toFixed(2)} s   ratio ${(restart / first).toFixed(3)} of first start`);
  } finally {
    await fs.rm(tmp, { recursive: true, force: true });
  }
  return lines;
}
