import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hitHref } from '../search/search-links.ts';
import type { SegmentRow } from './transcript-repository.ts';
import { formatClock, segmentViews } from './transcript-view.ts';

const segment = (position: number, startsMs: number | null, speakerName: string | null = null): SegmentRow => ({ position, startsMs, endsMs: null, speakerName, text: `Segment ${position}.` });

describe('formatClock', () => {
  it('shows hours, minutes and seconds, dropping milliseconds', () => {
    assert.equal(formatClock(0), '0:00:00');
    assert.equal(formatClock(1_999), '0:00:01');
    assert.equal(formatClock(754_300), '0:12:34');
    assert.equal(formatClock(3_723_000), '1:02:03');
    assert.equal(formatClock(36_000_000), '10:00:00');
  });
});

describe('segmentViews', () => {
  it('anchors each timed segment at its second and each untimed one at its position', () => {
    const views = segmentViews([segment(1, 1_000, 'Chair'), segment(2, 5_500), segment(3, null)]);
    assert.deepEqual(
      views.map((v) => [v.anchor, v.time, v.duration, v.timeHref, v.speaker]),
      [
        ['t1', '0:00:01', 'PT1S', '#t1', 'Chair'],
        ['t5', '0:00:05', 'PT5S', '#t5', null],
        ['s3', null, null, null, null],
      ],
    );
  });

  it('gives a second’s id to the first segment that starts in it, and to no other', () => {
    const views = segmentViews([segment(1, 12_100), segment(2, 12_900), segment(3, 13_000)]);
    assert.deepEqual(views.map((v) => v.anchor), ['t12', null, 't13']);
    assert.deepEqual(views.map((v) => v.timeHref), ['#t12', '#t12', '#t13']);
  });

  it('has an anchor for every link search makes to a segment', () => {
    const segments = [segment(1, 0), segment(2, 754_300), segment(3, 754_900), segment(4, 3_723_456)];
    const anchors = new Set(segmentViews(segments).map((v) => v.anchor));
    for (const s of segments) {
      const href = hitHref({ kind: 'transcript', id: s.position, committeeSlug: 'audit', meetingSlug: '2026-03-02', meetingHasMinutes: false, itemNumber: null, itemPosition: null, documentLine: null, startsMs: s.startsMs, transcriptDocumentId: null, transcriptSourceLine: null });
      assert.ok(anchors.has(href.split('#')[1]!), `${href} has no anchor on the page`);
    }
  });
});
