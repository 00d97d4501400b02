import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { readConfig } from './config.ts';
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
