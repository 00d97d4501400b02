import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Services } from '../services.ts';
import { confirmFollow, endAllFollows, endFollow, findFollowLink, findFollowView, type FollowLinkRow, type FollowView, listOpenFollows } from './follow-repository.ts';
import { describeFollow, savedSearchHref } from './follow-target.ts';
import { followLinkAllows, type LinkUse, readFollowToken } from './follow-token.ts';

const ManageForm = z.union([z.object({ all: z.literal('yes') }), z.object({ follow: z.coerce.number().int().positive() })]);

/**
 * The pages a follower reaches from an email: confirming, managing every
 * follow of the address, and unsubscribing. The token in the address is
 * the whole permission; no account, no cookie. The one-click unsubscribe
 * (RFC 8058) is a POST that needs nothing else: mail programs send it
 * without cookies, so it is the one form here without a CSRF token, and
 * it answers 200, never a redirect.
 */
export function registerFollowingLinkRoutes(app: FastifyInstance, { db }: Services): void {
  // The address is a secret: never cached, never passed on as a referrer, never indexed.
  const privateHeaders = (reply: FastifyReply) => reply.header('Cache-Control', 'no-store, private').header('X-Robots-Tag', 'noindex, nofollow');
  const noReferrer = {
    onSend: async (_request: FastifyRequest, reply: FastifyReply) => {
      reply.header('Referrer-Policy', 'no-referrer');
    },
  };

  async function linkFor(request: FastifyRequest, use: LinkUse): Promise<FollowLinkRow | null> {
    const hash = readFollowToken((request.params as { token?: unknown }).token);
    if (!hash) return null;
    const link = await findFollowLink(db, hash);
    return link && followLinkAllows(link, use, new Date()) ? link : null;
  }

  const invalid = (reply: FastifyReply, use: LinkUse) => privateHeaders(reply).code(404).view('follow-link-invalid.njk', { pageTitle: 'This link does not work', use });
  const tokenOf = (request: FastifyRequest) => (request.params as { token: string }).token;
  const view = (follow: FollowView) => {
    const search = follow.searchQuery ? { q: follow.searchQuery, kinds: follow.searchKinds, committees: follow.searchCommittees } : null;
    return {
      id: follow.id,
      text: describeFollow({ ...follow, search }),
      confirmed: follow.confirmedAt !== null,
      ended: follow.endedAt !== null,
      href: follow.kind === 'committee' ? `/committees/${follow.committeeSlug}` : follow.kind === 'topic' ? `/topics/${follow.topicSlug}` : savedSearchHref(search!),
      followAgainHref: follow.kind === 'committee' ? `/committees/${follow.committeeSlug}/follow` : follow.kind === 'topic' ? `/topics/${follow.topicSlug}/follow` : savedSearchHref(search!).replace('/search?', '/search/follow?'),
    };
  };

  app.get('/following/confirm/:token', noReferrer, async (request, reply) => {
    const link = await linkFor(request, 'confirm');
    const follow = link && (await findFollowView(db, link.followId));
    if (!link || !follow || follow.endedAt) return invalid(reply, 'confirm');
    return privateHeaders(reply).view('follow-confirm.njk', {
      pageTitle: follow.confirmedAt ? 'Your email address is confirmed' : 'Confirm your email address',
      follow: view(follow),
      email: link.email,
      action: `/following/confirm/${tokenOf(request)}`,
      manageHref: `/following/manage/${tokenOf(request)}`,
      csrfToken: reply.csrfToken(),
      noCache: true,
    });
  });

  app.post('/following/confirm/:token', noReferrer, async (request, reply) => {
    const link = await linkFor(request, 'confirm');
    if (!link) return invalid(reply, 'confirm');
    const confirmed = await db.transaction().execute((trx) => confirmFollow(trx, link.followId));
    if (!confirmed) return invalid(reply, 'confirm');
    return privateHeaders(reply).redirect(`/following/manage/${tokenOf(request)}?confirmed=${link.followId}`, 303);
  });

  app.get('/following/manage/:token', noReferrer, async (request, reply) => {
    const link = await linkFor(request, 'manage');
    if (!link) return invalid(reply, 'manage');
    const query = request.query as { confirmed?: string; stopped?: string };
    const follows = (await listOpenFollows(db, link.followerId)).map(view);
    const confirmedNow = query.confirmed ? follows.find((f) => String(f.id) === query.confirmed && f.confirmed) : undefined;
    return privateHeaders(reply).view('follow-manage.njk', {
      pageTitle: 'Your emails',
      email: link.email,
      follows,
      confirmedNow,
      stopped: query.stopped === 'all' ? 'all' : query.stopped === '1' ? 'one' : null,
      action: `/following/manage/${tokenOf(request)}`,
      csrfToken: reply.csrfToken(),
      noCache: true,
    });
  });

  app.post('/following/manage/:token', noReferrer, async (request, reply) => {
    const link = await linkFor(request, 'manage');
    if (!link) return invalid(reply, 'manage');
    const form = ManageForm.safeParse(request.body);
    if (!form.success) return reply.code(400).send({ error: 'Choose the emails to stop' });
    if ('all' in form.data) {
      await db.transaction().execute((trx) => endAllFollows(trx, link.followerId));
      return privateHeaders(reply).redirect(`/following/manage/${tokenOf(request)}?stopped=all`, 303);
    }
    const followId = form.data.follow;
    const follows = await listOpenFollows(db, link.followerId);
    // Only the address's own follows: the token names the follower.
    if (follows.some((f) => f.id === followId)) await db.transaction().execute((trx) => endFollow(trx, followId));
    return privateHeaders(reply).redirect(`/following/manage/${tokenOf(request)}?stopped=1`, 303);
  });

  app.get('/following/unsubscribe/:token', noReferrer, async (request, reply) => {
    const link = await linkFor(request, 'unsubscribe');
    const follow = link && (await findFollowView(db, link.followId));
    if (!link || !follow) return invalid(reply, 'unsubscribe');
    return privateHeaders(reply).view('follow-unsubscribe.njk', {
      pageTitle: follow.endedAt ? 'You have unsubscribed' : 'Unsubscribe',
      follow: view(follow),
      action: `/following/unsubscribe/${tokenOf(request)}`,
      manageHref: `/following/manage/${tokenOf(request)}`,
      noCache: true,
    });
  });

  // RFC 8058 one-click: a mail program POSTs "List-Unsubscribe=One-Click", as
  // url-encoded or multipart form data, with no cookies. The body is not
  // needed: the token in the address says what to end.
  app.register(async (scope) => {
    if (!scope.hasContentTypeParser('multipart/form-data')) {
      scope.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 8192 }, (_request, body, done) => done(null, { raw: body }));
    }
    scope.post('/following/unsubscribe/:token', { config: { csrf: false }, ...noReferrer }, async (request, reply) => {
      const link = await linkFor(request, 'unsubscribe');
      if (!link) return invalid(reply, 'unsubscribe');
      await db.transaction().execute((trx) => endFollow(trx, link.followId));
      const follow = (await findFollowView(db, link.followId))!;
      return privateHeaders(reply).view('follow-unsubscribe.njk', {
        pageTitle: 'You have unsubscribed',
        follow: view(follow),
        action: `/following/unsubscribe/${tokenOf(request)}`,
        manageHref: `/following/manage/${tokenOf(request)}`,
        noCache: true,
      });
    });
  });
}
