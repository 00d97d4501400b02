import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { hasPermission, type Permission } from './roles.ts';
import type { SignedInStaff } from './staff-session-repository.ts';

/**
 * A route's guard: the public are sent to sign in (and brought back after),
 * staff without the permission get a 403 page. Applied to GETs and POSTs
 * alike, so a direct request is refused exactly as the page would be.
 *
 * @example
 * app.get('/manage/users', { preHandler: requirePermission('users:manage') }, handler);
 */
export function requirePermission(permission: Permission): preHandlerAsyncHookHandler {
  const guard = async function guard(request: FastifyRequest, reply: FastifyReply) {
    if (!request.staff) return redirectToSignIn(request, reply);
    if (!hasPermission(request.staff.role, permission)) return refuse(reply);
  };
  // Labelled, so the route index can say what each route asks for and a test can try every role against it.
  return Object.assign(guard, { [guardPermission]: permission });
}

/**
 * A guard that checks the role, then the record (a report author and their
 * own report), before the route reads a body: for upload routes, in onRequest.
 */
export function requirePermissionAnd(permission: Permission, check: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>): preHandlerAsyncHookHandler {
  const roleGuard = requirePermission(permission);
  const guard = async function guard(this: unknown, request: FastifyRequest, reply: FastifyReply) {
    await roleGuard.call(this as never, request, reply);
    if (!reply.sent) await check(request, reply);
  };
  return Object.assign(guard, { [guardPermission]: permission });
}

const guardPermission = Symbol('permission');

/** The permission a route's preHandler asks for, when it is a requirePermission guard. */
export function permissionGuardedBy(...hooks: unknown[]): Permission | null {
  for (const handler of hooks.flat()) {
    const permission = (handler as { [guardPermission]?: Permission } | undefined)?.[guardPermission];
    if (permission) return permission;
  }
  return null;
}

/** For routes that check a record as well as a role (a report author and their own report): call after loading it. */
export function refuse(reply: FastifyReply): Promise<FastifyReply> {
  return reply.code(403).view('errors/forbidden.njk', { pageTitle: 'You do not have permission to do this' });
}

export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const next = request.method === 'GET' ? request.url : (request.headers.referer && localPath(new URL(request.headers.referer, 'http://x').pathname)) || '/manage';
  return reply.redirect(`/sign-in?next=${encodeURIComponent(next)}`, 303);
}

/** The signed-in member of staff; for handlers behind requirePermission, where there always is one. */
export function staffOf(request: FastifyRequest): SignedInStaff {
  if (!request.staff) throw new Error(`${request.url}: no one is signed in; the route needs requirePermission`);
  return request.staff;
}

/** Only a path on this site, so a crafted link cannot send someone elsewhere after signing in. */
export function localPath(next: unknown): string | null {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
