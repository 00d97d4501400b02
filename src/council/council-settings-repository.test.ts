import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { saveCouncilSettings } from './council-settings-repository.ts';

const settings = { name: 'Northwold District Council', shortName: 'Northwold', nation: 'england' as const, website: null, email: null, phone: null, address: null, brandColour: '#2d5f4e' };

for (const engine of testEngines) {
  describe(`council settings repository (${engine})`, () => {
    let database: TestDatabaseHandle;
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(() => database.close());

    it('creates the council when there is none, with a slug from its short name', async () => {
      const { before, after } = await saveCouncilSettings(database.db, settings);
      assert.equal(before, undefined);
      assert.equal(after.slug, 'northwold');
    });

    it('changes the one council afterwards and keeps its slug', async () => {
      const { before, after } = await saveCouncilSettings(database.db, { ...settings, shortName: 'North Wold', nation: 'scotland' });
      assert.equal(before?.nation, 'england');
      assert.deepEqual([after.slug, after.shortName, after.nation], ['northwold', 'North Wold', 'scotland']);
      assert.equal((await database.db.selectFrom('council').select('id').execute()).length, 1);
    });

    it('refuses a brand colour that is not #rrggbb at the database too', async () => {
      await assert.rejects(saveCouncilSettings(database.db, { ...settings, brandColour: 'green' }));
    });
  });
}
