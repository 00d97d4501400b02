import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ExemptParagraph, StandardItemKind } from '../meetings/meeting-tables.ts';
import { type AgendaSlot, arrangeExclusion, type MoveDirection, moveItem, withNewItem, withStandardItems } from './agenda-order.ts';
import { type AgendaEntry, type AgendaWrite, listAgenda, type ManagedMeeting, previousMinuteNumbersInYear, writeAgenda } from './agenda-repository.ts';
import { lastMinuteNumber, minuteValue, nextMinuteNumber, numberItems } from './minute-numbers.ts';
import { exclusionResolution, type StandardAgendaContext, standardAgenda, standardItemTitles } from './standard-agenda.ts';

type Trx = Transaction<Database>;

/**
 * The agenda builder's changes, each one command over a transaction: read
 * the agenda, apply the pure rules (standard items, where a new item goes,
 * the exclusion of the press and public before exempt business, numbering),
 * write it back whole. Each returns the agenda before and after, for the
 * audit trail.
 */
export interface AgendaChange {
  before: string[];
  after: string[];
  /** Ids in the new order. */
  ids: number[];
}

/** An item not yet saved. */
export interface NewItem {
  title: string;
  description: string | null;
  standardKind: StandardItemKind | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
}

type Slot = AgendaSlot & { entry: AgendaEntry | null; fresh: NewItem | null; exemptParagraph: ExemptParagraph | null; title: string };

const fromEntry = (entry: AgendaEntry): Slot => ({ id: entry.id, standardKind: entry.standardKind, isExempt: entry.isExempt, exemptParagraph: entry.exemptParagraph, title: entry.title, entry, fresh: null });
const fromNew = (fresh: NewItem): Slot => ({ id: null, standardKind: fresh.standardKind, isExempt: fresh.isExempt, exemptParagraph: fresh.exemptParagraph, title: fresh.title, entry: null, fresh });

/** Adds the standard items for the committee's kind that the agenda does not have yet. */
export async function addStandardItems(trx: Trx, meeting: ManagedMeeting, context: StandardAgendaContext): Promise<AgendaChange> {
  const standard = standardAgenda(meeting.committee.kind, context);
  return change(trx, meeting, (slots) =>
    withStandardItems(slots, standard, (s) => fromNew({ title: s.title, description: s.description, standardKind: s.standardKind, isExempt: false, exemptParagraph: null })),
  );
}

/** Adds one item where it belongs; returns the change with the new item's id. */
export async function addAgendaItem(trx: Trx, meeting: ManagedMeeting, item: NewItem): Promise<AgendaChange & { itemId: number }> {
  const fresh = fromNew(item);
  const { slots, ...result } = await change(trx, meeting, (current) => withNewItem(current, fresh));
  return { ...result, itemId: result.ids[slots.indexOf(fresh)]! };
}

/** Moves an item a place up or down; null when it cannot go that way. */
export async function moveAgendaItem(trx: Trx, meeting: ManagedMeeting, itemId: number, direction: MoveDirection): Promise<AgendaChange | null> {
  let moved = true;
  const result = await change(trx, meeting, (slots) => {
    const next = moveItem(slots, itemId, direction);
    if (!next) moved = false;
    return next ?? slots;
  });
  return moved ? result : null;
}

/** Removes an item (its report goes with it, by the schema's cascade). */
export async function removeAgendaItem(trx: Trx, meeting: ManagedMeeting, itemId: number): Promise<AgendaChange> {
  return change(trx, meeting, (slots) => slots.filter((s) => s.id !== itemId));
}

/** Puts the exclusion item right and renumbers, after an item became exempt or open, or from a given first minute number. */
export async function rearrangeAgenda(trx: Trx, meeting: ManagedMeeting, firstMinuteNumber?: number): Promise<AgendaChange> {
  return change(trx, meeting, (slots) => slots, firstMinuteNumber);
}

async function change(trx: Trx, meeting: ManagedMeeting, reorder: (slots: Slot[]) => Slot[], firstMinuteNumber?: number): Promise<AgendaChange & { slots: Slot[] }> {
  const entries = await listAgenda(trx, meeting.id);
  const first = firstMinuteNumber ?? (await firstMinuteOf(trx, meeting, entries));
  const slots = arrangeExclusion(reorder(entries.map(fromEntry)), (existing) => existing ?? exclusionSlot());
  const numbers = numberItems(slots.length, first);
  const exempt = slots.filter((s) => s.isExempt);
  const writes: AgendaWrite[] = slots.map((slot, index) => {
    const { number, minuteNumber } = numbers[index]!;
    const description = slot.standardKind === 'exclusion-of-press-and-public' ? exclusionResolution(exempt) : undefined;
    if (slot.entry) return { id: slot.entry.id, number, minuteNumber, ...(description === undefined ? {} : { description }) };
    const fresh = slot.fresh!;
    return { id: null, number, minuteNumber, ...fresh, description: description ?? fresh.description };
  });
  const ids = await writeAgenda(trx, meeting.id, writes);
  return { before: entries.map(line), after: slots.map((s, i) => `${numbers[i]!.number}. ${s.title}`), ids, slots };
}

/**
 * The meeting's first minute number: as the agenda already has it (so a
 * clerk's choice, or the numbers before an item was removed, hold), else one
 * after the committee's previous meeting in the municipal year.
 */
async function firstMinuteOf(trx: Trx, meeting: ManagedMeeting, entries: readonly AgendaEntry[]): Promise<number> {
  const values = entries.map((e) => minuteValue(e.minuteNumber)).filter((v): v is number => v !== null);
  if (values.length) return Math.max(1, Math.min(...values));
  const previous = await previousMinuteNumbersInYear(trx, meeting);
  return nextMinuteNumber(previous ? lastMinuteNumber(previous) : null);
}

function exclusionSlot(): Slot {
  return fromNew({ title: standardItemTitles['exclusion-of-press-and-public'], description: null, standardKind: 'exclusion-of-press-and-public', isExempt: false, exemptParagraph: null });
}

function line(entry: AgendaEntry): string {
  return `${entry.number ?? '–'}. ${entry.title}`;
}
