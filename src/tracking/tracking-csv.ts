import type { CsvColumn } from '../web/csv.ts';
import type { DecisionRow } from './tracking-repository.ts';
import type { ActionLogEntry, RecommendationEntry } from './tracking-views.ts';
import { minuteAnchor } from './tracking-views.ts';

/** The columns of each committee list's CSV: what the page's table shows, one row per record. */

export const decisionsCsv: CsvColumn<DecisionRow>[] = [
  { header: 'Meeting date', value: (r) => r.meetingDate },
  { header: 'Minute', value: (r) => r.minuteNumber ?? r.itemNumber },
  { header: 'Item', value: (r) => r.itemTitle },
  { header: 'Resolution', value: (r) => r.text },
  { header: 'Outcome', value: (r) => r.outcome },
  { header: 'Minute anchor', value: (r) => `#${minuteAnchor(r)}` },
];

export const actionLogCsv: CsvColumn<ActionLogEntry>[] = [
  { header: 'Number', value: (r) => r.number },
  { header: 'Action', value: (r) => r.description },
  { header: 'Meeting raised', value: (r) => r.meetingDate },
  { header: 'Owner', value: (r) => r.ownerName },
  { header: 'Directorate', value: (r) => r.directorate },
  { header: 'Due', value: (r) => r.dueOn ?? r.dueText },
  { header: 'Status', value: (r) => r.stateLabel },
  { header: 'Completed', value: (r) => r.completedOn },
  { header: 'Latest update', value: (r) => r.latestUpdate },
  { header: 'Latest update date', value: (r) => r.latestUpdateOn },
];

export const recommendationsCsv: CsvColumn<RecommendationEntry>[] = [
  { header: 'Letter', value: (r) => r.letter },
  { header: 'Recommendation', value: (r) => r.text },
  { header: 'Meeting', value: (r) => r.meetingDate },
  { header: 'Sent to', value: (r) => r.sentTo },
  { header: 'Received', value: (r) => r.receivedOn },
  { header: 'Response due', value: (r) => r.dueOn },
  { header: 'Response', value: (r) => r.responseLabel },
  { header: 'Response status', value: (r) => r.responseStateLabel },
  { header: 'Responded', value: (r) => r.respondedOn },
  { header: 'Executive response', value: (r) => r.responseText },
  { header: 'Implementation', value: (r) => r.implementationLabel },
  { header: 'Implemented', value: (r) => r.implementedOn },
  { header: 'Decision', value: (r) => r.responseDecisionReference },
  { header: 'Review date', value: (r) => r.reviewOn },
  { header: 'Review outcome', value: (r) => r.reviewOutcome },
];
