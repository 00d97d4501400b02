import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readOutcomes } from './minute-outcomes.ts';

const outcomes = async (text: string) => readOutcomes(await blocksOf(text));

describe('readOutcomes', () => {
  it('reads a resolution after "RESOLVED:" and after "RESOLVED –"', async () => {
    assert.deepEqual((await outcomes('Resolved: It was resolved that the minutes be approved.')).resolutions, ['It was resolved that the minutes be approved.']);
    assert.deepEqual((await outcomes('**RESOLVED** – That the report be noted.')).resolutions, ['That the report be noted.']);
    assert.deepEqual((await outcomes('RESOLVED that the lease be extended.')).resolutions, ['That the lease be extended.']);
  });

  it('reads one resolution per lettered or numbered point', async () => {
    assert.deepEqual((await outcomes('RESOLVED:\n\n(1) That the report be noted.\n\n(2) That officers report back.')).resolutions, ['That the report be noted.', 'That officers report back.']);
    assert.deepEqual((await outcomes('AGREED:\n\n· That the next meeting have a focus.\n· That a session be held.')).resolutions, ['That the next meeting have a focus.', 'That a session be held.']);
  });

  it('reads recommendations after an introducing sentence, letters taken off', async () => {
    const r = await outcomes('The following recommendations were carried.\n\nRECOMMENDATIONS:\n\nThe Committee reviewed the report and recommended that:\n\na) The Committee promotes the panel;\n\nb) Officers report back.\n\nThe Chair thanked officers.');
    assert.deepEqual(r.recommendations, ['The Committee promotes the panel;', 'Officers report back.']);
    assert.deepEqual(r.resolutions, []);
  });

  it('reads "RECOMMENDED to Cabinet that:" and numbered points', async () => {
    assert.deepEqual((await outcomes('RECOMMENDED to Cabinet that:\n\n1) the policy be adopted;\n2) a review be reported.')).recommendations, ['the policy be adopted;', 'a review be reported.']);
  });

  it('reads actions under "ACTIONS:" and inline "Action:"', async () => {
    assert.deepEqual((await outcomes('ACTIONS:\n\n- Send out the programme.')).actions, ['Send out the programme.']);
    assert.deepEqual((await outcomes('Action: Clerk to write to the owner.')).actions, ['Clerk to write to the owner.']);
  });

  it('takes nothing from discussion', async () => {
    assert.deepEqual(await outcomes('During discussion the following points were noted:\n\n- Schools agreed that funding was short.'), { resolutions: [], recommendations: [], actions: [] });
  });
});

describe('readOutcomes inside sentences', () => {
  it('reads a resolution moved and seconded in the same sentence', async () => {
    assert.deepEqual((await outcomes('It was proposed by Cllr Baker, seconded by Cllr Patel and RESOLVED that the grant be paid.')).resolutions, ['That the grant be paid.']);
  });
});
