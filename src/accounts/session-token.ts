import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: what the cookie (or a set-password link) carries. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * How long a session lasts: it ends after `idleHours` without a request,
 * and after `absoluteHours` whatever happens, so a forgotten browser on a
 * shared council PC does not stay signed in.
 */
export const sessionPolicy = { idleHours: 2, absoluteHours: 12, touchEverySeconds: 60 } as const;

export function sessionExpiry(now: Date, createdAt: Date, policy = sessionPolicy): Date {
  const idle = now.getTime() + policy.idleHours * 3_600_000;
  const absolute = createdAt.getTime() + policy.absoluteHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}
