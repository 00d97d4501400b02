import type { ExemptParagraph } from '../meetings/meeting-tables.ts';
import { actionState, actionStateLabels } from '../tracking/action-status.ts';
import { decisionKindLabels, formatMonth } from '../tracking/forward-plan-views.ts';
import { responseLabels } from '../tracking/recommendation-response.ts';
import type { WorkProgrammeKind } from '../tracking/tracking-tables.ts';
import type {
  TopicActionRow,
  TopicAgendaItemRow,
  TopicDocumentRow,
  TopicForwardPlanRow,
  TopicRecommendationRow,
  TopicResolutionRow,
  TopicWorkProgrammeRow,
} from './topic-history-repository.ts';

export type HistoryEntryKind = 'considered' | 'recommendation' | 'response' | 'action' | 'action-completed' | 'work-programme' | 'forward-plan' | 'decided' | 'document';

/** One moment in a topic's history, ready for the page. */
export interface HistoryEntry {
  kind: HistoryEntryKind;
  /** The day it happened or is planned for; null for a potential item with no date yet. */
  date: string | null;
  /** "Considered by the Children and Young People Scrutiny Committee". */
  label: string;
  title: string;
  href: string;
  /** Plain facts, one line each: "Owner: …", "Due 5 March 2026". */
  details: string[];
  /** The decisions recorded in the minute, once published. */
  decisions: { text: string; outcome: string | null }[];
  /** The minute as recorded, once published; never for an exempt item. */
  minutes: string | null;
  /** Set for exempt agenda items and forward plan entries: their title and paragraph are public, nothing else. */
  exemptParagraph: ExemptParagraph | null;
  isExempt: boolean;
  tag: { text: string; classes: string } | null;
}

export interface TopicRecords {
  agendaItems: readonly TopicAgendaItemRow[];
  resolutions: readonly TopicResolutionRow[];
  recommendations: readonly TopicRecommendationRow[];
  actions: readonly TopicActionRow[];
  workProgramme: readonly TopicWorkProgrammeRow[];
  forwardPlan: readonly TopicForwardPlanRow[];
  documents: readonly TopicDocumentRow[];
}

export interface TopicHistory {
  /** What has happened, oldest first, under each year. */
  years: { year: string; entries: HistoryEntry[] }[];
  /** What is to come, soonest first; undated potential items last. */
  planned: HistoryEntry[];
  summary: {
    timesConsidered: number;
    committees: string[];
    recommendations: number;
    answered: number;
    actions: number;
    completed: number;
    firstOn: string | null;
    lastOn: string | null;
  };
}

const itemAnchor = (row: { number: string | null; position: number }) => `item-${row.number ?? row.position}`.replace(/[^A-Za-z0-9-]/g, '');

/**
 * A topic's whole history on one page, in date order: every time a
 * committee considered it, what it recommended and what the executive
 * answered, the actions and when they were done, what the work programme
 * and the forward plan hold. An exempt agenda item keeps its title and
 * paragraph only, and an exempt forward plan entry its title, whatever the
 * rows carry.
 *
 * @example
 * buildTopicHistory(records, '2026-03-02').years; // [{ year: '2024', entries: [{ kind: 'considered', … }] }, …]
 */
export function buildTopicHistory(records: TopicRecords, today: string, formatDate: (iso: string) => string): TopicHistory {
  const entries: HistoryEntry[] = [];
  const base = { details: [] as string[], decisions: [] as HistoryEntry['decisions'], minutes: null, exemptParagraph: null, isExempt: false, tag: null };

  for (const item of records.agendaItems) {
    const future = item.meetingDate > today;
    entries.push({
      ...base,
      kind: 'considered',
      date: item.meetingDate,
      label: `${future ? 'To be considered by' : 'Considered by'} ${item.committeeName}`,
      title: item.title,
      href: `/committees/${item.committeeSlug}/meetings/${item.meetingSlug}#${itemAnchor(item)}`,
      ...(item.isExempt
        ? { isExempt: true, exemptParagraph: item.exemptParagraph }
        : { minutes: item.minutes, decisions: records.resolutions.filter((r) => r.agendaItemId === item.id).map((r) => ({ text: r.text, outcome: r.outcome })) }),
    });
  }

  for (const rec of records.recommendations) {
    const on = rec.meetingDate ?? rec.sentOn ?? rec.createdOn;
    entries.push({
      ...base,
      kind: 'recommendation',
      date: on,
      label: `Recommendation from ${rec.committeeName}`,
      title: rec.letter ? `(${rec.letter}) ${rec.text}` : rec.text,
      href: `/committees/${rec.committeeSlug}/recommendations`,
      details: [rec.addresseeName ? `To ${rec.addresseeName}` : null].filter((d): d is string => d !== null),
      tag: rec.response ? null : { text: 'Awaiting response', classes: 'govuk-tag--yellow' },
    });
    if (rec.response) {
      entries.push({
        ...base,
        kind: 'response',
        date: rec.respondedOn ?? on,
        label: 'Response to the recommendation',
        title: rec.text,
        href: `/committees/${rec.committeeSlug}/recommendations`,
        details: [rec.responseText, rec.implementedOn ? `Implemented ${formatDate(rec.implementedOn)}` : null].filter((d): d is string => !!d),
        tag: { text: responseLabels[rec.response], classes: rec.response === 'rejected' ? 'govuk-tag--red' : rec.response === 'noted' ? 'govuk-tag--grey' : 'govuk-tag--green' },
      });
    }
  }

  for (const action of records.actions) {
    const state = actionState(action, today);
    const due = action.dueOn ? `Due ${formatDate(action.dueOn)}` : action.dueText ? `Due: ${action.dueText}` : null;
    entries.push({
      ...base,
      kind: 'action',
      date: action.meetingDate ?? action.createdOn,
      label: `Action for ${action.committeeName}${action.number ? `, number ${action.number}` : ''}`,
      title: action.description,
      href: `/committees/${action.committeeSlug}/actions`,
      details: [action.ownerName ? `Owner: ${action.ownerName}` : null, due].filter((d): d is string => d !== null),
      tag: { text: actionStateLabels[state], classes: state === 'completed' ? 'govuk-tag--green' : state === 'overdue' ? 'govuk-tag--red' : 'govuk-tag--blue' },
    });
    if (action.status === 'completed' && action.completedOn) {
      entries.push({ ...base, kind: 'action-completed', date: action.completedOn, label: 'Action completed', title: action.description, href: `/committees/${action.committeeSlug}/actions` });
    }
  }

  for (const item of records.workProgramme) {
    const date = item.meetingDate ?? item.sessionOn ?? (item.kind === 'potential' || item.kind === 'public-suggestion' ? null : item.createdOn);
    entries.push({
      ...base,
      kind: 'work-programme',
      date,
      label: `${workProgrammeItemLabels[item.kind]} on the ${item.committeeName} work programme`,
      title: item.title,
      href: `/committees/${item.committeeSlug}/work-programme`,
      details: [item.purpose, item.currentPosition ? `Current position: ${item.currentPosition}` : null].filter((d): d is string => !!d),
      tag: item.status === 'completed' ? { text: 'Completed', classes: 'govuk-tag--green' } : null,
    });
  }

  for (const entry of records.forwardPlan) {
    const due = entry.decisionDueOn ?? (entry.decisionDueMonth ? `${entry.decisionDueMonth}-01` : entry.firstPublishedOn);
    const when = entry.decisionDueOn ? formatDate(entry.decisionDueOn) : entry.decisionDueMonth ? formatMonth(entry.decisionDueMonth) : null;
    entries.push({
      ...base,
      kind: 'forward-plan',
      date: due,
      label: `On the forward plan: ${decisionKindLabels[entry.decisionKind].toLowerCase()} by ${entry.decisionMaker}`,
      title: entry.title,
      href: '/forward-plan',
      details: [entry.isExempt ? null : entry.purpose, when ? `Decision due ${when}` : null].filter((d): d is string => !!d),
      isExempt: entry.isExempt,
      exemptParagraph: entry.isExempt ? entry.exemptParagraph : null,
      tag: entry.status === 'withdrawn' ? { text: 'Withdrawn', classes: 'govuk-tag--grey' } : entry.status === 'deferred' ? { text: 'Deferred', classes: 'govuk-tag--yellow' } : null,
    });
    if (entry.status === 'decided' && entry.decidedOn) {
      entries.push({ ...base, kind: 'decided', date: entry.decidedOn, label: `Decided by ${entry.decisionMaker}`, title: entry.title, href: '/forward-plan', isExempt: entry.isExempt, exemptParagraph: entry.isExempt ? entry.exemptParagraph : null });
    }
  }

  for (const document of records.documents) {
    entries.push({ ...base, kind: 'document', date: document.date, label: 'Document', title: document.title, href: `/documents/${document.id}` });
  }

  const order = (a: HistoryEntry, b: HistoryEntry) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || kindRank[a.kind] - kindRank[b.kind];
  const past = entries.filter((e) => e.date !== null && e.date <= today).sort(order);
  const planned = entries.filter((e) => e.date === null || e.date > today).sort(order);
  const years: TopicHistory['years'] = [];
  for (const entry of past) {
    const year = entry.date!.slice(0, 4);
    if (years.at(-1)?.year !== year) years.push({ year, entries: [] });
    years.at(-1)!.entries.push(entry);
  }

  const considered = records.agendaItems.filter((i) => i.meetingDate <= today);
  const dated = past.map((e) => e.date!);
  return {
    years,
    planned,
    summary: {
      timesConsidered: new Set(considered.map((i) => i.meetingId)).size,
      committees: [...new Set(considered.map((i) => i.committeeName))].sort(),
      recommendations: records.recommendations.length,
      answered: records.recommendations.filter((r) => r.response !== null).length,
      actions: records.actions.length,
      completed: records.actions.filter((a) => a.status === 'completed').length,
      firstOn: dated[0] ?? null,
      lastOn: dated.at(-1) ?? null,
    },
  };
}

const workProgrammeItemLabels: Record<WorkProgrammeKind, string> = {
  scheduled: 'Item',
  annual: 'Annual item',
  potential: 'Potential item',
  'task-and-finish': 'Task and finish review',
  workshop: 'Workshop',
  'briefing-note': 'Briefing note',
  'public-suggestion': 'Suggestion from the public',
};

// On one day: the meeting first, then what it asked and what followed.
const kindRank: Record<HistoryEntryKind, number> = {
  'forward-plan': 0,
  'work-programme': 1,
  document: 2,
  considered: 3,
  recommendation: 4,
  action: 5,
  response: 6,
  'action-completed': 7,
  decided: 8,
};
