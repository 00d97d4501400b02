import { decisionKindLabels, formatMonth } from '../tracking/forward-plan-views.ts';
import { responseLabels } from '../tracking/recommendation-response.ts';
import { formatDateLong, formatTime } from '../web/format.ts';
import type { EventDetails } from './follow-event-repository.ts';

/** What a notification says: the template renders it in the email layout. */
export interface FollowMessage {
  subject: string;
  /** Short paragraphs, plain text. */
  paragraphs: string[];
  /** A heading over `items`, when there are any. */
  listHeading: string | null;
  items: string[];
  /** The page to read it on, as an absolute address. */
  link: { href: string; text: string };
}

const clip = (text: string, length = 300) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);
const numbered = (number: string | null, title: string) => (number ? `${number.replace(/\.$/, '')}. ${title}` : title);

/**
 * The email for one event. Exempt items appear by number and title with
 * "not for publication", as on the agenda; an exempt forward plan entry by
 * its title and paragraph alone (the repository has already left their
 * details out).
 *
 * @example
 * followMessage({ kind: 'minutes-published', meeting, decisions }, 'https://papers.example.gov.uk').subject;
 * // 'Minutes published: Planning Committee, Tuesday 10 March 2026'
 */
export function followMessage(details: EventDetails, publicUrl: string): FollowMessage {
  if (details.kind === 'agenda-published') {
    const { meeting, publication } = details;
    const on = `${meeting.committee.name}, ${formatDateLong(meeting.date)}`;
    const when = [formatDateLong(meeting.date), meeting.startsAt ? `at ${formatTime(meeting.startsAt)}` : null, meeting.venue ? `in ${meeting.venue}` : null].filter(Boolean).join(' ');
    return {
      subject: publication.kind === 'agenda' ? `Agenda published: ${on}` : `Supplement ${publication.number} to the agenda: ${on}`,
      paragraphs: [
        publication.kind === 'agenda' ? `The agenda for the meeting of the ${meeting.committee.name} has been published.` : `Supplement ${publication.number} to the agenda for the meeting of the ${meeting.committee.name} has been published.`,
        `The meeting is on ${when}.`,
        ...(publication.lateReason ? [`These papers give fewer than five clear working days’ notice. The chair agreed they be considered as urgent because: ${publication.lateReason}`] : []),
        ...(publication.publicDocumentId ? [`Download the papers (PDF): ${publicUrl}/documents/${publication.publicDocumentId}/original`] : []),
      ],
      listHeading: details.items.length ? (publication.kind === 'agenda' ? 'Agenda' : 'In this supplement') : null,
      items: details.items.map((i) => `${numbered(i.number, i.title)}${i.isExempt ? ' (not for publication)' : ''}`),
      link: { href: `${publicUrl}/committees/${meeting.committee.slug}/meetings/${meeting.slug}`, text: 'Read the agenda' },
    };
  }

  if (details.kind === 'minutes-published') {
    const { meeting } = details;
    return {
      subject: `Minutes published: ${meeting.committee.name}, ${formatDateLong(meeting.date)}`,
      paragraphs: [`The minutes of the meeting of the ${meeting.committee.name} on ${formatDateLong(meeting.date)} have been published. They are approved as a correct record at the next meeting.`],
      listHeading: details.decisions.length ? 'Decisions' : null,
      items: details.decisions.map((d) => `${numbered(d.itemNumber, d.itemTitle)}: ${clip(d.text)}`),
      link: { href: `${publicUrl}/committees/${meeting.committee.slug}/meetings/${meeting.slug}#minutes`, text: 'Read the minutes' },
    };
  }

  if (details.kind === 'response') {
    const rec = details.recommendation;
    return {
      subject: `Response to a recommendation of the ${rec.committee.name}`.replace('of the The ', 'of the '),
      paragraphs: [
        `The committee recommended${rec.letter ? ` (${rec.letter})` : ''}: ${clip(rec.text, 600)}`,
        `Response${rec.respondedOn ? ` on ${formatDateLong(rec.respondedOn)}` : ''}: ${responseLabels[rec.response]}.`,
        ...(rec.responseText ? [clip(rec.responseText, 1500)] : []),
      ],
      listHeading: null,
      items: [],
      link: { href: `${publicUrl}/committees/${rec.committee.slug}/recommendations`, text: 'See every recommendation and response' },
    };
  }

  const { entry } = details;
  const due = entry.decisionDueOn ? formatDateLong(entry.decisionDueOn) : entry.decisionDueMonth ? formatMonth(entry.decisionDueMonth) : null;
  const privately = entry.isExempt
    ? [`This decision is expected to be taken in private: it involves exempt information${entry.exemptParagraph ? ` under paragraph ${entry.exemptParagraph}` : ''} of Part 1 of Schedule 12A to the Local Government Act 1972.`]
    : [];
  if (details.kind === 'decision') {
    return {
      subject: `Decision taken: ${entry.title}`,
      paragraphs: [`${entry.decisionMaker} took this decision${entry.decidedOn ? ` on ${formatDateLong(entry.decidedOn)}` : ''}.`, ...(entry.decision ? [clip(entry.decision, 1500)] : []), ...privately],
      listHeading: null,
      items: [],
      link: { href: `${publicUrl}/forward-plan`, text: 'Go to the forward plan' },
    };
  }
  return {
    subject: `On the forward plan: ${entry.title}`,
    paragraphs: [
      `${decisionKindLabels[entry.decisionKind]}${entry.reference ? ` (${entry.reference})` : ''} to be taken by ${entry.decisionMaker}${due ? `, due ${due}` : ''}.`,
      ...(entry.purpose ? [clip(entry.purpose, 1000)] : []),
      ...privately,
    ],
    listHeading: null,
    items: [],
    link: { href: `${publicUrl}/forward-plan`, text: 'Go to the forward plan' },
  };
}
