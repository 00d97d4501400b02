import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCandidate } from './topic-fixtures.ts';
import { groupSimilarRecords, proposeTopicName } from './topic-groups.ts';
import { countLexemes, lexemeWeights } from './topic-similarity.ts';

function weightFor(candidates: { lexemes: readonly string[] }[]) {
  return lexemeWeights(countLexemes(candidates.map((c) => c.lexemes)), candidates.length);
}

describe('groupSimilarRecords', () => {
  it('groups school transport, home to school transport and SEND transport, and leaves library hours out', () => {
    const candidates = [fixtureCandidate('libraryHours', 4), fixtureCandidate('sendTransport', 3), fixtureCandidate('homeToSchool', 2), fixtureCandidate('schoolTransport', 1)];
    const groups = groupSimilarRecords(candidates, weightFor(candidates));
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.name, 'School transport');
    assert.deepEqual(groups[0]!.members.map((m) => m.record.title), ['School transport', 'Home to school transport policy', 'SEND transport review']);
  });

  it('groups a quarterly report across the quarters under one name', () => {
    const candidates = [fixtureCandidate('childrenQ1', 1), fixtureCandidate('childrenQ2', 2), fixtureCandidate('libraryHours', 3), fixtureCandidate('schoolTransport', 4)];
    const [group, ...others] = groupSimilarRecords(candidates, weightFor(candidates));
    assert.deepEqual(others, []);
    assert.equal(group!.name, "Children's services performance");
    assert.equal(group!.members.length, 2);
  });

  it('makes no group of one', () => {
    const candidates = [fixtureCandidate('libraryHours', 1), fixtureCandidate('budgetMonitoring', 2)];
    assert.deepEqual(groupSimilarRecords(candidates, weightFor(candidates)), []);
  });

  it('does not chain: a record like a member but not like the leader stays out', () => {
    const a = { key: 'a', title: 'School transport', lexemes: ['school', 'transport'] };
    const b = { key: 'b', title: 'School meals', lexemes: ['school', 'meal'] };
    const c = { key: 'c', title: 'School transport and school meals', lexemes: ['school', 'transport', 'meal'] };
    const d = { key: 'd', title: 'Meals on wheels', lexemes: ['meal', 'wheel'] };
    const weight = () => 1;
    const groups = groupSimilarRecords([a, b, c, d], weight, { threshold: 0.6, minSize: 2 });
    const together = groups.map((g) => g.members.map((m) => m.record.key).sort());
    assert.ok(!together.some((keys) => keys.includes('a') && keys.includes('d')), JSON.stringify(together));
  });
});

describe('proposeTopicName', () => {
  it('keeps what comes before a colon, without the quarter and the year', () => {
    assert.equal(proposeTopicName("Children's services performance report: Q1 2025/26"), "Children's services performance");
  });

  it('drops a year and a closing "annual report"', () => {
    assert.equal(proposeTopicName('Fostering service annual report 2024/25'), 'Fostering service');
  });

  it('leaves a plain subject as it is, with a capital letter', () => {
    assert.equal(proposeTopicName('home to school transport'), 'Home to school transport');
  });

  it('never empties a title made only of closing words', () => {
    assert.equal(proposeTopicName('Annual report'), 'Annual');
  });
});
