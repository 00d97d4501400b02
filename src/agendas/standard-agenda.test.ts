import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonInstant } from '../deadlines/london-time.ts';
import { exclusionResolution, standardAgenda } from './standard-agenda.ts';

const kinds = (items: ReturnType<typeof standardAgenda>) => items.map((i) => i.standardKind);

describe('standardAgenda', () => {
  it('gives scrutiny substitutes, the action log, both kinds of question, then the work programme and next meeting after the reports', () => {
    const items = standardAgenda('scrutiny');
    assert.deepEqual(kinds(items), ['apologies', 'substitutes', 'declarations', 'minutes', 'action-log', 'public-questions', 'councillor-questions', 'work-programme', 'date-of-next-meeting']);
    assert.deepEqual(items.filter((i) => i.placement === 'closing').map((i) => i.standardKind), ['work-programme', 'date-of-next-meeting']);
  });

  it('gives full council the chair’s announcements and no substitutes, action log or work programme', () => {
    assert.deepEqual(kinds(standardAgenda('full-council')), ['apologies', 'declarations', 'minutes', 'chair-announcements', 'public-questions', 'councillor-questions']);
  });

  it('gives cabinet questions but no substitutes and no work programme', () => {
    const cabinet = kinds(standardAgenda('cabinet'));
    assert.deepEqual(cabinet, ['apologies', 'declarations', 'minutes', 'public-questions', 'councillor-questions']);
  });

  it('gives regulatory committees substitutes but no questions', () => {
    const planning = kinds(standardAgenda('regulatory'));
    assert.ok(planning.includes('substitutes'));
    assert.ok(!planning.includes('public-questions'));
  });

  it('keeps notes for a task and finish group, and none at its first session', () => {
    assert.ok(!kinds(standardAgenda('task-and-finish')).includes('minutes'));
    const second = standardAgenda('task-and-finish', { previousMeetingOn: '2026-01-14' });
    const notes = second.find((i) => i.standardKind === 'minutes')!;
    assert.equal(notes.title, 'Notes of the previous meeting');
    assert.equal(notes.description, 'To agree the notes of the meeting held on Wednesday 14 January 2026.');
  });

  it('names the previous meeting, the question deadline and the next meeting where they are known', () => {
    const items = standardAgenda('scrutiny', {
      previousMeetingOn: '2026-01-20',
      questionsCloseAt: londonInstant('2026-03-06', '17:00'),
      nextMeeting: { date: '2026-04-21', startsAt: londonInstant('2026-04-21', '18:30') },
    });
    const text = (kind: string) => items.find((i) => i.standardKind === kind)!.description;
    assert.equal(text('minutes'), 'To approve as a correct record the minutes of the meeting held on Tuesday 20 January 2026.');
    assert.match(text('public-questions'), /received by 5pm on Friday 6 March 2026\.$/);
    assert.equal(text('date-of-next-meeting'), 'The next meeting is on Tuesday 21 April 2026 at 6.30pm.');
    assert.equal(standardAgenda('scrutiny').find((i) => i.standardKind === 'minutes')!.description, 'To approve as a correct record the minutes of the previous meeting.');
  });
});

describe('exclusionResolution', () => {
  it('names one paragraph for one item', () => {
    const text = exclusionResolution([{ exemptParagraph: 3 }]);
    assert.match(text, /section 100A\(4\) of the Local Government Act 1972/);
    assert.match(text, /for the following item of business on the grounds that it involves/);
    assert.match(text, /as defined in paragraph 3 of Part 1 of Schedule 12A/);
  });

  it('names each paragraph once, in order, for several items', () => {
    const text = exclusionResolution([{ exemptParagraph: 3 }, { exemptParagraph: 1 }, { exemptParagraph: 3 }]);
    assert.match(text, /following items of business on the grounds that they involve/);
    assert.match(text, /paragraphs 1 and 3 of Part 1/);
  });
});
