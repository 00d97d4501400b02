import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { openTestDatabase, testEngines, type TestDatabaseHandle } from '../../test/support/database.ts';
import { isGavelError } from '../errors.ts';
import { agendaDocx, minutesPdf } from './fixtures/make-files.ts';
import { importFile } from './import-file.ts';
import { importFiles } from './import-files.ts';
import { encryptedPdf, minutesText, zipBomb } from './import-test-files.ts';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const today = '2026-03-02';
const fixture = (name: string) => ({ displayName: name, path: path.join(fixtures, name), bytes: fs.readFileSync(path.join(fixtures, name)), today });

for (const engine of testEngines) {
  describe(`importing documents (${engine})`, () => {
    let database: TestDatabaseHandle;
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-import-'));
    before(async () => {
      database = await openTestDatabase(engine);
    });
    after(async () => {
      await database.close();
      fs.rmSync(scratch, { recursive: true, force: true });
    });

    const count = async (table: 'document' | 'agendaItem' | 'attendance' | 'resolution' | 'recommendation' | 'action' | 'person' | 'meeting' | 'committee') =>
      Number((await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    it('stores an agenda pack with its meetings, agenda, attendance, minutes and actions, each pointing at its lines', async () => {
      const outcome = await importFile(database.db, fixture('agenda-pack.txt'));
      assert.equal(outcome.status, 'imported');
      if (outcome.status !== 'imported') return;
      assert.equal(outcome.version, 1);
      assert.equal(outcome.counts.committees, 1);
      assert.equal(outcome.counts.meetings, 2);
      assert.equal(outcome.counts.recommendations, 2);
      const document = await database.db.selectFrom('document').selectAll().where('id', '=', outcome.documentId).executeTakeFirstOrThrow();
      assert.equal(document.kind, 'agenda-pack');
      assert.equal(document.title, 'Agenda pack: Communities Scrutiny Panel, Thursday 12 June 2025');
      // Line 5 of the stored text is line 5 of the file, where records from it point.
      assert.match(document.text.split('\n')[4]!, /Thursday 12 June 2025/);
      assert.equal(document.lineStarts.length, document.text.split('\n').length);
      assert.equal(Buffer.from(document.original!).toString('utf8'), fs.readFileSync(path.join(fixtures, 'agenda-pack.txt'), 'utf8'));

      const committee = await database.db.selectFrom('committee').selectAll().where('name', '=', 'Communities Scrutiny Panel').executeTakeFirstOrThrow();
      assert.equal(committee.origin, 'import');
      assert.equal(committee.kind, 'scrutiny');
      const held = await database.db.selectFrom('meeting').selectAll().where('committeeId', '=', committee.id).where('date', '=', '2025-04-10').executeTakeFirstOrThrow();
      assert.equal(held.status, 'draft-minutes');
      assert.equal(held.startsAt?.toISOString(), '2025-04-10T09:00:00.000Z');

      const recommendations = await database.db.selectFrom('recommendation').selectAll().where('sourceDocumentId', '=', outcome.documentId).orderBy('id').execute();
      assert.deepEqual(recommendations.map((r) => r.letter), ['a', 'b']);
      const lines = document.text.split('\n');
      for (const r of recommendations) {
        assert.equal(r.origin, 'import');
        assert.ok(lines[r.sourceLineFrom! - 1]!.includes(r.text.slice(0, 20)), `line ${r.sourceLineFrom} does not hold "${r.text}"`);
      }
      const resolution = await database.db.selectFrom('resolution').selectAll().where('sourceDocumentId', '=', outcome.documentId).executeTakeFirstOrThrow();
      assert.match(lines[resolution.sourceLineFrom! - 1]!, /Resolved: That the minutes/);
      const minuted = await database.db.selectFrom('agendaItem').selectAll().where('meetingId', '=', held.id).where('title', '=', 'LIBRARY SERVICES REVIEW').executeTakeFirstOrThrow();
      assert.match(minuted.minutes ?? '', /The Head of Communities introduced the report/);
      const upcoming = await database.db.selectFrom('agendaItem').selectAll().where('title', '=', 'MINUTES').where('pageFrom', '=', 5).executeTakeFirstOrThrow();
      assert.deepEqual([upcoming.pageFrom, upcoming.pageTo], [5, 12]);
      const logged = await database.db.selectFrom('action').selectAll().where('number', '=', 'A1').executeTakeFirstOrThrow();
      assert.equal(logged.status, 'completed');
      const update = await database.db.selectFrom('actionUpdate').selectAll().where('actionId', '=', logged.id).executeTakeFirstOrThrow();
      assert.equal(update.text, 'Sent 20 March');
    });

    it('changes nothing when the same file is imported again', async () => {
      const before = await Promise.all([count('document'), count('agendaItem'), count('person')]);
      const outcome = await importFile(database.db, fixture('agenda-pack.txt'));
      assert.equal(outcome.status, 'unchanged');
      assert.deepEqual(await Promise.all([count('document'), count('agendaItem'), count('person')]), before);
    });

    it('makes a changed file from the same path the next version and replaces its records', async () => {
      const file = path.join(scratch, 'minutes.txt');
      const first = await importFile(database.db, { displayName: 'minutes.txt', path: file, bytes: minutesText({ present: 'Cllr J Baker (Chairman), Cllr S Patel' }), today });
      const items = await count('agendaItem');
      const resolutions = await count('resolution');
      const second = await importFile(database.db, {
        displayName: 'minutes.txt',
        path: file,
        bytes: minutesText({ present: 'Cllr J Baker (Chairman), Cllr S Patel and Cllr R Hughes' }),
        today,
      });
      assert.equal(second.status, 'imported');
      if (second.status !== 'imported') return;
      assert.equal(second.version, 2);
      const newer = await database.db.selectFrom('document').selectAll().where('id', '=', second.documentId).executeTakeFirstOrThrow();
      assert.equal(newer.supersedesDocumentId, first.documentId);
      assert.equal(await count('agendaItem'), items, 'agenda items were duplicated');
      assert.equal(await count('resolution'), resolutions, 'resolutions were duplicated');
      const attendance = await database.db.selectFrom('attendance').select('sourceDocumentId').where('sourceDocumentId', 'in', [first.documentId, second.documentId]).execute();
      // Three present and one apology.
      assert.equal(attendance.length, 4);
      assert.ok(attendance.every((a) => a.sourceDocumentId === second.documentId));
    });

    it('knows "Cllr J Smith" and "Councillor John Smith" on one committee as one person, and Jane Smith as another', async () => {
      const council = 'Brookfield Town Council';
      await importFile(database.db, { displayName: 'a.txt', path: path.join(scratch, 'a.txt'), bytes: minutesText({ council, present: 'Cllr J Smith (Chairman), Cllr K Obi', date: 'Monday 6 January 2025' }), today });
      await importFile(database.db, { displayName: 'b.txt', path: path.join(scratch, 'b.txt'), bytes: minutesText({ council, present: 'Councillor John Smith (Chairman), Councillor Jane Smith', date: 'Monday 3 February 2025' }), today });
      const smiths = await database.db.selectFrom('person').select('fullName').where('familyName', '=', 'Smith').orderBy('fullName').execute();
      assert.deepEqual(smiths.map((p) => p.fullName), ['Jane Smith', 'John Smith']);
    });

    it('refuses bad files with a message naming the file, and stores nothing for them', async () => {
      const before = await count('document');
      const bad: [string, Uint8Array, RegExp][] = [
        ['empty.txt', new Uint8Array(), /empty\.txt: the file is empty/],
        ['junk.bin', new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), /junk\.bin: not a document/],
        ['broken.pdf', new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage'), /broken\.pdf: /],
        ['bomb.docx', zipBomb(), /bomb\.docx: refused as a possible zip bomb/],
        ['secret.pdf', await encryptedPdf(), /secret\.pdf: the PDF is encrypted/],
        ['shopping.txt', new TextEncoder().encode('Eggs\nMilk\nBread\n'), /shopping\.txt: not a committee document/],
      ];
      for (const [name, bytes, message] of bad) {
        await assert.rejects(
          importFile(database.db, { displayName: name, path: path.join(scratch, name), bytes, today }),
          (error: unknown) => isGavelError(error) && message.test(error.message),
          name,
        );
      }
      assert.equal(await count('document'), before);
    });

    it('goes on past missing and oversized files, and reports each with its reason', async () => {
      const folder = path.join(scratch, 'folder');
      fs.mkdirSync(path.join(folder, 'nested'), { recursive: true });
      fs.writeFileSync(path.join(folder, 'nested', 'work-programme.md'), fs.readFileSync(path.join(fixtures, 'work-programme.md')));
      fs.writeFileSync(path.join(folder, 'huge.txt'), Buffer.alloc(5000, 'x'));
      fs.writeFileSync(path.join(folder, '.hidden.txt'), 'ignored');
      const summary = await importFiles(database.db, { paths: [folder, path.join(scratch, 'missing.pdf')], maxBytes: 4000, today });
      const byFile = Object.fromEntries(summary.results.map((r) => [path.basename(r.file), r]));
      assert.deepEqual(Object.keys(byFile).sort(), ['huge.txt', 'missing.pdf', 'work-programme.md']);
      assert.equal(byFile['work-programme.md']!.status, 'imported');
      assert.match((byFile['huge.txt'] as { reason: string }).reason, /over the import limit/);
      assert.match((byFile['missing.pdf'] as { reason: string }).reason, /no such file/);
      assert.equal(summary.counts.workProgrammeItems, 6);
    });

    it('stores PDF pages and Word documents with their kind and media type', async () => {
      const pdf = await importFile(database.db, { displayName: 'audit.pdf', path: path.join(scratch, 'audit.pdf'), bytes: await minutesPdf(), today });
      const docx = await importFile(database.db, { displayName: 'agenda.docx', path: path.join(scratch, 'agenda.docx'), bytes: await agendaDocx(), today });
      const rows = await database.db.selectFrom('document').select(['id', 'mediaType', 'pageStarts']).where('id', 'in', [pdf.documentId, docx.documentId]).orderBy('id').execute();
      assert.equal(rows[0]!.mediaType, 'application/pdf');
      assert.equal(rows[0]!.pageStarts.length, 2);
      assert.match(rows[1]!.mediaType, /wordprocessingml/);
    });

    it('keeps an exempt document but makes no public records from it', async () => {
      const marker = 'ZEBRAFINCHLEASE';
      const outcome = await importFile(database.db, {
        displayName: 'private.txt',
        path: path.join(scratch, 'private.txt'),
        bytes: minutesText({ council: 'Eastmere Town Council', present: 'Cllr P Rowe (Chairman)', body: `25/03 Depot lease (exempt: paragraph 3)\nRESOLVED that the ${marker} be approved.\n` }),
        today,
      });
      assert.equal(outcome.status, 'imported');
      const document = await database.db.selectFrom('document').select(['isExempt']).where('id', '=', outcome.documentId).executeTakeFirstOrThrow();
      assert.equal(document.isExempt, true);
      const leaked = await database.db.selectFrom('resolution').select('id').where('text', 'like', `%${marker}%`).execute();
      assert.deepEqual(leaked, []);
    });
  });
}
