import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { decoyPasswordHash, verifyPassword } from './password.ts';
import { afterFailedSignIn, isLocked, lockoutPolicy } from './sign-in-lockout.ts';
import { findStaffUserByEmail, recordSignIn, saveLockoutState } from './staff-user-repository.ts';

export type SignInResult =
  | { outcome: 'signed-in'; userId: number }
  | { outcome: 'wrong-details' }
  | { outcome: 'locked'; minutes: number };

/**
 * Checks an email and password. A wrong password, an unknown address, a
 * deactivated account and one with no password yet all give the same
 * answer in the same time, so the form does not tell who has an account.
 */
export async function signIn(db: Kysely<Database>, email: string, password: string, now = new Date()): Promise<SignInResult> {
  const user = await findStaffUserByEmail(db, email);
  if (!user || !user.isActive || !user.passwordHash) {
    await verifyPassword(await decoyPasswordHash(), password);
    return { outcome: 'wrong-details' };
  }
  if (isLocked(user, now)) return { outcome: 'locked', minutes: minutesUntil(user.lockedUntil!, now) };
  if (!(await verifyPassword(user.passwordHash, password))) {
    const state = afterFailedSignIn(user, now);
    await saveLockoutState(db, user.id, state);
    return isLocked(state, now) ? { outcome: 'locked', minutes: lockoutPolicy.lockMinutes } : { outcome: 'wrong-details' };
  }
  await recordSignIn(db, user.id, now);
  return { outcome: 'signed-in', userId: user.id };
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
