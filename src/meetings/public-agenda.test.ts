import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AgendaItem } from './meeting-tables.ts';
import type { MeetingRecords } from './public-agenda.ts';
import { buildPublicAgenda, pageRange } from './public-agenda.ts';

function buildItem(overrides: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: 1,
    meetingId: 1,
    position: 1,
    number: '1',
    minuteNumber: null,
    title: 'Apologies for absence',
    description: 'To receive apologies for absence.',
    standardKind: 'apologies',
    pageFrom: null,
    pageTo: null,
    isExempt: false,
    exemptParagraph: null,
    minutes: null,
    origin: 'gavel',
    sourceDocumentId: null,
    sourceLineFrom: null,
    sourceLineTo: null,
    ...overrides,
  };
}

const secret = 'ZEBRACONTRACT';

function recordsFor(itemId: number): MeetingRecords {
  return {
    reports: [
      { agendaItemId: itemId, title: `Report ${secret}`, summary: secret, authorName: null, leadOfficerName: null, directorate: null, decisionType: null, isKeyDecision: false, allWards: false, wards: [] },
    ],
    resolutions: [{ agendaItemId: itemId, text: `That ${secret} be awarded`, outcome: 'carried' }],
    recommendations: [{ agendaItemId: itemId, letter: 'a', text: secret, addresseeName: null, response: null }],
    actions: [{ agendaItemId: itemId, number: '1', description: secret, ownerName: null, dueOn: '2026-01-01', dueText: null, status: 'open', completedOn: null }],
    questions: [{ agendaItemId: itemId, askerName: 'A resident', question: secret, answer: secret, answeredByName: null }],
  };
}

describe('buildPublicAgenda', () => {
  it('keeps only the number, title and paragraph of an exempt item', () => {
    const exempt = buildItem({ id: 7, number: '9', title: 'Transport contract', isExempt: true, exemptParagraph: 3, description: secret, minutes: secret });
    const [item] = buildPublicAgenda([exempt], recordsFor(7), '2026-03-01');
    assert.equal(item!.title, 'Transport contract');
    assert.equal(item!.exemptParagraph, 3);
    assert.ok(!JSON.stringify(item).includes(secret), 'exempt content reached the public agenda');
  });

  it('attaches an open item’s report, resolutions, recommendations, actions and questions', () => {
    const [item] = buildPublicAgenda([buildItem({ id: 4, standardKind: null, title: 'Budget' })], recordsFor(4), '2026-03-01');
    assert.equal(item!.report?.title, `Report ${secret}`);
    assert.equal(item!.resolutions.length, 1);
    assert.equal(item!.recommendations[0]!.letter, 'a');
    assert.equal(item!.questions.length, 1);
    assert.equal(item!.actions[0]!.state, 'overdue');
  });

  it('does not give one item another item’s records', () => {
    const [item] = buildPublicAgenda([buildItem({ id: 1 })], recordsFor(2), '2026-03-01');
    assert.equal(item!.report, null);
    assert.deepEqual(item!.resolutions, []);
  });

  it('makes an anchor from the printed number', () => {
    const [item] = buildPublicAgenda([buildItem({ number: '4a.' })], recordsFor(9), '2026-03-01');
    assert.equal(item!.anchor, 'item-4a');
  });
});

describe('pageRange', () => {
  it('prints a range, a single page, or nothing', () => {
    assert.equal(pageRange(9, 16), '9 - 16');
    assert.equal(pageRange(17, 17), '17');
    assert.equal(pageRange(null, null), null);
  });
});
