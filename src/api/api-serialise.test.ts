import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentRow, MeetingRow } from './api-repository.ts';
import { etagOf, eventStatus, matchesEtag, pageEnvelope, toDocument, toMeeting, toMeetingSummary, toMembership } from './api-serialise.ts';

const publicUrl = 'https://meetings.northwold.example';

const meeting: MeetingRow = {
  id: 9,
  committeeSlug: 'audit',
  committeeName: 'Audit Committee',
  slug: '2026-07-14',
  date: '2026-07-14',
  startsAt: new Date('2026-07-14T18:00:00Z'),
  endsAt: null,
  kind: 'ordinary',
  venue: 'Council Chamber',
  status: 'agenda-published',
  cancellationReason: null,
  agendaPublishedAt: null,
  minutesPublishedAt: null,
  videoUrl: null,
};

describe('pageEnvelope', () => {
  it('links to the next page only when there is one, keeping the other parameters', () => {
    const page = pageEnvelope([1, 2], 5, { url: '/api/v1/meetings?organization_id=audit&per_page=2', page: 1, perPage: 2 }, publicUrl);
    assert.equal(page.total, 5);
    assert.equal(page.links.next, `${publicUrl}/api/v1/meetings?organization_id=audit&per_page=2&page=2`);
    assert.equal(page.links.prev, null);
    const last = pageEnvelope([5], 5, { url: '/api/v1/meetings?per_page=2&page=3', page: 3, perPage: 2 }, publicUrl);
    assert.equal(last.links.next, null);
    assert.equal(last.links.prev, `${publicUrl}/api/v1/meetings?per_page=2&page=2`);
  });

  it('points the previous link of a page past the end at the last page', () => {
    const beyond = pageEnvelope([], 5, { url: '/api/v1/meetings?page=9&per_page=2', page: 9, perPage: 2 }, publicUrl);
    assert.equal(beyond.links.prev, `${publicUrl}/api/v1/meetings?page=3&per_page=2`);
    assert.equal(beyond.links.next, null);
  });
});

describe('ETags', () => {
  it('gives equal bodies the same strong ETag and different bodies different ones', () => {
    assert.equal(etagOf('{"a":1}'), etagOf('{"a":1}'));
    assert.notEqual(etagOf('{"a":1}'), etagOf('{"a":2}'));
    assert.match(etagOf('x'), /^"[A-Za-z0-9_-]+"$/);
  });

  it('matches If-None-Match lists, weak validators and *', () => {
    const tag = etagOf('body');
    assert.equal(matchesEtag(tag, tag), true);
    assert.equal(matchesEtag(`"other", W/${tag}`, tag), true);
    assert.equal(matchesEtag('*', tag), true);
    assert.equal(matchesEtag('"other"', tag), false);
    assert.equal(matchesEtag(undefined, tag), false);
  });
});

describe('meetings as Open Civic Data events', () => {
  it('calls a meeting cancelled, passed once its day is over, and confirmed before', () => {
    assert.equal(eventStatus({ status: 'cancelled', date: '2026-07-14' }, '2026-01-01'), 'cancelled');
    assert.equal(eventStatus({ status: 'held', date: '2026-07-14' }, '2026-07-15'), 'passed');
    assert.equal(eventStatus({ status: 'scheduled', date: '2026-07-14' }, '2026-07-14'), 'confirmed');
  });

  it('gives a meeting without an end time a default end, and one without a start time neither', () => {
    const summary = toMeetingSummary(meeting, publicUrl, '2026-03-02');
    assert.equal(summary.start_date, '2026-07-14T18:00:00.000Z');
    assert.equal(summary.end_date, '2026-07-14T20:00:00.000Z');
    assert.equal(summary.all_day, false);
    assert.deepEqual(summary.location, { name: 'Council Chamber' });
    const undated = toMeetingSummary({ ...meeting, startsAt: null }, publicUrl, '2026-03-02');
    assert.deepEqual([undated.start_date, undated.end_date, undated.all_day], [null, null, true]);
  });

  it('keeps an exempt item’s title and paragraph and drops whatever else it was given', () => {
    const item = { id: 1, position: 1, number: '7', minuteNumber: null, standardKind: null, pageFrom: 3, pageTo: 9, minutes: 'SECRET', description: 'SECRET' } as const;
    const result = toMeeting(
      {
        meeting,
        items: [{ ...item, title: 'Land sale', isExempt: true, exemptParagraph: 3 }],
        reports: [{ agendaItemId: 1, title: 'SECRET', summary: null, authorName: null, leadOfficerName: null, directorate: null, decisionType: null, isKeyDecision: false, allWards: false, wards: [] }],
        outcomes: { resolutions: [{ id: 1, agendaItemId: 1, text: 'SECRET', outcome: null }], recommendations: [], actions: [] },
        attendance: [],
        documents: [],
      },
      publicUrl,
      '2026-03-02',
    );
    assert.ok(!JSON.stringify(result).includes('SECRET'));
    assert.deepEqual([result.agenda[0]!.description, result.agenda[0]!.exempt_paragraph, result.agenda[0]!.pages], ['Land sale', 3, '3 - 9']);
    assert.equal(result.agenda[0]!.url, `${publicUrl}/committees/audit/meetings/2026-07-14#item-7`);
  });
});

describe('toMembership', () => {
  it('gives a named substitute the role "substitute"', () => {
    const row = { id: 3, personSlug: 'jo', committeeSlug: 'audit', role: 'member', memberType: 'councillor', isSubstitute: true, represents: null, startsOn: '2025-05-20', endsOn: null } as const;
    assert.equal(toMembership(row).role, 'substitute');
    assert.equal(toMembership({ ...row, isSubstitute: false, role: 'vice-chair' }).role, 'vice-chair');
  });
});

describe('toDocument', () => {
  it('gives the file’s name, never the server path it was imported from', () => {
    const row = { id: 4, kind: 'minutes', title: 'Minutes', filename: '/srv/archive/2024/minutes.pdf', mediaType: 'application/pdf', byteSize: 10, sha256: 'a'.repeat(64), publishedAt: null, meetingId: null, committeeSlug: null } as DocumentRow;
    assert.equal(toDocument(row, 'http://gavel.test').filename, 'minutes.pdf');
  });
});
