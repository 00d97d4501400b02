import type { Block } from '../blocks.ts';
import { parseDate } from '../dates.ts';
import type { ForwardPlanEntry, IssueType } from '../extraction.ts';
import { cleanName } from '../names.ts';
import type { Sourced } from '../records.ts';
import { cell, looksLikeHeaderRow, mapColumns, orNull, type ColumnMap } from './table-columns.ts';

/**
 * The executive's forward plan (notice of key decisions, rolling programme):
 * tables whose header names the decision maker or the decision date. A
 * header row may repeat on every page, and a later header resets the
 * columns. The issue type is the last of "key", "non-key" and "budget and
 * policy framework" the cell names, because some plans print all three as a
 * legend and then the one that applies.
 */

type Field = 'decisionMaker' | 'decisionDate' | 'issueType' | 'title' | 'purpose' | 'directorateAndLead' | 'directorate' | 'leadOfficer';
type Entry = Sourced<ForwardPlanEntry>;

const fields: [Field, RegExp][] = [
  ['decisionMaker', /decision\s*[-\s]?(?:maker|taker)|who\s+will\s+(?:make|take)|^decision\s+by/],
  ['decisionDate', /decision\s+date|date\s+of\s+decision|expected\s+date|date\s+(?:decision\s+)?(?:to\s+be\s+)?(?:taken|made)|^(?:meeting\s+)?date/],
  ['issueType', /issue\s+type|key\s+decision|type\s+of\s+decision|^type|^key\b/],
  ['directorateAndLead', /directorate\s+(?:and|&|\/)\s+(?:lead|officer|contact)/],
  ['leadOfficer', /lead\s+officer|^contact|report\s+author|^officer/],
  ['directorate', /directorate|service\s+area|department/],
  ['purpose', /purpose|summary|description|details/],
  ['title', /title|subject|matter|decision\s+to\s+be|^item|^issue|^decision$|^report/],
];

export function isForwardPlanHeader(cells: string[]): boolean {
  const map = mapColumns(cells, fields);
  return map.title !== undefined && (map.decisionMaker !== undefined || (map.decisionDate !== undefined && map.issueType !== undefined));
}

export function readForwardPlan(blocks: Block[]): Entry[] {
  const entries: Entry[] = [];
  let columns: ColumnMap<Field> | null = null;
  let maker: string | null = null;
  let keyQuestion = false;
  let gap = 0;
  for (const block of blocks) {
    if (!block.cells) {
      if (columns && ++gap > 3 && !/rolling\s+programme|forward\s+plan/i.test(block.text)) columns = null;
      continue;
    }
    gap = 0;
    if (isForwardPlanHeader(block.cells)) {
      columns = mapColumns(block.cells, fields);
      // A "Key decision?" column answers yes or no.
      keyQuestion = columns.issueType !== undefined && /^key\b/i.test(block.cells[columns.issueType]!.trim());
      maker = null;
      continue;
    }
    if (looksLikeHeaderRow(block.cells)) { columns = null; continue; }
    if (!columns) continue;
    const cells = block.cells;
    const title = cell(cells, columns.title);
    maker = orNull(cell(cells, columns.decisionMaker)) ?? maker;
    if (!title || !maker) continue;
    const { directorate, leadOfficer } =
      columns.directorateAndLead !== undefined
        ? splitDirectorate(cell(cells, columns.directorateAndLead))
        : { directorate: orNull(cell(cells, columns.directorate)), leadOfficer: officer(cell(cells, columns.leadOfficer)) };
    entries.push({
      decisionMaker: maker,
      decisionDate: parseDate(cell(cells, columns.decisionDate)),
      issueType: issueType(cell(cells, columns.issueType), keyQuestion),
      title,
      purpose: orNull(cell(cells, columns.purpose)),
      directorate,
      leadOfficer,
      at: block.at,
    });
  }
  return entries;
}

/** "Maria Nash, Director of Place" → "Maria Nash"; a post with no name ("Director of Planning") stays as printed. */
function officer(text: string): string | null {
  return cleanName(text) ?? orNull(text);
}

export function issueType(text: string, yesMeansKey = false): IssueType | null {
  if (yesMeansKey && /^\s*yes\b/i.test(text)) return 'key';
  if (yesMeansKey && /^\s*no\b/i.test(text)) return 'non-key';
  const found: [number, IssueType][] = [];
  for (const m of text.matchAll(/\bnon[-\s]?key\b/gi)) found.push([m.index, 'non-key']);
  for (const m of text.matchAll(/(?<!non[-\s]?)\bkey\b/gi)) found.push([m.index, 'key']);
  for (const m of text.matchAll(/\bb\s*&\s*p\s*f\b|budget\s*(?:&|and)\s*policy\s+framework/gi)) found.push([m.index, 'budget-policy-framework']);
  return found.sort((a, b) => a[0] - b[0]).at(-1)?.[1] ?? null;
}

/** "Economies, Communities & Corporate / Richard Gabb / David Hepworth": the names at the end are the lead officers. */
export function splitDirectorate(text: string): { directorate: string | null; leadOfficer: string | null } {
  const parts = text.split(/\s*\/\s*|\s+[-–—]\s+|(?<=[a-z])\.\s+/).map((p) => p.trim()).filter(Boolean);
  let first = parts.length;
  // The first part is the directorate even when it reads like a name ("Adults Wellbeing").
  while (first > 1 && cleanName(parts[first - 1]!)) first--;
  return {
    directorate: orNull(parts.slice(0, first).join(' / ')),
    leadOfficer: orNull(parts.slice(first).join(' / ')),
  };
}
