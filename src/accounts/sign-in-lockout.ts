/**
 * Sign-in lockout, per account, kept in the database so every server
 * process enforces the same count: after `maxFailures` wrong passwords in a
 * row the account is locked for `lockMinutes`, and the count starts again
 * once `failureWindowMinutes` pass without a failure.
 */
export const lockoutPolicy = { maxFailures: 5, failureWindowMinutes: 15, lockMinutes: 15 } as const;

export interface LockoutState {
  failedSignIns: number;
  lastFailedSignInAt: Date | null;
  lockedUntil: Date | null;
}

export function isLocked(state: LockoutState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong password. */
export function afterFailedSignIn(state: LockoutState, now: Date, policy = lockoutPolicy): LockoutState {
  const windowMs = policy.failureWindowMinutes * 60_000;
  const recent = state.lastFailedSignInAt !== null && now.getTime() - state.lastFailedSignInAt.getTime() <= windowMs;
  const failedSignIns = (recent ? state.failedSignIns : 0) + 1;
  const lockedUntil = failedSignIns >= policy.maxFailures ? new Date(now.getTime() + policy.lockMinutes * 60_000) : state.lockedUntil;
  return { failedSignIns: failedSignIns >= policy.maxFailures ? 0 : failedSignIns, lastFailedSignInAt: now, lockedUntil };
}

export function afterSuccessfulSignIn(): LockoutState {
  return { failedSignIns: 0, lastFailedSignInAt: null, lockedUntil: null };
}
