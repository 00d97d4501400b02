import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { loadMeetingRecord, meetingRecordFrame } from '../minutes/meeting-record-page.ts';
import type { MeetingRecord } from '../minutes/meeting-record-repository.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { decisionProblem, type QuestionDecision, questionStatusLabels, type QuestionStatus } from './question-decisions.ts';
import { queueQuestionDecided } from './question-emails.ts';
import { findQuestionForTriage, findQuestionsItem, listQuestionsForTriage, type QuestionChange, type QuestionForTriage, updateQuestion } from './question-repository.ts';

const text = (max: number, required: string | null, label: string) => {
  const base = z.string().trim().max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`);
  return required ? z.string({ error: required }).trim().min(1, required).pipe(base) : base.optional().transform((v) => v || null);
};

const AcceptForm = z.object({ publishedName: text(120, 'Enter the name to publish with the question', 'The name') });
const RejectForm = z.object({ rejectionReason: text(1000, 'Give the reason, which is sent to the person who asked', 'The reason') });
const AnswerForm = z
  .object({
    answer: text(10_000, 'Enter the answer', 'The answer'),
    answeredByName: text(200, null, 'Who answered'),
    supplementaryQuestion: text(2000, null, 'The supplementary question'),
    supplementaryAnswer: text(10_000, null, 'The answer to the supplementary question'),
  })
  .refine((f) => !f.supplementaryAnswer || f.supplementaryQuestion, { path: ['supplementaryQuestion'], message: 'Enter the supplementary question that was answered' });

const groups: { status: QuestionStatus; heading: string }[] = [
  { status: 'submitted', heading: 'To decide' },
  { status: 'accepted', heading: 'Accepted, waiting for an answer' },
  { status: 'answered', heading: 'Answered' },
  { status: 'rejected', heading: 'Rejected' },
  { status: 'withdrawn', heading: 'Withdrawn' },
];

/** The clerk's side of public questions: decide, answer, publish. */
export function registerQuestionTriageRoutes(app: FastifyInstance, { db, config }: Services): void {
  const guard = { preHandler: requirePermission('questions:decide') };
  const meetingUrl = (record: MeetingRecord) => `${config.publicUrl}/committees/${record.committee.slug}/meetings/${record.meeting.slug}`;
  // Deciding questions is not part of the minutes, so the minutes' lock does not apply here.
  const frame = (request: FastifyRequest, record: MeetingRecord) => ({ ...meetingRecordFrame(request, record, 'questions'), lockedReason: null });

  app.get('/manage/meetings/:id/questions', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const questions = await listQuestionsForTriage(db, record.meeting.id);
    return reply.view('questions-triage.njk', {
      pageTitle: `Public questions - ${record.committee.name}, ${formatDateLong(record.meeting.date)}`,
      pageHeading: 'Public questions',
      ...frame(request, record),
      askHref: `/committees/${record.committee.slug}/meetings/${record.meeting.slug}/questions/new`,
      groups: groups.map((g) => ({ ...g, questions: questions.filter((q) => q.status === g.status).map((q) => ({ ...q, href: `/manage/meetings/${record.meeting.id}/questions/${q.id}` })) })),
      total: questions.length,
    });
  });

  async function load(request: FastifyRequest) {
    const record = await loadMeetingRecord(db, request);
    const { question: id } = parseParams({ id: idSchema, question: idSchema }, request.params);
    const question = (await findQuestionForTriage(db, record.meeting.id, id)) ?? notFound('question');
    return { record, question };
  }

  async function showQuestion(request: FastifyRequest, reply: FastifyReply, record: MeetingRecord, question: QuestionForTriage, view: { values?: Record<string, unknown>; errors?: FormErrors; saved?: string } = {}, status = 200) {
    const errors = view.errors ?? noErrors;
    return reply.code(status).view('questions-question.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Question from ${question.askerName} - ${record.committee.name}, ${formatDateLong(record.meeting.date)}`,
      pageHeading: `Question from ${question.askerName}`,
      ...frame(request, record),
      breadcrumbs: [...frame(request, record).breadcrumbs, { text: 'Public questions', href: `/manage/meetings/${record.meeting.id}/questions` }],
      errors,
      saved: view.saved,
      question: { ...question, statusLabel: questionStatusLabels[question.status] },
      base: `/manage/meetings/${record.meeting.id}/questions/${question.id}`,
      may: Object.fromEntries((['accept', 'reject', 'answer', 'withdraw'] as const).map((d) => [d, decisionProblem(question.status, d) === null])),
      values: view.values ?? { publishedName: question.askerName, answer: question.answer, answeredByName: question.answeredByName, supplementaryQuestion: question.supplementaryQuestion, supplementaryAnswer: question.supplementaryAnswer },
    });
  }

  const savedMessages: Record<string, string> = {
    accepted: 'Question accepted: it is on the meeting’s public page, and the person who asked has been emailed',
    rejected: 'Question rejected: the person who asked has been emailed the reason',
    answered: 'Answer published on the meeting’s page',
    withdrawn: 'Question withdrawn',
  };

  app.get('/manage/meetings/:id/questions/:question', guard, async (request, reply) => {
    const { record, question } = await load(request);
    return showQuestion(request, reply, record, question, { saved: savedMessages[(request.query as { saved?: string }).saved ?? ''] });
  });

  /** One decision on a question: checked against its state, saved with its audit entry (and email) in one transaction. */
  function decide<T>(decision: QuestionDecision, schema: z.ZodType<T>, change: (form: T, question: QuestionForTriage, record: MeetingRecord) => Promise<QuestionChange>) {
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const { record, question } = await load(request);
      const problem = decisionProblem(question.status, decision);
      if (problem) return showQuestion(request, reply, record, question, { errors: formErrors({ status: problem }) }, 409);
      const form = schema.safeParse(request.body ?? {});
      if (!form.success) return showQuestion(request, reply, record, question, { values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
      const values = await change(form.data, question, record);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const after = await updateQuestion(trx, question.id, values);
        await audit({
          action: decision,
          entity: 'public_question',
          entityId: question.id,
          summary: `${{ accept: 'Accepted', reject: 'Rejected', answer: 'Answered', withdraw: 'Withdrew' }[decision]} the question from ${question.askerName} for ${record.committee.name} on ${formatDateLong(record.meeting.date)}`,
          before: publicFields(question),
          after: publicFields(after),
        });
        if ((decision === 'accept' || decision === 'reject') && question.email) {
          await queueQuestionDecided(trx, {
            questionId: question.id,
            askerName: after.askerName,
            askerEmail: question.email,
            question: question.question,
            committee: record.committee,
            meeting: record.meeting,
            meetingUrl: meetingUrl(record),
            decision: decision === 'accept' ? 'accepted' : 'rejected',
            rejectionReason: after.rejectionReason,
          });
        }
      });
      return reply.redirect(`/manage/meetings/${record.meeting.id}/questions/${question.id}?saved=${values.status}`, 303);
    };
  }

  app.post(
    '/manage/meetings/:id/questions/:question/accept',
    guard,
    decide('accept', AcceptForm, async (form, _question, record) => ({
      status: 'accepted',
      askerName: form.publishedName as string,
      agendaItemId: (await findQuestionsItem(db, record.meeting.id))?.id ?? null,
    })),
  );
  app.post('/manage/meetings/:id/questions/:question/reject', guard, decide('reject', RejectForm, async (form) => ({ status: 'rejected', rejectionReason: form.rejectionReason as string })));
  app.post(
    '/manage/meetings/:id/questions/:question/answer',
    guard,
    decide('answer', AnswerForm, async (form) => ({
      status: 'answered',
      answer: form.answer as string,
      answeredByName: form.answeredByName ?? null,
      supplementaryQuestion: form.supplementaryQuestion ?? null,
      supplementaryAnswer: form.supplementaryAnswer ?? null,
    })),
  );
  app.post('/manage/meetings/:id/questions/:question/withdraw', guard, decide('withdraw', z.object({}), async () => ({ status: 'withdrawn' })));
}

/** A question as the trail keeps it: never the asker's email or address. */
function publicFields(q: { askerName: string; question: string; status: string; rejectionReason: string | null; answer: string | null; supplementaryQuestion: string | null; supplementaryAnswer: string | null; answeredByName: string | null }) {
  return { askerName: q.askerName, question: q.question, status: q.status, rejectionReason: q.rejectionReason, answer: q.answer, answeredByName: q.answeredByName, supplementaryQuestion: q.supplementaryQuestion, supplementaryAnswer: q.supplementaryAnswer };
}
