import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowLine, textLine } from '../source-lines.ts';
import { documentText } from './document-text.ts';
import { itemExtents, locate } from './locate.ts';
import {
  actionStatus,
  committeeKind,
  decisionKind,
  documentIsExempt,
  exemptParagraph,
  implementationStatus,
  meetingInstant,
  printedLetter,
  recommendationResponse,
} from './record-values.ts';
import { pageRange } from './save-extraction.ts';

describe('stored document text', () => {
  it('keeps line numbers where the reader dropped lines, as empty lines', () => {
    const stored = documentText([textLine(1, 'Agenda'), textLine(3, 'Item 1')]);
    assert.equal(stored.text, 'Agenda\n\nItem 1');
    assert.deepEqual(stored.lineStarts, [0, 7, 8]);
    assert.deepEqual(stored.pageStarts, []);
  });

  it('records the first line of each page, and a blank page as starting where the text goes on', () => {
    const stored = documentText([textLine(1, 'a', 1), textLine(2, 'b', 1), textLine(3, 'c', 3)]);
    assert.deepEqual(stored.pageStarts, [1, 1, 3]);
  });

  it('keeps the text of a block the HTML and Word readers follow with a blank line of the same number', () => {
    const stored = documentText([textLine(1, 'Title here', null, 1), textLine(1, ''), textLine(1, 'Para one.'), textLine(1, ''), textLine(2, 'Para two.'), textLine(2, '')]);
    assert.equal(stored.text, 'Title here Para one.\nPara two.');
  });

  it('keeps a table row on one line with its cells tab-separated', () => {
    const stored = documentText([rowLine(1, ['Action', 'Owner\nof it'])]);
    assert.equal(stored.text, 'Action\tOwner of it');
  });
});

describe('locating extracted text in its source', () => {
  const lines = [textLine(10, '24. Library review'), textLine(11, 'RESOLVED: That the report be'), textLine(12, 'noted and the officers thanked.'), textLine(13, '(b) A report on volunteer libraries.')];
  const item = { fromLine: 10, toLine: 13, page: null };

  it('narrows an item span to the lines of one resolution, across a line break', () => {
    assert.deepEqual(locate('That the report be noted and the officers thanked.', lines, item), { fromLine: 11, toLine: 12, page: null });
  });

  it('falls back to the whole span when the text is not there', () => {
    assert.deepEqual(locate('Something never printed at all', lines, item), item);
  });

  it('reads the letter a recommendation was printed with, and none for a bullet', () => {
    assert.equal(printedLetter('(b) A report on volunteer libraries.'), 'b');
    assert.equal(printedLetter('- a) Opening hours'), 'a');
    assert.equal(printedLetter('- Opening hours'), null);
  });

  it('runs a minute item to the line before the next heading, the last to the meeting end', () => {
    const extents = itemExtents([{ at: { fromLine: 10, toLine: 10, page: null } }, { at: { fromLine: 20, toLine: 20, page: null } }], 30);
    assert.deepEqual(extents.map((e) => [e.at.fromLine, e.at.toLine]), [[10, 19], [20, 30]]);
  });
});

describe('record values from printed words', () => {
  it('gives a new committee the kind its name says', () => {
    assert.equal(committeeKind('Overview and Scrutiny Committee'), 'scrutiny');
    assert.equal(committeeKind('Cabinet'), 'cabinet');
    assert.equal(committeeKind('Planning Committee'), 'regulatory');
    assert.equal(committeeKind('Ashby Parish Council'), 'full-council');
    assert.equal(committeeKind('Libraries Task and Finish Group'), 'task-and-finish');
    assert.equal(committeeKind('Joint Liaison Forum'), 'other');
  });

  it('reads action statuses as councils write them', () => {
    assert.equal(actionStatus('Complete', null), 'completed');
    assert.equal(actionStatus('IN PROGRESS', null), 'in-progress');
    assert.equal(actionStatus('Overdue', null), 'open');
    assert.equal(actionStatus(null, 'Completed 3 May'), 'completed');
    assert.equal(actionStatus(null, null), 'open');
  });

  it('reads the executive response and implementation status from a tracker', () => {
    assert.equal(recommendationResponse('Accepted in part: target of 80 homes agreed.', 'In progress'), 'partly-accepted');
    assert.equal(recommendationResponse('Accepted.', null), 'accepted');
    assert.equal(recommendationResponse('Not accepted: no budget.', null), 'rejected');
    assert.equal(recommendationResponse(null, null), null);
    assert.equal(implementationStatus('Implemented'), 'implemented');
    assert.equal(implementationStatus('In progress'), 'in-progress');
    assert.equal(implementationStatus(null), null);
  });

  it('treats a forward plan entry as a key decision unless it says otherwise', () => {
    assert.equal(decisionKind(null), 'key');
    assert.equal(decisionKind('non-key'), 'non-key');
    assert.equal(decisionKind('budget-policy-framework'), 'budget-and-policy-framework');
  });

  it('turns a UK clock time into the right instant in summer and winter', () => {
    assert.equal(meetingInstant('2025-06-12', '10:00')?.toISOString(), '2025-06-12T09:00:00.000Z');
    assert.equal(meetingInstant('2025-01-12', '10:00')?.toISOString(), '2025-01-12T10:00:00.000Z');
    assert.equal(meetingInstant('2025-01-12', null), null);
  });

  it('reads page ranges as packs print them', () => {
    assert.deepEqual(pageRange('5 - 12'), [5, 12]);
    assert.deepEqual(pageRange('7'), [7, 7]);
    assert.deepEqual(pageRange(null), [null, null]);
    assert.deepEqual(pageRange('12 - 5'), [12, null]);
  });

  it('marks an item exempt only when its title gives a Schedule 12A paragraph', () => {
    assert.equal(exemptParagraph('Depot lease (exempt: paragraph 3)'), 3);
    assert.equal(exemptParagraph('Exempt information'), null);
    assert.equal(exemptParagraph('Paragraph 3 of the plan'), null);
  });

  it('marks a whole document exempt when its head says it is not for publication', () => {
    assert.equal(documentIsExempt(['Cabinet', 'NOT FOR PUBLICATION', 'by virtue of paragraph 3']), true);
    assert.equal(documentIsExempt(['Cabinet', 'Agenda']), false);
  });
});
