import { londonInstant } from '../../deadlines/london-time.ts';
import type { CommitteeKind } from '../../committees/committee-tables.ts';
import type { DocumentKind } from '../../documents/document-tables.ts';
import type { ActionStatus, DecisionKind, RecommendationResponse, WorkProgrammeKind } from '../../tracking/tracking-tables.ts';
import type { DocumentType, IssueType, WorkProgrammeKind as ExtractedKind } from '../extraction.ts';

/**
 * How the extraction's words become the schema's values. Each rule reads
 * what the document printed; where it printed nothing the answer is null
 * (or the schema's neutral default, named in the comment).
 */

export const documentKinds: Record<DocumentType, DocumentKind> = {
  'agenda-pack': 'agenda-pack',
  agenda: 'agenda',
  minutes: 'minutes',
  'agenda-and-minutes': 'minutes',
  'action-log': 'action-log',
  transcript: 'transcript',
  'work-programme': 'work-programme',
  'forward-plan': 'forward-plan',
  report: 'report',
  unknown: 'other',
};

/** A new committee's kind from its name; "other" when the name does not say. */
export function committeeKind(name: string): CommitteeKind {
  const n = name.toLowerCase();
  if (/task (and|&) finish|review group|working group/.test(n)) return 'task-and-finish';
  if (/sub-?committee|sub-?panel/.test(n)) return 'sub-committee';
  if (/scrutiny/.test(n)) return 'scrutiny';
  if (/^(the )?(cabinet|executive)\b/.test(n)) return 'cabinet';
  if (/planning|licensing|audit|standards|appeals|regulatory|development control|governance/.test(n)) return 'regulatory';
  if (/^(the )?(full )?(\w+ )*(council)$/.test(n) && !/committee|panel|board|group/.test(n)) return 'full-council';
  return 'other';
}

/** Action-log statuses as councils write them: "Complete", "Done", "Closed", "In progress", "Ongoing"; anything else is open. */
export function actionStatus(status: string | null, progress: string | null): ActionStatus {
  const s = (status ?? '').toLowerCase();
  if (/complet|done|closed|achieved|discharged|^green$/.test(s)) return 'completed';
  if (/progress|ongoing|underway|started|amber/.test(s)) return 'in-progress';
  if (!status && progress && /^(completed?|done)\b/i.test(progress.trim())) return 'completed';
  return 'open';
}

/** The executive's response as the tracker words it: "Accepted in part: …" is partly accepted. */
export function recommendationResponse(response: string | null, status: string | null): RecommendationResponse | null {
  const text = `${response ?? ''} ${status ?? ''}`.toLowerCase();
  if (/partially|partly|in part|part[- ]accepted/.test(text)) return 'partly-accepted';
  if (/not accepted|rejected|declined|not agreed/.test(text)) return 'rejected';
  if (/accepted|agreed|approved/.test(text)) return 'accepted';
  if (/noted/.test(text)) return 'noted';
  return null;
}

export type ImplementationStatus = 'not-started' | 'in-progress' | 'implemented' | 'not-implemented';

export function implementationStatus(status: string | null): ImplementationStatus | null {
  const s = (status ?? '').toLowerCase();
  if (/not implemented|will not be/.test(s)) return 'not-implemented';
  if (/implemented|complete|done|achieved/.test(s)) return 'implemented';
  if (/progress|ongoing|underway|partly/.test(s)) return 'in-progress';
  if (/not (yet )?started|outstanding|awaiting|pending/.test(s)) return 'not-started';
  return null;
}

export const workProgrammeKinds: Record<ExtractedKind, WorkProgrammeKind> = {
  'agenda-item': 'scheduled',
  annual: 'annual',
  potential: 'potential',
  'task-and-finish': 'task-and-finish',
  workshop: 'workshop',
  briefing: 'briefing-note',
  'public-suggestion': 'public-suggestion',
};

/** A forward plan is the notice of key decisions: an entry that does not say otherwise is a key decision. */
export function decisionKind(issueType: IssueType | null): DecisionKind {
  if (issueType === 'non-key') return 'non-key';
  if (issueType === 'budget-policy-framework') return 'budget-and-policy-framework';
  return 'key';
}

/**
 * A meeting's local date and clock time as an instant (meetings are held on
 * UK time), or null when the document gave no time or one that is not real.
 */
export function meetingInstant(date: string, time: string | null): Date | null {
  if (!time) return null;
  try {
    return londonInstant(date, time);
  } catch {
    return null;
  }
}

/** "(a) …", "b) …", "c. …" at the start of a line: the letter a recommendation was printed with. */
export function printedLetter(line: string): string | null {
  return /^\s*[-•*]?\s*\(?([a-z])[).]\s/i.exec(line)?.[1]?.toLowerCase() ?? null;
}

/** The Schedule 12A paragraph an item's title says it is exempt under, or null when it does not say so. */
export function exemptParagraph(title: string): 1 | 2 | 3 | 4 | 5 | 6 | 7 | null {
  if (!/exempt|not for publication|confidential|private/i.test(title)) return null;
  const paragraph = /paragraphs?\s+([1-7])\b/i.exec(title)?.[1];
  return paragraph ? (Number(paragraph) as 1 | 2 | 3 | 4 | 5 | 6 | 7) : null;
}

/** A document that says at its head it is not for publication is exempt as a whole. */
export function documentIsExempt(firstLines: readonly string[]): boolean {
  return firstLines.some((l) => /not for publication|exempt information|^\s*(confidential|exempt)\s*$/i.test(l));
}
