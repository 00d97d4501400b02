import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { withAudit } from '../audit/with-audit.ts';
import { isGavelError } from '../errors.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { requirePermission, staffOf } from './access.ts';
import { accountSnapshot, createPasswordLink, createStaffAccount } from './staff-accounts.ts';
import { staffRoleDescriptions, staffRoleLabels, staffRoles } from './roles.ts';
import { deleteSessionsOfUser, listSessionsOfUser } from './staff-session-repository.ts';
import { findStaffUser, findStaffUserByEmail, listLinkablePeople, listStaffUsers, updateStaffUser } from './staff-user-repository.ts';

const AccountForm = z.object({
  name: z.string().trim().min(1, 'Enter the person’s name').max(200, 'Name must be 200 characters or fewer'),
  email: z.string().trim().min(1, 'Enter an email address').pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.gov.uk' })),
  role: z.enum(staffRoles, { error: 'Select a role' }),
  personId: z.union([z.literal(''), idSchema]).optional().transform((v) => (v === '' || v === undefined ? null : v)),
});

const ActiveForm = z.object({ active: z.enum(['true', 'false']) });

export function registerUserAdminRoutes(app: FastifyInstance, { db, config }: Services): void {
  const guard = { preHandler: requirePermission('users:manage') };
  const roleItems = (selected?: string) =>
    staffRoles.map((role) => ({ value: role, text: staffRoleLabels[role], hint: { text: staffRoleDescriptions[role] }, checked: role === selected }));

  const showForm = async (reply: FastifyReply, view: { userId?: number; values: Record<string, unknown>; errors: FormErrors }, status = 200) => {
    const people = await listLinkablePeople(db);
    return reply.code(status).view('user-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.userId ? 'Change account' : 'Add a member of staff'}`,
      ...view,
      roleItems: roleItems(view.values.role as string | undefined),
      people: [{ value: '', text: 'Not linked' }, ...people.map((p) => ({ value: String(p.id), text: `${p.fullName} (${p.kind})`, selected: Number(view.values.personId) === p.id }))],
    });
  };

  app.get('/manage/users', guard, async (_request, reply) => {
    const users = await listStaffUsers(db);
    return reply.view('users.njk', { pageTitle: 'Staff accounts', users: users.map((u) => ({ ...u, roleLabel: staffRoleLabels[u.role] })), now: new Date() });
  });

  app.get('/manage/users/new', guard, async (_request, reply) => showForm(reply, { values: {}, errors: noErrors }));

  app.post('/manage/users', guard, async (request, reply) => {
    const form = AccountForm.safeParse(request.body);
    if (!form.success) return showForm(reply, { values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
    const actor = staffOf(request);
    try {
      const link = await withAudit(db, actor, async (trx, audit) => {
        const user = await createStaffAccount(trx, form.data);
        await audit({ action: 'create', entity: 'staff_user', entityId: user.id, summary: `Added ${user.name} as ${staffRoleLabels[user.role]}`, after: accountSnapshot(user) });
        return { user, ...(await createPasswordLink(trx, user.id, 'invitation', config.publicUrl)) };
      });
      return reply.view('password-link.njk', { pageTitle: 'Account added', user: link.user, link, purpose: 'invitation' });
    } catch (error) {
      if (isGavelError(error) && error.code === 'conflict') {
        return showForm(reply, { values: form.data, errors: formErrors({ email: 'There is already an account with this email address' }) }, 400);
      }
      throw error;
    }
  });

  app.get('/manage/users/:id', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const user = (await findStaffUser(db, id)) ?? notFound('account');
    const sessions = await listSessionsOfUser(db, id, new Date());
    return reply.view('user.njk', { pageTitle: user.name, user: { ...user, roleLabel: staffRoleLabels[user.role] }, sessions, isSelf: staffOf(request).id === id });
  });

  app.get('/manage/users/:id/edit', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const user = (await findStaffUser(db, id)) ?? notFound('account');
    return showForm(reply, { userId: id, values: user, errors: noErrors });
  });

  app.post('/manage/users/:id', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const before = (await findStaffUser(db, id)) ?? notFound('account');
    const form = AccountForm.safeParse(request.body);
    if (!form.success) return showForm(reply, { userId: id, values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
    const actor = staffOf(request);
    // An administrator cannot demote themselves: the instance would be left with nobody to manage accounts.
    if (actor.id === id && form.data.role !== before.role) {
      return showForm(reply, { userId: id, values: form.data, errors: formErrors({ role: 'You cannot change your own role; ask another administrator' }) }, 400);
    }
    const sameEmail = await findStaffUserByEmail(db, form.data.email);
    if (sameEmail && sameEmail.id !== id) {
      return showForm(reply, { userId: id, values: form.data, errors: formErrors({ email: 'There is already an account with this email address' }) }, 400);
    }
    await withAudit(db, actor, async (trx, audit) => {
      const after = await updateStaffUser(trx, id, form.data);
      await audit({ action: 'update', entity: 'staff_user', entityId: id, summary: `Changed the account of ${after.name}`, before: accountSnapshot(before), after: accountSnapshot(after) });
    });
    return reply.redirect(`/manage/users/${id}`, 303);
  });

  app.post('/manage/users/:id/active', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const before = (await findStaffUser(db, id)) ?? notFound('account');
    const form = ActiveForm.safeParse(request.body);
    const actor = staffOf(request);
    if (!form.success || actor.id === id) return reply.redirect(`/manage/users/${id}`, 303);
    const isActive = form.data.active === 'true';
    await withAudit(db, actor, async (trx, audit) => {
      const after = await updateStaffUser(trx, id, { isActive });
      if (!isActive) await deleteSessionsOfUser(trx, id);
      await audit({
        action: isActive ? 'reactivate' : 'deactivate',
        entity: 'staff_user',
        entityId: id,
        summary: `${isActive ? 'Reactivated' : 'Deactivated'} the account of ${after.name}`,
        before: accountSnapshot(before),
        after: accountSnapshot(after),
      });
    });
    return reply.redirect(`/manage/users/${id}`, 303);
  });

  app.post('/manage/users/:id/password-link', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const user = (await findStaffUser(db, id)) ?? notFound('account');
    const purpose = user.passwordHash ? 'reset' : 'invitation';
    const link = await withAudit(db, staffOf(request), async (trx, audit) => {
      await audit({ action: 'password-link', entity: 'staff_user', entityId: id, summary: `Made a link for ${user.name} to choose a password` });
      return createPasswordLink(trx, id, purpose, config.publicUrl);
    });
    return reply.view('password-link.njk', { pageTitle: 'Password link made', user, link, purpose });
  });

  app.post('/manage/users/:id/sign-out-everywhere', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const user = (await findStaffUser(db, id)) ?? notFound('account');
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const ended = await deleteSessionsOfUser(trx, id);
      await audit({ action: 'sign-out-everywhere', entity: 'staff_user', entityId: id, summary: `Signed ${user.name} out of ${ended} ${ended === 1 ? 'session' : 'sessions'}` });
    });
    return reply.redirect(`/manage/users/${id}`, 303);
  });
}
