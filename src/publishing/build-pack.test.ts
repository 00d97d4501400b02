import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import PDFDocument from 'pdfkit';
import { PDFArray, PDFDict, PDFDocument as LibDocument, PDFName, degrees } from 'pdf-lib';
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { buildPack, type BuiltPack, type PackRequest } from './build-pack.ts';
import { formatPageRange } from './pack-plan.ts';
import { publicationContents } from './publication-contents.ts';
import { fixtureItem, fixtureMeeting, fixtureReport, uploadedPdf } from './testing/pack-fixture.ts';

/** The text of each page, read back as a resident's PDF reader would. */
async function pagesOf(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false });
  return text.map((t) => t.replace(/\s+/g, ' '));
}

const secret = 'Quintessentialzebra';

async function fixture() {
  const items = [
    fixtureItem(1, { title: 'Apologies for absence', standardKind: 'apologies' }),
    fixtureItem(2, { title: 'Minutes of the previous meeting', standardKind: 'minutes' }),
    fixtureItem(3, { title: 'Highways maintenance programme', description: 'To review the programme of road repairs.' }),
    fixtureItem(4, { title: 'Disposal of the Mill Lane depot', isExempt: true, exemptParagraph: 3 }),
    fixtureItem(5, { title: 'Bus services', description: 'To consider progress.' }),
  ];
  const text = (body: string) => ({ id: 9, filename: 'report.txt', mediaType: 'text/plain', original: new TextEncoder().encode(body), text: body });
  const reports = [
    fixtureReport(20, 2, { title: 'Minutes of 10 February', document: { id: 1, filename: 'minutes.pdf', mediaType: 'application/pdf', original: await uploadedPdf('Minutes', 3), text: '' } }),
    fixtureReport(30, 3, { title: 'Highways maintenance programme', document: { id: 2, filename: 'highways.pdf', mediaType: 'application/pdf', original: await rotatedPdf(), text: '' } }),
    fixtureReport(40, 4, { title: 'Offers for the depot', classification: 'exempt', exemptParagraph: 3, summary: `The highest offer came from ${secret} Holdings.` }),
    fixtureReport(50, 5, { title: 'Bus services progress', document: text(`Purpose of the report\n\nTo update the committee.\n\n${'Bus patronage has grown since April. '.repeat(150)}`) }),
  ];
  return publicationContents('agenda', items, reports, { publishedItemIds: new Set() }).entries;
}

/** Four pages, the last one turned with /Rotate 90, as scanners and some exports leave them. */
async function rotatedPdf(): Promise<Uint8Array> {
  const pdf = await LibDocument.load(await uploadedPdf('Highways report', 4));
  pdf.getPage(3).setRotation(degrees(90));
  return pdf.save();
}

const request = (entries: PackRequest['entries'], overrides: Partial<PackRequest> = {}): PackRequest => ({
  kind: 'agenda',
  supplementNumber: null,
  meeting: fixtureMeeting(),
  brandColour: '#1d70b8',
  title: 'Agenda pack: Place Scrutiny Committee, Tuesday 10 March 2026',
  publishedOn: '2026-03-02',
  lateReason: null,
  entries,
  ...overrides,
});

describe('buildPack: the public agenda pack', () => {
  let pack: BuiltPack;
  let pages: string[];
  before(async () => {
    pack = await buildPack(request(await fixture()));
    pages = await pagesOf(pack.bytes);
  });

  it('opens with the front sheet: council, committee, date, place, membership and contact', () => {
    assert.match(pages[0]!, /Northwold District Council Agenda Place Scrutiny Committee/);
    assert.match(pages[0]!, /Tuesday 10 March 2026/);
    assert.match(pages[0]!, /Council Chamber, Northwold House/);
    assert.match(pages[0]!, /Chair Councillor Ada Fenwick/);
    assert.match(pages[0]!, /Priya Hallam, Democratic Services/);
  });

  it('stamps every page with its number in the pack', () => {
    assert.equal(pages.length, pack.plan.totalPages);
    pages.forEach((text, i) => assert.match(text, new RegExp(`Page ${i + 1}\\b`), `page ${i + 1}`));
  });

  it('gives each item the pages its report is on, and the report is on them', () => {
    const agenda = pages.find((p) => p.includes('Item Business Pages'))!;
    for (const item of pack.plan.items) {
      const range = formatPageRange(item.pages);
      assert.ok(agenda.includes(range), `the agenda shows ${range} for item ${item.itemId}`);
    }
    const minutes = pack.plan.items.find((i) => i.itemId === 2)!.pages;
    assert.equal(minutes.to - minutes.from + 1, 3);
    assert.match(pages[minutes.from - 1]!, /Minutes: page 1 of 3/);
    assert.match(pages[minutes.to - 1]!, /Minutes: page 3 of 3/);
    const bus = pack.plan.items.find((i) => i.itemId === 5)!.pages;
    assert.match(pages[bus.from - 1]!, /Report to Place Scrutiny Committee, Tuesday 10 March 2026, item 5 Bus services progress/);
    assert.ok(bus.to > bus.from, 'the long typeset report runs over more than one page');
  });

  it('merges an uploaded PDF as it is, a rotated page included', () => {
    const highways = pack.plan.items.find((i) => i.itemId === 3)!.pages;
    assert.equal(highways.to - highways.from + 1, 4);
    assert.match(pages[highways.to - 1]!, new RegExp(`Highways report: page 4 of 4.*Page ${highways.to}`));
  });

  it('leaves the exempt report out, showing its title, paragraph and “not for publication”', () => {
    const all = pages.join('\n');
    assert.doesNotMatch(all, new RegExp(secret));
    assert.doesNotMatch(all, /Offers for the depot/);
    assert.match(all, /Disposal of the Mill Lane depot Not for publication: exempt information under paragraph 3 of Part 1 of Schedule 12A/);
    assert.equal(pack.plan.items.find((i) => i.itemId === 4), undefined);
  });

  it('is a tagged PDF in English with its title', async () => {
    const { info, metadata } = await getMeta(new Uint8Array(pack.bytes));
    assert.equal(info.Title, 'Agenda pack: Place Scrutiny Committee, Tuesday 10 March 2026');
    assert.equal(info.Author, 'Northwold District Council');
    assert.ok(metadata, 'it carries XMP metadata');
    const lib = await LibDocument.load(pack.bytes);
    assert.equal(lib.catalog.get(PDFName.of('Lang'))?.toString(), '(en-GB)');
    assert.ok(lib.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict), 'it has a structure tree');
    assert.equal(lib.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))?.toString(), 'true');
  });

  it('keeps reading order in its structure: the front matter first, then each typeset report, with headings, tables and lists', async () => {
    const lib = await LibDocument.load(pack.bytes);
    const kids = (dict: PDFDict) => {
      const k = dict.lookup(PDFName.of('K'));
      const array = k instanceof PDFArray ? k : null;
      return array ? Array.from({ length: array.size() }, (_, i) => array.lookup(i)).filter((c): c is PDFDict => c instanceof PDFDict) : k instanceof PDFDict ? [k] : [];
    };
    const name = (dict: PDFDict) => `${dict.get(PDFName.of('S'))}${dict.get(PDFName.of('T')) ? ` ${dict.get(PDFName.of('T'))}` : ''}`;
    const [document] = kids(lib.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict));
    assert.equal(name(document!), '/Document');
    const sections = kids(document!);
    assert.deepEqual(sections.map(name), ['/Sect (Front sheet and agenda)', '/Art (Bus services progress)']);
    const front = kids(sections[0]!).map((d) => String(d.get(PDFName.of('S'))));
    assert.deepEqual(front.slice(0, 4), ['/P', '/H1', '/P', '/Table']);
    assert.ok(front.includes('/L'), 'the named substitutes are a list');
    const table = kids(sections[0]!).find((d) => String(d.get(PDFName.of('S'))) === '/Table' && kids(d).length > 3)!;
    assert.deepEqual(kids(kids(table)[0]!).map((c) => String(c.get(PDFName.of('S')))), ['/TH', '/TH', '/TH'], 'the header row is header cells');
  });
});

describe('buildPack: the restricted papers', () => {
  it('holds the exempt report, with its own page numbers and a warning on every page', async () => {
    const pack = await buildPack(request(await fixture(), { kind: 'restricted', title: 'Restricted papers' }));
    const pages = await pagesOf(pack.bytes);
    assert.match(pages[0]!, /Restricted papers Place Scrutiny Committee NOT FOR PUBLICATION/);
    assert.deepEqual(pack.plan.items.map((i) => [i.itemId, formatPageRange(i.pages)]), [[4, '2']]);
    assert.match(pages[1]!, new RegExp(`Offers for the depot.*${secret} Holdings`));
    assert.match(pages[1]!, /NOT FOR PUBLICATION: exempt information/);
    assert.doesNotMatch(pages.join(' '), /Highways report|Bus services progress/);
  });
});

describe('buildPack: a report whose PDF cannot be merged', () => {
  it('typesets an encrypted PDF from its stored text, and says so', async () => {
    const encrypted = await new Promise<Uint8Array>((resolve) => {
      const doc = new PDFDocument({ ownerPassword: 'owner', userPassword: '', permissions: { printing: 'highResolution' } });
      const chunks: Uint8Array[] = [];
      doc.on('data', (c: Uint8Array) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.text('Locked report');
      doc.end();
    });
    const entries = publicationContents('agenda', [fixtureItem(1, { title: 'Treasury management' })], [
      fixtureReport(10, 1, { title: 'Treasury management', summary: null, document: { id: 1, filename: 'treasury.pdf', mediaType: 'application/pdf', original: encrypted, text: 'The council borrowed nothing this quarter.' } }),
    ], { publishedItemIds: new Set() }).entries;
    const pack = await buildPack(request(entries));
    assert.deepEqual(pack.typesetInstead, [{ reportId: 10, title: 'Treasury management', reason: 'the PDF is encrypted' }]);
    const pages = await pagesOf(pack.bytes);
    assert.match(pages.at(-1)!, /The council borrowed nothing this quarter\./);
  });
});
