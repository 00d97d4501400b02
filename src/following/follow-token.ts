import { createHash, randomBytes } from 'node:crypto';

/**
 * The token in a follower's email links (confirm, manage, unsubscribe):
 * 32 random bytes, base64url, so 43 characters. Only its SHA-256 is
 * stored, one row per email sent, so a copy of the database holds no
 * working link. Confirming expires; the other uses do not, because an
 * unsubscribe link must work from an email however old (RFC 8058).
 */
export const CONFIRM_LINK_DAYS = 7;

export function newFollowToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: followTokenHash(token) };
}

export function followTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The stored hash for a token from an address, or null when it cannot be one of ours. */
export function readFollowToken(raw: unknown): string | null {
  if (typeof raw !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(raw)) return null;
  return followTokenHash(raw);
}

export type LinkUse = 'confirm' | 'manage' | 'unsubscribe';

export interface StoredFollowLink {
  purpose: 'confirm' | 'notify';
  confirmBy: Date | null;
}

/**
 * What a stored link may still do: any email's link manages and
 * unsubscribes; only a confirmation email's link confirms, and only until
 * its day passes.
 *
 * @example
 * followLinkAllows({ purpose: 'confirm', confirmBy: new Date('2026-03-09T10:00:00Z') }, 'confirm', new Date('2026-03-10T10:00:00Z')); // false
 */
export function followLinkAllows(link: StoredFollowLink, use: LinkUse, now: Date): boolean {
  if (use !== 'confirm') return true;
  return link.purpose === 'confirm' && link.confirmBy !== null && now.getTime() <= link.confirmBy.getTime();
}

/** When a confirmation link sent now stops confirming. */
export function confirmLinkDeadline(now: Date): Date {
  return new Date(now.getTime() + CONFIRM_LINK_DAYS * 86_400_000);
}
