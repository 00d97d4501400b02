import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arrangeAppendix, isPublished, type ProgrammeEntry, type ProgrammeMeeting } from './work-programme-appendix.ts';

let id = 0;
const entry = (over: Partial<ProgrammeEntry> & Pick<ProgrammeEntry, 'title'>): ProgrammeEntry => ({
  id: ++id, kind: 'scheduled', status: 'planned', purpose: null, scrutinyType: null, origin: null, leadOfficerName: null, currentPosition: null, meetingId: null, sessionOn: null, sessionStartsAt: null, sessionEndsAt: null, group: null, position: null, ...over,
});
const march: ProgrammeMeeting = { id: 1, slug: '2026-03-17', date: '2026-03-17', status: 'scheduled' };
const april: ProgrammeMeeting = { id: 2, slug: '2026-04-21', date: '2026-04-21', status: 'scheduled' };
const may: ProgrammeMeeting = { id: 3, slug: '2026-05-12', date: '2026-05-12', status: 'cancelled' };
const titles = (items: readonly ProgrammeEntry[]) => items.map((i) => i.title);

describe('arrangeAppendix', () => {
  it('prints each meeting in date order with its items, an empty meeting too, and leaves out a cancelled one with none', () => {
    const view = arrangeAppendix([entry({ title: 'Budget', kind: 'annual', meetingId: 2 }), entry({ title: 'SEND', meetingId: 1 })], [april, may, march]);
    assert.deepEqual(view.meetings.map((m) => [m.meeting.date, titles(m.items)]), [['2026-03-17', ['SEND']], ['2026-04-21', ['Budget']]]);
    const empty = arrangeAppendix([], [march]);
    assert.deepEqual(empty.meetings.map((m) => m.items.length), [0]);
  });

  it('follows meetings with annual, potential, task and finish, workshop, briefing note and suggestion sections, in that order', () => {
    const view = arrangeAppendix(
      [
        entry({ title: 'Idea', kind: 'public-suggestion', status: 'rejected', currentPosition: 'Not taken forward: for the highways team' }),
        entry({ title: 'Note', kind: 'briefing-note' }),
        entry({ title: 'Session', kind: 'workshop' }),
        entry({ title: 'Review', kind: 'task-and-finish', meetingId: 1 }),
        entry({ title: 'Unplaced', kind: 'scheduled' }),
        entry({ title: 'Maybe', kind: 'potential' }),
        entry({ title: 'Complaints', kind: 'annual' }),
      ],
      [march],
    );
    assert.deepEqual(view.sections.map((s) => [s.title, titles(s.items)]), [
      ['Annual items', ['Complaints']],
      ['Potential items: to be scheduled', ['Unplaced', 'Maybe']],
      ['Task and finish groups', ['Review']],
      ['Workshops', ['Session']],
      ['Briefing notes', ['Note']],
      ['Suggestions from the public', ['Idea']],
    ]);
    assert.deepEqual(view.meetings[0]!.items, [], 'a review reporting to a meeting stays under its group');
    assert.equal(view.count, 7);
  });

  it('keeps the committee’s order within a meeting: position first, then the order added', () => {
    const view = arrangeAppendix([entry({ title: 'C', meetingId: 1 }), entry({ title: 'B', meetingId: 1, position: 2 }), entry({ title: 'A', meetingId: 1, position: 1 })], [march]);
    assert.deepEqual(titles(view.meetings[0]!.items), ['A', 'B', 'C']);
  });

  it('orders workshops and briefing notes by their dates, undated last', () => {
    const view = arrangeAppendix(
      [entry({ title: 'Undated', kind: 'workshop' }), entry({ title: 'July', kind: 'workshop', sessionOn: '2026-07-01' }), entry({ title: 'May', kind: 'workshop', sessionOn: '2026-05-01' })],
      [],
    );
    assert.deepEqual(titles(view.sections.find((s) => s.key === 'workshops')!.items), ['May', 'July', 'Undated']);
  });

  it('puts an item whose meeting is outside the year with the potential items', () => {
    const view = arrangeAppendix([entry({ title: 'Elsewhere', meetingId: 99 })], [march]);
    assert.deepEqual(titles(view.sections.find((s) => s.key === 'potential')!.items), ['Elsewhere']);
  });

  it('leaves out suggestions awaiting triage, merged items and other rejected items', () => {
    const view = arrangeAppendix(
      [entry({ title: 'Waiting', kind: 'public-suggestion', status: 'suggested' }), entry({ title: 'Merged', kind: 'potential', status: 'merged' }), entry({ title: 'Dropped', kind: 'potential', status: 'rejected' })],
      [march],
    );
    assert.equal(view.count, 0);
    assert.ok(view.sections.every((s) => s.items.length === 0));
  });
});

describe('isPublished', () => {
  it('publishes planned, in-progress, completed and deferred items', () => {
    for (const status of ['planned', 'in-progress', 'completed', 'deferred'] as const) assert.ok(isPublished({ kind: 'scheduled', status }), status);
  });
});
