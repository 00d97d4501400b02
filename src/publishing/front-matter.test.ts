import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontMatter, type FrontMatterInput } from './front-matter.ts';
import { blocksText, type Block } from './pack-blocks.ts';
import { publicationContents } from './publication-contents.ts';
import { fixtureItem, fixtureMeeting, fixtureReport } from './testing/pack-fixture.ts';

const items = [
  fixtureItem(1, { title: 'Apologies for absence', standardKind: 'apologies' }),
  fixtureItem(2, { title: 'Highways maintenance', description: 'To review the programme.' }),
  fixtureItem(3, { title: 'Disposal of the Mill Lane depot', isExempt: true, exemptParagraph: 3, description: 'Secret terms of the sale' }),
  fixtureItem(4, { title: 'Work programme', standardKind: 'work-programme' }),
];
const reports = [
  fixtureReport(20, 2),
  fixtureReport(30, 3, { classification: 'exempt', exemptParagraph: 3, title: 'Offers received' }),
  fixtureReport(40, 4, { status: 'draft' }),
];
const { entries } = publicationContents('agenda', items, reports, { publishedItemIds: new Set() });
const input = (overrides: Partial<FrontMatterInput> = {}): FrontMatterInput => ({
  kind: 'agenda',
  supplementNumber: null,
  meeting: fixtureMeeting(),
  publishedOn: '2026-03-02',
  lateReason: null,
  entries,
  pagesOf: (id) => (id === 2 ? { from: 9, to: 16 } : id === 3 ? { from: 2, to: 5 } : null),
  ...overrides,
});
const agendaRows = (blocks: Block[]) => {
  const table = blocks.find((b) => b.kind === 'table' && b.caption.includes('items'));
  assert.ok(table && table.kind === 'table');
  return table.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join(' | ')));
};

describe('frontMatter for the agenda pack', () => {
  const blocks = frontMatter(input());
  const text = blocksText(blocks);

  it('opens with the council, the committee, when and where', () => {
    assert.deepEqual(blocks[0], { kind: 'masthead', council: 'Northwold District Council', title: 'Agenda', subtitle: 'Place Scrutiny Committee' });
    assert.match(text, /Date: Tuesday 10 March 2026\nTime: 2pm\nPlace: Council Chamber, Northwold House/);
  });

  it('gives the clerk to contact', () => {
    assert.match(text, /Contact: Priya Hallam, Democratic Services\nTelephone: 01632 960 412\nEmail: democratic.services@northwold.example/);
  });

  it('lists the membership with roles, co-optees and named substitutes', () => {
    assert.match(text, /Chair\tCouncillor Ada Fenwick\tNorthwold Independents/);
    assert.match(text, /Vice-chair\tCouncillor Bram Oduya\tLabour/);
    assert.match(text, /Co-opted member \(non-voting\)\tEllen Parrish\tNorthwold Tenants’ Federation/);
    assert.match(text, /Named substitutes[\s\S]*Councillor Fraser Quill \(Labour\)/);
  });

  it('gives each item its pages, and an exempt item only its title and paragraph', () => {
    assert.deepEqual(agendaRows(blocks), [
      ['1', 'Apologies for absence', ''],
      ['2', 'Highways maintenance | To review the programme.', '9 - 16'],
      ['3', 'Disposal of the Mill Lane depot | Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person (including the authority holding that information)). | The report is in the restricted papers for members and officers.', ''],
      ['4', 'Work programme | Report to follow.', ''],
    ]);
    assert.doesNotMatch(text, /Secret terms/);
    assert.doesNotMatch(text, /Offers received/);
  });

  it('sets out the public’s rights: attending, filming under the 2014 regulations, papers, questions', () => {
    assert.match(text, /Attending the meeting/);
    assert.match(text, /Openness of Local Government Bodies Regulations 2014/);
    assert.match(text, /at least five clear working days before the meeting \(Local Government Act 1972 s\.100B\)/);
    assert.match(text, /Questions must reach democratic services by 5pm on Wednesday 4 March 2026/);
  });

  it('says why when published late', () => {
    const late = blocksText(frontMatter(input({ lateReason: 'The storm on 1 March closed two bridges.' })));
    assert.match(late, /fewer than five clear working days’ notice.*s\.100B\(4\)\) because: The storm on 1 March closed two bridges\./);
    assert.doesNotMatch(text, /fewer than five/);
  });
});

describe('frontMatter for the restricted papers', () => {
  const blocks = frontMatter(input({ kind: 'restricted' }));
  const text = blocksText(blocks);

  it('warns that the papers are not for publication', () => {
    assert.match(text, /^Northwold District Council\nRestricted papers\nPlace Scrutiny Committee\nNOT FOR PUBLICATION\./);
  });

  it('lists only the exempt items, with their reports and restricted pages', () => {
    assert.deepEqual(agendaRows(blocks).map((r) => [r[0], r[2]]), [['3', '2 - 5']]);
    assert.match(text, /Report: Offers received/);
  });
});

describe('frontMatter for a supplement', () => {
  it('names the supplement and says its pages start again', () => {
    const text = blocksText(frontMatter(input({ kind: 'supplement', supplementNumber: 2 })));
    assert.match(text, /^Northwold District Council\nSupplement 2 to the agenda\n/);
    assert.match(text, /published on Monday 2 March 2026, contains papers that were not available when the agenda was published\. Page numbers in this supplement start again at 1\./);
  });
});
