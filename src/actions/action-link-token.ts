import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashToken } from '../accounts/session-token.ts';

/**
 * The token in a link emailed to an action's owner. It names the action
 * and when it expires, and is signed with the instance's secret for this
 * one purpose, so a forged or altered link is refused before the database
 * is asked; the database keeps only its hash, so a copy of the database
 * holds no working link, and a link can be withdrawn by deleting its row.
 *
 *   <action id>.<expiry, seconds since 1970>.<32 random bytes>.<HMAC-SHA256, first 128 bits>
 *
 * (Under 100 characters: Fastify's longest path parameter.)
 */
export interface ActionLinkToken {
  token: string;
  /** What the database keeps. */
  tokenHash: string;
  actionId: number;
  expiresAt: Date;
}

/** Long enough to answer a reminder after a fortnight's leave; each reminder brings a fresh link. */
export const ACTION_LINK_DAYS = 30;

const purpose = 'gavel:action-update-link:v1';

export function createActionLinkToken(secret: string, actionId: number, expiresAt: Date): ActionLinkToken {
  const body = `${actionId}.${Math.floor(expiresAt.getTime() / 1000)}.${randomBytes(32).toString('base64url')}`;
  const token = `${body}.${sign(secret, body)}`;
  return { token, tokenHash: hashToken(token), actionId, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000) };
}

/**
 * The action a token is for, when its signature holds and it has not
 * expired; null for anything else. The caller must still find its hash in
 * the database: a signature proves Gavel made the link, not that it is
 * still wanted.
 */
export function readActionLinkToken(secret: string, token: string, now: Date): { actionId: number; expiresAt: Date; tokenHash: string } | null {
  const match = /^([1-9]\d{0,9})\.(\d{1,12})\.([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return null;
  const [, id, expiry, random, signature] = match as unknown as [string, string, string, string, string];
  const expected = Buffer.from(sign(secret, `${id}.${expiry}.${random}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const expiresAt = new Date(Number(expiry) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return null;
  return { actionId: Number(id), expiresAt, tokenHash: hashToken(token) };
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(`${purpose}\n${body}`).digest().subarray(0, 16).toString('base64url');
}
