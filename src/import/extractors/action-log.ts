import type { Block } from '../blocks.ts';
import { isDateLine, parseDate } from '../dates.ts';
import type { ActionEntry } from '../extraction.ts';
import { spanOf, type Sourced } from '../records.ts';
import { cell, looksLikeHeaderRow, mapColumns, orNull, type ColumnMap } from './table-columns.ts';

/**
 * Action logs: a table whose header names an action and something about
 * it (owner, due date, progress, status). Rows with a number or a new action
 * start an entry; rows that only continue a cell (a PDF table that wrapped
 * or broke across a page) add to the entry above. In an action sheet the
 * text between table rows belongs to the actions too: an action left
 * mid-sentence goes on in the next paragraph, "Response:" starts the
 * progress, and a numbered paragraph ("17. To provide a written response …")
 * starts the next action.
 */

type Field = 'number' | 'meetingDate' | 'dueDate' | 'status' | 'owner' | 'directorate' | 'progress' | 'agendaItem' | 'action';
type Entry = Sourced<ActionEntry>;

const fields: [Field, RegExp][] = [
  ['number', /^(?:action\s+)?(?:no\.?|number|ref(?:erence)?\.?|#|id)$|^action\s+(?:no\.?|number|ref)/],
  ['meetingDate', /meeting\s+date|date\s+(?:of\s+meeting|raised|added|agreed|of\s+action)|^date$|^meeting$/],
  ['dueDate', /\bdue\b|deadline|target|by\s+when|timescale|completion\s+date/],
  ['status', /status|\brag\b|reported\s+complete|open\s*\/\s*closed/],
  ['owner', /owner|responsib|lead\s+officer|^officer|^who\b|by\s+whom|assigned|action\s+by|^lead$/],
  ['directorate', /directorate|^service|department|^team/],
  ['progress', /progress|update|response|comment|^notes?$|completed|outcome/],
  ['agendaItem', /agenda\s+item|^minute|^item|subject|topic|^report/],
  ['action', /\baction|description|^what\b/],
];

export function isActionLogHeader(cells: string[]): boolean {
  const map = mapColumns(cells, fields);
  const others = (['owner', 'dueDate', 'status', 'progress', 'directorate', 'agendaItem', 'meetingDate'] as const).filter((f) => map[f] !== undefined);
  return map.action !== undefined && others.length >= 2;
}

const numbered = /^(\d{1,3})\s*[.)]\s+(?=\S)/;
const actionStarter = /^(?:a\s+(?:written\s+)?response\b|to\s+[a-z]+\b|in\s+response\s+to\b|in\s+relation\s+to\b|that\s+(?:the|a|an|members|officers|councillors)\b)/i;
const responseMark = /\b(?:response|update|progress(?:\s+update)?)\s*:\s*/i;

export function readActionLog(blocks: Block[], options: { meetingDate: string | null; looseText: boolean }): Entry[] {
  const reader = new ActionLogReader(options);
  for (const block of blocks) reader.read(block);
  return reader.entries.filter((e) => e.action).map((e) => ({ ...e, action: tidy(e.action), progress: e.progress ? tidy(e.progress) : null }));
}

/** Reads blocks one at a time, holding the table's columns and the entry being written. */
class ActionLogReader {
  readonly entries: Entry[] = [];
  private columns: ColumnMap<Field> | null = null;
  private current: Entry | null = null;
  private agendaItem: string | null = null;
  private inResponse = false;
  private quoteNext = false;
  private gap = 0;
  // Some logs group actions under the meeting that raised them: "Meeting held on 12 March 2024".
  private groupDate: string | null = null;

  constructor(private readonly options: { meetingDate: string | null; looseText: boolean }) {}

  read(block: Block): void {
    const lone = block.cells ? block.cells.filter(Boolean) : [block.text];
    if (this.columns && lone.length === 1 && isMeetingLine(lone[0]!)) {
      this.groupDate = parseDate(lone[0]!);
      return;
    }
    if (block.kind === 'row' && block.cells) {
      this.gap = 0;
      if (isActionLogHeader(block.cells)) this.columns = mapColumns(block.cells, fields);
      else if (looksLikeHeaderRow(block.cells) && !this.options.looseText) this.columns = null;
      else if (this.columns) this.row(block, block.cells, this.columns);
      return;
    }
    if (!this.columns || !this.current) return;
    if (this.options.looseText) this.text(block, this.current);
    else this.wrapped(block, this.current);
  }

  private row(block: Block, cells: string[], columns: ColumnMap<Field>): void {
    const current = this.current;
    let number = orNull(cell(cells, columns.number));
    let action = cell(cells, columns.action);
    let agenda = cell(cells, columns.agendaItem);
    // A number printed in the agenda-item column, or split from its action by the PDF ("10" | ". A written response").
    if (!number && /^\d{1,3}\.?$/.test(agenda)) { number = agenda.replace('.', ''); agenda = ''; }
    action = action.replace(/^\.\s*/, '');
    const inline = numbered.exec(action);
    if (!number && inline) { number = inline[1]!; action = action.slice(inline[0].length); }
    if (number) number = number.replace(/\.$/, '');
    // After "Response:", a row is part of the response (a table inside it) unless it plainly starts a new action.
    const plainlyNew = Boolean(number) || (Boolean(action) && actionStarter.test(action) && (!current || !isOpen(current.action)));
    if (agenda && (!this.inResponse || plainlyNew)) this.agendaItem = agenda;
    // A row that fills the owner, date or status cells is an entry of its own; one that only continues text is not.
    const keyed = [columns.meetingDate, columns.owner, columns.dueDate, columns.status].some((i) => cell(cells, i) !== '');
    const opensEntry = plainlyNew || (Boolean(action) && (!current || keyed || (Boolean(agenda) && !this.inResponse)));
    let entry = current;
    if (opensEntry && action) entry = this.start(action, block, number);
    else if (entry && action && (isOpen(entry.action) || !this.inResponse)) this.addAction(entry, action);
    else if (entry && action) this.addProgress(entry, cells.filter(Boolean).join(' '));
    if (!entry || (entry === current && opensEntry)) return;
    const others = cells.map((_, i) => i).filter((i) => i > (columns.progress ?? Infinity) && !Object.values(columns).includes(i));
    const progress = [cell(cells, columns.progress), ...others.map((i) => cell(cells, i))].filter(Boolean).join(' ');
    if (progress) this.addProgress(entry, progress);
    entry.owner = join(entry.owner ?? '', cell(cells, columns.owner)) || null;
    entry.directorate = join(entry.directorate ?? '', cell(cells, columns.directorate)) || null;
    entry.dueDate ??= parseDate(cell(cells, columns.dueDate));
    entry.meetingDate = parseDate(cell(cells, columns.meetingDate)) ?? entry.meetingDate;
    entry.status ??= orNull(cell(cells, columns.status));
    entry.at = spanOf(entry, block);
  }

  /** In a clean table, a first-column cell that wrapped onto a line of its own right under its row. */
  private wrapped(block: Block, entry: Entry): void {
    const adjacent = block.at.fromLine === entry.at.toLine + 1 && block.kind === 'paragraph' && block.lines.length === 1;
    if (adjacent && isOpen(entry.action)) {
      entry.action = join(entry.action, block.text);
      entry.at = spanOf(entry, block);
    } else if (++this.gap > 2) this.columns = null;
  }

  /** In an action sheet, text between rows: a new numbered action, a response, or more of the entry above. */
  private text(block: Block, entry: Entry): void {
    const text = block.text.trim();
    const number = numbered.exec(text);
    if (number || (actionStarter.test(text) && block.kind !== 'list-item' && !isOpen(entry.action))) {
      this.start(number ? text.slice(number[0].length) : text, block, number ? number[1]! : null);
      return;
    }
    entry.at = spanOf(entry, block);
    if (/^(?:response|update)\s*:/i.test(text) || /^(?:response|update)$/i.test(text)) {
      this.inResponse = true;
      this.addProgress(entry, text);
    } else if (isOpen(entry.action) || this.quoteNext) {
      const quoted = this.quoteNext && !isOpen(entry.action);
      this.addAction(entry, text);
      if (quoted) this.quoteNext = false;
    } else this.addProgress(entry, text);
  }

  private start(action: string, block: Block, number: string | null): Entry {
    const entry: Entry = {
      number,
      meetingDate: this.groupDate ?? this.options.meetingDate,
      agendaItem: this.agendaItem,
      action: '',
      owner: null,
      directorate: null,
      progress: null,
      dueDate: null,
      status: null,
      at: block.at,
    };
    this.entries.push(entry);
    this.current = entry;
    this.inResponse = false;
    this.addAction(entry, action);
    return entry;
  }

  /** Adds to the action; text after "Response:" is progress. */
  private addAction(entry: Entry, text: string): void {
    const split = responseMark.exec(text);
    const action = split ? text.slice(0, split.index) : text;
    if (action.trim()) entry.action = join(entry.action, action);
    // "… the resolution agreed in April, as below." The quoted text that follows is part of the action.
    this.quoteNext = /\b(?:as\s+below|reproduced\s+below|as\s+follows|set\s+out\s+below|quoted\s+below)\b/i.test(action);
    if (split) {
      this.inResponse = true;
      this.addProgress(entry, text.slice(split.index + split[0].length));
    }
  }

  private addProgress(entry: Entry, text: string): void {
    const t = text.replace(/^\s*(?:response|update)\s*:\s*/i, '').trim();
    if (t) entry.progress = join(entry.progress ?? '', t);
  }
}

function isMeetingLine(text: string): boolean {
  return isDateLine(text) || (/^(?:actions?\s+(?:from|arising\s+from)\s+)?(?:the\s+)?(?:\w+\s+)?meeting\s+(?:held\s+)?(?:on\s+)?/i.test(text) && isDateLine(text.replace(/^.*?meeting\s+(?:held\s+)?(?:on\s+)?/i, '')));
}

/** An action whose text stops mid-sentence (or at a colon) goes on in the next piece of text. */
function isOpen(text: string): boolean {
  return !/[.?!]["'’”)]*\s*$/.test(text.trim());
}

function join(a: string, b: string): string {
  return [a.trim(), b.trim()].filter(Boolean).join(' ');
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s+([,.;:])/g, '$1').trim();
}
