import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { withAudit } from '../audit/with-audit.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors } from '../web/form-errors.ts';
import { requirePermission, staffOf } from './access.ts';
import { hashPassword, passwordProblem, verifyPassword } from './password.ts';
import { staffRoleLabels } from './roles.ts';
import { sessionCookieName, startSession } from './staff-session-plugin.ts';
import { deleteSessionsOfUser, listSessionsOfUser } from './staff-session-repository.ts';
import { findStaffUser, updateStaffUser } from './staff-user-repository.ts';

const ChangePasswordForm = z.object({
  current: z.string().max(1000).default(''),
  password: z.string().max(1000).default(''),
  confirm: z.string().max(1000).default(''),
});

/** Your own account: who you are signed in as, your sessions, a new password, signing out everywhere. */
export function registerAccountRoutes(app: FastifyInstance, { db }: Services, options: { secureCookies: boolean }): void {
  const guard = { preHandler: requirePermission('back-office:read') };

  const page = async (request: FastifyRequest, reply: FastifyReply, errors = noErrors, status = 200) => {
    const staff = staffOf(request);
    const sessions = await listSessionsOfUser(db, staff.id, new Date());
    return reply.code(status).view('account.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Your account`,
      account: { ...staff, roleLabel: staffRoleLabels[staff.role] },
      sessions: sessions.map((s) => ({ ...s, isThis: s.tokenHash === staff.session.tokenHash })),
      errors,
    });
  };

  app.get('/manage/account', guard, (request, reply) => page(request, reply));

  app.post('/manage/account/password', guard, async (request, reply) => {
    const staff = staffOf(request);
    const form = ChangePasswordForm.parse(request.body ?? {});
    const user = (await findStaffUser(db, staff.id))!;
    const currentRight = user.passwordHash !== null && (await verifyPassword(user.passwordHash, form.current));
    const errors = formErrors({
      current: form.current === '' ? 'Enter your current password' : currentRight ? null : 'Your current password is not right',
      password: passwordProblem(form.password, user),
      confirm: form.password !== form.confirm ? 'Passwords do not match' : null,
    });
    if (errors.summary.length) return page(request, reply, errors, 400);
    const passwordHash = await hashPassword(form.password);
    await withAudit(db, staff, async (trx, audit) => {
      await updateStaffUser(trx, staff.id, { passwordHash });
      // Whoever knew the old password is signed out; this browser gets a fresh session below.
      await deleteSessionsOfUser(trx, staff.id);
      await audit({ action: 'change-password', entity: 'staff_user', entityId: staff.id, summary: `${staff.name} changed their password` });
    });
    await startSession(db, request, reply, staff.id, options);
    return reply.redirect('/manage/account?changed=password', 303);
  });

  app.post('/manage/account/sign-out-everywhere', guard, async (request, reply) => {
    const staff = staffOf(request);
    await withAudit(db, staff, async (trx, audit) => {
      const ended = await deleteSessionsOfUser(trx, staff.id);
      await audit({ action: 'sign-out-everywhere', entity: 'staff_user', entityId: staff.id, summary: `${staff.name} signed out of ${ended} ${ended === 1 ? 'session' : 'sessions'}` });
    });
    reply.clearCookie(sessionCookieName, { path: '/' });
    return reply.redirect('/sign-in?signed-out=everywhere', 303);
  });

}
