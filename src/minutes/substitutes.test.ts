import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AttendanceStatus } from '../meetings/meeting-tables.ts';
import { substitutionProblems } from './substitutes.ts';

const person = (personId: number, name: string, politicalGroupId: number | null = 1) => ({ personId, name, politicalGroupId });
const members = [person(1, 'Ann Ames'), person(2, 'Ben Bell'), person(3, 'Cat Cole', 2)];
const pool = [person(11, 'Sue Stone'), person(12, 'Tom Tait'), person(13, 'Una Urwin', 2), person(14, 'Vic Vale', null)];
const statuses = (entries: [number, AttendanceStatus | null][]) => new Map(entries);

describe('substitutionProblems', () => {
  it('accepts a named substitute in the seat of a member who sent apologies', () => {
    assert.deepEqual(substitutionProblems([{ substituteId: 11, forId: 1 }], { members, pool }, statuses([[1, 'apologies']])), new Map());
  });

  it('refuses a substitute for a member who attended', () => {
    const problems = substitutionProblems([{ substituteId: 11, forId: 1 }], { members, pool }, statuses([[1, 'present']]));
    assert.equal(problems.get(11), 'Sue Stone can only substitute for Ann Ames if Ann Ames sent apologies');
  });

  it('refuses a substitute for a member who was absent without apologies, or whose attendance is not recorded', () => {
    assert.ok(substitutionProblems([{ substituteId: 11, forId: 1 }], { members, pool }, statuses([[1, 'absent']])).has(11));
    assert.ok(substitutionProblems([{ substituteId: 11, forId: 1 }], { members, pool }, statuses([])).has(11));
  });

  it('refuses someone who is not in the pool of named substitutes', () => {
    const problems = substitutionProblems([{ substituteId: 2, forId: 1 }], { members, pool }, statuses([[1, 'apologies']]));
    assert.match(problems.get(2)!, /Only a named substitute/);
  });

  it('refuses a seat that is not a member of the committee', () => {
    const problems = substitutionProblems([{ substituteId: 11, forId: 12 }], { members, pool }, statuses([[12, 'apologies']]));
    assert.match(problems.get(11)!, /Choose the member of the committee/);
  });

  it('allows one substitute to a seat', () => {
    const problems = substitutionProblems([{ substituteId: 11, forId: 1 }, { substituteId: 12, forId: 1 }], { members, pool }, statuses([[1, 'apologies']]));
    assert.equal(problems.has(11), false);
    assert.equal(problems.get(12), 'Ann Ames already has a substitute, Sue Stone');
  });

  it('refuses a substitute from another political group', () => {
    const problems = substitutionProblems([{ substituteId: 13, forId: 1 }], { members, pool }, statuses([[1, 'apologies']]));
    assert.equal(problems.get(13), 'Una Urwin is not in the same political group as Ann Ames');
  });

  it('does not judge groups when the substitute belongs to none, as co-optees do not', () => {
    assert.deepEqual(substitutionProblems([{ substituteId: 14, forId: 3 }], { members, pool }, statuses([[3, 'apologies']])), new Map());
  });
});
