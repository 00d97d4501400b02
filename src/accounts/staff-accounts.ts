import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { GavelError } from '../errors.ts';
import type { StaffUserRow } from './account-tables.ts';
import { insertPasswordToken } from './password-token-repository.ts';
import type { StaffRole } from './roles.ts';
import { hashToken, newToken } from './session-token.ts';
import { findStaffUserByEmail, insertStaffUser } from './staff-user-repository.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** How long a set-password link works: long enough to reach someone on leave for a week. */
export const passwordLinkDays = { invitation: 7, reset: 1 } as const;

/** What an audit entry records of an account: never its password hash. */
export function accountSnapshot(user: StaffUserRow) {
  return { email: user.email, name: user.name, role: user.role, personId: user.personId, isActive: user.isActive, hasPassword: user.passwordHash !== null };
}

export async function createStaffAccount(
  db: Db,
  input: { email: string; name: string; role: StaffRole; personId?: number | null; passwordHash?: string | null },
): Promise<StaffUserRow> {
  if (await findStaffUserByEmail(db, input.email)) throw new GavelError(`there is already an account for ${input.email}`, 'conflict');
  return insertStaffUser(db, { email: input.email, name: input.name, role: input.role, personId: input.personId ?? null, passwordHash: input.passwordHash ?? null });
}

/** A one-time link to choose a password; only its hash is stored, so it is shown (or sent) once. */
export async function createPasswordLink(db: Db, userId: number, purpose: 'invitation' | 'reset', publicUrl: string, now = new Date()): Promise<{ url: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + passwordLinkDays[purpose] * 86_400_000);
  await insertPasswordToken(db, { tokenHash: hashToken(token), userId, purpose, expiresAt });
  return { url: `${publicUrl}/set-password/${token}`, expiresAt };
}
