import { type ActionState, actionState, actionStateLabels } from './action-status.ts';
import type { ActionLogRow, DecisionRow, RecommendationRow } from './tracking-repository.ts';
import { responseLabels, responseState, responseStateLabels, type ResponseState } from './recommendation-response.ts';

/**
 * The meeting page's minute for an item: `#minute-item-4`. The same rule as
 * buildPublicAgenda's anchor, so a decision links to the minute it records.
 */
export function minuteAnchor(item: { itemNumber: string | null; itemPosition: number }): string {
  return `minute-${`item-${item.itemNumber ?? item.itemPosition}`.replace(/[^A-Za-z0-9-]/g, '')}`;
}

export interface DecisionMeeting {
  meetingSlug: string;
  meetingDate: string;
  items: { anchor: string; number: string | null; title: string; resolutions: { text: string; outcome: string | null }[] }[];
}

/** Resolutions under their meeting and item, in the order the repository gives (newest meeting first). */
export function groupDecisions(rows: readonly DecisionRow[]): DecisionMeeting[] {
  const meetings: DecisionMeeting[] = [];
  for (const row of rows) {
    let meeting = meetings.at(-1);
    if (meeting?.meetingSlug !== row.meetingSlug) meetings.push((meeting = { meetingSlug: row.meetingSlug, meetingDate: row.meetingDate, items: [] }));
    const anchor = minuteAnchor(row);
    let item = meeting.items.at(-1);
    if (item?.anchor !== anchor) meeting.items.push((item = { anchor, number: row.minuteNumber ?? row.itemNumber, title: row.itemTitle, resolutions: [] }));
    item.resolutions.push({ text: row.text, outcome: row.outcome });
  }
  return meetings;
}

export type ActionLogEntry = ActionLogRow & { state: ActionState; stateLabel: string };

/** The action log with each action's state today, keeping only one state when asked. */
export function buildActionLog(rows: readonly ActionLogRow[], today: string, only?: ActionState): { entries: ActionLogEntry[]; counts: Record<ActionState, number> } {
  const all = rows.map((row) => {
    const state = actionState(row, today);
    return { ...row, state, stateLabel: actionStateLabels[state] };
  });
  const counts: Record<ActionState, number> = { open: 0, 'in-progress': 0, overdue: 0, completed: 0 };
  for (const entry of all) counts[entry.state] += 1;
  return { entries: only ? all.filter((e) => e.state === only) : all, counts };
}

export type RecommendationEntry = RecommendationRow & {
  sentTo: string;
  dueOn: string | null;
  responseState: ResponseState;
  responseStateLabel: string;
  responseLabel: string | null;
  isLate: boolean;
  implementationLabel: string | null;
};

const addresseeLabels: Record<string, string> = {
  executive: 'The executive',
  council: 'Full council',
  partner: 'A partner organisation',
  officers: 'Officers',
  committee: 'A committee',
};

const implementationLabels: Record<string, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  'not-implemented': 'Not implemented',
};

/** Recommendations with the response's standing today; late responses (or none, past due) are flagged. */
export function buildRecommendations(rows: readonly RecommendationRow[], today: string): RecommendationEntry[] {
  return rows.map((row) => {
    const { state, dueOn } = responseState(row, today);
    return {
      ...row,
      sentTo: row.addresseeName ?? addresseeLabels[row.addressedTo] ?? row.addressedTo,
      dueOn,
      responseState: state,
      responseStateLabel: responseStateLabels[state],
      responseLabel: row.response ? responseLabels[row.response] : null,
      isLate: state === 'overdue' || state === 'responded-late',
      implementationLabel: row.implementationStatus ? (implementationLabels[row.implementationStatus] ?? row.implementationStatus) : null,
    };
  });
}
