import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { getPage, useTestPortal } from '../../test/build-test-app.ts';
import { importFile } from '../import/import-file.ts';

const fixtures = ['action-sheet.txt', 'district-minutes.md'].map((name) => path.resolve('src/import/fixtures', name));

describe('imported actions and recommendations on the committee trackers', () => {
  const portal = useTestPortal(async (db) => {
    for (const file of fixtures) {
      await importFile(db, { displayName: path.basename(file), path: file, bytes: await fs.readFile(file), today: '2026-03-02' });
    }
  });

  it('links each imported action and recommendation to the lines it came from', async () => {
    const db = portal.database.db;
    const withActions = await db.selectFrom('action as a').innerJoin('committee as c', 'c.id', 'a.committeeId').select('c.slug').executeTakeFirstOrThrow();
    const withRecommendations = await db.selectFrom('recommendation as r').innerJoin('committee as c', 'c.id', 'r.committeeId').select('c.slug').executeTakeFirstOrThrow();
    for (const url of [`/committees/${withActions.slug}/actions`, `/committees/${withRecommendations.slug}/recommendations`]) {
      const { $ } = await getPage(portal.app, url);
      const links = $('main table a[href^="/documents/"]').map((_, a) => $(a).attr('href')).get();
      assert.ok(links.length > 0, `${url} has no source links`);
      for (const href of links) assert.match(href, /^\/documents\/\d+#L\d+$/);
    }
  });
});
