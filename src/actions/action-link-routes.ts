import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import type { Services } from '../services.ts';
import { actionStatusLabels } from '../tracking/action-status.ts';
import { dateInputValues } from '../committees/manage-form-fields.ts';
import { type FormErrors, noErrors } from '../web/form-errors.ts';
import { londonDate } from '../web/format.ts';
import { readProgressReport } from './action-forms.ts';
import { ACTION_LINK_SECRET } from './action-link-email.ts';
import { readActionLinkToken } from './action-link-token.ts';
import { findUsableActionLink } from './action-link-repository.ts';
import { type ActionDetail, findAction, listActionUpdates } from './action-repository.ts';
import { actionView } from './action-views.ts';
import { reportProgress } from './report-progress.ts';

/**
 * The page an action's owner reaches from an emailed link: that action, its
 * updates, and the progress form, with no account and no session. The
 * token in the address is the whole permission, checked on every request
 * (signature, expiry, the stored hash, the person still owning the action),
 * and it names one action: there is nothing else it can reach.
 */
export function registerActionLinkRoutes(app: FastifyInstance, { db, today }: Services): void {
  async function linkFrom(request: FastifyRequest): Promise<{ action: ActionDetail; link: { tokenHash: string; personId: number; personName: string; expiresAt: Date } } | null> {
    const token = (request.params as { token?: unknown }).token;
    if (typeof token !== 'string') return null;
    const now = new Date();
    const read = readActionLinkToken(await instanceSecret(db, ACTION_LINK_SECRET), token, now);
    if (!read) return null;
    const link = await findUsableActionLink(db, read.tokenHash, read.actionId, now);
    if (!link) return null;
    const action = await findAction(db, link.actionId);
    return action ? { action, link } : null;
  }

  // The address is a secret: never cached, never sent on as a referrer, never indexed.
  const privateHeaders = (reply: FastifyReply) => reply.header('Cache-Control', 'no-store, private').header('X-Robots-Tag', 'noindex, nofollow');
  // Route hooks run after the app's, which sets the site-wide referrer policy.
  const noReferrer = {
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Referrer-Policy', 'no-referrer');
    },
  };

  const showLinkProblem = (reply: FastifyReply) =>
    privateHeaders(reply).code(404).view('action-link-invalid.njk', { pageTitle: 'This link does not work' });

  type Link = { personName: string; expiresAt: Date };
  const showPage = async (request: FastifyRequest, reply: FastifyReply, action: ActionDetail, link: Link, progress: { values: Record<string, unknown>; errors: FormErrors }, status = 200) => {
    const updates = await listActionUpdates(db, action.id);
    const token = (request.params as { token: string }).token;
    return privateHeaders(reply)
      .code(status)
      .view('action-update-link.njk', {
        pageTitle: `${progress.errors.summary.length ? 'Error: ' : ''}Update action${action.number ? ` ${action.number}` : ''}`,
        action: actionView(action, today()),
        ownerName: link.personName,
        expiresOn: londonDate(link.expiresAt),
        updates,
        actionUrl: `/action-update/${token}`,
        progress,
        statusItems: (['open', 'in-progress', 'completed'] as const).map((s) => ({ value: s, text: actionStatusLabels[s], checked: (progress.values.status ?? action.status) === s })),
        completedOnParts: progress.values.completedOnParts ?? dateInputValues(action.completedOn ?? today()),
        saved: (request.query as { saved?: string }).saved === '1',
        // A page with a form is never held by the public page cache (web/render.ts).
        csrfToken: reply.csrfToken(),
      });
  };

  app.get('/action-update/:token', noReferrer, async (request, reply) => {
    const found = await linkFrom(request);
    if (!found) return showLinkProblem(reply);
    return showPage(request, reply, found.action, found.link, { values: {}, errors: noErrors });
  });

  app.post('/action-update/:token', noReferrer, async (request, reply) => {
    const found = await linkFrom(request);
    if (!found) return showLinkProblem(reply);
    const { action, link } = found;
    const form = readProgressReport(request.body, action, today());
    if (form.errors) {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = { ...body, completedOnParts: { day: body['completedOn-day'] ?? '', month: body['completedOn-month'] ?? '', year: body['completedOn-year'] ?? '' } };
      return showPage(request, reply, action, link, { values, errors: form.errors }, 400);
    }
    await reportProgress(db, action, form.data, { kind: 'owner-link', personId: link.personId, name: link.personName, tokenHash: link.tokenHash }, today());
    return privateHeaders(reply).redirect(`/action-update/${(request.params as { token: string }).token}?saved=1`, 303);
  });
}
