import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { findCommitteeBySlug, listCommittees } from '../committees/committee-repository.ts';
import { checkFormStart, issueFormStart } from '../questions/form-start-token.ts';
import { HONEYPOT_FIELD, honeypotFilled } from '../questions/question-form.ts';
import { senderAddressHash, submissionLimitReached } from '../questions/submission-rate-limit.ts';
import { parseSearchQuery } from '../search/search-query.ts';
import type { Services } from '../services.ts';
import { findTopicBySlug } from '../topics/topic-repository.ts';
import { type FormErrors, formErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { FOLLOW_ADDRESS_LIMITS, FOLLOW_EMAIL_LIMITS, FOLLOW_LIMITS_KEPT_MINUTES, followEmailHash } from './follow-spam-checks.ts';
import { listFollowRequestTimes, recordFollowRequest } from './follow-repository.ts';
import { describeFollow, type FollowTarget, savedSearchHref } from './follow-target.ts';
import { requestFollow } from './request-follow.ts';

const FORM_SECRET = 'follow-form';
const SENDER_SECRET = 'follow-sender';

const FollowForm = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Your email address must be 254 characters or fewer')
    .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' })),
});

/** What a form page offers to follow, and where its form goes. */
interface FollowPage {
  target: FollowTarget;
  /** "the Planning Committee". */
  targetText: string;
  heading: string;
  /** What the emails will be about, for the list on the page. */
  news: string[];
  action: string;
  backLink: { href: string; text: string };
  /** Hidden fields that carry a saved search through the form. */
  hidden: { name: string; value: string }[];
}

const committeeNews = ['an agenda or a supplement is published', 'the minutes and decisions are published', 'the executive responds to its recommendations', 'a decision it will take goes on the forward plan, and when it is taken'];
const topicNews = ['a committee agenda or its minutes include the topic', 'the executive responds to a recommendation about it', 'a decision about it goes on the forward plan, and when it is taken'];
const searchNews = ['a published agenda, minutes, decision, response or forward plan entry matches the search'];

/**
 * Following without an account: a form for an email address on the
 * committee, topic and search pages; the confirmation that follows is in
 * following-link-routes.ts. The form is protected as the public question
 * form is (CSRF token, honeypot, signed fill time, limits per sender and
 * per address) and never cached.
 */
export function registerFollowingRoutes(app: FastifyInstance, { db, config, today }: Services): void {
  async function committeePage(request: FastifyRequest): Promise<FollowPage> {
    const { committee: slug } = parseParams({ committee: slugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, slug)) ?? notFound('committee');
    const targetText = describeFollow({ kind: 'committee', committeeName: committee.name });
    return { target: { kind: 'committee', committeeId: committee.id }, targetText, heading: `Get emails about ${targetText}`, news: committeeNews, action: `/committees/${committee.slug}/follow`, backLink: { href: `/committees/${committee.slug}`, text: `Back to ${targetText}` }, hidden: [] };
  }

  async function topicPage(request: FastifyRequest): Promise<FollowPage> {
    const { topic: slug } = parseParams({ topic: slugSchema }, request.params);
    const topic = (await findTopicBySlug(db, slug)) ?? notFound('topic');
    if (topic.mergedIntoTopicId) notFound('topic');
    const targetText = describeFollow({ kind: 'topic', topicName: topic.name });
    return { target: { kind: 'topic', topicId: topic.id }, targetText, heading: `Get emails about ${targetText}`, news: topicNews, action: `/topics/${topic.slug}/follow`, backLink: { href: `/topics/${topic.slug}`, text: `Back to ${topic.name}` }, hidden: [] };
  }

  async function searchPage(input: unknown): Promise<FollowPage> {
    const parsed = parseSearchQuery(input);
    if (!parsed.ok || !parsed.query.q) throw Object.assign(new Error('the search to follow needs words, and filters the search page offers'), { statusCode: 400 });
    const search = { q: parsed.query.q, kinds: parsed.query.kinds, committees: parsed.query.committees };
    const names = new Map((await listCommittees(db, today())).map((c) => [c.slug, c.name]));
    const targetText = describeFollow({ kind: 'search', search }, names);
    return {
      target: { kind: 'search', search },
      targetText,
      heading: `Get emails about ${targetText}`,
      news: searchNews,
      action: '/search/follow',
      backLink: { href: savedSearchHref(search), text: 'Back to the search results' },
      hidden: [{ name: 'q', value: search.q }, ...search.kinds.map((value) => ({ name: 'kind', value })), ...search.committees.map((value) => ({ name: 'committee', value }))],
    };
  }

  async function showForm(reply: FastifyReply, page: FollowPage, view: { values?: Record<string, unknown>; errors?: FormErrors } = {}, status = 200) {
    const errors = view.errors ?? noErrors;
    // A CSRF token and a signed start time: never stored by a cache.
    reply.header('Cache-Control', 'no-store');
    return reply.code(status).view('follow-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}${page.heading}`,
      page,
      csrfToken: reply.csrfToken(),
      started: issueFormStart(await instanceSecret(db, FORM_SECRET), new Date()),
      honeypotField: HONEYPOT_FIELD,
      values: view.values ?? {},
      errors,
      noCache: true,
    });
  }

  async function handle(request: FastifyRequest, reply: FastifyReply, page: FollowPage) {
    const now = new Date();
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { email: body.email };
    const since = new Date(now.getTime() - FOLLOW_LIMITS_KEPT_MINUTES * 60_000);
    const addressHash = senderAddressHash(await instanceSecret(db, SENDER_SECRET), request.ip);
    const byAddress = submissionLimitReached(await listFollowRequestTimes(db, { addressHash }, since), now, FOLLOW_ADDRESS_LIMITS);
    if (byAddress) {
      return showForm(reply, page, { values, errors: formErrors({ email: `A lot of these forms have been sent from your connection. Try again ${byAddress.withinMinutes <= 60 ? 'in an hour' : 'tomorrow'}` }) }, 429);
    }
    const emailHash = followEmailHash(await instanceSecret(db, SENDER_SECRET), typeof body.email === 'string' ? body.email : '');
    if (honeypotFilled(body)) {
      // A form-filling script is told what a person would be; only the count is kept.
      await db.transaction().execute((trx) => recordFollowRequest(trx, { addressHash, emailHash, at: now }));
      request.log.info('follow form: honeypot filled, nothing sent');
      return reply.redirect('/following/sent', 303);
    }
    // The address first: a person who sends the form empty, however quickly, is told what is missing.
    const form = FollowForm.safeParse(body);
    if (!form.success) return showForm(reply, page, { values, errors: zodFormErrors(form.error) }, 400);
    const start = checkFormStart(await instanceSecret(db, FORM_SECRET), body.started, now);
    if (start !== 'ok') {
      const message = start === 'expired' ? 'This page was open for more than a day. Check your email address, then send the form again' : 'Check your email address, then send the form again';
      return showForm(reply, page, { values, errors: formErrors({ email: message }) }, 400);
    }
    const byEmail = submissionLimitReached(await listFollowRequestTimes(db, { emailHash }, since), now, FOLLOW_EMAIL_LIMITS);
    if (byEmail) {
      return showForm(reply, page, { values, errors: formErrors({ email: 'We have sent several emails to this address today. Look for them in your inbox and spam folder, or try again tomorrow' }) }, 429);
    }
    await db.transaction().execute(async (trx) => {
      await recordFollowRequest(trx, { addressHash, emailHash, at: now });
      await requestFollow(trx, { email: form.data.email, target: page.target, targetText: page.targetText, publicUrl: config.publicUrl, now });
    });
    // The same page whether the address was new, waiting or already following: the page tells nobody who follows what.
    return reply.redirect('/following/sent', 303);
  }

  app.get('/committees/:committee/follow', async (request, reply) => showForm(reply, await committeePage(request)));
  app.post('/committees/:committee/follow', async (request, reply) => handle(request, reply, await committeePage(request)));
  app.get('/topics/:topic/follow', async (request, reply) => showForm(reply, await topicPage(request)));
  app.post('/topics/:topic/follow', async (request, reply) => handle(request, reply, await topicPage(request)));
  app.get('/search/follow', async (request, reply) => showForm(reply, await searchPage(request.query)));
  app.post('/search/follow', async (request, reply) => handle(request, reply, await searchPage(request.body)));

  app.get('/following/sent', async (_request, reply) => reply.view('follow-sent.njk', { pageTitle: 'Check your email' }));
}
