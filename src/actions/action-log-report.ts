import { cell, type Block } from '../publishing/pack-blocks.ts';
import { actionState, actionStateLabels, completion, type ActionState } from '../tracking/action-status.ts';
import type { ActionStatus } from '../tracking/tracking-tables.ts';
import { formatDateShort } from '../web/format.ts';
import { itemText } from './action-views.ts';

/**
 * The committee's action log as it goes into an agenda pack: the actions
 * still outstanding and those completed since a date (by default the
 * previous meeting), with the columns councils print. The public version
 * never holds an action on an exempt item, whatever it is given; the
 * restricted version, for members and officers, says so at the top.
 */
export type ReportVersion = 'public' | 'restricted';

export interface ActionLogReportInput {
  number: string | null;
  meetingDate: string | null;
  itemNumber: string | null;
  minuteNumber: string | null;
  itemTitle: string | null;
  itemIsExempt: boolean | null;
  description: string;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: ActionStatus;
  completedOn: string | null;
  latestUpdate: string | null;
  latestUpdateOn: string | null;
}

export interface ActionLogReportLine {
  number: string;
  meetingDate: string | null;
  meeting: string;
  item: string;
  action: string;
  owner: string;
  directorate: string;
  dueOn: string | null;
  due: string;
  state: ActionState;
  status: string;
  completedOn: string | null;
  /** "Completed 6 February 2026 (7 days late)", or the latest update with its date. */
  progress: string;
  isExempt: boolean;
}

export interface ActionLogReport {
  councilName: string;
  committeeName: string;
  title: string;
  version: ReportVersion;
  generatedOn: string;
  completedSince: string | null;
  lines: ActionLogReportLine[];
  counts: Record<ActionState, number>;
}

export const reportColumns = ['Number', 'Meeting', 'Item', 'Action', 'Owner', 'Due', 'Status', 'Progress / date completed'] as const;

export function buildActionLogReport(input: {
  councilName: string;
  committeeName: string;
  version: ReportVersion;
  today: string;
  completedSince: string | null;
  rows: readonly ActionLogReportInput[];
}): ActionLogReport {
  const counts: Record<ActionState, number> = { open: 0, 'in-progress': 0, overdue: 0, completed: 0 };
  const lines = input.rows
    .filter((row) => input.version === 'restricted' || row.itemIsExempt !== true)
    .filter((row) => row.status !== 'completed' || (row.completedOn !== null && (input.completedSince === null || row.completedOn >= input.completedSince)))
    .map((row): ActionLogReportLine => {
      const state = actionState(row, input.today);
      counts[state] += 1;
      return {
        number: row.number ?? '',
        meetingDate: row.meetingDate,
        meeting: row.meetingDate ? formatDateShort(row.meetingDate) : '',
        item: itemText(row) ?? '',
        action: row.description,
        owner: row.ownerName ?? '',
        directorate: row.directorate ?? '',
        dueOn: row.dueOn,
        due: row.dueOn ? formatDateShort(row.dueOn) : (row.dueText ?? ''),
        state,
        status: actionStateLabels[state],
        completedOn: row.completedOn,
        progress: progressText(row),
        isExempt: row.itemIsExempt === true,
      };
    });
  return {
    councilName: input.councilName,
    committeeName: input.committeeName,
    title: `${input.committeeName}: action log`,
    version: input.version,
    generatedOn: input.today,
    completedSince: input.completedSince,
    lines,
    counts,
  };
}

function progressText(row: ActionLogReportInput): string {
  const update = row.latestUpdate ? `${row.latestUpdateOn ? `${formatDateShort(row.latestUpdateOn)}: ` : ''}${row.latestUpdate}` : '';
  const done = completion(row);
  if (!done || row.completedOn === null) return update;
  const completed = `Completed ${formatDateShort(row.completedOn)}${done.late ? ` (${done.daysLate} ${done.daysLate === 1 ? 'day' : 'days'} late)` : ''}`;
  return update ? `${completed}. ${update}` : completed;
}

/** What the report's front says under its title. */
export function reportIntroduction(report: ActionLogReport): string[] {
  const lines = [
    `Actions agreed at the committee’s meetings that are not yet completed${report.completedSince ? `, and those completed since ${formatDateShort(report.completedSince)}` : ', and those completed'}. An action is overdue when its due date has passed and it is not completed.`,
    `Produced by Gavel on ${formatDateShort(report.generatedOn)} from the council’s action log: ${report.lines.length} ${report.lines.length === 1 ? 'action' : 'actions'}, ${report.counts.overdue} overdue.`,
  ];
  return lines;
}

export const restrictedNotice = 'Not for publication: this version includes actions on exempt items (Local Government Act 1972, Schedule 12A).';

const compactDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const compact = (day: string | null) => (day ? compactDate.format(new Date(`${day}T00:00:00Z`)) : '');

/**
 * The report as blocks for the agenda pack's typesetter (publishing/):
 * the pack builder can put it in a pack, and the PDF download is the same.
 * A4 portrait holds five columns at a readable size, so the meeting and
 * item go under the action, the status under the due date, and dates are
 * shortened ("13 Feb 2026"); the spreadsheet keeps every column apart.
 */
export function actionLogReportBlocks(report: ActionLogReport): Block[] {
  return [
    { kind: 'masthead', council: report.councilName, title: 'Action log', subtitle: `${report.committeeName}${report.version === 'restricted' ? ', restricted version' : ''}` },
    ...(report.version === 'restricted' ? [{ kind: 'paragraph' as const, text: restrictedNotice, style: 'notice' as const }] : []),
    ...reportIntroduction(report).map((text) => ({ kind: 'paragraph' as const, text })),
    report.lines.length === 0
      ? { kind: 'paragraph', text: 'There are no actions to report.' }
      : {
          kind: 'table',
          caption: report.title,
          columns: [
            { header: 'No.', width: 8 },
            { header: 'Action, meeting and item', width: 32 },
            { header: 'Owner', width: 16 },
            { header: 'Due and status', width: 17 },
            { header: 'Progress / date completed', width: 27 },
          ],
          rows: report.lines.map((line) => [
            cell(line.number),
            [
              { text: line.action },
              { text: [line.meetingDate ? `Raised ${compact(line.meetingDate)}` : '', line.item ? `item ${line.item}` : ''].filter(Boolean).join(', '), style: 'small' as const },
              ...(line.isExempt ? [{ text: 'Exempt item', style: 'notice' as const }] : []),
            ],
            [{ text: line.owner }, { text: line.directorate, style: 'small' as const }],
            [{ text: line.dueOn ? compact(line.dueOn) : line.due }, { text: line.status, bold: line.state === 'overdue' }],
            cell(line.progress),
          ]),
        },
  ];
}
