import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dealsWithEducation, type MembershipDraft, type MembershipPeriod, membershipProblems, membershipWarnings, periodsOverlap } from './membership-admin-rules.ts';

const councillor = { fullName: 'Ada Cole', kind: 'councillor' as const };
const draft = (overrides: Partial<MembershipDraft> = {}): MembershipDraft => ({
  personId: 1,
  role: 'member',
  memberType: 'councillor',
  isSubstitute: false,
  represents: null,
  startsOn: '2026-05-20',
  endsOn: null,
  ...overrides,
});
const place = (overrides: Partial<MembershipPeriod> & Pick<MembershipPeriod, 'id' | 'personId'>): MembershipPeriod => ({
  personName: `Person ${overrides.personId}`,
  role: 'member',
  isSubstitute: false,
  startsOn: '2025-05-13',
  endsOn: null,
  ...overrides,
});

describe('periodsOverlap', () => {
  it('counts a shared first or last day as overlapping', () => {
    assert.equal(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-05-19' }, { startsOn: '2026-05-19', endsOn: null }), true);
    assert.equal(periodsOverlap({ startsOn: '2026-01-01', endsOn: '2026-05-19' }, { startsOn: '2026-05-20', endsOn: null }), false);
  });

  it('treats missing dates as running without limit', () => {
    assert.equal(periodsOverlap({ startsOn: null, endsOn: null }, { startsOn: '2030-01-01', endsOn: '2030-01-02' }), true);
  });
});

describe('membershipProblems', () => {
  it('accepts a councillor joining as a member', () => {
    assert.deepEqual(membershipProblems(draft(), councillor, [place({ id: 9, personId: 2 })]), {});
  });

  it('allows one chair at a time', () => {
    const chair = place({ id: 9, personId: 2, personName: 'Councillor Ben Dale', role: 'chair', startsOn: '2025-05-13' });
    assert.equal(
      membershipProblems(draft({ role: 'chair' }), councillor, [chair]).role,
      'Councillor Ben Dale is already chair from 13 May 2025. End that membership first, or choose another role',
    );
  });

  it('allows a new chair from the day after the last one’s term ends', () => {
    const chair = place({ id: 9, personId: 2, role: 'chair', startsOn: '2025-05-13', endsOn: '2026-05-19' });
    assert.deepEqual(membershipProblems(draft({ role: 'chair', startsOn: '2026-05-20' }), councillor, [chair]), {});
    assert.match(membershipProblems(draft({ role: 'chair', startsOn: '2026-05-19' }), councillor, [chair]).role ?? '', /already chair from 13 May 2025 to 19 May 2026/);
  });

  it('allows one vice-chair at a time, independently of the chair', () => {
    const existing = [place({ id: 8, personId: 2, role: 'chair' }), place({ id: 9, personId: 3, personName: 'Cy Eve', role: 'vice-chair' })];
    assert.match(membershipProblems(draft({ role: 'vice-chair' }), councillor, existing).role ?? '', /^Cy Eve is already vice-chair/);
    assert.equal(membershipProblems(draft({ role: 'member' }), councillor, existing).role, undefined);
  });

  it('lets a chair’s own membership be changed without clashing with itself', () => {
    const own = place({ id: 9, personId: 1, role: 'chair' });
    assert.deepEqual(membershipProblems(draft({ id: 9, role: 'chair', startsOn: '2025-05-13' }), councillor, [own]), {});
  });

  it('refuses a named substitute who is also a member', () => {
    const member = place({ id: 9, personId: 1 });
    assert.match(membershipProblems(draft({ isSubstitute: true }), councillor, [member]).isSubstitute ?? '', /^Ada Cole is a member of this committee from 13 May 2025, so cannot also be a named substitute/);
    const substitute = place({ id: 9, personId: 1, isSubstitute: true });
    assert.match(membershipProblems(draft(), councillor, [substitute]).isSubstitute ?? '', /is a named substitute for this committee/);
  });

  it('lets a former substitute become a member once the substitute place has ended', () => {
    const substitute = place({ id: 9, personId: 1, isSubstitute: true, endsOn: '2026-05-19' });
    assert.deepEqual(membershipProblems(draft({ startsOn: '2026-05-20' }), councillor, [substitute]), {});
  });

  it('refuses a second place for the same person at the same time', () => {
    assert.match(membershipProblems(draft(), councillor, [place({ id: 9, personId: 1 })]).personId ?? '', /already has a place on this committee/);
  });

  it('refuses a named substitute as chair', () => {
    assert.equal(membershipProblems(draft({ isSubstitute: true, role: 'chair' }), councillor, []).role, 'A named substitute is not chair or vice-chair: choose member');
  });

  it('keeps officers and the public off committees', () => {
    assert.match(membershipProblems(draft(), { fullName: 'Dee Fox', kind: 'officer' }, []).personId ?? '', /^Dee Fox is an officer/);
  });

  it('matches the member type to the person', () => {
    assert.match(membershipProblems(draft({ memberType: 'voting-co-optee', represents: 'x' }), councillor, []).memberType ?? '', /is a councillor/);
    assert.match(membershipProblems(draft({ memberType: 'councillor' }), { fullName: 'Eli Gray', kind: 'co-optee' }, []).memberType ?? '', /is a co-opted member, not a councillor/);
  });

  it('asks what a co-optee represents', () => {
    assert.match(membershipProblems(draft({ memberType: 'non-voting-co-optee' }), { fullName: 'Eli Gray', kind: 'co-optee' }, []).represents ?? '', /^Enter what the co-opted member represents/);
  });

  it('refuses an end before the start', () => {
    assert.equal(membershipProblems(draft({ endsOn: '2026-05-01' }), councillor, []).endsOn, 'End date must be the same as or after the start date');
  });
});

describe('membershipWarnings', () => {
  const children = { name: 'Children and Young People Scrutiny Committee', purpose: null };
  const planning = { name: 'Planning Committee', purpose: 'Decides planning applications' };

  it('warns that a voting co-optee on a committee without education matters is probably a mistake', () => {
    assert.deepEqual(membershipWarnings({ memberType: 'voting-co-optee' }, planning).map((w) => w.key), ['voting-co-optee-not-education']);
  });

  it('reminds the clerk that voting co-optees vote only on education items', () => {
    assert.deepEqual(membershipWarnings({ memberType: 'voting-co-optee' }, children).map((w) => w.key), ['voting-co-optee']);
  });

  it('says nothing for other member types', () => {
    assert.deepEqual(membershipWarnings({ memberType: 'non-voting-co-optee' }, planning), []);
  });

  it('recognises an education committee by its name or purpose', () => {
    assert.equal(dealsWithEducation({ name: 'Overview and Scrutiny', purpose: 'Scrutinises schools and skills' }), true);
    assert.equal(dealsWithEducation(planning), false);
  });
});
