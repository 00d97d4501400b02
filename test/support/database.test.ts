import assert from 'node:assert/strict';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import pg from 'pg';
import type { DatabaseConfig } from '../../src/config.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { openTestDatabase, testEngines } from './database.ts';
import { testEnvironment } from './database-templates.ts';

for (const engine of testEngines) {
  describe(`openTestDatabase on ${engine}`, () => {
    it('hands out a database migrated to the latest schema, with no rows', async () => {
      const database = await openTestDatabase(engine);
      try {
        assert.equal(database.engine, engine);
        assert.deepEqual(await migrateToLatest(database.db), [], 'no migration left to run');
        assert.deepEqual(await database.db.selectFrom('committee').selectAll().execute(), []);
      } finally {
        await database.close();
      }
    });

    it('keeps each copy apart: a write in one is not seen in another', async () => {
      const [first, second] = await Promise.all([openTestDatabase(engine), openTestDatabase(engine)]);
      try {
        await first.db.insertInto('committee').values({ slug: 'audit', name: 'Audit and Governance', kind: 'regulatory' }).execute();
        const committees = (database: typeof first) => database.db.selectFrom('committee').select('slug').execute();
        assert.deepEqual(await committees(first), [{ slug: 'audit' }]);
        assert.deepEqual(await committees(second), []);
      } finally {
        await Promise.all([first.close(), second.close()]);
      }
    });

    it('deletes the copy on close', async () => {
      const database = await openTestDatabase(engine);
      await database.db.insertInto('committee').values({ slug: 'planning', name: 'Planning', kind: 'regulatory' }).execute();
      assert.equal(await exists(database.config), true);
      await database.close();
      assert.equal(await exists(database.config), false);
      await database.close(); // a second close is harmless
    });
  });
}

async function exists(config: DatabaseConfig): Promise<boolean> {
  if (config.engine === 'pglite') return fs.existsSync(config.dataDir);
  const name = new URL(config.url).pathname.slice(1);
  const client = new pg.Client({ connectionString: process.env[testEnvironment.serverUrl] });
  await client.connect();
  try {
    const result = await client.query('select 1 from pg_database where datname = $1', [name]);
    return result.rowCount === 1;
  } finally {
    await client.end();
  }
}
