import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { isActionLogHeader, readActionLog } from './action-log.ts';

const log = async (text: string, looseText = false, meetingDate: string | null = null) =>
  readActionLog(await blocksOf(text), { meetingDate, looseText }).map(({ at: _at, ...entry }) => entry);

describe('readActionLog', () => {
  it('maps the columns a council uses, whatever it calls them', async () => {
    const [entry] = await log('Action Ref\tDate of meeting\tMinute no.\tAction\tResponsible officer\tDeadline\tStatus\tComments\nA1\t06/02/25\t12\tCirculate the figures\tHead of Communities\t31/03/25\tComplete\tSent 20 March\n');
    assert.deepEqual(entry, {
      number: 'A1',
      meetingDate: '2025-02-06',
      agendaItem: '12',
      action: 'Circulate the figures',
      owner: 'Head of Communities',
      directorate: null,
      progress: 'Sent 20 March',
      dueDate: '2025-03-31',
      status: 'Complete',
    });
  });

  it('adds a wrapped cell to the entry above', async () => {
    const entries = await log('Action\tOwner\tDue date\nArrange a site visit to the\tDerek Ford\t30/04/25\ndepot\t\t\nReview the risk register\tFinance Director\t31/10/25\n');
    assert.deepEqual(entries.map((e) => [e.action, e.owner]), [['Arrange a site visit to the depot', 'Derek Ford'], ['Review the risk register', 'Finance Director']]);
  });

  it('stops at the next table', async () => {
    const entries = await log('Action\tOwner\tStatus\nReport back\tClerk\tOpen\n\nRisk\tMitigation\tOwner\nCosts rise\tMonitor them\tFinance\n');
    assert.equal(entries.length, 1);
  });

  it('reads an action sheet whose actions run on between table rows', async () => {
    const text = [
      'Item\tAction\tOfficer\tResponse',
      'Budget\t1. To circulate the breakdown of the\tHead of Finance\tCirculated.',
      '\toverspend to all members.\t\t',
      'Local Plan\t2. A written response to Cllr Fenwick, as below:',
      '',
      '"How many homes were delivered?"',
      '',
      'Response: 412 homes were delivered.',
      '',
      '3. To arrange a briefing for all members.',
      '',
      'Response: Held on 2 April.',
    ].join('\n');
    const entries = await log(text, true, '2024-03-12');
    assert.deepEqual(entries.map((e) => [e.number, e.agendaItem, e.action, e.progress, e.meetingDate]), [
      ['1', 'Budget', 'To circulate the breakdown of the overspend to all members.', 'Circulated.', '2024-03-12'],
      ['2', 'Local Plan', 'A written response to Cllr Fenwick, as below: "How many homes were delivered?"', '412 homes were delivered.', '2024-03-12'],
      ['3', 'Local Plan', 'To arrange a briefing for all members.', 'Held on 2 April.', '2024-03-12'],
    ]);
  });
});

describe('isActionLogHeader', () => {
  it('needs an action column and two others', () => {
    assert.ok(isActionLogHeader(['Action', 'Owner', 'Due date']));
    assert.ok(!isActionLogHeader(['Action', 'Notes']));
    assert.ok(!isActionLogHeader(['Recommendation', 'Response', 'Status']));
  });
});

describe('readActionLog groups', () => {
  it('dates actions by the meeting heading they sit under', async () => {
    const entries = await log('Action\tOwner\tStatus\nMeeting held on 12 March 2024\t\t\nReport back on fees\tClerk\tOpen\n');
    assert.deepEqual(entries.map((e) => [e.meetingDate, e.action]), [['2024-03-12', 'Report back on fees']]);
  });
});
