import { type Block, type Cell, cell, type TableColumn } from '../publishing/pack-blocks.ts';
import { formatDateLong, formatDateShort } from '../web/format.ts';
import type { AppendixSectionKey, ProgrammeEntry, WorkProgrammeAppendix } from './work-programme-appendix.ts';
import { describeSession } from './work-programme-views.ts';

export interface AppendixMeta {
  council: string;
  committeeName: string;
  yearLabel: string;
  /** The day the appendix is made: "as at". */
  asAt: string;
}

const itemColumns: TableColumn[] = [
  { header: 'Item', width: 40 },
  { header: 'Origin', width: 20 },
  { header: 'Lead officer', width: 15 },
  { header: 'Current position', width: 25 },
];

const sectionColumns: Record<AppendixSectionKey, TableColumn[]> = {
  annual: itemColumns,
  potential: itemColumns,
  'task-and-finish': [
    { header: 'Review', width: 40 },
    { header: 'Group', width: 20 },
    { header: 'Lead officer', width: 15 },
    { header: 'Current position', width: 25 },
  ],
  workshops: [
    { header: 'Topic', width: 40 },
    { header: 'Date', width: 20 },
    { header: 'Lead officer', width: 15 },
    { header: 'Current position', width: 25 },
  ],
  'briefing-notes': [
    { header: 'Topic', width: 40 },
    { header: 'Target date', width: 20 },
    { header: 'Lead officer', width: 15 },
    { header: 'Current position', width: 25 },
  ],
  suggestions: [
    { header: 'Topic', width: 40 },
    { header: 'Why it matters', width: 35 },
    { header: 'Outcome', width: 25 },
  ],
};

/** The item's own cell: its title (bold) with its type of scrutiny, over its purpose. */
function itemCell(entry: ProgrammeEntry): Cell {
  const type = [entry.scrutinyType, entry.kind === 'annual' ? 'Annual item' : null].filter(Boolean).join('; ');
  return [{ text: type ? `${entry.title} [${type}]` : entry.title, bold: true }, ...(entry.purpose ? [{ text: entry.purpose, style: 'small' as const }] : [])];
}

function rowFor(key: AppendixSectionKey | 'meeting', entry: ProgrammeEntry): Cell[] {
  const lead = cell(entry.leadOfficerName ?? '');
  const position = cell(entry.currentPosition ?? '');
  switch (key) {
    case 'task-and-finish':
      return [itemCell(entry), cell(entry.group?.name ?? ''), lead, position];
    case 'workshops':
      return [itemCell(entry), cell(describeSession(entry) ?? 'To be arranged'), lead, position];
    case 'briefing-notes':
      return [itemCell(entry), cell(entry.sessionOn ? formatDateShort(entry.sessionOn) : 'Not set'), lead, position];
    case 'suggestions':
      return [cell(entry.title, { bold: true }), cell(entry.purpose ?? ''), position];
    default:
      return [itemCell(entry), cell(entry.origin ?? ''), lead, position];
  }
}

/**
 * The work programme appendix as the agenda pack prints it, as blocks: the
 * same description is typeset as a PDF, written as a spreadsheet and shown
 * as a page, so the three never disagree. Each meeting of the year with its
 * items (a meeting with none says so), then each section; an empty section
 * says "None", as councils print it, so a reader knows nothing was left out.
 *
 * @example
 * blocksText(appendixBlocks(arrangeAppendix(entries, meetings), meta));
 * // 'Northwold District Council\nWork programme 2025/26\nPlace Scrutiny Committee\n…'
 */
export function appendixBlocks(appendix: WorkProgrammeAppendix, meta: AppendixMeta): Block[] {
  const blocks: Block[] = [
    { kind: 'masthead', council: meta.council, title: `Work programme ${meta.yearLabel}`, subtitle: meta.committeeName },
    { kind: 'paragraph', text: `The committee’s work programme as at ${formatDateLong(meta.asAt)}. It is reviewed at each meeting and may change.`, style: 'lead' },
    { kind: 'heading', level: 2, text: 'Items by meeting' },
  ];
  if (appendix.meetings.length === 0) blocks.push({ kind: 'paragraph', text: 'No meetings are scheduled in this municipal year yet.' });
  for (const { meeting, items } of appendix.meetings) {
    const heading = `${formatDateLong(meeting.date)}${meeting.status === 'cancelled' ? ' (cancelled)' : ''}`;
    blocks.push({ kind: 'heading', level: 3, text: heading });
    if (items.length === 0) blocks.push({ kind: 'paragraph', text: 'No items planned yet.', style: 'small' });
    else blocks.push({ kind: 'table', caption: `Items for the meeting on ${formatDateLong(meeting.date)}`, columns: itemColumns, rows: items.map((i) => rowFor('meeting', i)) });
  }
  for (const section of appendix.sections) {
    blocks.push({ kind: 'heading', level: 2, text: section.title });
    if (section.items.length === 0) blocks.push({ kind: 'paragraph', text: 'None.', style: 'small' });
    else blocks.push({ kind: 'table', caption: section.title, columns: sectionColumns[section.key], rows: section.items.map((i) => rowFor(section.key, i)) });
  }
  return blocks;
}
