import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { topicSlug } from './topic-slug.ts';

describe('topicSlug', () => {
  it('makes an address from the words of the name', () => {
    assert.equal(topicSlug('Home to school transport (SEND)', new Set()), 'home-to-school-transport-send');
  });

  it('drops apostrophes and accents, and spells out the ampersand', () => {
    assert.equal(topicSlug('Children’s services & café provision', new Set()), 'childrens-services-and-cafe-provision');
  });

  it('numbers a name already taken', () => {
    assert.equal(topicSlug('School transport', new Set(['school-transport', 'school-transport-2'])), 'school-transport-3');
  });

  it('gives a name with no letters or digits an address still', () => {
    assert.equal(topicSlug('—', new Set()), 'topic');
  });

  it('keeps long names to a readable length without a trailing hyphen', () => {
    const slug = topicSlug(`${'a'.repeat(99)} b`, new Set());
    assert.ok(slug.length <= 100 && !slug.endsWith('-'));
  });
});
