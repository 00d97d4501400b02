import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readAttendance } from './attendance.ts';

async function attendance(head: string, body = '') {
  return readAttendance(await blocksOf(head), await blocksOf(body));
}

describe('readAttendance', () => {
  it('reads the present list with chair and vice-chair, and lone surnames after "Councillors:"', async () => {
    const a = await attendance("Present: Councillor Ann Able (Chairperson)\nCouncillor Ben Baker (Vice-chairperson)\n\nCouncillors: Cy Cole, James and Di Dale");
    assert.deepEqual(a?.present, ['Ann Able', 'Ben Baker', 'Cy Cole', 'James', 'Di Dale']);
    assert.equal(a?.chair, 'Ann Able');
    assert.equal(a?.viceChair, 'Ben Baker');
  });

  it('reads who else attended, named or not', async () => {
    const a = await attendance('Present: Cllr J Baker (Chairman)\n\nIn attendance: Councillor Eve Ede, Cabinet Member for Housing\nFay Ford - Head of Law\n\nOfficers: Democratic services manager, G Gray (Clerk)');
    assert.deepEqual(a?.inAttendance, ['Eve Ede', 'Fay Ford', 'G Gray']);
  });

  it('reads apologies, remote attendance and substitutes from sentences', async () => {
    const a = await attendance('', 'Apologies were received from Mr Sam Pratt - Education Co-optee and Jo Ellis, Director of Healthwatch.\n\nCouncillors Toni Fay and Helen Hale, attended the meeting remotely and did not vote.\n\nAndrew Teal – Standing in for Sam Pratt\n\nCouncillor P McCall substituted for Councillor GA Vaughan-Price.');
    assert.deepEqual(a?.apologies, ['Sam Pratt', 'Jo Ellis']);
    assert.deepEqual(a?.remoteNonVoting, ['Toni Fay', 'Helen Hale']);
    assert.deepEqual(a?.substitutes, [{ substitute: 'Andrew Teal', for: 'Sam Pratt' }, { substitute: 'P McCall', for: 'GA Vaughan-Price' }]);
  });

  it('reads a substitute marked in the present list', async () => {
    const a = await attendance('PRESENT: Councillors C Davis, G Green (substituting for Councillor H Hill) and I Irwin');
    assert.deepEqual(a?.substitutes, [{ substitute: 'G Green', for: 'H Hill' }]);
    assert.deepEqual(a?.present, ['C Davis', 'G Green', 'I Irwin']);
  });

  it('knows an empty list from one never mentioned', async () => {
    const a = await attendance('', 'There were no named substitutes.');
    assert.deepEqual(a?.substitutes, []);
    assert.equal(await attendance('', 'The committee discussed the budget.'), null);
  });

  it('reads the chair announcing things in a transcript', async () => {
    const a = await attendance('', "Joining us remotely this evening is Councillor Dev Sharma. We've received apologies for absence from Councillor Rob Wills and Hilda Hale. Councillor Frank Corn will be substituting for Councillor Rob Wills and Councillor Dai Davies is here.");
    assert.deepEqual(a?.remoteNonVoting, ['Dev Sharma']);
    assert.deepEqual(a?.apologies, ['Rob Wills', 'Hilda Hale']);
    assert.deepEqual(a?.substitutes, [{ substitute: 'Frank Corn', for: 'Rob Wills' }]);
  });
});
