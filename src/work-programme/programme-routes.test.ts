import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { getPage, textOf, useTestPortal } from '../../test/build-test-app.ts';
import { SENDER_MARKER, seedWorkProgramme, WORK_PROGRAMME_TODAY } from './testing/work-programme-fixture.ts';

describe('the public work programme and its appendix', () => {
  const portal = useTestPortal(seedWorkProgramme, WORK_PROGRAMME_TODAY);
  const base = '/committees/place-scrutiny/work-programme';

  it('shows each meeting with its items, then the sections, with lead officers and the group’s review', async () => {
    const { $ } = await getPage(portal.app, base);
    assert.equal(textOf($, 'h1'), 'Work programme 2025/26');
    assert.deepEqual($('main h2.govuk-heading-l').map((_, h) => $(h).text()).get(), ['Items by meeting', 'Annual items', 'Potential items: to be scheduled', 'Task and finish groups', 'Workshops', 'Briefing notes']);
    assert.deepEqual($('main h3.govuk-heading-m').map((_, h) => $(h).text().trim()).get(), ['Tuesday 13 January 2026', 'Tuesday 17 March 2026', 'Tuesday 21 April 2026']);
    const highways = $('tbody tr').filter((_, tr) => $(tr).text().includes('Highway maintenance plan'));
    assert.deepEqual(highways.find('td').map((_, td) => $(td).text().trim()).get().slice(1), ['Requested at the meeting on 13 January 2026', 'Priya Roads', 'Report requested']);
    assert.equal($('a[href="/committees/bus-services-group/review"]').length, 1);
    assert.match(textOf($, 'main'), /Tuesday 21 April 2026, 11am to 1pm/);
    assert.equal($('a[href="/committees/place-scrutiny/work-programme/suggest"]').text(), 'Suggest a topic for the committee to look at');
  });

  it('leaves out a suggestion waiting for triage, and never names who sent one', async () => {
    const { response, $ } = await getPage(portal.app, base);
    assert.ok(!textOf($, 'main').includes('Safer crossing on Mill Lane'));
    for (const url of [base, `${base}?format=csv`, `${base}/appendix`]) {
      const body = (await portal.app.inject({ url })).body;
      assert.ok(!body.includes(SENDER_MARKER) && !body.includes('Jo Resident'), url);
    }
    assert.ok(!response.body.includes('History'));
  });

  it('prints the appendix as a page, grouped by meeting then by section, with empty sections saying so', async () => {
    const { $ } = await getPage(portal.app, `${base}/appendix?year=2025-26`);
    assert.deepEqual($('main h2').map((_, h) => $(h).text()).get(), ['Items by meeting', 'Annual items', 'Potential items: to be scheduled', 'Task and finish groups', 'Workshops', 'Briefing notes', 'Suggestions from the public']);
    const suggestions = $('h2').filter((_, h) => $(h).text() === 'Suggestions from the public').next();
    assert.equal(suggestions.text().trim(), 'None.');
    assert.equal($('h3').filter((_, h) => $(h).text().startsWith('Tuesday 13 January')).next().text().trim(), 'No items planned yet.');
  });

  it('makes a PDF whose text reads in the same order', async () => {
    const response = await portal.app.inject({ url: `${base}/appendix.pdf` });
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.headers['content-disposition'], 'attachment; filename="place-scrutiny-work-programme-2025-26.pdf"');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(response.rawPayload)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    const order = ['Work programme 2025/26', 'Place Scrutiny Committee', 'Items by meeting', 'Tuesday 17 March 2026', 'Highway maintenance plan', 'Annual items', 'Budget scrutiny', 'Potential items', 'Residents’ parking zones', 'Task and finish groups', 'Rural bus services review', 'Bus Services Task Group', 'Workshops', 'Understanding the transport capital programme', 'Briefing notes', 'Street lighting energy costs'];
    let at = -1;
    for (const words of order) {
      const next = flat.indexOf(words, at + 1);
      assert.ok(next > at, `“${words}” comes after what precedes it in the PDF`);
      at = next;
    }
    assert.ok(!flat.includes('Safer crossing'));
  });

  it('makes a spreadsheet with one row per item in print order, dates as dates', async () => {
    const response = await portal.app.inject({ url: `${base}/appendix.xlsx` });
    assert.equal(response.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Work programme')!;
    const rows = sheet.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    assert.deepEqual(rows.map((r) => [r[0], r[2]]), [
      ['Items by meeting', 'Highway maintenance plan'],
      ['Annual items', 'Budget scrutiny'],
      ['Potential items: to be scheduled', 'Residents’ parking zones'],
      ['Task and finish groups', 'Rural bus services review'],
      ['Workshops', 'Understanding the transport capital programme'],
      ['Briefing notes', 'Street lighting energy costs'],
    ]);
    assert.deepEqual(rows[0]![1], new Date('2026-03-17T00:00:00Z'));
    assert.equal(rows[0]![7], 'Priya Roads');
    assert.deepEqual(rows[4]![9], new Date('2026-04-21T00:00:00Z'));
    assert.equal(rows[4]![10], '11am to 1pm');
    assert.match(String(workbook.getWorksheet('About')!.getCell('A3').value), /As at Monday 2 March 2026/);
  });

  it('downloads the programme as CSV with a section on every row', async () => {
    const response = await portal.app.inject({ url: `${base}?format=csv` });
    const lines = response.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Section,Meeting,Item,Kind,Type of scrutiny,Purpose,Origin,Lead officer,Current position,Date,Group');
    assert.match(lines[1]!, /^Items by meeting,2026-03-17,Highway maintenance plan,Scheduled item,/);
    assert.equal(lines.length, 7);
  });

  it('answers an unknown committee or year with the not-found page', async () => {
    await getPage(portal.app, '/committees/no-such/work-programme', 404);
    await getPage(portal.app, `${base}?year=2019-20`, 404);
    await getPage(portal.app, `${base}/appendix.pdf?year=2019-20`, 404);
    assert.equal((await portal.app.inject({ url: `${base}?year=soon` })).statusCode, 400);
  });
});
