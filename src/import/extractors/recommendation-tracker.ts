import type { Block } from '../blocks.ts';
import { parseDate } from '../dates.ts';
import type { TrackedRecommendation } from '../extraction.ts';
import type { Sourced } from '../records.ts';
import { cell, looksLikeHeaderRow, mapColumns, orNull, type ColumnMap } from './table-columns.ts';

/**
 * A recommendation tracker: the committee's recommendations to the
 * executive and partners, with the response and how far it has gone. Found
 * by a header row that names the recommendation and a response or status.
 */

type Field = 'meetingDate' | 'response' | 'status' | 'recommendation';
type Entry = Sourced<TrackedRecommendation>;

const fields: [Field, RegExp][] = [
  ['meetingDate', /meeting\s+date|date\s+of\s+(?:meeting|recommendation)|^date|^meeting/],
  ['status', /status|\brag\b|progress|implemented|outcome/],
  ['response', /response|reply|executive|cabinet|decision|accepted/],
  ['recommendation', /^(?:scrutiny\s+|committee\s+)?recommendations?\b/],
];

export function readRecommendationTracker(blocks: Block[]): Entry[] {
  const entries: Entry[] = [];
  let columns: ColumnMap<Field> | null = null;
  let gap = 0;
  for (const block of blocks) {
    if (!block.cells) {
      if (columns && ++gap > 3) columns = null;
      continue;
    }
    gap = 0;
    const map = mapColumns(block.cells, fields);
    if (looksLikeHeaderRow(block.cells)) {
      columns = map.recommendation !== undefined && (map.response !== undefined || map.status !== undefined) ? map : null;
      continue;
    }
    if (!columns) continue;
    const recommendation = cell(block.cells, columns.recommendation);
    if (recommendation.length < 8) continue;
    entries.push({
      meetingDate: parseDate(cell(block.cells, columns.meetingDate)),
      recommendation,
      response: orNull(cell(block.cells, columns.response)),
      status: orNull(cell(block.cells, columns.status)),
      at: block.at,
    });
  }
  return entries;
}
