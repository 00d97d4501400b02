import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { staffRoles } from '../accounts/roles.ts';
import { buildDemoPlan } from './build-demo-plan.ts';
import { demoStaffAccounts } from './staff-accounts.ts';

describe('demo staff accounts', () => {
  const plan = buildDemoPlan(1, '2026-03-02');
  const accounts = demoStaffAccounts(plan);

  it('gives one sign-in per role, each with its own address', () => {
    assert.deepEqual(accounts.map((a) => a.role).sort(), [...staffRoles].sort());
    assert.equal(new Set(accounts.map((a) => a.email)).size, accounts.length);
  });

  it('signs the report author in as an officer who writes reports, and the councillor as a sitting chair', () => {
    const author = accounts.find((a) => a.role === 'report-author')!;
    assert.ok(plan.reports.some((r) => r.author === author.person));
    const councillor = accounts.find((a) => a.role === 'councillor')!;
    assert.equal(councillor.person?.kind, 'councillor');
    assert.ok(plan.memberships.some((m) => m.person === councillor.person && m.role === 'chair'));
  });

  it('is the same for the same seed', () => {
    assert.deepEqual(demoStaffAccounts(buildDemoPlan(1, '2026-03-02')).map((a) => a.email), accounts.map((a) => a.email));
  });
});
