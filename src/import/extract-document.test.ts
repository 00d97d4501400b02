import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractDocument, extractWithProvenance } from './extract-document.ts';
import { extractionSchema } from './extraction.ts';
import { agendaDocx, minutesPdf } from './fixtures/make-files.ts';

const fixture = (name: string) => ({ name, bytes: readFileSync(new URL(`./fixtures/${name}`, import.meta.url)) });

describe('extractDocument', () => {
  it('reads an agenda pack: the coming meeting, the last minutes and the action log', async () => {
    const e = await extractDocument(fixture('agenda-pack.txt'));
    assert.equal(e.source.documentType, 'agenda-pack');
    assert.match(e.source.sha256, /^[0-9a-f]{64}$/);
    const [coming, last] = e.meetings;
    assert.deepEqual([coming!.committee, coming!.date, coming!.startTime, coming!.venue], ['Communities Scrutiny Panel', '2025-06-12', '10:00', 'The Guildhall, Market Square, Kestrel']);
    assert.deepEqual(coming!.membership.map((m) => m.role), ['chair', 'vice-chair', 'member', 'member', 'co-optee', 'co-optee']);
    assert.deepEqual(coming!.agenda.map((a) => a.pages), [null, null, '5 - 12', '13 - 40', '41 - 46']);
    assert.equal(coming!.agenda[3]!.title, 'COMMUNITY SAFETY PARTNERSHIP & ANTI-SOCIAL BEHAVIOUR UPDATE');
    assert.equal(coming!.attendance, null);
    assert.deepEqual([last!.date, last!.endTime, last!.attendance?.chair, last!.declarations], ['2025-04-10', '12:15', 'PR Quinn', []]);
    assert.deepEqual(last!.attendance?.present, ['PR Quinn', 'S Rahman', 'T Udall', 'Walsh']);
    assert.deepEqual(last!.items.at(-1)!.recommendations.length, 2);
    assert.deepEqual(e.actionLog.map((a) => [a.number, a.status, a.action]), [
      ['A1', 'Complete', 'Circulate the library footfall figures'],
      ['A2', 'Overdue', 'Arrange a site visit to the Kestrel Road depot'],
      ['A3', 'Open', 'Report on volunteer-run libraries'],
    ]);
  });

  it('reads parish minutes with slash-numbered items', async () => {
    const e = await extractDocument(fixture('parish-minutes.txt'));
    assert.equal(e.source.documentType, 'minutes');
    assert.equal(e.council, 'Ashby Parish Council');
    const [m] = e.meetings;
    assert.deepEqual([m!.committee, m!.date, m!.startTime, m!.venue, m!.endTime], ['Ashby Parish Council', '2025-03-03', '19:30', 'Village Hall, Church Lane, Ashby', '21:05']);
    assert.deepEqual(m!.attendance?.apologies, ['A Wood', 'L Fox']);
    assert.deepEqual(m!.attendance?.inAttendance, ['K Dunn', 'P Grant']);
    assert.deepEqual(m!.declarations?.map((d) => [d.member, d.item]), [['Hughes', '25/06']]);
    assert.deepEqual(m!.items.find((i) => i.number === '25/05')?.resolutions, ['That the payments totalling £4,215.60 be approved.', 'That the internal auditor be reappointed for 2025/26.']);
    assert.deepEqual(m!.items.find((i) => i.number === '25/06')?.actions, ["Clerk to instruct the council's solicitor."]);
  });

  it('reads district minutes in Markdown with substitutes, remote attendance and recommendations', async () => {
    const [m] = (await extractDocument(fixture('district-minutes.md'))).meetings;
    assert.deepEqual([m!.committee, m!.date, m!.venue], ['Overview and Scrutiny Committee', '2025-05-14', 'Council Chamber, Northwold House']);
    assert.deepEqual(m!.attendance?.substitutes, [{ substitute: 'G Green', for: 'H Hill' }]);
    assert.deepEqual(m!.attendance?.remoteNonVoting, ['N Novak']);
    assert.deepEqual(m!.attendance?.inAttendance, ['J Jackson', 'K King', 'L Lopez']);
    assert.deepEqual(m!.items[3]!.recommendations, ['the revised allocations policy be adopted from 1 July 2025;', 'a review of its impact be reported to this Committee in twelve months.']);
  });

  it('reads a modern.gov agenda-and-minutes page', async () => {
    const e = await extractDocument(fixture('agenda-and-minutes.html'));
    assert.equal(e.source.documentType, 'agenda-and-minutes');
    assert.equal(e.council, 'Kestrel Borough Council');
    const [m] = e.meetings;
    assert.deepEqual([m!.committee, m!.date, m!.startTime], ['Licensing Committee', '2025-07-08', '19:00']);
    assert.deepEqual(m!.agenda.map((a) => a.title), ['Apologies for absence', 'Declarations of interest', 'Taxi Licensing Policy & Fees 2025/26']);
    assert.deepEqual(m!.attendance?.remoteNonVoting, ['Uma Webb']);
    assert.equal(m!.items[2]!.resolutions.length, 2);
  });

  it('reads an action sheet broken across pages', async () => {
    const e = await extractDocument(fixture('action-sheet.txt'));
    assert.equal(e.source.documentType, 'action-log');
    assert.deepEqual(e.meetings.map((m) => [m.committee, m.date]), [['Cabinet', '2024-03-12']]);
    assert.equal(e.actionLog.length, 5);
    assert.equal(e.actionLog[1]!.action, 'To confirm whether the leisure centre contract includes an inflation cap.');
    assert.equal(e.actionLog[4]!.agendaItem, 'Questions from the public');
  });

  it('reads a forward plan, a work programme and a recommendation tracker', async () => {
    assert.equal((await extractDocument(fixture('forward-plan.md'))).forwardPlan.length, 3);
    const wp = await extractDocument(fixture('work-programme.md'));
    assert.deepEqual(wp.workProgramme.map((i) => i.kind), ['agenda-item', 'agenda-item', 'agenda-item', 'task-and-finish', 'potential', 'public-suggestion']);
    assert.equal((await extractDocument(fixture('recommendation-tracker.txt'))).recommendationTracker.length, 2);
  });

  it('reads transcripts in text, WebVTT and SRT', async () => {
    const text = await extractDocument(fixture('webcast-transcript.txt'));
    assert.equal(text.source.documentType, 'transcript');
    assert.deepEqual(text.meetings[0]!.attendance?.remoteNonVoting, ['Dev Sharma']);
    const vtt = await extractDocument(fixture('committee.vtt'));
    assert.deepEqual([vtt.meetings[0]!.committee, vtt.meetings[0]!.attendance?.apologies], ['Communities Scrutiny Panel', ['Bea Hart']]);
    const srt = await extractDocument(fixture('committee.srt'));
    assert.deepEqual([srt.meetings[0]!.committee, srt.meetings[0]!.attendance?.remoteNonVoting], ['Licensing Committee', ['Uma Webb']]);
  });

  it('reads a PDF and a Word document', async () => {
    const pdf = await extractDocument({ name: 'minutes.pdf', bytes: await minutesPdf() });
    assert.equal(pdf.source.documentType, 'minutes');
    assert.deepEqual(pdf.meetings[0]!.attendance?.present, ['Ada Lane', 'Ben Marr', 'Cy Noble']);
    assert.deepEqual(pdf.actionLog.map((a) => a.action), ['Report the fraud figures for the second quarter', 'Review the risk register']);
    const docx = await extractDocument({ name: 'agenda.docx', bytes: await agendaDocx() });
    assert.equal(docx.source.documentType, 'agenda');
    assert.deepEqual(docx.meetings[0]!.agenda.map((a) => a.number), ['1', '2', '3']);
  });

  it('gives output that the contract accepts and nothing more', async () => {
    const e = await extractDocument(fixture('parish-minutes.txt'));
    assert.deepEqual(extractionSchema.parse(e), e);
    assert.ok(!JSON.stringify(e).includes('"at"'));
  });
});

describe('extractWithProvenance', () => {
  it('keeps the source lines of every record', async () => {
    const e = await extractWithProvenance(fixture('parish-minutes.txt'));
    const item = e.meetings[0]!.items.find((i) => i.number === '25/02')!;
    assert.deepEqual(item.at, { fromLine: 11, toLine: 11, page: null });
    assert.equal(e.meetings[0]!.attendance!.at.fromLine, 5);
  });

  it('keeps pages for PDFs', async () => {
    const e = await extractWithProvenance({ name: 'minutes.pdf', bytes: await minutesPdf() });
    assert.equal(e.actionLog[0]!.at.page, 2);
  });
});

describe('extractDocument on other layouts', () => {
  it('reads apologies listed without a sentence, and substitutions "X for Y"', async () => {
    const text = 'Minutes of the meeting of the Planning Committee held on 5 March 2025 at 6.30pm\n\nPresent: Councillors Ede, Ford and Kemp\n\n1. Apologies for absence\n\nCouncillors Hill and Price.\n\n2. Substitutes\n\nCouncillor Joy Kemp for Councillor Ann Price.\n';
    const [m] = (await extractDocument({ name: 'minutes.txt', bytes: new TextEncoder().encode(text) })).meetings;
    assert.deepEqual(m!.attendance?.apologies, ['Hill', 'Price']);
    assert.deepEqual(m!.attendance?.substitutes, [{ substitute: 'Joy Kemp', for: 'Ann Price' }]);
  });

  it('reads American captions in capitals', async () => {
    const e = await extractDocument(fixture('city-council.vtt'));
    assert.equal(e.meetings[0]!.committee, 'Riverton City Council');
    assert.deepEqual(e.meetings[0]!.attendance?.present, ['Ortiz', 'Park', 'Quinn']);
  });
});

describe('extractDocument on minutes titled "Minutes"', () => {
  it('reads the meeting from the lines under the title', async () => {
    const text = 'MINUTES\n\nLicensing Sub-Committee\n\nDate: Monday 9 June 2025\n\nTime: 10.00 am\n\nVenue: Committee Room 2\n\nPresent:\nCouncillors:\nA Brown (Chair)\nJones\n\nCo-opted members: Mr Carl Dean\n\nIn attendance: the Clerk (Mrs K Dunn)\n\n1. Apologies\n\nNone.\n';
    const e = await extractDocument({ name: 'minutes.txt', bytes: new TextEncoder().encode(text) });
    assert.equal(e.source.documentType, 'minutes');
    const [m] = e.meetings;
    assert.deepEqual([m!.committee, m!.date, m!.startTime, m!.venue], ['Licensing Sub-Committee', '2025-06-09', '10:00', 'Committee Room 2']);
    assert.deepEqual(m!.attendance?.present, ['A Brown', 'Jones', 'Carl Dean']);
    assert.deepEqual(m!.attendance?.inAttendance, ['K Dunn']);
  });
});
