import type { FastifyInstance, FastifyReply } from 'fastify';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import { findCouncil } from '../council/council-repository.ts';
import { queueEmail } from '../email/queue-email.ts';
import { checkFormStart, type FormStartCheck, issueFormStart } from '../questions/form-start-token.ts';
import { HONEYPOT_FIELD, honeypotFilled } from '../questions/question-form.ts';
import { senderAddressHash, submissionLimitReached, submissionRecordsKeptMinutes } from '../questions/submission-rate-limit.ts';
import type { Services } from '../services.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { notFound, parseParams, slugSchema } from '../web/params.ts';
import { REASON_MAX_LENGTH, SUGGESTION_SUBMISSION_LIMITS, SuggestionForm, TOPIC_MAX_LENGTH } from './suggestion-form.ts';
import { insertSuggestion, listRecentSubmissions, recordSubmission } from './suggestion-repository.ts';
import { findYearOn, itemSnapshot } from './work-programme-repository.ts';

/** One secret signs the form's start time, another keys the senders' address hashes: one purpose, one secret. */
const FORM_START_SECRET = 'suggestion-form-start';
const SENDER_SECRET = 'suggestion-senders';
const KEEP_MINUTES = submissionRecordsKeptMinutes(SUGGESTION_SUBMISSION_LIMITS);

const startProblems: Record<Exclude<FormStartCheck, 'ok'>, string> = {
  'too-quick': 'Check your suggestion, then send it again',
  expired: 'This form was open for a long time, so it has been renewed: check your suggestion and send it again',
  invalid: 'The form could not be checked: send it again',
};

/**
 * Suggestions from the public for a scrutiny committee's work programme,
 * through a form on the portal that needs no JavaScript and no third-party
 * service: a hidden honeypot field, a signed minimum fill time and
 * per-address limits, the public questions' own rules. The resident is
 * emailed an acknowledgment; the scrutiny officer triages the suggestion
 * in the back office (triage-suggestion.ts).
 */
export function registerSuggestionRoutes(app: FastifyInstance, { db, today, config }: Services): void {
  const scrutinyCommittee = async (params: unknown): Promise<Committee> => {
    const { committee: slug } = parseParams({ committee: slugSchema }, params);
    const committee = await findCommitteeBySlug(db, slug);
    // Only overview and scrutiny set a work programme the public can add to.
    if (!committee || committee.kind !== 'scrutiny' || !committee.isActive) notFound('committee');
    return committee;
  };
  const programmeUrl = (committee: { slug: string }) => `${config.publicUrl}/committees/${committee.slug}/work-programme`;

  const showForm = async (reply: FastifyReply, committee: Committee, values: Record<string, unknown>, errors: FormErrors, status = 200) => {
    const secret = await instanceSecret(db, FORM_START_SECRET);
    // It carries a CSRF token and a start time of its own: never to be kept by a cache.
    reply.header('Cache-Control', 'no-store, private');
    return reply.code(status).view('suggestion-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Suggest a topic for the ${committee.name}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: committee.name, href: `/committees/${committee.slug}` },
        { text: 'Work programme', href: `/committees/${committee.slug}/work-programme` },
      ],
      committee,
      values,
      errors,
      csrfToken: reply.csrfToken(),
      formStart: issueFormStart(secret, new Date()),
      honeypotField: HONEYPOT_FIELD,
      topicMax: TOPIC_MAX_LENGTH,
      reasonMax: REASON_MAX_LENGTH,
    });
  };

  app.get('/committees/:committee/work-programme/suggest', async (request, reply) => showForm(reply, await scrutinyCommittee(request.params), {}, noErrors));

  app.post('/committees/:committee/work-programme/suggest', async (request, reply) => {
    const committee = await scrutinyCommittee(request.params);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const sent = `/committees/${committee.slug}/work-programme/suggest/sent`;
    // A script that filled the hidden field is told it worked, and nothing is kept.
    if (honeypotFilled(body)) return reply.redirect(sent, 303);
    const now = new Date();
    // The fields first: a person who sends the form half filled in, however quickly, is told what is missing.
    const parsed = SuggestionForm.safeParse(body);
    if (!parsed.success) return showForm(reply, committee, body, zodFormErrors(parsed.error), 400);
    const start = checkFormStart(await instanceSecret(db, FORM_START_SECRET), body.formStart, now);
    if (start !== 'ok') return showForm(reply, committee, body, formErrors({ topic: startProblems[start] }), 400);

    const addressHash = senderAddressHash(await instanceSecret(db, SENDER_SECRET), request.ip);
    const limit = submissionLimitReached(await listRecentSubmissions(db, addressHash, now, KEEP_MINUTES), now, SUGGESTION_SUBMISSION_LIMITS);
    if (limit) {
      const council = await findCouncil(db);
      const wait = limit.withinMinutes <= 60 ? 'an hour' : 'a day';
      const message = `You have sent ${limit.max} suggestions recently, which is as many as we take at once. Try again in ${wait}${council?.email ? `, or email ${council.email}` : ''}`;
      return showForm(reply, committee, body, formErrors({ topic: message }), 429);
    }

    const { name, email, topic, reason } = parsed.data;
    const year = await findYearOn(db, today());
    await withAudit(db, null, async (trx, audit) => {
      const id = await insertSuggestion(trx, { committeeId: committee.id, municipalYearId: year?.id ?? null, topic, reason, name, email, today: today() });
      await recordSubmission(trx, addressHash, now, KEEP_MINUTES);
      await queueEmail(trx, {
        to: email,
        subject: `Your suggestion for the ${committee.name}`,
        template: 'emails/work-programme-suggestion-received',
        context: { name, topic, reason, committeeName: committee.name, programmeUrl: programmeUrl(committee) },
      });
      // The trail names no one: the sender is in work_programme_suggestion, for the scrutiny officer only.
      await audit({ action: 'create', entity: 'work_programme_item', entityId: id, summary: `A member of the public suggested “${topic}” for the ${committee.name} work programme`, after: await itemSnapshot(trx, id) });
    });
    return reply.redirect(sent, 303);
  });

  app.get('/committees/:committee/work-programme/suggest/sent', async (request, reply) => {
    const committee = await scrutinyCommittee(request.params);
    return reply.view('suggestion-sent.njk', {
      pageTitle: `Suggestion sent: ${committee.name}`,
      breadcrumbs: [
        { text: 'Home', href: '/' },
        { text: 'Committees', href: '/committees' },
        { text: committee.name, href: `/committees/${committee.slug}` },
      ],
      committee,
    });
  });
}
