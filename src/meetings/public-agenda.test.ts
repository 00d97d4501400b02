import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttendanceRow, DeclarationRow } from './meeting-repository.ts';
import type { AgendaItem, AttendanceStatus } from './meeting-tables.ts';
import type { MeetingRecords } from './public-agenda.ts';
import { buildPublicAgenda, declarationConduct, pageRange, publicDeclaration } from './public-agenda.ts';

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

function attendee(fullName: string, status: AttendanceStatus, substituteForName: string | null = null): AttendanceRow {
  const slug = (name: string) => name.toLowerCase().replace(/ /g, '-');
  return { personSlug: slug(fullName), fullName, honorific: null, kind: 'councillor', status, isChairOfMeeting: false, capacity: null, substituteForName, substituteForSlug: substituteForName && slug(substituteForName) };
}

function declaration(overrides: Partial<DeclarationRow> = {}): DeclarationRow {
  return { personSlug: 'ann-ames', fullName: 'Ann Ames', honorific: null, kind: 'other-registrable', description: 'A school governor', withdrew: false, dispensation: false, itemNumber: '5', itemTitle: 'School budgets', itemIsExempt: false, ...overrides };
}

const noRecords: MeetingRecords = { reports: [], resolutions: [], recommendations: [], actions: [], questions: [] };
const attendance = [attendee('Ann Ames', 'present'), attendee('Bea Bell', 'apologies'), attendee('Cy Cole', 'apologies'), attendee('Sam Sub', 'substitute', 'Bea Bell'), attendee('Olly Officer', 'in-attendance')];

describe('the standard items’ minutes, from the records', () => {
  const apologies = buildItem({ id: 1, standardKind: 'apologies', title: 'Apologies for absence and substitutes', minutes: null });
  const substitutes = buildItem({ id: 2, position: 2, number: '2', standardKind: 'substitutes', title: 'Named substitutes', minutes: null });
  const declarations = buildItem({ id: 3, position: 3, number: '3', standardKind: 'declarations', title: 'Declarations of interest', minutes: null });

  it('lists the apologies and, with no substitutes item, who substituted for whom', () => {
    const [item] = buildPublicAgenda([apologies], { ...noRecords, attendance }, '2026-03-01');
    assert.equal(item!.recorded?.kind, 'apologies');
    if (item!.recorded?.kind !== 'apologies') return;
    assert.deepEqual(item!.recorded.apologies.map((a) => a.fullName), ['Bea Bell', 'Cy Cole']);
    assert.deepEqual(item!.recorded.substitutes?.map((a) => [a.fullName, a.substituteForName]), [['Sam Sub', 'Bea Bell']]);
  });

  it('leaves the substitutes to their own item when the agenda has one', () => {
    const [first, second] = buildPublicAgenda([apologies, substitutes], { ...noRecords, attendance }, '2026-03-01');
    assert.deepEqual(first!.recorded, { kind: 'apologies', apologies: [attendance[1], attendance[2]], substitutes: null });
    assert.deepEqual(second!.recorded, { kind: 'substitutes', substitutes: [attendance[3]] });
  });

  it('says nothing of apologies before attendance is recorded, nor under an item with a minute of its own', () => {
    assert.equal(buildPublicAgenda([apologies], { ...noRecords, attendance: [] }, '2026-03-01')[0]!.recorded, null);
    const written = buildItem({ standardKind: 'apologies', minutes: 'Apologies were received from Councillor Bell.' });
    assert.equal(buildPublicAgenda([written], { ...noRecords, attendance }, '2026-03-01')[0]!.recorded, null);
    assert.equal(buildPublicAgenda([buildItem({ id: 4, standardKind: null, minutes: null })], { ...noRecords, attendance }, '2026-03-01')[0]!.recorded, null);
  });

  it('lists each declaration with its kind and what the member did', () => {
    const rows = [declaration(), declaration({ personSlug: 'bea-bell', fullName: 'Bea Bell', kind: 'disclosable-pecuniary', withdrew: true })];
    const [item] = buildPublicAgenda([declarations], { ...noRecords, declarations: rows }, '2026-03-01');
    assert.equal(item!.recorded?.kind, 'declarations');
    if (item!.recorded?.kind !== 'declarations') return;
    assert.deepEqual(item!.recorded.declarations.map((d) => [d.fullName, d.itemTitle, d.kindLabel, d.description, d.conduct]), [
      ['Ann Ames', 'School budgets', 'Other registrable interest', 'A school governor', 'The member stayed for this item.'],
      ['Bea Bell', 'School budgets', 'Disclosable pecuniary interest', 'A school governor', 'The member left the meeting for this item.'],
    ]);
  });

  it('names an exempt item’s declaration by the item’s title alone', () => {
    const exempt = declaration({ itemTitle: 'Transport contract', itemIsExempt: true, description: `Shareholder in ${secret}` });
    const [item] = buildPublicAgenda([declarations], { ...noRecords, declarations: [exempt] }, '2026-03-01');
    assert.ok(!JSON.stringify(item).includes(secret), 'an exempt item’s interest reached the public minutes');
    assert.match(JSON.stringify(item), /Transport contract/);
    assert.equal(publicDeclaration(exempt).description, null);
  });

  it('records a dispensation', () => {
    assert.equal(declarationConduct({ withdrew: false, dispensation: true }), 'The member had a dispensation and stayed for this item.');
  });
});

describe('pageRange', () => {
  it('prints a range, a single page, or nothing', () => {
    assert.equal(pageRange(9, 16), '9 - 16');
    assert.equal(pageRange(17, 17), '17');
    assert.equal(pageRange(null, null), null);
  });
});
