import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';

describe('passwords', () => {
  it('hashes with Argon2id and verifies only the same password', async () => {
    const hash = await hashPassword('river otter lantern');
    assert.match(hash, /^\$argon2id\$/);
    assert.equal(await verifyPassword(hash, 'river otter lantern'), true);
    assert.equal(await verifyPassword(hash, 'river otter lanterns'), false);
  });

  it('gives a different hash each time for the same password (salted)', async () => {
    assert.notEqual(await hashPassword('river otter lantern'), await hashPassword('river otter lantern'));
  });

  it('answers false, without throwing, for a hash that is not one', async () => {
    assert.equal(await verifyPassword('not-a-hash', 'anything'), false);
  });

  const person = { email: 'jo.bloggs@northwold.example', name: 'Jo Bloggs' };
  it('asks for at least 12 characters', () => {
    assert.match(passwordProblem('short', person) ?? '', /at least 12 characters/);
    assert.equal(passwordProblem('twelve chars', person), null);
  });

  it('refuses a password containing the person’s name or email address', () => {
    assert.match(passwordProblem('jobloggs2026!!', person) ?? '', /name or email/);
    assert.match(passwordProblem('my jo.bloggs account', person) ?? '', /name or email/);
  });

  it('refuses the obvious choices', () => {
    assert.match(passwordProblem('passwordpassword', person) ?? '', /harder to guess/);
    assert.match(passwordProblem('aaaaaaaaaaaaaa', person) ?? '', /harder to guess/);
  });
});
