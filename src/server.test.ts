import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { insertCommittee } from '../test/factories.ts';
import { readConfig } from './config.ts';
import { openDatabase } from './db/connection.ts';
import { migrateToLatest } from './db/migrate.ts';
import { startServer } from './server.ts';

describe('starting Gavel on the embedded database', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-start-'));
  const config = readConfig({ GAVEL_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates the database, migrates it and loads the demo council the first time, and reuses it after', async () => {
    const firstLog: string[] = [];
    const first = await startServer(config, (line) => firstLog.push(line));
    const home = await fetch(`http://127.0.0.1:${(first.app.server.address() as { port: number }).port}/`);
    const html = await home.text();
    await first.stop();
    assert.equal(home.status, 200);
    assert.ok(firstLog.some((l) => l.startsWith('Migrated the database')), firstLog.join('\n'));
    const loaded = firstLog.find((l) => l.startsWith('Loaded the demo council'));
    assert.ok(loaded, firstLog.join('\n'));
    const councilName = /Loaded the demo council: (.+)\.$/.exec(loaded)![1]!;
    assert.ok(html.includes(councilName), 'the home page does not name the demo council');

    const secondLog: string[] = [];
    const second = await startServer(config, (line) => secondLog.push(line));
    const committees = await second.database.db.selectFrom('council').select('name').execute();
    await second.stop();
    assert.deepEqual(secondLog.filter((l) => !l.startsWith('Built')), [], 'a restart migrated or loaded again');
    assert.equal(committees.length, 1);
  });
});

describe('starting Gavel on a database that already holds imported papers', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-start-imported-'));
  const config = readConfig({ GAVEL_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('leaves the demo council out, even though no council row exists yet', async () => {
    const log: string[] = [];
    const database = await openDatabase(config.database);
    await migrateToLatest(database.db);
    await insertCommittee(database.db, { name: 'Audit Committee', slug: 'audit-committee', kind: 'regulatory' });
    await database.close();

    const server = await startServer(config, (line) => log.push(line));
    const committees = await server.database.db.selectFrom('committee').select('slug').execute();
    const home = await server.app.inject('/committees');
    await server.stop();
    assert.ok(!log.some((l) => l.startsWith('Loaded the demo council')), log.join('\n'));
    assert.deepEqual(committees.map((c) => c.slug), ['audit-committee']);
    assert.equal(home.statusCode, 200);
  });
});
