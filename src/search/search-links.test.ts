import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildPublicAgenda } from '../meetings/public-agenda.ts';
import type { AgendaItem } from '../meetings/meeting-tables.ts';
import { agendaItemAnchor, formatOffset, type HitPlace, hitHref } from './search-links.ts';

const place = (change: Partial<HitPlace>): HitPlace => ({
  kind: 'resolution',
  id: 7,
  committeeSlug: 'audit',
  meetingSlug: '2026-03-02',
  meetingHasMinutes: true,
  itemNumber: '4a.',
  itemPosition: 5,
  documentLine: null,
  startsMs: null,
  transcriptDocumentId: null,
  transcriptSourceLine: null,
  ...change,
});

describe('agendaItemAnchor', () => {
  it('matches the anchors the meeting page gives its items', () => {
    const items = [
      { number: '4a.', position: 5 },
      { number: null, position: 2 },
      { number: '12', position: 12 },
    ].map((i, n) => ({ id: n + 1, meetingId: 1, minuteNumber: null, title: 't', description: null, standardKind: null, pageFrom: null, pageTo: null, isExempt: false, exemptParagraph: null, minutes: null, origin: 'gavel', sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null, ...i }) as AgendaItem);
    const agenda = buildPublicAgenda(items, { reports: [], resolutions: [], recommendations: [], actions: [], questions: [] }, '2026-03-02');
    assert.deepEqual(items.map((i) => agendaItemAnchor(i.number, i.position)), agenda.map((a) => a.anchor));
  });
});

describe('hitHref', () => {
  it('links a decision to its minute on the meeting page', () => {
    assert.equal(hitHref(place({})), '/committees/audit/meetings/2026-03-02#minute-item-4a');
  });
  it('links to the agenda entry while the minutes are unpublished', () => {
    assert.equal(hitHref(place({ kind: 'agenda-item', meetingHasMinutes: false })), '/committees/audit/meetings/2026-03-02#item-4a');
  });
  it('links an action with no meeting to its committee', () => {
    assert.equal(hitHref(place({ kind: 'action', meetingSlug: null, itemPosition: null })), '/committees/audit');
  });
  it('links a document to the line of the match, or its top', () => {
    assert.equal(hitHref(place({ kind: 'document', id: 31, documentLine: 214 })), '/documents/31#L214');
    assert.equal(hitHref(place({ kind: 'document', id: 31 })), '/documents/31');
  });
  it('links a transcript segment to the second it starts', () => {
    assert.equal(hitHref(place({ kind: 'transcript', startsMs: 754_900 })), '/committees/audit/meetings/2026-03-02/transcript#t754');
  });
  it('links a transcript with no meeting to its document line', () => {
    assert.equal(hitHref(place({ kind: 'transcript', meetingSlug: null, transcriptDocumentId: 9, transcriptSourceLine: 40 })), '/documents/9#L40');
  });
  it('links a forward plan entry to the forward plan, or to the meeting that decided it', () => {
    assert.equal(hitHref(place({ kind: 'forward-plan', id: 3, meetingSlug: null })), '/forward-plan#entry-3');
    assert.equal(hitHref(place({ kind: 'forward-plan', id: 3 })), '/committees/audit/meetings/2026-03-02');
  });
});

describe('formatOffset', () => {
  it('writes minutes and seconds, and hours when there are some', () => {
    assert.equal(formatOffset(245_000), '4:05');
    assert.equal(formatOffset(3_723_999), '1:02:03');
  });
});
