import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksText } from '../publishing/pack-blocks.ts';
import { actionLogReportBlocks, buildActionLogReport, type ActionLogReportInput } from './action-log-report.ts';

const row = (over: Partial<ActionLogReportInput> & { number: string }): ActionLogReportInput => ({
  meetingDate: '2026-02-10',
  itemNumber: '6',
  minuteNumber: '64',
  itemTitle: 'Bus service review',
  itemIsExempt: false,
  description: `Action ${over.number}`,
  ownerName: 'Tom Transport',
  directorate: 'Economy and Place',
  dueOn: '2026-02-20',
  dueText: null,
  status: 'open',
  completedOn: null,
  latestUpdate: null,
  latestUpdateOn: null,
  ...over,
});

const build = (rows: ActionLogReportInput[], version: 'public' | 'restricted' = 'public', completedSince: string | null = '2026-02-10') =>
  buildActionLogReport({ councilName: 'Northwold District Council', committeeName: 'Place Scrutiny Committee', version, today: '2026-03-02', completedSince, rows });

describe('buildActionLogReport', () => {
  it('keeps outstanding actions and those completed since the last meeting, leaving older completed ones out', () => {
    const report = build([
      row({ number: '1' }),
      row({ number: '2', status: 'completed', completedOn: '2026-02-10' }),
      row({ number: '3', status: 'completed', completedOn: '2026-02-09' }),
      row({ number: '4', status: 'completed', completedOn: null }),
      row({ number: '5', status: 'in-progress', dueOn: null, dueText: 'Next meeting' }),
    ]);
    assert.deepEqual(report.lines.map((l) => l.number), ['1', '2', '5']);
    assert.deepEqual(report.counts, { open: 0, 'in-progress': 1, overdue: 1, completed: 1 });
  });

  it('prints the columns councils print: meeting, minute-numbered item, owner, due, status, progress or completion', () => {
    const [line] = build([row({ number: '7', dueOn: '2026-01-30', status: 'completed', completedOn: '2026-02-20', latestUpdate: 'Figures circulated', latestUpdateOn: '2026-02-20' })]).lines;
    assert.deepEqual(
      { meeting: line!.meeting, item: line!.item, owner: line!.owner, due: line!.due, status: line!.status, progress: line!.progress },
      { meeting: '10 February 2026', item: '64. Bus service review', owner: 'Tom Transport', due: '30 January 2026', status: 'Completed', progress: 'Completed 20 February 2026 (21 days late). 20 February 2026: Figures circulated' },
    );
    const [words] = build([row({ number: '8', dueOn: null, dueText: 'Next meeting' })]).lines;
    assert.equal(words!.due, 'Next meeting');
  });

  it('never puts an action on an exempt item in the public version, and marks it in the restricted one', () => {
    const rows = [row({ number: '1' }), row({ number: '2', itemIsExempt: true, description: 'Renegotiate the depot rent' })];
    assert.deepEqual(build(rows, 'public').lines.map((l) => l.number), ['1']);
    const restricted = build(rows, 'restricted');
    assert.deepEqual(restricted.lines.map((l) => [l.number, l.isExempt]), [['1', false], ['2', true]]);
    assert.match(blocksText(actionLogReportBlocks(restricted)), /Not for publication/);
    assert.doesNotMatch(blocksText(actionLogReportBlocks(build(rows, 'public'))), /depot|Not for publication/);
  });

  it('includes every completed action with a date when no meeting came before', () => {
    assert.equal(build([row({ number: '1', status: 'completed', completedOn: '2025-06-01' })], 'public', null).lines.length, 1);
  });

  it('lays the report out as blocks for the agenda pack, one table row per action', () => {
    const blocks = actionLogReportBlocks(build([row({ number: '1' }), row({ number: '2', status: 'in-progress', dueOn: '2026-04-01' })]));
    const table = blocks.find((b) => b.kind === 'table');
    assert.equal(table?.kind === 'table' && table.rows.length, 2);
    assert.match(blocksText(blocks), /^Northwold District Council\nAction log\nPlace Scrutiny Committee\n/);
    assert.match(blocksText(blocks), /2 actions, 1 overdue/);
  });
});
