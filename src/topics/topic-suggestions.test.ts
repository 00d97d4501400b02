import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixtureCandidate, fixtureTitles } from './topic-fixtures.ts';
import { countLexemes, lexemeWeights } from './topic-similarity.ts';
import { suggestLinks } from './topic-suggestions.ts';

const all = Object.values(fixtureTitles).map((f) => [...f.lexemes]);
const weight = lexemeWeights(countLexemes(all), all.length);
const schoolTransport = { nameLexemes: ['school', 'transport'], linked: [] };

describe('suggestLinks', () => {
  it('suggests the transport papers for a school transport topic, best first, and not the library', () => {
    const candidates = [fixtureCandidate('libraryHours', 1), fixtureCandidate('sendTransport', 2), fixtureCandidate('homeToSchool', 3)];
    const suggested = suggestLinks(schoolTransport, candidates, weight);
    assert.deepEqual(suggested.map((s) => s.record.title), ['Home to school transport policy', 'SEND transport review']);
    assert.equal(suggested[0]!.score, 1);
    assert.deepEqual(suggested[0]!.reason, { kind: 'name' });
  });

  it('suggests a record tied to a linked one even when its words differ, saying why', () => {
    const recommendation = { ...fixtureCandidate('libraryHours', 7, 'recommendation'), tied: true };
    const [suggestion] = suggestLinks(schoolTransport, [recommendation], weight);
    assert.equal(suggestion!.score, 0.9);
    assert.deepEqual(suggestion!.reason, { kind: 'tied' });
  });

  it('suggests a record like one already in the topic, naming it', () => {
    const topic = { nameLexemes: ['travel', 'assist'], linked: [{ title: 'SEND transport review', lexemes: ['review', 'send', 'transport'] }] };
    const [suggestion] = suggestLinks(topic, [fixtureCandidate('sendTransport', 9, 'work-programme-item')], weight);
    assert.deepEqual(suggestion!.reason, { kind: 'like', title: 'SEND transport review' });
  });

  it('uses the trigram score for a spelling the stemmer does not join', () => {
    const misspelt = { ...fixtureCandidate('libraryHours', 5), title: 'Schol transprt', lexemes: ['schol', 'transprt'], trigram: 0.7 };
    const [suggestion] = suggestLinks(schoolTransport, [misspelt], weight);
    assert.equal(suggestion!.score, 0.595);
  });

  it('leaves out what scores below the threshold and keeps to the limit', () => {
    const candidates = [1, 2, 3].map((id) => fixtureCandidate('homeToSchool', id));
    assert.equal(suggestLinks(schoolTransport, candidates, weight, { threshold: 0.4, limit: 2 }).length, 2);
    assert.deepEqual(suggestLinks(schoolTransport, [fixtureCandidate('libraryHours', 1)], weight), []);
  });
});
