import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { momentOf } from '../agendas/moment.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import type { Committee } from '../committees/committee-tables.ts';
import { findCouncil } from '../council/council-repository.ts';
import type { Database } from '../db/database.ts';
import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { londonDayOf } from '../deadlines/london-time.ts';
import { loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import { findMeeting } from '../meetings/meeting-repository.ts';
import type { Meeting } from '../meetings/meeting-tables.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { meetingSlugSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { isDuplicateQuestion } from './duplicate-question.ts';
import { checkFormStart, issueFormStart } from './form-start-token.ts';
import { queueQuestionReceived } from './question-emails.ts';
import { HONEYPOT_FIELD, honeypotFilled, QUESTION_MAX_LENGTH, QuestionForm } from './question-form.ts';
import { insertPublicQuestion, listMeetingQuestionTexts, listSubmissionsSince, recordSubmission } from './question-repository.ts';
import { questionWindow, type QuestionWindow } from './question-window.ts';
import { senderAddressHash, submissionLimitReached, submissionRecordsKeptMinutes } from './submission-rate-limit.ts';

const FORM_SECRET = 'question-form';
const SENDER_SECRET = 'question-sender';

export interface MeetingQuestions {
  committee: Committee;
  meeting: Meeting;
  window: QuestionWindow;
}

/**
 * Whether residents may ask a question at a meeting now, and until when:
 * the committee's question deadline on the council's working calendar.
 * The public meeting page uses this for its "Ask a question" link.
 */
export async function meetingQuestionWindow(db: Kysely<Database>, committee: Committee, meeting: Meeting, now: Date): Promise<QuestionWindow> {
  const calendar = await loadWorkingCalendar(db);
  return questionWindow(meeting, committeeDeadlineRules(committee).question, calendar, now);
}

/** The public question form on a meeting's page: works without JavaScript, needs no third-party service to keep spam out. */
export function registerPublicQuestionRoutes(app: FastifyInstance, { db, config, today }: Services): void {
  const base = (q: { committee: Committee; meeting: Meeting }) => `/committees/${q.committee.slug}/meetings/${q.meeting.slug}`;

  async function load(request: FastifyRequest, now: Date): Promise<MeetingQuestions> {
    const params = parseParams({ committee: slugSchema, meeting: meetingSlugSchema }, request.params);
    const committee = (await findCommitteeBySlug(db, params.committee)) ?? notFound('committee');
    const meeting = (await findMeeting(db, committee.id, params.meeting)) ?? notFound('meeting');
    // The deadline is judged on the services' day, as every other deadline is; spam checks use the real clock.
    return { committee, meeting, window: await meetingQuestionWindow(db, committee, meeting, momentOf(today(), now)) };
  }

  const frame = (q: MeetingQuestions) => ({
    committee: q.committee,
    meeting: q.meeting,
    meetingHref: base(q),
    closesAt: q.window.closesAt,
    closesOn: londonDayOf(q.window.closesAt),
    breadcrumbs: [
      { text: 'Home', href: '/' },
      { text: 'Committees', href: '/committees' },
      { text: q.committee.name, href: `/committees/${q.committee.slug}` },
      { text: formatDateLong(q.meeting.date), href: base(q) },
    ],
  });

  async function showForm(reply: FastifyReply, q: MeetingQuestions, now: Date, view: { values?: Record<string, unknown>; errors?: FormErrors } = {}, status = 200) {
    const errors = view.errors ?? noErrors;
    // The page carries a CSRF token and a signed start time: it must never be stored by a cache.
    reply.header('Cache-Control', 'no-store');
    return reply.code(status).view('questions-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Ask a question - ${q.committee.name}, ${formatDateLong(q.meeting.date)}`,
      ...frame(q),
      csrfToken: reply.csrfToken(),
      started: issueFormStart(await instanceSecret(db, FORM_SECRET), now),
      honeypotField: HONEYPOT_FIELD,
      maxLength: QUESTION_MAX_LENGTH,
      closesToday: q.window.state === 'closes-today',
      values: view.values ?? {},
      errors,
    });
  }

  function showClosed(reply: FastifyReply, q: MeetingQuestions, question: string | null, status = 200) {
    reply.header('Cache-Control', 'no-store');
    return reply.code(status).view('questions-closed.njk', {
      pageTitle: `Questions are closed - ${q.committee.name}, ${formatDateLong(q.meeting.date)}`,
      ...frame(q),
      cancelled: q.meeting.status === 'cancelled',
      held: q.meeting.status !== 'scheduled' && q.meeting.status !== 'agenda-published' && q.meeting.status !== 'cancelled',
      question,
    });
  }

  // Never shared from the page cache: the form carries a CSRF token and a signed start time of its own.
  app.get('/committees/:committee/meetings/:meeting/questions/new', { config: { publicPageCache: false } }, async (request, reply) => {
    const now = new Date();
    const q = await load(request, now);
    return q.window.state === 'closed' ? showClosed(reply, q, null) : showForm(reply, q, now);
  });

  app.post('/committees/:committee/meetings/:meeting/questions', async (request, reply) => {
    const now = new Date();
    const q = await load(request, now);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const values = { name: body.name, email: body.email, address: body.address, question: body.question, consent: body.consent };
    if (q.window.state === 'closed') return showClosed(reply, q, typeof body.question === 'string' ? body.question : null, 409);

    const addressHash = senderAddressHash(await instanceSecret(db, SENDER_SECRET), request.ip);
    const keepSince = new Date(now.getTime() - submissionRecordsKeptMinutes() * 60_000);
    const limit = submissionLimitReached(await listSubmissionsSince(db, addressHash, keepSince), now);
    if (limit) {
      const when = limit.withinMinutes <= 60 ? 'in an hour' : 'tomorrow';
      return showForm(reply, q, now, { values, errors: formErrors({ question: `You have sent a lot of questions from this address. Try again ${when}, or email the clerk to the committee` }) }, 429);
    }
    if (honeypotFilled(body)) {
      // A form-filling script: it is told what a person would be, and nothing is kept but the count.
      await db.transaction().execute((trx) => recordSubmission(trx, addressHash, now, keepSince));
      request.log.info({ meeting: q.meeting.id }, 'question form: honeypot filled, not stored');
      return reply.redirect(`${base(q)}/questions/received`, 303);
    }
    // The fields first: a person who sends the form half filled in, however quickly, is told what is missing.
    const form = QuestionForm.safeParse(body);
    if (!form.success) return showForm(reply, q, now, { values, errors: zodFormErrors(form.error) }, 400);
    const start = checkFormStart(await instanceSecret(db, FORM_SECRET), body.started, now);
    if (start !== 'ok') {
      const message = start === 'expired' ? 'This page was open for more than a day. Check your question, then send it again' : 'Check your question, then send it again';
      return showForm(reply, q, now, { values, errors: formErrors({ question: message }) }, 400);
    }
    if (isDuplicateQuestion(form.data.question, await listMeetingQuestionTexts(db, q.meeting.id))) {
      return showForm(reply, q, now, { values, errors: formErrors({ question: 'This question has already been sent for this meeting' }) }, 400);
    }

    const council = await findCouncil(db);
    await withAudit(db, null, async (trx, audit) => {
      await recordSubmission(trx, addressHash, now, keepSince);
      const question = await insertPublicQuestion(trx, { meetingId: q.meeting.id, askerName: form.data.name, question: form.data.question, email: form.data.email, address: form.data.address, submittedAt: now });
      await audit({
        action: 'submit',
        entity: 'public_question',
        entityId: question.id,
        summary: `${form.data.name} asked a question online for ${q.committee.name} on ${formatDateLong(q.meeting.date)}`,
        // The asker's contact details stay out of the trail, as they stay off every public page.
        after: { askerName: question.askerName, question: question.question, status: question.status },
      });
      await queueQuestionReceived(trx, {
        questionId: question.id,
        askerName: question.askerName,
        askerEmail: form.data.email,
        question: question.question,
        committee: q.committee,
        meeting: q.meeting,
        closesAt: q.window.closesAt,
        meetingUrl: `${config.publicUrl}${base(q)}`,
        clerkEmail: q.committee.contactEmail ?? council?.email ?? null,
        triageUrl: `${config.publicUrl}/manage/meetings/${q.meeting.id}/questions/${question.id}`,
      });
    });
    return reply.redirect(`${base(q)}/questions/received`, 303);
  });

  app.get('/committees/:committee/meetings/:meeting/questions/received', async (request, reply) => {
    const q = await load(request, new Date());
    return reply.view('questions-received.njk', { pageTitle: `Question sent - ${q.committee.name}, ${formatDateLong(q.meeting.date)}`, ...frame(q) });
  });
}
