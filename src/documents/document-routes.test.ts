import assert from 'node:assert/strict';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { insertCouncil } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { minutesPdf } from '../import/fixtures/make-files.ts';
import { importFile } from '../import/import-file.ts';
import { minutesText } from '../import/import-test-files.ts';

describe('document page and source links', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let minutesId: number;
  let pdfId: number;
  let exemptId: number;
  const marker = 'PANGOLINTENDER';
  const file = (name: string) => path.join(os.tmpdir(), 'gavel-document-routes', name);

  before(async () => {
    database = await openTestDatabase('pglite');
    app = await buildTestApp(database);
    await insertCouncil(database.db);
    const body = '25/03 Allotments\nRESOLVED that the allotment rents be frozen.\nACTION: Clerk to write to all tenants.\n';
    minutesId = (await importFile(database.db, { displayName: 'minutes.txt', path: file('minutes.txt'), bytes: minutesText({ present: 'Cllr J Baker (Chairman), Cllr S Patel', body }), today: '2026-03-02' })).documentId;
    pdfId = (await importFile(database.db, { displayName: 'audit.pdf', path: file('audit.pdf'), bytes: await minutesPdf(), today: '2026-03-02' })).documentId;
    const secret = minutesText({ council: 'Eastmere Town Council', present: 'Cllr P Rowe (Chairman)', body: `25/03 Depot lease (exempt: paragraph 3)\nRESOLVED that the ${marker} be approved.\n` });
    exemptId = (await importFile(database.db, { displayName: 'private.txt', path: file('private.txt'), bytes: secret, today: '2026-03-02' })).documentId;
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  it('shows the text line by line, each line a link to itself', async () => {
    const { $ } = await getPage(app, `/documents/${minutesId}`);
    assert.equal(textOf($, 'h1'), 'Minutes: Ashby Parish Council, Monday 3 March 2025');
    assert.equal($('#L5 a').attr('href'), '#L5');
    assert.match(textOf($, '#L5'), /Present: Cllr J Baker/);
    assert.equal($('a[href$="/original"]').attr('href'), `/documents/${minutesId}/original`);
  });

  it('lists the records the document gave, each linked to its page and its lines', async () => {
    const { $ } = await getPage(app, `/documents/${minutesId}`);
    const resolution = $('#records ~ ul li').filter((_, el) => $(el).text().includes('allotment rents be frozen')).first();
    assert.equal(resolution.find('a').first().attr('href'), '/committees/ashby-parish-council/meetings/2025-03-03#minute-item-2503');
    const linesHref = resolution.find('a').last().attr('href')!;
    assert.match(textOf($, linesHref), /RESOLVED that the allotment rents be frozen/);
  });

  it('marks where each page of a PDF starts', async () => {
    const { $ } = await getPage(app, `/documents/${pdfId}`);
    assert.deepEqual($('.gavel-document-text__page h3').map((_, el) => $(el).text()).get(), ['Page 1', 'Page 2']);
  });

  it('answers an exempt document, its original and an unknown id with not found', async () => {
    const { response } = await getPage(app, `/documents/${exemptId}`, 404);
    assert.ok(!response.body.includes(marker));
    await getPage(app, `/documents/${exemptId}/original`, 404);
    await getPage(app, '/documents/999999', 404);
    await getPage(app, '/documents/abc', 404);
  });

  it('links the meeting page’s imported items, attendance, resolutions and actions to their source lines', async () => {
    const { $ } = await getPage(app, '/committees/ashby-parish-council/meetings/2025-03-03');
    const item = $('#item-2503 .gavel-source');
    assert.match(item.text(), /Source: lines \d+–\d+ of Minutes: Ashby Parish Council, Monday 3 March 2025/);
    const resolution = $('#minute-item-2503 .gavel-resolution .gavel-source a');
    const target = resolution.attr('href')!;
    assert.ok(target.startsWith(`/documents/${minutesId}#L`), target);
    const { $: doc } = await getPage(app, target.split('#')[0]!);
    assert.match(textOf(doc, `#${target.split('#')[1]}`), /allotment rents be frozen/);
    assert.ok($('#attendance').nextAll('ul').first().find('.gavel-source a').length >= 2);
    assert.match($('#minute-item-2503 table .gavel-source a').attr('href') ?? '', /^\/documents\/\d+#L\d+$/);
  });
});
