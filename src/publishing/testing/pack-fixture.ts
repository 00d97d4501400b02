import PDFDocument from 'pdfkit';
import type { PackItem, PackMeeting, PackReport } from '../pack-meeting.ts';

/**
 * A fictional meeting for the pack's tests: Northwold's Place Scrutiny
 * Committee, with a chair, members, a co-optee and substitutes, and
 * items of every kind a pack meets.
 */
export function fixtureMeeting(overrides: Partial<PackMeeting> = {}): PackMeeting {
  return {
    id: 1,
    councilName: 'Northwold District Council',
    committeeName: 'Place Scrutiny Committee',
    contact: { name: 'Priya Hallam, Democratic Services', email: 'democratic.services@northwold.example', phone: '01632 960 412' },
    date: '2026-03-10',
    startsAt: new Date('2026-03-10T14:00:00Z'),
    endsAt: null,
    venue: 'Council Chamber, Northwold House, Market Street, Northwold',
    remoteLink: null,
    meetingUrl: 'https://papers.northwold.example/committees/place-scrutiny/meetings/2026-03-10',
    questionDeadline: new Date('2026-03-04T17:00:00Z'),
    members: [
      { name: 'Councillor Ada Fenwick', groupName: 'Northwold Independents', role: 'chair', memberType: 'councillor', isSubstitute: false, represents: null },
      { name: 'Councillor Bram Oduya', groupName: 'Labour', role: 'vice-chair', memberType: 'councillor', isSubstitute: false, represents: null },
      { name: 'Councillor Cerys Lund', groupName: 'Conservative', role: 'member', memberType: 'councillor', isSubstitute: false, represents: null },
      { name: 'Councillor Dev Marsh', groupName: 'Liberal Democrat', role: 'member', memberType: 'councillor', isSubstitute: false, represents: null },
      { name: 'Ellen Parrish', groupName: null, role: 'member', memberType: 'non-voting-co-optee', isSubstitute: false, represents: 'Northwold Tenants’ Federation' },
      { name: 'Councillor Fraser Quill', groupName: 'Labour', role: 'member', memberType: 'councillor', isSubstitute: true, represents: null },
    ],
    ...overrides,
  };
}

export function fixtureItem(id: number, overrides: Partial<PackItem> = {}): PackItem {
  return { id, position: id, number: String(id), title: `Item ${id}`, description: null, standardKind: null, isExempt: false, exemptParagraph: null, ...overrides };
}

export function fixtureReport(id: number, agendaItemId: number, overrides: Partial<PackReport> = {}): PackReport {
  return {
    id,
    agendaItemId,
    title: `Report ${id}`,
    classification: 'open',
    exemptParagraph: null,
    status: 'signed-off',
    hasContent: true,
    summary: 'The committee is asked to note the progress made and to comment on the next steps.',
    authorName: 'Tomasz Reyes, Head of Highways',
    leadOfficerName: 'Una Selby, Director of Place',
    directorate: 'Place',
    decisionType: 'scrutiny',
    isKeyDecision: false,
    allWards: true,
    wards: [],
    document: null,
    ...overrides,
  };
}

/** A PDF of `pages` pages, each saying which page of which report it is, as an author's upload would. */
export async function uploadedPdf(label: string, pages: number, options: { landscapeLast?: boolean } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  for (let n = 1; n <= pages; n++) {
    doc.addPage({ size: 'A4', layout: options.landscapeLast && n === pages ? 'landscape' : 'portrait', margin: 72 });
    doc.fontSize(16).text(`${label}: page ${n} of ${pages}`);
    doc.moveDown().fontSize(11).text('The council’s highways service has resurfaced 42 kilometres of road this year, against a target of 40.');
  }
  doc.end();
  return done;
}
