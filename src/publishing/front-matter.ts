import { arrangeMembership, describeMembership } from '../committees/membership.ts';
import type { Day } from '../deadlines/days.ts';
import { formatDateLong, formatTime, londonDate } from '../web/format.ts';
import { notForPublication } from './exempt-paragraphs.ts';
import { type Block, type Cell, cell } from './pack-blocks.ts';
import type { PackMeeting, PackMember } from './pack-meeting.ts';
import { formatPageRange, type PageRange } from './pack-plan.ts';
import type { PublicationEntry } from './publication-contents.ts';

/** Which pack the front matter opens: the public agenda pack, a supplement, or the restricted papers of either. */
export type PackKind = 'agenda' | 'supplement' | 'restricted';

export interface FrontMatterInput {
  kind: PackKind;
  /** For a supplement, and for the restricted papers of one. */
  supplementNumber: number | null;
  meeting: PackMeeting;
  publishedOn: Day;
  /** Why the papers could not wait five clear working days (s.100B(4)), or null when in time. */
  lateReason: string | null;
  entries: readonly PublicationEntry[];
  /** Where an item's reports are in this pack; null for an item with none here. */
  pagesOf(itemId: number): PageRange | null;
}

/**
 * The pages that open a pack, as blocks: for the agenda, the front sheet
 * (meeting, contact, membership), the agenda with page numbers and the
 * public's rights; for a supplement, its cover and list of items; for the
 * restricted papers, a warning and the list of exempt items.
 */
export function frontMatter(input: FrontMatterInput): Block[] {
  if (input.kind === 'restricted') return restrictedCover(input);
  if (input.kind === 'supplement') return supplementCover(input);
  return agendaFrontSheet(input);
}

function agendaFrontSheet(input: FrontMatterInput): Block[] {
  const { meeting } = input;
  return [
    { kind: 'masthead', council: meeting.councilName, title: 'Agenda', subtitle: meeting.committeeName },
    { kind: 'details', rows: meetingDetails(meeting) },
    ...lateNotice(input),
    ...contactBlocks(meeting),
    ...membershipBlocks(meeting.members),
    { kind: 'new-page' },
    { kind: 'heading', level: 1, text: 'Agenda' },
    agendaTable(input, 'public'),
    { kind: 'new-page' },
    ...publicRights(meeting),
  ];
}

function supplementCover(input: FrontMatterInput): Block[] {
  const { meeting } = input;
  return [
    { kind: 'masthead', council: meeting.councilName, title: `Supplement ${input.supplementNumber ?? 1} to the agenda`, subtitle: meeting.committeeName },
    { kind: 'details', rows: meetingDetails(meeting) },
    {
      kind: 'paragraph',
      style: 'lead',
      text: `This supplement, published on ${formatDateLong(input.publishedOn)}, contains papers that were not available when the agenda was published. Page numbers in this supplement start again at 1.`,
    },
    ...lateNotice(input),
    { kind: 'heading', level: 2, text: 'Items in this supplement' },
    agendaTable(input, 'public'),
    ...contactBlocks(meeting),
  ];
}

function restrictedCover(input: FrontMatterInput): Block[] {
  const { meeting } = input;
  const which = input.supplementNumber ? `supplement ${input.supplementNumber} to the agenda` : 'the agenda';
  return [
    { kind: 'masthead', council: meeting.councilName, title: 'Restricted papers', subtitle: meeting.committeeName },
    {
      kind: 'paragraph',
      style: 'notice',
      text: 'NOT FOR PUBLICATION. These papers contain exempt information under Part 1 of Schedule 12A to the Local Government Act 1972. They are for members of the committee and the officers advising it. Do not share them or leave them where others can read them, and return or destroy paper copies after the meeting.',
    },
    { kind: 'details', rows: meetingDetails(meeting) },
    { kind: 'paragraph', text: `These are the exempt papers for ${which}, published on ${formatDateLong(input.publishedOn)}. The committee may consider them only after resolving to exclude the press and public (Local Government Act 1972 s.100A(4)). Page numbers start again at 1.` },
    { kind: 'heading', level: 2, text: 'Exempt items' },
    agendaTable(input, 'restricted'),
    ...contactBlocks(meeting),
  ];
}

function meetingDetails(meeting: PackMeeting): { label: string; value: string }[] {
  const rows = [{ label: 'Date', value: formatDateLong(meeting.date) }];
  if (meeting.startsAt) rows.push({ label: 'Time', value: meeting.endsAt ? `${formatTime(meeting.startsAt)} to ${formatTime(meeting.endsAt)}` : formatTime(meeting.startsAt) });
  rows.push({ label: 'Place', value: meeting.venue ?? 'To be confirmed' });
  if (meeting.remoteLink) rows.push({ label: 'Watch online', value: meeting.remoteLink });
  return rows;
}

function lateNotice(input: FrontMatterInput): Block[] {
  if (!input.lateReason) return [];
  return [
    {
      kind: 'paragraph',
      style: 'notice',
      text: `Published with fewer than five clear working days’ notice. The chair has agreed that the papers be considered as a matter of urgency (Local Government Act 1972 s.100B(4)) because: ${input.lateReason}`,
    },
  ];
}

function contactBlocks(meeting: PackMeeting): Block[] {
  const { name, email, phone } = meeting.contact;
  const how = [phone ? `telephone ${phone}` : null, email ? `email ${email}` : null].filter(Boolean).join(' or ');
  const who = name ?? 'Democratic Services';
  const rows = [{ label: 'Contact', value: who }];
  if (phone) rows.push({ label: 'Telephone', value: phone });
  if (email) rows.push({ label: 'Email', value: email });
  return [
    { kind: 'heading', level: 2, text: 'For more information' },
    { kind: 'details', rows },
    {
      kind: 'paragraph',
      text: `If you need help to understand this document, or would like it in another format or language, please ${how ? `${how}` : `contact ${who}`} before the meeting. The papers are also on the council’s website: ${meeting.meetingUrl}`,
    },
  ];
}

function membershipBlocks(members: readonly PackMember[]): Block[] {
  if (members.length === 0) return [];
  const { members: councillors, coOptees, substitutes } = arrangeMembership(members);
  const row = (m: PackMember): Cell[] => [cell(describeMembership(m)), cell(m.name), cell(m.represents ?? m.groupName ?? '')];
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Membership' },
    {
      kind: 'table',
      caption: 'Membership of the committee',
      columns: [{ header: 'Role', width: 3 }, { header: 'Name', width: 4 }, { header: 'Group or representing', width: 4 }],
      rows: [...councillors, ...coOptees].map(row),
    },
  ];
  if (substitutes.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: 'Named substitutes' },
      { kind: 'paragraph', style: 'small', text: 'A named substitute attends only in place of a member of the same group, notified before the meeting.' },
      { kind: 'list', items: substitutes.map((s) => (s.groupName ? `${s.name} (${s.groupName})` : s.name)) },
    );
  }
  return blocks;
}

function agendaTable(input: FrontMatterInput, pack: 'public' | 'restricted'): Block {
  const entries = input.entries.filter((e) => (pack === 'restricted' ? e.state === 'exempt' && e.restrictedReports.length > 0 : true));
  return {
    kind: 'table',
    caption: pack === 'restricted' ? 'Exempt items and their pages' : 'Agenda items and their pages',
    columns: [{ header: 'Item', width: 1 }, { header: 'Business', width: 8 }, { header: 'Pages', width: 1.6, align: 'right' }],
    rows: entries.map((entry) => {
      const business: Cell = [{ text: entry.item.title, bold: true }];
      if (entry.state === 'exempt') {
        business.push({ text: notForPublication(entry.exemptParagraph), style: 'notice' });
      } else if (entry.item.description) {
        business.push(...entry.item.description.split(/\n\s*\n/).map((p) => ({ text: p.trim() })).filter((p) => p.text));
      }
      if (pack === 'restricted') business.push(...entry.restrictedReports.map((r) => ({ text: `Report: ${r.title}`, style: 'small' as const })));
      if (entry.state === 'to-follow') business.push({ text: 'Report to follow.', style: 'small' });
      if (entry.state === 'exempt' && pack === 'public' && entry.restrictedReports.length > 0) {
        business.push({ text: 'The report is in the restricted papers for members and officers.', style: 'small' });
      }
      // The public agenda never points into the restricted papers.
      const pages = pack === 'public' && entry.state === 'exempt' ? null : input.pagesOf(entry.item.id);
      return [cell(entry.item.number ?? String(entry.item.position), { bold: true }), business, cell(pages ? formatPageRange(pages) : '')];
    }),
  };
}

/**
 * The public's rights at the meeting, as councils print them after the
 * agenda: attending, filming and reporting (the Openness of Local
 * Government Bodies Regulations 2014), the papers (LGA 1972 s.100B-100D),
 * and asking a question.
 */
function publicRights(meeting: PackMeeting): Block[] {
  const question = meeting.questionDeadline
    ? `Questions must reach democratic services by ${formatTime(meeting.questionDeadline)} on ${formatDateLong(londonDate(meeting.questionDeadline))}.`
    : 'Ask democratic services when questions for this meeting close.';
  return [
    { kind: 'heading', level: 1, text: 'Your rights at this meeting' },
    { kind: 'heading', level: 2, text: 'Attending the meeting' },
    {
      kind: 'paragraph',
      text: 'This meeting is open to the public. The committee may exclude the press and public only for items that would disclose confidential or exempt information, and only by a resolution that says why (Local Government Act 1972 s.100A). Such items are marked “not for publication” on the agenda.',
    },
    { kind: 'heading', level: 2, text: 'Filming, photography and reporting' },
    {
      kind: 'paragraph',
      text: 'Anyone attending may film, photograph, record and report on the meeting, and share what they record, including on social media, under the Openness of Local Government Bodies Regulations 2014. This does not extend to any part of the meeting from which the public are excluded. Please do it without disrupting the meeting, and do not film members of the public who ask not to be filmed: tell the clerk before the meeting starts if you do not wish to be filmed.',
    },
    { kind: 'heading', level: 2, text: 'Inspecting the papers' },
    {
      kind: 'paragraph',
      text: `The agenda and the reports for items open to the public are available at least five clear working days before the meeting (Local Government Act 1972 s.100B), online at ${meeting.meetingUrl} and from democratic services. Minutes stay open to inspection for six years after the meeting, and the background papers listed in a report for four years (s.100C and s.100D). You may have copies for a reasonable charge.`,
    },
    { kind: 'heading', level: 2, text: 'Asking a question' },
    {
      kind: 'paragraph',
      text: `Anyone who lives, works or studies in the area may ask a question at this meeting about a matter the committee deals with. ${question} You can ask online at ${meeting.meetingUrl}${meeting.contact.email ? ` or by email to ${meeting.contact.email}` : ''}. Accepted questions and their answers are published on the meeting’s page.`,
    },
  ];
}
