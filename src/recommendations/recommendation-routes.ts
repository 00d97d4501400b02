import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { listSentReminders } from '../actions/reminder-log-repository.ts';
import { describeReminderSettings, nextReminderOn } from '../actions/reminder-schedule.ts';
import { findReminderSettings } from '../actions/reminder-settings-repository.ts';
import { listCommitteeOptions } from '../actions/follow-through-options-repository.ts';
import { originLabels } from '../actions/action-views.ts';
import { withAudit } from '../audit/with-audit.ts';
import { findCommitteeBySlug } from '../committees/committee-repository.ts';
import { dateInputValues } from '../committees/manage-form-fields.ts';
import type { Services } from '../services.ts';
import { responseLabels, responseStateLabels, type ResponseState } from '../tracking/recommendation-response.ts';
import { parseListQuery } from '../tracking/list-query.ts';
import { type FormErrors, noErrors } from '../web/form-errors.ts';
import { formatDateShort } from '../web/format.ts';
import { paginationView } from '../web/pagination.ts';
import { idSchema, notFound, parseParams, slugSchema } from '../web/params.ts';
import { readImplementationForm, readReceiptForm, readResponseForm, readReviewForm } from './recommendation-forms.ts';
import {
  findRecommendation,
  listCommitteeMeetings,
  listExecutiveMeetings,
  listRecommendations,
  recommendationSnapshot,
  type RecommendationRow,
  updateRecommendation,
} from './recommendation-repository.ts';
import { addresseeLabels, filterTracker, implementationLabels, responseReminderRecipients, trackerEntry } from './recommendation-tracker.ts';

const PER_PAGE = 50;
const states = Object.keys(responseStateLabels) as ResponseState[];
const responseFilters = ['accepted', 'partly-accepted', 'rejected', 'noted', 'none'] as const;
const steps = ['receipt', 'response', 'implementation', 'review'] as const;
type Step = (typeof steps)[number];

const stepTitles: Record<Step, string> = {
  receipt: 'Record when the recommendation was sent and received',
  response: 'Record the response',
  implementation: 'Record implementation',
  review: 'Record the follow-up review',
};

const savedMessages: Record<Step, string> = {
  receipt: 'Sending and receipt recorded',
  response: 'Response recorded',
  implementation: 'Implementation recorded',
  review: 'Follow-up review recorded',
};

const blankToUndefined = (query: unknown) => Object.fromEntries(Object.entries((query ?? {}) as Record<string, unknown>).filter(([, v]) => v !== ''));
const name = (rec: RecommendationRow) => `recommendation ${rec.letter ? `(${rec.letter}) ` : ''}of the ${rec.committeeName}${rec.meetingDate ? `, ${formatDateShort(rec.meetingDate)}` : ''}`;

/**
 * The recommendation tracker in the back office: every committee's and
 * task and finish group's recommendations with where each stands, and
 * the forms that follow one through: sent and received by the executive,
 * the response and the decision that made it, implementation, and the
 * committee's follow-up review. Scrutiny officers and democratic services
 * (tracking:manage) only.
 */
export function registerRecommendationRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('tracking:manage') };

  app.get('/manage/recommendations', guard, async (request, reply) => {
    const query = parseListQuery(
      {
        committee: slugSchema.optional(),
        status: z.enum(states as [ResponseState, ...ResponseState[]]).optional(),
        response: z.enum(responseFilters).optional(),
        late: z.enum(['yes']).optional(),
        page: z.coerce.number().int().min(1).max(100_000).optional(),
      },
      blankToUndefined(request.query),
    );
    const committee = query.committee ? ((await findCommitteeBySlug(db, query.committee)) ?? notFound('committee')) : undefined;
    const [rows, committees] = await Promise.all([listRecommendations(db, { committeeId: committee?.id }), listCommitteeOptions(db)]);
    const { entries, counts } = filterTracker(
      rows.map((row) => trackerEntry(row, today())),
      { state: query.status, response: query.response, late: query.late === 'yes' },
    );
    const page = query.page ?? 1;
    const hrefFor = (n: number) => {
      const params = new URLSearchParams(Object.entries({ committee: query.committee, status: query.status, response: query.response, late: query.late }).filter((e): e is [string, string] => Boolean(e[1])));
      if (n > 1) params.set('page', String(n));
      return `/manage/recommendations${params.size ? `?${params}` : ''}`;
    };
    return reply.view('manage-recommendations.njk', {
      pageTitle: committee ? `Recommendation tracker: ${committee.name}` : 'Recommendation tracker',
      committee,
      entries: entries.slice((page - 1) * PER_PAGE, page * PER_PAGE),
      total: entries.length,
      filters: query,
      committeeItems: [{ value: '', text: 'All committees and groups' }, ...committees.map((c) => ({ value: c.slug, text: c.name, selected: c.slug === query.committee }))],
      statusItems: [{ value: '', text: 'Any status' }, ...states.map((s) => ({ value: s, text: `${responseStateLabels[s]} (${counts[s]})`, selected: s === query.status }))],
      responseItems: [
        { value: '', text: 'Any response' },
        ...responseFilters.map((r) => ({ value: r, text: r === 'none' ? 'No response yet' : responseLabels[r], selected: r === query.response })),
      ],
      pagination: paginationView(page, Math.ceil(entries.length / PER_PAGE), hrefFor),
    });
  });

  const load = async (params: unknown) => {
    const { id } = parseParams({ id: idSchema }, params);
    return (await findRecommendation(db, id)) ?? notFound('recommendation');
  };

  app.get('/manage/recommendations/:id', guard, async (request, reply) => {
    const rec = await load(request.params);
    const entry = trackerEntry(rec, today());
    const [settings, sent] = await Promise.all([findReminderSettings(db, rec.committeeId), listSentReminders(db, 'recommendation', [rec.id])]);
    const recipients = responseReminderRecipients(rec, settings);
    const saved = (request.query as { saved?: string }).saved;
    return reply.view('manage-recommendation.njk', {
      pageTitle: `Recommendation${rec.letter ? ` (${rec.letter})` : ''}: ${rec.committeeName}`,
      rec: entry,
      originLabel: originLabels[rec.origin],
      addresseeLabel: addresseeLabels[rec.addressedTo],
      reminders: {
        description: describeReminderSettings(settings.responses),
        isDefault: settings.isDefault,
        recipients,
        next: recipients.length ? nextReminderOn({ dueOn: entry.dueOn, done: entry.responseLabel !== null || rec.respondedOn !== null }, today(), settings.responses) : null,
        sent: (sent.get(rec.id) ?? []).slice().reverse(),
      },
      saved: saved && (steps as readonly string[]).includes(saved) ? savedMessages[saved as Step] : null,
    });
  });

  const meetingsFor = async (step: Step, rec: RecommendationRow) =>
    step === 'response' ? listExecutiveMeetings(db, rec.receivedOn ?? rec.meetingDate ?? today()) : step === 'review' ? listCommitteeMeetings(db, rec.committeeId) : [];

  const showStep = async (reply: FastifyReply, step: Step, rec: RecommendationRow, values: Record<string, unknown>, errors: FormErrors, status = 200) => {
    const meetings = await meetingsFor(step, rec);
    const parts = (field: string) => (values[`${field}-day`] !== undefined ? { day: values[`${field}-day`], month: values[`${field}-month`], year: values[`${field}-year`] } : dateInputValues(values[field] as string | null));
    const selectedMeeting = Number(values[step === 'response' ? 'responseMeetingId' : 'reviewMeetingId'] ?? 0);
    return reply.code(status).view('manage-recommendation-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}${stepTitles[step]}`,
      step,
      heading: stepTitles[step],
      rec: trackerEntry(rec, today()),
      values,
      errors,
      dates: Object.fromEntries(['sentOn', 'receivedOn', 'responseDueOn', 'respondedOn', 'implementationDueOn', 'implementedOn', 'reviewOn'].map((f) => [f, parts(f)])),
      addresseeItems: Object.entries(addresseeLabels).map(([value, text]) => ({ value, text, checked: values.addressedTo === value })),
      responseItems: Object.entries(responseLabels).map(([value, text]) => ({ value, text, checked: values.response === value })),
      implementationItems: Object.entries(implementationLabels).map(([value, text]) => ({ value, text, checked: values.implementationStatus === value })),
      meetingItems: [{ value: '', text: step === 'response' ? 'Not decided at a meeting in Gavel' : 'Not at a meeting' }, ...meetings.map((m) => ({ value: String(m.id), text: `${m.committeeName}, ${formatDateShort(m.date)}`, selected: m.id === selectedMeeting }))],
    });
  };

  for (const step of steps) {
    app.get(`/manage/recommendations/:id/${step}`, guard, async (request, reply) => {
      const rec = await load(request.params);
      const values: Record<string, unknown> = { ...rec };
      if (step === 'response' && !rec.respondedOn) values.respondedOn = today();
      return showStep(reply, step, rec, values, noErrors);
    });

    app.post(`/manage/recommendations/:id/${step}`, guard, async (request, reply) => {
      const rec = await load(request.params);
      const meetingIds = (await meetingsFor(step, rec)).map((m) => m.id);
      const form =
        step === 'receipt'
          ? readReceiptForm(request.body, today())
          : step === 'response'
            ? readResponseForm(request.body, today(), meetingIds)
            : step === 'implementation'
              ? readImplementationForm(request.body, today())
              : readReviewForm(request.body, today(), meetingIds);
      if (form.errors) return showStep(reply, step, rec, (request.body ?? {}) as Record<string, unknown>, form.errors, 400);
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const before = await recommendationSnapshot(trx, rec.id);
        await updateRecommendation(trx, rec.id, form.data);
        await audit({ action: `record-${step}`, entity: 'recommendation', entityId: rec.id, summary: summaryOf(step, rec, form.data as unknown as Record<string, unknown>), before, after: await recommendationSnapshot(trx, rec.id) });
      });
      return reply.redirect(`/manage/recommendations/${rec.id}?saved=${step}`, 303);
    });
  }

  function summaryOf(step: Step, rec: RecommendationRow, data: Record<string, unknown>): string {
    switch (step) {
      case 'receipt':
        return data.receivedOn ? `Recorded that ${name(rec)} was received on ${formatDateShort(data.receivedOn as string)}` : `Recorded where ${name(rec)} was sent`;
      case 'response':
        return `Recorded the response to ${name(rec)}: ${responseLabels[data.response as keyof typeof responseLabels].toLowerCase()}, ${formatDateShort(data.respondedOn as string)}`;
      case 'implementation':
        return `Recorded the implementation of ${name(rec)}: ${implementationLabels[data.implementationStatus as keyof typeof implementationLabels].toLowerCase()}`;
      case 'review':
        return data.reviewOutcome ? `Recorded the follow-up review of ${name(rec)}` : `Planned a follow-up review of ${name(rec)} for ${formatDateShort(data.reviewOn as string)}`;
    }
  }
}
