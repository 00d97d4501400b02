import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getPage, textOf, useTestPortal } from '../../test/build-test-app.ts';
import { exemptMarker, seedTranscripts } from './transcript-fixtures.ts';

describe('transcript page', () => {
  const portal = useTestPortal(seedTranscripts);
  const url = (date: string) => `/committees/audit/meetings/${date}/transcript`;

  it('shows the segments in order with their times, speakers and anchors', async () => {
    const { $ } = await getPage(portal.app, url('2026-02-10'));
    assert.equal(textOf($, 'h1'), 'Transcript');
    assert.match($('title').text(), /^Transcript: Audit Committee, Tuesday 10 February 2026/);
    const segments = $('.gavel-transcript__segment')
      .map((_, el) => ({ id: $(el).attr('id') ?? null, time: $(el).find('time').text(), datetime: $(el).find('time').attr('datetime'), speaker: $(el).find('strong').text(), text: $(el).find('p.govuk-body').text() }))
      .get();
    assert.deepEqual(segments, [
      { id: 't1', time: '0:00:01', datetime: 'PT1S', speaker: 'Chair', text: 'Welcome to this meeting of the Audit Committee.' },
      { id: 't5', time: '0:00:05', datetime: 'PT5S', speaker: '', text: 'Have we received any apologies?' },
      { id: null, time: '0:00:05', datetime: 'PT5S', speaker: 'Clerk', text: 'None, Chair.' },
      { id: 't3723', time: '1:02:03', datetime: 'PT3723S', speaker: 'Chair', text: 'The meeting is closed.' },
    ]);
    assert.equal($('#t3723 time').parent('a').attr('href'), '#t3723');
  });

  it('links back to the meeting, to the recording and to the file it was read from', async () => {
    const { $ } = await getPage(portal.app, url('2026-02-10'));
    const links = $('main .govuk-list a').map((_, a) => $(a).attr('href')).get();
    assert.ok(links.includes('/committees/audit/meetings/2026-02-10'));
    assert.ok(links.includes('https://video.example/audit-2026-02-10'));
    assert.ok(links.some((href) => /^\/documents\/\d+$/.test(href)));
    assert.deepEqual($('.govuk-breadcrumbs__link').map((_, a) => $(a).text().trim()).get(), ['Home', 'Committees', 'Audit Committee', 'Tuesday 10 February 2026']);
  });

  it('anchors untimed segments by position and shows no times or recording link', async () => {
    const { $ } = await getPage(portal.app, url('2026-02-11'));
    assert.deepEqual($('.gavel-transcript__segment').map((_, el) => $(el).attr('id')).get(), ['s1', 's2']);
    assert.equal($('time').length, 0);
    assert.equal(textOf($, '#s2 strong'), 'Chair');
    assert.equal($('a[href^="https://video"]').length, 0);
  });

  it('is not found for a meeting without a transcript, an unknown meeting or a malformed address', async () => {
    await getPage(portal.app, url('2026-02-13'), 404);
    await getPage(portal.app, url('2026-02-15'), 404);
    await getPage(portal.app, '/committees/no-such/meetings/2026-02-10/transcript', 404);
    await getPage(portal.app, '/committees/audit/meetings/tuesday/transcript', 404);
  });

  it('is not found when the transcript is exempt or on an exempt item, and shows nothing of it', async () => {
    for (const date of ['2026-02-12', '2026-02-14']) {
      const { response } = await getPage(portal.app, url(date), 404);
      assert.ok(!response.body.includes(exemptMarker));
    }
  });

  it('is linked from the meeting page only when there is a transcript to read', async () => {
    for (const [date, linked] of [['2026-02-10', true], ['2026-02-11', true], ['2026-02-12', false], ['2026-02-13', false], ['2026-02-14', false]] as const) {
      const { $ } = await getPage(portal.app, `/committees/audit/meetings/${date}`);
      const link = $(`a[href="${url(date)}"]`);
      assert.equal(link.length, linked ? 1 : 0, date);
      if (linked) assert.equal(link.text(), 'Read the transcript');
    }
  });
});
