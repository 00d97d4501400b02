import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { hashToken, newToken, sessionExpiry, sessionPolicy } from './session-token.ts';
import { deleteSession, findLiveSession, insertSession, type SignedInStaff, touchSession } from './staff-session-repository.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The member of staff signed in, or null for the public. */
    staff: SignedInStaff | null;
  }
}

/** The cookie's name is part of the contract with the public page cache, which never serves a request carrying it. */
export const sessionCookieName = 'gavel_session';

/**
 * Reads the session cookie on every request that has one and puts the
 * signed-in member of staff on `request.staff`. A request without the
 * cookie costs nothing: public pages never touch the session table.
 */
export function registerStaffSessions(app: FastifyInstance, db: Kysely<Database>, options: { secureCookies: boolean }): void {
  app.decorateRequest('staff', null);
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[sessionCookieName];
    if (!token) return;
    const now = new Date();
    const staff = await findLiveSession(db, hashToken(token), now);
    if (!staff) {
      clearSessionCookie(reply, options);
      return;
    }
    request.staff = staff;
    // Sliding expiry, written at most once a minute so busy pages do not write on every request.
    if (now.getTime() - staff.session.lastSeenAt.getTime() > sessionPolicy.touchEverySeconds * 1000) {
      await touchSession(db, staff.session.tokenHash, now, sessionExpiry(now, staff.session.createdAt));
    }
  });
}

/** Starts a session for a user who has just proved who they are, and sets its cookie. */
export async function startSession(db: Kysely<Database>, request: FastifyRequest, reply: FastifyReply, userId: number, options: { secureCookies: boolean }): Promise<void> {
  const token = newToken();
  const now = new Date();
  await insertSession(db, {
    tokenHash: hashToken(token),
    userId,
    expiresAt: sessionExpiry(now, now),
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    ipAddress: request.ip,
  });
  reply.setCookie(sessionCookieName, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secureCookies });
}

export async function endSession(db: Kysely<Database>, request: FastifyRequest, reply: FastifyReply, options: { secureCookies: boolean }): Promise<void> {
  const token = request.cookies[sessionCookieName];
  if (token) await deleteSession(db, hashToken(token));
  clearSessionCookie(reply, options);
}

function clearSessionCookie(reply: FastifyReply, options: { secureCookies: boolean }): void {
  reply.clearCookie(sessionCookieName, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.secureCookies });
}
