import type { Block } from '../blocks.ts';
import { isDateLine, parseDate } from '../dates.ts';
import type { WorkProgrammeItem, WorkProgrammeKind } from '../extraction.ts';
import { minutesStart, reportStart } from '../classify.ts';
import { numberedHeading } from '../patterns.ts';
import type { Sourced } from '../records.ts';
import { cell, mapColumns, orNull, type ColumnMap } from './table-columns.ts';

/**
 * A scrutiny committee's work programme. It starts at a heading that says
 * "work programme" and runs until a forward plan, a report or minutes begin.
 * Inside it, headings set the kind of what follows ("Annual agenda items",
 * "Potential items", "Task and finish groups", "Workshops", "Briefing notes",
 * "Suggestions from the public") and date lines set the meeting
 * ("Tuesday 26 April 2022"); table rows under a header ("Item | Origin |
 * Lead officer | Current position") or under a date are the items. Short
 * lines set apart after the scheduled items are items not yet scheduled.
 */

type Field = 'title' | 'origin' | 'leadOfficer' | 'position' | 'date';
type Item = Sourced<WorkProgrammeItem>;

const fields: [Field, RegExp][] = [
  ['leadOfficer', /lead\s+officer|^officer|^lead|report\s+author|^contact/],
  ['position', /current\s+position|^position|^status|^progress|further\s+info|^notes|^comments?/],
  ['date', /target\s+date|meeting\s+date|^date|^when/],
  ['origin', /^origin|^source|^reason|^purpose|requested\s+by|^why/],
  ['title', /^(?:\d+\s+)?(?:workshop\s+)?item|^topic|^title|^subject|^issue|report\s+title|^description/],
];

const kindHeadings: [WorkProgrammeKind, RegExp][] = [
  ['public-suggestion', /suggestions?\s+(?:from|by)\s+(?:the\s+|members\s+of\s+the\s+)?(?:public|residents)|public\s+suggestions?/i],
  ['task-and-finish', /task\s*(?:and|&)\s*finish|\bt\s*&\s*f\b|review\s+groups?|working\s+groups?/i],
  ['briefing', /briefing\s+notes?|^briefings?\b|information\s+items|items?\s+for\s+information/i],
  ['workshop', /workshops?|seminars?/i],
  ['annual', /annual\s+(?:agenda\s+)?(?:items?|reports?)/i],
  ['potential', /potential|unscheduled|to\s+be\s+scheduled|future\s+items|items?\s+awaiting|reserve\s+list|topics?\s+for\s+future/i],
  ['agenda-item', /agenda\s+items?|scheduled\s+items|^items?\s*$/i],
];
const scheduledKinds = new Set<WorkProgrammeKind>(['agenda-item', 'workshop']);

export function readWorkProgramme(blocks: Block[]): Item[] {
  const items: Item[] = [];
  let inside = false;
  let kind: WorkProgrammeKind = 'agenda-item';
  let date: string | null = null;
  let columns: ColumnMap<Field> | null = null;
  let seenRows = false;
  let previous: Block | null = null;

  const add = (title: string, block: Block, cells: string[] | null, rowDate: string | null = null) => {
    const clean = cleanTitle(title);
    if (!clean || /:\s*$/.test(clean) || /^\d+$/.test(clean)) return;
    items.push({
      meetingDate: rowDate ?? (scheduledKinds.has(kind) ? date : null),
      title: clean,
      kind,
      origin: cells && columns ? orNull(cell(cells, columns.origin)) : null,
      leadOfficer: cells && columns ? orNull(cell(cells, columns.leadOfficer)) : null,
      position: cells && columns ? orNull(cell(cells, columns.position)) : null,
      at: block.at,
    });
  };

  for (const block of blocks) {
    const text = block.text.trim();
    const lone = block.cells ? block.cells.filter(Boolean) : [text];
    const adjacent = previous !== null && block.at.fromLine <= previous.at.toLine + 1;
    previous = block;
    if (block.kind !== 'list-item' && (reportStart.test(text) || minutesStart.test(text) || /\b(?:forward\s+plan|rolling\s+programme|notice\s+of\s+key\s+decisions)\b/i.test(text) && text.length < 120)) {
      inside = false;
      continue;
    }
    if (!block.cells && isProgrammeHeading(text)) {
      inside = true; kind = 'agenda-item'; date = null; columns = null; seenRows = false;
      continue;
    }
    if (!inside) continue;
    if (block.cells && isHeaderRow(block.cells)) {
      columns = mapColumns(block.cells, fields);
      if (/workshop/i.test(block.cells[0] ?? '')) kind = 'workshop';
      continue;
    }
    const first = lone[0] ?? '';
    // A row of a table with a date column ("Meeting date | Item | Lead officer") is an item on that date.
    const title = block.cells && columns ? cell(block.cells, columns.title ?? 0) : '';
    if (block.cells && columns && title && !isDateLine(title)) {
      const rowDate = columns.date !== undefined ? parseDate(cell(block.cells, columns.date)) : null;
      add(title, block, block.cells, rowDate);
      seenRows = true;
      continue;
    }
    if (isDateLine(first) && !/deadline/i.test(first) && (lone.length === 1 || block.cells)) {
      date = parseDate(first);
      kind = 'agenda-item';
      if (!block.cells) columns = null;
      continue;
    }
    const heading = !block.cells || lone.length === 1 ? kindOf(first) : null;
    if (heading && first.split(/\s+/).length <= 12) {
      kind = heading;
      if (!scheduledKinds.has(heading) || heading === 'workshop') date = null;
      columns = null;
      continue;
    }
    if (block.cells) {
      if (!columns && !date) continue;
      const titleCell = columns?.title ?? 0;
      add(cell(block.cells, titleCell), block, block.cells);
      seenRows = true;
      continue;
    }
    // Lines straight under a table header are one-cell rows; lines set apart after the schedule are unscheduled items.
    if (block.kind === 'paragraph' && (columns && adjacent || seenRows && !columns)) {
      const saved = { kind, date };
      for (const line of block.lines) {
        const title = cleanTitle(line);
        if (title.split(/\s+/).length > 15 || /[.:]/.test(title) || /^[-–—]+$/.test(title) || isDateLine(title)) continue;
        if (!columns) {
          kind = saved.kind === 'agenda-item' ? 'potential' : saved.kind;
          date = null;
        }
        add(line, block, null);
      }
      ({ kind, date } = saved);
    }
  }
  return items;
}

function isProgrammeHeading(text: string): boolean {
  if (!/\bwork\s*programme\b/i.test(text) || numberedHeading(text)) return false;
  return text.split(/\s+/).length <= 16 && !/[.]$/.test(text) && !/^(?:to|the|this|that|a|an)\s/i.test(text);
}

function isHeaderRow(cells: string[]): boolean {
  const map = mapColumns(cells, fields);
  return map.title !== undefined && Object.keys(map).length >= 2;
}

function kindOf(text: string): WorkProgrammeKind | null {
  for (const [kind, pattern] of kindHeadings) if (pattern.test(text)) return kind;
  return null;
}

function cleanTitle(text: string): string {
  return text
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/^\s*\d{1,3}\.?\s+(?=[A-Za-z])/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
