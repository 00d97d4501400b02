import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDateLong } from '../web/format.ts';
import { buildTopicHistory, type TopicRecords } from './topic-history.ts';

const today = '2026-03-02';
const none: TopicRecords = { agendaItems: [], resolutions: [], recommendations: [], actions: [], workProgramme: [], forwardPlan: [], documents: [] };
const item = (overrides: Partial<TopicRecords['agendaItems'][number]>) => ({
  id: 1, meetingId: 10, meetingSlug: '2025-06-10', meetingDate: '2025-06-10', meetingStatus: 'minutes-approved' as const,
  committeeSlug: 'children-scrutiny', committeeName: 'Children Scrutiny Committee', number: '6', position: 6,
  title: 'Home to school transport policy', isExempt: false, exemptParagraph: null, minutes: 'Members discussed eligibility.', ...overrides,
});
const recommendation = (overrides: Partial<TopicRecords['recommendations'][number]>) => ({
  id: 5, committeeSlug: 'children-scrutiny', committeeName: 'Children Scrutiny Committee', meetingSlug: '2025-06-10', meetingDate: '2025-06-10',
  letter: 'a', text: 'Publish the eligibility criteria.', addresseeName: 'Cabinet', sentOn: null, createdOn: '2025-06-11',
  response: null, responseText: null, respondedOn: null, implementationStatus: null, implementedOn: null, ...overrides,
});

describe('buildTopicHistory', () => {
  it('puts the meeting, its recommendation and the later response in date order under their years', () => {
    const history = buildTopicHistory(
      {
        ...none,
        agendaItems: [item({})],
        resolutions: [{ agendaItemId: 1, text: 'That the policy be noted.', outcome: 'carried' }],
        recommendations: [recommendation({ response: 'accepted', responseText: 'The criteria will be published.', respondedOn: '2026-01-15' })],
      },
      today,
      formatDateLong,
    );
    assert.deepEqual(history.years.map((y) => [y.year, y.entries.map((e) => e.kind)]), [['2025', ['considered', 'recommendation']], ['2026', ['response']]]);
    const [considered] = history.years[0]!.entries;
    assert.equal(considered!.href, '/committees/children-scrutiny/meetings/2025-06-10#item-6');
    assert.deepEqual(considered!.decisions, [{ text: 'That the policy be noted.', outcome: 'carried' }]);
    assert.equal(history.years[1]!.entries[0]!.tag!.text, 'Accepted');
    assert.deepEqual(history.summary, { timesConsidered: 1, committees: ['Children Scrutiny Committee'], recommendations: 1, answered: 1, actions: 0, completed: 0, firstOn: '2025-06-10', lastOn: '2026-01-15' });
  });

  it('keeps only the title and paragraph of an exempt item, whatever it is given', () => {
    const history = buildTopicHistory(
      { ...none, agendaItems: [item({ isExempt: true, exemptParagraph: 3, minutes: 'Secret terms' })], resolutions: [{ agendaItemId: 1, text: 'Secret decision', outcome: null }] },
      today,
      formatDateLong,
    );
    const [entry] = history.years[0]!.entries;
    assert.equal(entry!.title, 'Home to school transport policy');
    assert.equal(entry!.exemptParagraph, 3);
    assert.equal(entry!.minutes, null);
    assert.deepEqual(entry!.decisions, []);
  });

  it('keeps an exempt forward plan entry to its title, without its purpose', () => {
    const history = buildTopicHistory(
      {
        ...none,
        forwardPlan: [{ id: 3, reference: null, title: 'School transport contract award', purpose: 'Confidential prices', decisionMaker: 'Cabinet', decisionKind: 'key', decisionDueOn: '2026-05-01', decisionDueMonth: null, firstPublishedOn: '2026-02-01', status: 'planned', decidedOn: null, isExempt: true, exemptParagraph: 3 }],
      },
      today,
      formatDateLong,
    );
    assert.deepEqual(history.years, []);
    assert.equal(history.planned[0]!.title, 'School transport contract award');
    assert.deepEqual(history.planned[0]!.details, ['Decision due Friday 1 May 2026']);
  });

  it('lists what is still to come apart, soonest first, with undated potential items last', () => {
    const history = buildTopicHistory(
      {
        ...none,
        agendaItems: [item({ id: 2, meetingId: 11, meetingSlug: '2026-04-20', meetingDate: '2026-04-20', meetingStatus: 'scheduled', minutes: null })],
        workProgramme: [
          { id: 7, committeeSlug: 'children-scrutiny', committeeName: 'Children Scrutiny Committee', kind: 'potential', title: 'SEND transport review', purpose: null, status: 'planned', currentPosition: null, meetingSlug: null, meetingDate: null, sessionOn: null, createdOn: '2025-09-01' },
          { id: 8, committeeSlug: 'children-scrutiny', committeeName: 'Children Scrutiny Committee', kind: 'scheduled', title: 'Transport update', purpose: null, status: 'planned', currentPosition: 'Report requested', meetingSlug: '2026-03-16', meetingDate: '2026-03-16', sessionOn: null, createdOn: '2025-09-01' },
        ],
      },
      today,
      formatDateLong,
    );
    assert.deepEqual(history.planned.map((e) => e.title), ['Transport update', 'Home to school transport policy', 'SEND transport review']);
    assert.equal(history.planned[1]!.label, 'To be considered by Children Scrutiny Committee');
    assert.equal(history.summary.timesConsidered, 0);
  });

  it('shows when an action was done, and an overdue one as overdue', () => {
    const action = { id: 4, committeeSlug: 'children-scrutiny', committeeName: 'Children Scrutiny Committee', meetingSlug: '2025-06-10', meetingDate: '2025-06-10', createdOn: '2025-06-10', number: '12', description: 'Circulate the route map.', ownerName: 'Sam Okafor', dueOn: '2025-07-01', dueText: null, status: 'completed' as const, completedOn: '2025-06-30' };
    const late = { ...action, id: 6, description: 'Report the costs.', status: 'open' as const, completedOn: null };
    const history = buildTopicHistory({ ...none, actions: [action, late] }, today, formatDateLong);
    const kinds = history.years[0]!.entries.map((e) => [e.kind, e.tag?.text ?? null]);
    assert.deepEqual(kinds, [['action', 'Completed'], ['action', 'Overdue'], ['action-completed', null]]);
    assert.deepEqual(history.summary.completed, 1);
  });
});
