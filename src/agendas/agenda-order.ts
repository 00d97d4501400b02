import type { StandardItemKind } from '../meetings/meeting-tables.ts';
import { closingKinds, type StandardItem } from './standard-agenda.ts';

/** What the ordering rules need to know of an agenda item; `id` is null for one not yet saved. */
export interface AgendaSlot {
  id: number | null;
  standardKind: StandardItemKind | null;
  isExempt: boolean;
}

const exclusion: StandardItemKind = 'exclusion-of-press-and-public';

/**
 * Adds the standard items an agenda lacks, leaving those it has where they
 * are: an opening item goes straight after its nearest predecessor in the
 * standard order (at the top if there is none), a closing item
 * after the open business and before any exempt business, which always
 * comes last.
 *
 * @example
 * withStandardItems([reportItem], standardAgenda('scrutiny'), toSlot);
 * // apologies, substitutes, declarations, minutes, action log, questions…, the report, work programme, date of next meeting
 */
export function withStandardItems<T extends AgendaSlot>(items: readonly T[], standard: readonly StandardItem[], make: (item: StandardItem) => T): T[] {
  const result = [...items];
  const present = new Set(items.map((i) => i.standardKind));
  const rank = new Map(standard.map((s, index) => [s.standardKind, index]));
  const rankOf = (item: T) => (item.standardKind === null ? undefined : rank.get(item.standardKind));
  for (const [index, item] of standard.entries()) {
    if (present.has(item.standardKind)) continue;
    const made = make(item);
    if (item.placement === 'opening') {
      // Straight after its nearest predecessor in the standard order, or first.
      let at = 0;
      let nearest = -1;
      for (const [i, existing] of result.entries()) {
        const r = rankOf(existing);
        if (r !== undefined && r < index && r > nearest && standard[r]!.placement === 'opening') [at, nearest] = [i + 1, r];
      }
      result.splice(at, 0, made);
    } else {
      // Before a later closing item, else before the exempt business, else at the end.
      const later = result.findIndex((existing) => {
        const r = rankOf(existing);
        return r !== undefined && r > index && standard[r]!.placement === 'closing';
      });
      const exempt = result.findIndex((existing) => existing.isExempt || existing.standardKind === exclusion);
      const at = later >= 0 ? later : exempt >= 0 ? exempt : result.length;
      result.splice(at, 0, made);
    }
  }
  return result;
}

/**
 * The agenda with exactly one "exclusion of the press and public" item,
 * immediately before the first exempt item, or none when nothing is exempt:
 * the public may be excluded only by a resolution passed before the exempt
 * business (Local Government Act 1972 s.100A(4)). `make` is given the
 * exclusion item the agenda already had (to keep it) or null (to make one).
 *
 * @example
 * arrangeExclusion([apologies, contractAward], makeExclusion);
 * // [apologies, exclusion, contractAward]
 */
export function arrangeExclusion<T extends AgendaSlot>(items: readonly T[], make: (existing: T | null) => T): T[] {
  const existing = items.find((i) => i.standardKind === exclusion) ?? null;
  const rest = items.filter((i) => i.standardKind !== exclusion);
  const firstExempt = rest.findIndex((i) => i.isExempt);
  if (firstExempt < 0) return rest;
  return [...rest.slice(0, firstExempt), make(existing), ...rest.slice(firstExempt)];
}

/**
 * Where a new item goes: open business after the open business already on
 * the agenda (before the work programme, the date of the next meeting and
 * any exempt business), exempt business at the end.
 */
export function withNewItem<T extends AgendaSlot>(items: readonly T[], item: T): T[] {
  const at = item.isExempt ? -1 : items.findIndex((i) => i.isExempt || i.standardKind === exclusion || (i.standardKind !== null && closingKinds.has(i.standardKind)));
  return at < 0 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}

export type MoveDirection = 'up' | 'down';

/**
 * The agenda with one item moved a place up or down, or null when it cannot
 * move that way (already first or last). The exclusion item is placed by
 * arrangeExclusion, so it is stepped over rather than swapped with.
 */
export function moveItem<T extends AgendaSlot>(items: readonly T[], id: number, direction: MoveDirection): T[] | null {
  const movable = items.filter((i) => i.standardKind !== exclusion);
  const from = movable.findIndex((i) => i.id === id);
  if (from < 0) return null;
  const to = direction === 'up' ? from - 1 : from + 1;
  if (to < 0 || to >= movable.length) return null;
  const moved = [...movable];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  const kept = items.find((i) => i.standardKind === exclusion) ?? null;
  // Put the exclusion item back where the rule wants it; a caller re-running arrangeExclusion gets the same.
  return kept ? arrangeExclusion(moved, () => kept) : moved;
}

/**
 * What a clerk should look at before publishing: open business after exempt
 * business means readmitting the press and public part-way through.
 */
export function agendaWarnings(items: readonly (AgendaSlot & { title: string })[]): string[] {
  const firstExempt = items.findIndex((i) => i.isExempt);
  if (firstExempt < 0) return [];
  const openAfter = items.slice(firstExempt).filter((i) => !i.isExempt && i.standardKind !== exclusion);
  return openAfter.map((i) => `“${i.title}” is open business after exempt business: move it above the exclusion of the press and public, or the public must be readmitted for it.`);
}
