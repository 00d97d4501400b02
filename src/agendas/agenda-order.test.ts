import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StandardItemKind } from '../meetings/meeting-tables.ts';
import { agendaWarnings, arrangeExclusion, moveItem, withNewItem, withStandardItems } from './agenda-order.ts';
import { standardAgenda, type StandardItem } from './standard-agenda.ts';

interface Item {
  id: number | null;
  title: string;
  standardKind: StandardItemKind | null;
  isExempt: boolean;
}

let nextId = 100;
const item = (title: string, over: Partial<Item> = {}): Item => ({ id: nextId++, title, standardKind: null, isExempt: false, ...over });
const standard = (kind: StandardItemKind) => item(kind, { standardKind: kind });
const fromStandard = (s: StandardItem): Item => ({ id: null, title: s.standardKind, standardKind: s.standardKind, isExempt: false });
const exclusion = () => ({ id: null, title: 'exclusion', standardKind: 'exclusion-of-press-and-public' as const, isExempt: false });
const titles = (items: readonly Item[]) => items.map((i) => i.title);

describe('withStandardItems', () => {
  it('puts the formalities before the reports and the work programme and next meeting after them', () => {
    const items = withStandardItems([item('Budget monitoring'), item('Library strategy')], standardAgenda('scrutiny'), fromStandard);
    assert.deepEqual(titles(items), [
      'apologies', 'substitutes', 'declarations', 'minutes', 'action-log', 'public-questions', 'councillor-questions',
      'Budget monitoring', 'Library strategy', 'work-programme', 'date-of-next-meeting',
    ]);
  });

  it('adds only what is missing, leaving existing items where the clerk put them', () => {
    const existing = [standard('declarations'), item('Budget monitoring'), standard('apologies'), standard('date-of-next-meeting')];
    const items = withStandardItems(existing, standardAgenda('regulatory'), fromStandard);
    // Substitutes follow the apologies (standard order), minutes follow the declarations, wherever those stand.
    assert.deepEqual(titles(items), ['declarations', 'minutes', 'Budget monitoring', 'apologies', 'substitutes', 'date-of-next-meeting']);
    assert.deepEqual(withStandardItems(items, standardAgenda('regulatory'), fromStandard), items);
  });

  it('keeps exempt business last when adding closing items', () => {
    const existing = [item('Budget monitoring'), exclusion(), item('Contract award', { isExempt: true })];
    const items = withStandardItems(existing, standardAgenda('scrutiny'), fromStandard);
    assert.deepEqual(titles(items).slice(-5), ['Budget monitoring', 'work-programme', 'date-of-next-meeting', 'exclusion', 'Contract award']);
  });
});

describe('arrangeExclusion', () => {
  it('adds the exclusion of the press and public immediately before the first exempt item', () => {
    const items = arrangeExclusion([item('Apologies'), item('Land sale', { isExempt: true }), item('Contract award', { isExempt: true })], exclusion);
    assert.deepEqual(titles(items), ['Apologies', 'exclusion', 'Land sale', 'Contract award']);
  });

  it('keeps the existing exclusion item, moving it to where it belongs', () => {
    const kept = { ...exclusion(), id: 7 };
    const made: (Item | null)[] = [];
    const items = arrangeExclusion([kept, item('Apologies'), item('Land sale', { isExempt: true })], (existing) => {
      made.push(existing);
      return existing ?? exclusion();
    });
    assert.deepEqual(made, [kept]);
    assert.deepEqual(items.map((i) => i.id === 7), [false, true, false]);
  });

  it('removes the exclusion item when nothing is exempt any more, and never adds a second', () => {
    assert.deepEqual(titles(arrangeExclusion([item('Apologies'), exclusion(), item('Land sale')], exclusion)), ['Apologies', 'Land sale']);
    const twice = arrangeExclusion([exclusion(), item('A', { isExempt: true }), exclusion(), item('B', { isExempt: true })], exclusion);
    assert.equal(twice.filter((i) => i.standardKind === 'exclusion-of-press-and-public').length, 1);
  });
});

describe('moveItem', () => {
  const a = item('A');
  const b = item('B');
  const c = item('C');

  it('swaps an item with its neighbour', () => {
    assert.deepEqual(titles(moveItem([a, b, c], b.id!, 'up')!), ['B', 'A', 'C']);
    assert.deepEqual(titles(moveItem([a, b, c], b.id!, 'down')!), ['A', 'C', 'B']);
  });

  it('cannot move the first item up, the last down, or an item not on the agenda', () => {
    assert.equal(moveItem([a, b, c], a.id!, 'up'), null);
    assert.equal(moveItem([a, b, c], c.id!, 'down'), null);
    assert.equal(moveItem([a, b, c], 9999, 'down'), null);
  });

  it('steps over the exclusion item, which follows the exempt business', () => {
    const open = item('Open');
    const excl = { ...exclusion(), id: 50 };
    const exempt = item('Exempt', { isExempt: true });
    assert.deepEqual(titles(moveItem([open, excl, exempt], open.id!, 'down')!), ['exclusion', 'Exempt', 'Open']);
    assert.deepEqual(titles(moveItem([open, excl, exempt], exempt.id!, 'up')!), ['exclusion', 'Exempt', 'Open']);
  });
});

describe('agendaWarnings', () => {
  it('warns of open business after exempt business', () => {
    const warnings = agendaWarnings([item('Land sale', { isExempt: true }), item('Date of next meeting')]);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /“Date of next meeting” is open business after exempt business/);
    assert.deepEqual(agendaWarnings([item('Open'), exclusion(), item('Land sale', { isExempt: true })]), []);
  });
});

describe('withNewItem', () => {
  it('adds open business before the closing items and any exempt business, and exempt business at the end', () => {
    const agenda = [standard('apologies'), item('Budget'), standard('work-programme'), exclusion(), item('Land sale', { isExempt: true })];
    assert.deepEqual(titles(withNewItem(agenda, item('Libraries'))), ['apologies', 'Budget', 'Libraries', 'work-programme', 'exclusion', 'Land sale']);
    assert.deepEqual(titles(withNewItem(agenda, item('Contract award', { isExempt: true }))).slice(-2), ['Land sale', 'Contract award']);
    assert.deepEqual(titles(withNewItem([standard('apologies')], item('Budget'))), ['apologies', 'Budget']);
  });
});
