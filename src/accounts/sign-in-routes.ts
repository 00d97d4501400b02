import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { withAudit } from '../audit/with-audit.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { localPath } from './access.ts';
import { hashPassword, passwordProblem } from './password.ts';
import { findUsablePasswordToken, markPasswordTokenUsed } from './password-token-repository.ts';
import { hashToken } from './session-token.ts';
import { signIn } from './sign-in.ts';
import { endSession, startSession } from './staff-session-plugin.ts';
import { deleteSessionsOfUser } from './staff-session-repository.ts';
import { updateStaffUser } from './staff-user-repository.ts';

const SignInForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address').max(320, 'Email address must be 320 characters or fewer'),
  password: z.string().min(1, 'Enter your password').max(256, 'Password must be 256 characters or fewer'),
  next: z.string().max(2000).optional(),
});

const ChoosePasswordForm = z.object({
  password: z.string().max(1000),
  confirm: z.string().max(1000),
});

/** Sign-in attempts per address and minute, on top of the per-account lockout kept in the database. */
const signInRateLimit = { max: 20, timeWindow: '1 minute' };

export function registerSignInRoutes(app: FastifyInstance, { db }: Services, options: { secureCookies: boolean }): void {
  app.get('/sign-in', async (request, reply) => {
    if (request.staff) return reply.redirect('/manage', 303);
    const next = localPath((request.query as Record<string, unknown>).next) ?? '';
    return reply.view('sign-in.njk', { pageTitle: 'Sign in', next, values: {}, errors: noErrors, csrfToken: reply.csrfToken() });
  });

  app.post('/sign-in', { config: { rateLimit: signInRateLimit } }, async (request, reply) => {
    const parsed = SignInForm.safeParse(request.body);
    const next = localPath(parsed.success ? parsed.data.next : undefined) ?? '/manage';
    const again = (errors: typeof noErrors, status = 400) =>
      reply.code(status).view('sign-in.njk', {
        pageTitle: 'Error: Sign in',
        next,
        values: { email: parsed.success ? parsed.data.email : '' },
        errors,
        csrfToken: reply.csrfToken(),
      });
    if (!parsed.success) return again(zodFormErrors(parsed.error));
    const result = await signIn(db, parsed.data.email, parsed.data.password);
    if (result.outcome === 'locked') {
      return again(formErrors({ email: `You have entered the wrong details too many times. Try again in ${result.minutes} ${result.minutes === 1 ? 'minute' : 'minutes'}.` }), 429);
    }
    if (result.outcome === 'wrong-details') return again(formErrors({ email: 'Email address or password is not right' }), 401);
    await startSession(db, request, reply, result.userId, options);
    return reply.redirect(next, 303);
  });

  app.post('/sign-out', async (request, reply) => {
    await endSession(db, request, reply, options);
    return reply.redirect('/sign-in?signed-out=1', 303);
  });

  app.get('/set-password/:token', async (request, reply) => {
    const token = await usableToken(request.params);
    if (!token) return reply.code(404).view('set-password-expired.njk', { pageTitle: 'This link has expired or been used' });
    return reply.view('set-password.njk', { pageTitle: 'Choose a password', token, errors: noErrors, csrfToken: reply.csrfToken() });
  });

  app.post('/set-password/:token', async (request, reply) => {
    const token = await usableToken(request.params);
    if (!token) return reply.code(404).view('set-password-expired.njk', { pageTitle: 'This link has expired or been used' });
    const form = ChoosePasswordForm.safeParse(request.body);
    const password = form.success ? form.data.password : '';
    const problem = passwordProblem(password, token);
    const mismatch = !problem && form.success && form.data.confirm !== password ? 'Passwords do not match' : null;
    if (problem || mismatch) {
      return reply
        .code(400)
        .view('set-password.njk', { pageTitle: 'Error: Choose a password', token, errors: formErrors({ password: problem, confirm: mismatch }), csrfToken: reply.csrfToken() });
    }
    const passwordHash = await hashPassword(password);
    await withAudit(db, { id: token.userId, name: token.name }, async (trx, audit) => {
      await updateStaffUser(trx, token.userId, { passwordHash });
      await markPasswordTokenUsed(trx, token.tokenHash, new Date());
      // A new password ends every session the old one opened.
      await deleteSessionsOfUser(trx, token.userId);
      await audit({ action: 'set-password', entity: 'staff_user', entityId: token.userId, summary: `${token.name} chose a new password` });
    });
    await startSession(db, request, reply, token.userId, options);
    return reply.redirect('/manage', 303);
  });

  async function usableToken(params: unknown) {
    const token = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/) }).safeParse(params);
    if (!token.success) return undefined;
    const found = await findUsablePasswordToken(db, hashToken(token.data.token), new Date());
    return found ? { ...found, token: token.data.token } : undefined;
  }
}
