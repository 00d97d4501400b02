import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { signedInAs } from '../../test/support/staff.ts';
import { listChairedCommitteeIds } from '../committees/committee-repository.ts';
import { seedWorkProgramme, type WorkProgrammeSeed, WORK_PROGRAMME_TODAY } from '../work-programme/testing/work-programme-fixture.ts';

const firstColumn = ($: CheerioAPI, labelledBy: string) => $(`[aria-labelledby="${labelledBy}"] tbody tr td:first-child a`).map((_, a) => $(a).text().trim()).get();

describe('the dashboard’s work programme and forward plan panels', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: WorkProgrammeSeed;

  before(async () => {
    database = await openTestDatabase('pglite');
    seed = await seedWorkProgramme(database.db);
    app = await buildTestApp(database, WORK_PROGRAMME_TODAY);
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows a scrutiny officer the items without a meeting and the decisions in the next three months no work programme has', async () => {
    const officer = await signedInAs(app, database.db, 'scrutiny-officer');
    const { $ } = await officer.get('/manage');
    assert.deepEqual(firstColumn($, 'unscheduled-items'), ['Budget scrutiny', 'Residents’ parking zones']);
    assert.match($('#unscheduled-items').next('p').text(), /2 items/);
    assert.deepEqual(firstColumn($, 'not-picked-up'), ['Bus service support contracts', 'Disposal of the Mill Lane depot'], 'July’s decision is more than three months off');
    assert.equal($('[aria-labelledby="not-picked-up"] a').first().attr('href'), `/manage/forward-plan/${seed.entries.busContract}`);
  });

  it('leaves a decision out once a work programme takes it up, and an item once it has a meeting', async () => {
    await database.db.updateTable('workProgrammeItem').set({ forwardPlanEntryId: seed.entries.busContract }).where('id', '=', seed.items.highways).execute();
    await database.db.updateTable('workProgrammeItem').set({ meetingId: seed.meetings.april.id }).where('id', '=', seed.items.budget).execute();
    const officer = await signedInAs(app, database.db, 'democratic-services');
    const { $ } = await officer.get('/manage');
    assert.deepEqual(firstColumn($, 'not-picked-up'), ['Disposal of the Mill Lane depot']);
    assert.deepEqual(firstColumn($, 'unscheduled-items'), ['Residents’ parking zones']);
  });

  it('shows a chair their committees’ items and the whole forward plan; a councillor who chairs nothing sees neither', async () => {
    const chair = await signedInAs(app, database.db, 'councillor', { personId: seed.members.ash.id });
    let { $ } = await chair.get('/manage');
    assert.match($('h1').next('p').text(), /committees you chair/);
    assert.deepEqual(firstColumn($, 'unscheduled-items'), ['Residents’ parking zones']);
    assert.deepEqual(firstColumn($, 'not-picked-up'), ['Disposal of the Mill Lane depot']);
    const member = await signedInAs(app, database.db, 'councillor', { personId: seed.members.birch.id });
    ({ $ } = await member.get('/manage'));
    assert.equal($('#unscheduled-items, #not-picked-up').length, 0);
  });

  it('counts as chaired the committees chaired today and the task and finish groups under them', async () => {
    assert.deepEqual(await listChairedCommitteeIds(database.db, seed.members.ash.id, WORK_PROGRAMME_TODAY), [seed.committee.id, seed.group.id].sort((a, b) => a - b));
    assert.deepEqual(await listChairedCommitteeIds(database.db, seed.members.birch.id, WORK_PROGRAMME_TODAY), []);
    assert.deepEqual(await listChairedCommitteeIds(database.db, seed.members.ash.id, '2025-05-19'), [], 'before the term began');
  });
});
