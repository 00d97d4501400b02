import type { Block } from './blocks.ts';
import type { DocumentType } from './extraction.ts';
import type { SourceFormat } from './source-lines.ts';

/**
 * The third stage: what kind of document this is, and which stretches of
 * it are the front sheet (title, date, membership, agenda), the minutes of a
 * meeting, the reports that follow in a pack, an action sheet or a
 * transcript. Tables (action logs, work programmes, forward plans,
 * recommendation trackers) are found by their header rows wherever they
 * are, so they are not parts here.
 */

export type PartKind = 'front-sheet' | 'minutes' | 'report' | 'transcript' | 'action-sheet';

export interface Part {
  kind: PartKind;
  /** Block indices, `to` exclusive. */
  from: number;
  to: number;
}

export interface Classification {
  documentType: DocumentType;
  parts: Part[];
  /** A modern.gov "agenda and minutes" page: each agenda item carries its own "Minutes:" section. */
  itemMinutes: boolean;
}

export const minutesStart = /^(?:draft\s+|confirmed\s+|unconfirmed\s+|approved\s+)?minutes\s+(?:of|for)\s+(?:the\s+|a\s+|an\s+)?\S/i;
export const reportStart = /^(?:title of report|report title|report of|report to|report by|name of report)\s*:/i;
export const meetingEnd = /\b(?:the\s+)?meeting\s+(?:ended|closed|finished|concluded|terminated|rose|was\s+closed|(?:was\s+)?adjourned)\b(?!.*\breconvened\b)|^(?:close of meeting|meeting closed)\b/i;
const agendaTitle = /^(?:agenda|summons(?:\s+and\s+agenda)?|notice of (?:the )?meeting|agenda for (?:the )?meeting.*|agenda (?:and|&) (?:reports|papers)|public reports pack)$/i;
const actionSheetTitle = /\b(action (?:sheet|log|tracker|list|plan|schedule)s?|actions? (?:log|tracker|sheet)|schedule of actions|outstanding actions)\b/i;
const transcriptTitle = /\btran?scri(?:pt|ption)\b|\bcaptions?\b|\bwebcast\b/i;

export function classify(blocks: Block[], format: SourceFormat): Classification {
  const top = blocks.slice(0, 8).map((b) => b.text);
  const itemMinutes = blocks.filter((b) => /^(?:minutes|decision)\s*:$/i.test(b.text)).length >= 2;
  if (format === 'captions' || isTranscript(blocks, top)) {
    return { documentType: 'transcript', parts: [{ kind: 'transcript', from: 0, to: blocks.length }], itemMinutes: false };
  }
  const starts: { index: number; kind: PartKind }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind === 'list-item') return;
    const text = b.cells ? b.cells.filter(Boolean).join(' ') : b.text;
    if (minutesStart.test(text) && text.length < 400) starts.push({ index: i, kind: 'minutes' });
    else if (reportStart.test(text) && !starts.some((s) => s.kind === 'report' && i - s.index < 12)) starts.push({ index: i, kind: 'report' });
  });
  if (!starts.some((s) => s.kind === 'minutes')) {
    const present = blocks.findIndex((b) => /^(?:members\s+|councillors\s+)?present\s*:/i.test(b.text));
    if (present >= 0 && !itemMinutes) starts.push({ index: Math.max(0, present - 1), kind: 'minutes' });
  }
  starts.sort((a, b) => a.index - b.index);
  const parts: Part[] = [];
  const first = starts[0]?.index ?? blocks.length;
  // A document titled "Minutes" has its date, time and place at the top of the minutes, not on a front sheet.
  const titledMinutes = blocks.slice(0, Math.min(5, first)).findIndex((b) => /^(?:draft\s+|confirmed\s+|unconfirmed\s+)?minutes\s*$/i.test(b.text));
  if (titledMinutes >= 0 && starts[0]?.kind === 'minutes') starts[0].index = titledMinutes;
  const hasFrontSheet = titledMinutes < 0 && first > 0 && looksLikeFrontSheet(blocks.slice(0, first));
  const actionSheet = !hasFrontSheet && !itemMinutes && top.some((t) => actionSheetTitle.test(t)) && !starts.some((s) => s.kind === 'minutes');
  if (actionSheet) parts.push({ kind: 'action-sheet', from: 0, to: blocks.length });
  else if (hasFrontSheet) parts.push({ kind: 'front-sheet', from: 0, to: first });
  starts.forEach((s, i) => {
    if (actionSheet) return;
    let to = starts[i + 1]?.index ?? blocks.length;
    if (s.kind === 'minutes') {
      const end = blocks.slice(s.index, to).findIndex((b) => meetingEnd.test(b.text));
      if (end >= 0) to = s.index + end + 1;
    }
    parts.push({ kind: s.kind, from: s.index, to });
  });
  return { documentType: documentType(parts, itemMinutes, top), parts, itemMinutes };
}

function documentType(parts: Part[], itemMinutes: boolean, top: string[]): DocumentType {
  const has = (kind: PartKind) => parts.some((p) => p.kind === kind);
  if (itemMinutes) return 'agenda-and-minutes';
  if (has('action-sheet')) return 'action-log';
  if (has('front-sheet')) return has('minutes') || has('report') ? 'agenda-pack' : 'agenda';
  if (has('minutes')) return 'minutes';
  if (top.some((t) => /\bforward plan\b|\bnotice of key decisions\b|\bexecutive rolling programme\b/i.test(t))) return 'forward-plan';
  if (top.some((t) => /\bwork ?programme\b/i.test(t))) return 'work-programme';
  if (top.some((t) => actionSheetTitle.test(t))) return 'action-log';
  if (has('report')) return 'report';
  return 'unknown';
}

/** A front sheet names a meeting (date, time or place labels, an "Agenda" title, a membership list) before its agenda. */
function looksLikeFrontSheet(blocks: Block[]): boolean {
  let signs = 0;
  for (const b of blocks.slice(0, 60)) {
    if (agendaTitle.test(b.text)) signs += 2;
    if (/^(date|time|place|venue|location)\s*:/i.test(b.text)) signs++;
    if (/^membership\b/i.test(b.text)) signs++;
    if (/\bwill be held\b/i.test(b.text)) signs++;
  }
  return signs >= 2;
}

/** Speech with no structure: the title says so, or most of the text is in very long unbroken paragraphs. */
function isTranscript(blocks: Block[], top: string[]): boolean {
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  const longIn = (min: number) => blocks.filter((b) => b.kind === 'paragraph' && b.text.length > min).reduce((n, b) => n + b.text.length, 0) / (total || 1);
  if (top.slice(0, 4).some((t) => transcriptTitle.test(t))) return longIn(800) > 0.5;
  return longIn(5000) > 0.5;
}
