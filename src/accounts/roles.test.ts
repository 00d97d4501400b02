import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Actor, hasPermission, mayEditReport, mayUpdateAction, permissions, staffRoles } from './roles.ts';

const actor = (role: Actor['role'], personId: number | null = 7): Actor => ({ id: 1, name: 'Test', role, personId });

describe('roles and permissions', () => {
  it('lets only democratic services publish', () => {
    assert.deepEqual(staffRoles.filter((role) => hasPermission(role, 'meetings:publish')), ['democratic-services']);
  });

  it('lets only administrators manage accounts and read the audit trail', () => {
    assert.deepEqual(staffRoles.filter((role) => hasPermission(role, 'users:manage')), ['administrator']);
    assert.deepEqual(staffRoles.filter((role) => hasPermission(role, 'audit:read')), ['administrator']);
  });

  it('gives councillors reading and nothing else', () => {
    assert.deepEqual(permissions.filter((p) => hasPermission('councillor', p)), ['back-office:read']);
  });

  it('lets every role read the back office', () => {
    for (const role of staffRoles) assert.equal(hasPermission(role, 'back-office:read'), true, role);
  });

  it('lets a report author edit a report that names them as author or lead officer, and no other', () => {
    assert.equal(mayEditReport(actor('report-author'), { authorPersonId: 7, leadOfficerPersonId: null }), true);
    assert.equal(mayEditReport(actor('report-author'), { authorPersonId: null, leadOfficerPersonId: 7 }), true);
    assert.equal(mayEditReport(actor('report-author'), { authorPersonId: 8, leadOfficerPersonId: 9 }), false);
    assert.equal(mayEditReport(actor('report-author', null), { authorPersonId: null, leadOfficerPersonId: null }), false);
  });

  it('lets democratic services edit any report and councillors none', () => {
    assert.equal(mayEditReport(actor('democratic-services'), { authorPersonId: 8, leadOfficerPersonId: null }), true);
    assert.equal(mayEditReport(actor('councillor'), { authorPersonId: 7, leadOfficerPersonId: null }), false);
    assert.equal(mayEditReport(actor('scrutiny-officer'), { authorPersonId: 7, leadOfficerPersonId: null }), false);
  });

  it('lets an action’s owner update it, and those who keep the log update any', () => {
    assert.equal(mayUpdateAction(actor('report-author'), { ownerPersonId: 7 }), true);
    assert.equal(mayUpdateAction(actor('report-author'), { ownerPersonId: 8 }), false);
    assert.equal(mayUpdateAction(actor('scrutiny-officer'), { ownerPersonId: 8 }), true);
    assert.equal(mayUpdateAction(actor('councillor'), { ownerPersonId: 7 }), false);
  });
});
