import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publicationContents } from './publication-contents.ts';
import { fixtureItem, fixtureReport } from './testing/pack-fixture.ts';

const none = { publishedItemIds: new Set<number>() };

describe('publicationContents for the agenda', () => {
  it('puts signed-off open reports in the public pack and exempt ones in the restricted pack', () => {
    const items = [fixtureItem(1, { standardKind: 'apologies' }), fixtureItem(2), fixtureItem(3, { isExempt: true, exemptParagraph: 3 })];
    const reports = [fixtureReport(20, 2), fixtureReport(30, 3, { classification: 'exempt', exemptParagraph: 3 })];
    const { entries, problems } = publicationContents('agenda', items, reports, none);
    assert.deepEqual(entries.map((e) => [e.item.id, e.state, e.publicReports.map((r) => r.id), e.restrictedReports.map((r) => r.id)]), [
      [1, 'no-papers', [], []],
      [2, 'papers', [20], []],
      [3, 'exempt', [], [30]],
    ]);
    assert.equal(entries[2]!.exemptParagraph, 3);
    assert.deepEqual(problems, []);
  });

  it('lists items in agenda order whatever order they come in', () => {
    const { entries } = publicationContents('agenda', [fixtureItem(2, { position: 2 }), fixtureItem(1, { position: 1 })], [], none);
    assert.deepEqual(entries.map((e) => e.item.id), [1, 2]);
  });

  it('marks a report that is not signed off as to follow, and warns', () => {
    const { entries, problems } = publicationContents('agenda', [fixtureItem(4, { title: 'Budget monitoring' })], [fixtureReport(40, 4, { title: 'Quarter 3', status: 'submitted' })], none);
    assert.equal(entries[0]!.state, 'to-follow');
    assert.deepEqual(entries[0]!.publicReports, []);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.level, 'warning');
    assert.match(problems[0]!.message, /^Item 4 \(Budget monitoring\): the report “Quarter 3” is not signed off \(submitted\)/);
  });

  it('warns of a substantive item without a report, not of apologies', () => {
    const { problems } = publicationContents('agenda', [fixtureItem(1, { standardKind: 'apologies' }), fixtureItem(2, { title: 'Flood risk' })], [], none);
    assert.deepEqual(problems.map((p) => [p.level, p.message]), [['warning', 'Item 2 (Flood risk) has no report: it will be listed without papers']]);
  });

  it('stops an open item whose report is exempt: the agenda would not give the paragraph', () => {
    const { entries, problems } = publicationContents('agenda', [fixtureItem(5)], [fixtureReport(50, 5, { classification: 'exempt', exemptParagraph: 1 })], none);
    assert.equal(problems[0]!.level, 'error');
    assert.match(problems[0]!.message, /is open but its report “Report 50” is exempt: mark the item exempt \(paragraph 1\)/);
    // Even so, it is withheld: nothing exempt reaches the public pack.
    assert.equal(entries[0]!.state, 'exempt');
    assert.deepEqual(entries[0]!.publicReports, []);
  });

  it('stops an exempt item without a paragraph, and a report with nothing to print', () => {
    const { problems } = publicationContents('agenda', [fixtureItem(6, { isExempt: true, exemptParagraph: null }), fixtureItem(7)], [fixtureReport(70, 7, { hasContent: false })], none);
    assert.deepEqual(problems.map((p) => p.level), ['error', 'error']);
    assert.match(problems[0]!.message, /Item 6 .* no paragraph of Schedule 12A/);
    assert.match(problems[1]!.message, /has no document and no text/);
  });

  it('refuses an agenda with no items', () => {
    assert.equal(publicationContents('agenda', [], [], none).problems[0]!.message, 'The agenda has no items');
  });
});

describe('publicationContents for a supplement', () => {
  const items = [fixtureItem(1), fixtureItem(2), fixtureItem(3, { title: 'Urgent: storm damage' })];
  const earlier = { publishedItemIds: new Set([1, 2]) };

  it('carries reports signed off since the agenda, and items added since', () => {
    const reports = [fixtureReport(10, 1, { status: 'published' }), fixtureReport(20, 2, { status: 'signed-off' }), fixtureReport(30, 3, { status: 'signed-off' })];
    const { entries, problems } = publicationContents('supplement', items, reports, earlier);
    assert.deepEqual(entries.map((e) => [e.item.id, e.publicReports.map((r) => r.id)]), [[2, [20]], [3, [30]]]);
    assert.deepEqual(problems, []);
  });

  it('leaves out a report already published on an item that gains another', () => {
    const reports = [fixtureReport(10, 1, { status: 'published' }), fixtureReport(11, 1, { status: 'signed-off' })];
    const { entries } = publicationContents('supplement', items.slice(0, 2), reports, earlier);
    assert.deepEqual(entries.map((e) => [e.item.id, e.publicReports.map((r) => r.id)]), [[1, [11]]]);
  });

  it('has nothing to publish when nothing has changed', () => {
    const { entries, problems } = publicationContents('supplement', items.slice(0, 2), [fixtureReport(10, 1, { status: 'published' })], earlier);
    assert.deepEqual(entries, []);
    assert.match(problems[0]!.message, /nothing new to publish/);
  });
});
