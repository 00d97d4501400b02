import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { hasPermission } from '../accounts/roles.ts';
import { type RecordChange, withAudit } from '../audit/with-audit.ts';
import type { Database } from '../db/database.ts';
import { committeeDeadlineRules } from '../deadlines/deadline-rules.ts';
import { meetingDeadlines } from '../deadlines/meeting-deadlines.ts';
import { loadWorkingCalendar } from '../deadlines/working-calendar-repository.ts';
import { GavelError, isGavelError } from '../errors.ts';
import type { Services } from '../services.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import type { Transaction } from 'kysely';
import { addAgendaItem, addStandardItems, moveAgendaItem, rearrangeAgenda, removeAgendaItem } from './agenda-commands.ts';
import { agendaIsEditable } from './agenda-editable.ts';
import { AddItemForm, AddReportForm, EditItemForm, exemption, MoveForm, NumberingForm } from './agenda-forms.ts';
import { exemptParagraphShortLabels, exemptParagraphs, reportStatusTags } from './agenda-labels.ts';
import { agendaWarnings } from './agenda-order.ts';
import {
  deleteUploadedDocumentsOfItem,
  findManagedItem,
  findManagedMeeting,
  findNeighbourMeetings,
  listAgenda,
  lockMeeting,
  type ManagedMeeting,
  previousMinuteNumbersInYear,
  updateAgendaItem,
} from './agenda-repository.ts';
import { lastMinuteNumber, minuteValue, nextMinuteNumber } from './minute-numbers.ts';
import { momentOf } from './moment.ts';
import { findPersonName, insertReport, listOfficers } from './reports/report-repository.ts';
import { type StandardAgendaContext, standardAgenda } from './standard-agenda.ts';

type Trx = Transaction<Database>;

const lockedMessage = 'The agenda has been published, so it can no longer be changed here: publish a supplement for any change';

/**
 * The agenda builder: standard items in one step, report items and other
 * business, moving items with buttons (small POST forms, so it works
 * without JavaScript), removing them, and the minute numbers. Every change
 * re-applies the rules (exclusion item before exempt business, numbering)
 * in one audited transaction that first locks the meeting.
 */
export function registerAgendaRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  const loadMeeting = async (request: FastifyRequest) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    return (await findManagedMeeting(db, id)) ?? notFound('meeting');
  };

  const standardContext = async (meeting: ManagedMeeting): Promise<StandardAgendaContext> => {
    const [{ previous, next }, calendar] = await Promise.all([findNeighbourMeetings(db, meeting), loadWorkingCalendar(db)]);
    const deadlines = meetingDeadlines(meeting, { calendar, rules: committeeDeadlineRules(meeting.committee), now: momentOf(today()) });
    return { previousMeetingOn: previous?.date ?? null, nextMeeting: next, questionsCloseAt: deadlines.find((d) => d.kind === 'question')?.dueAt ?? null };
  };

  const showBuilder = async (reply: FastifyReply, meetingId: number, view: { errors?: FormErrors; values?: Record<string, unknown>; status?: number } = {}) => {
    const meeting = (await findManagedMeeting(db, meetingId)) ?? notFound('meeting');
    const [agenda, officers, context, previousMinutes] = await Promise.all([listAgenda(db, meeting.id), listOfficers(db), standardContext(meeting), previousMinuteNumbersInYear(db, meeting)]);
    const present = new Set(agenda.map((i) => i.standardKind));
    const missing = standardAgenda(meeting.committee.kind, context).filter((s) => !present.has(s.standardKind));
    const movable = agenda.filter((i) => i.standardKind !== 'exclusion-of-press-and-public');
    const minuteValues = agenda.map((i) => minuteValue(i.minuteNumber)).filter((v): v is number => v !== null);
    const previousLast = previousMinutes ? lastMinuteNumber(previousMinutes) : null;
    const errors = view.errors ?? noErrors;
    const values = view.values ?? {};
    const officerItems = (selected: unknown) => [
      { value: '', text: 'Not known yet' },
      ...officers.map((o) => ({ value: String(o.id), text: o.text, selected: String(selected ?? '') === String(o.id) })),
    ];
    return reply.code(view.status ?? 200).view('agenda-builder.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Agenda: ${meeting.committee.name}, ${formatDateLong(meeting.date)}`,
      breadcrumbs: [
        { text: 'Back office', href: '/manage' },
        { text: `${meeting.committee.name}, ${formatDateLong(meeting.date)}`, href: `/manage/meetings/${meeting.id}` },
      ],
      meeting,
      editable: agendaIsEditable(meeting.status),
      // Where the clerk goes once the agenda is built, for those who may publish it.
      publishHref: app.hasRoute({ method: 'GET', url: '/manage/meetings/:id/publish' }) && reply.request.staff && hasPermission(reply.request.staff.role, 'meetings:publish') ? `/manage/meetings/${meeting.id}/publish` : null,
      items: agenda.map((item) => ({
        ...item,
        isExclusion: item.standardKind === 'exclusion-of-press-and-public',
        canMoveUp: movable.indexOf(item) > 0,
        canMoveDown: movable.indexOf(item) >= 0 && movable.indexOf(item) < movable.length - 1,
        reportTag: item.report ? reportStatusTags[item.report.status] : null,
      })),
      missing: missing.map((s) => s.title),
      warnings: agendaWarnings(agenda),
      numbering: {
        first: minuteValues.length ? Math.min(...minuteValues) : nextMinuteNumber(previousLast),
        previousLast,
        knowsYear: previousMinutes !== null || meeting.municipalYear !== null,
        year: meeting.municipalYear,
      },
      errors,
      values,
      authorItems: officerItems(values.reportAuthor),
      leadOfficerItems: officerItems(values.reportLeadOfficer),
      reportParagraphItems: paragraphItems(values.reportParagraph),
      itemParagraphItems: paragraphItems(values.itemParagraph),
    });
  };

  /** Runs one change to the agenda, if it may still change; then redirects to where `work` says (a place on the agenda). */
  const changeAgenda = async (request: FastifyRequest, reply: FastifyReply, meeting: ManagedMeeting, work: (trx: Trx, audit: RecordChange) => Promise<string>) => {
    try {
      const location = await withAudit(db, staffOf(request), async (trx, audit) => {
        const status = await lockMeeting(trx, meeting.id);
        if (!status || !agendaIsEditable(status)) throw new GavelError(lockedMessage, 'conflict');
        return work(trx, audit);
      });
      return reply.redirect(location, 303);
    } catch (error) {
      if (isGavelError(error) && error.code === 'conflict') return showBuilder(reply, meeting.id, { errors: formErrors({ agenda: error.message }), status: 409 });
      throw error;
    }
  };

  const meetingName = (meeting: ManagedMeeting) => `${meeting.committee.name}, ${formatDateLong(meeting.date)}`;
  const onAgenda = (meeting: ManagedMeeting, anchor: string) => `/manage/meetings/${meeting.id}/agenda#${anchor}`;

  app.get('/manage/meetings/:id/agenda', guard, async (request, reply) => showBuilder(reply, (await loadMeeting(request)).id));

  app.post('/manage/meetings/:id/agenda/standard-items', guard, async (request, reply) => {
    const meeting = await loadMeeting(request);
    const context = await standardContext(meeting);
    return changeAgenda(request, reply, meeting, async (trx, audit) => {
      const change = await addStandardItems(trx, meeting, context);
      const added = change.after.length - change.before.length;
      await audit({ action: 'add-standard-items', entity: 'meeting', entityId: meeting.id, summary: `Added ${added} standard ${added === 1 ? 'item' : 'items'} to the agenda for ${meetingName(meeting)}`, before: change.before, after: change.after });
      return onAgenda(meeting, 'agenda');
    });
  });

  app.post('/manage/meetings/:id/agenda/items', guard, async (request, reply) => {
    const meeting = await loadMeeting(request);
    const form = AddItemForm.safeParse(request.body);
    if (!form.success) return showBuilder(reply, meeting.id, { errors: zodFormErrors(form.error), values: request.body as Record<string, unknown>, status: 400 });
    const { itemTitle, itemDescription, itemClassification, itemParagraph } = form.data;
    return changeAgenda(request, reply, meeting, async (trx, audit) => {
      const change = await addAgendaItem(trx, meeting, { title: itemTitle, description: itemDescription, standardKind: null, ...exemption(itemClassification, itemParagraph) });
      await audit({ action: 'create', entity: 'agenda_item', entityId: change.itemId, summary: `Added “${itemTitle}” to the agenda for ${meetingName(meeting)}`, before: change.before, after: change.after });
      return onAgenda(meeting, `item-${change.itemId}`);
    });
  });

  app.post('/manage/meetings/:id/agenda/reports', guard, async (request, reply) => {
    const meeting = await loadMeeting(request);
    const form = AddReportForm.safeParse(request.body);
    const values = request.body as Record<string, unknown>;
    if (!form.success) return showBuilder(reply, meeting.id, { errors: zodFormErrors(form.error), values, status: 400 });
    const { reportTitle, reportAuthor, reportLeadOfficer, reportClassification, reportParagraph } = form.data;
    const [author, leadOfficer] = await Promise.all([reportAuthor ? findPersonName(db, reportAuthor) : null, reportLeadOfficer ? findPersonName(db, reportLeadOfficer) : null]);
    const unknown = formErrors({ reportAuthor: reportAuthor !== null && !author && 'Select the author from the list', reportLeadOfficer: reportLeadOfficer !== null && !leadOfficer && 'Select the lead officer from the list' });
    if (unknown.summary.length) return showBuilder(reply, meeting.id, { errors: unknown, values, status: 400 });
    const exempt = exemption(reportClassification, reportParagraph);
    // On to the report, to fill in the rest of its details.
    return changeAgenda(request, reply, meeting, async (trx, audit) => {
      const change = await addAgendaItem(trx, meeting, { title: reportTitle, description: null, standardKind: null, ...exempt });
      const reportId = await insertReport(trx, change.itemId, {
        title: reportTitle,
        summary: null,
        authorPersonId: reportAuthor,
        authorName: author?.fullName ?? null,
        leadOfficerPersonId: reportLeadOfficer,
        leadOfficerName: leadOfficer?.fullName ?? null,
        directorate: leadOfficer?.directorate ?? author?.directorate ?? null,
        classification: exempt.isExempt ? 'exempt' : 'open',
        exemptParagraph: exempt.exemptParagraph,
        decisionType: null,
        isKeyDecision: false,
        forwardPlanEntryId: null,
        allWards: false,
      });
      await audit({ action: 'create', entity: 'agenda_item', entityId: change.itemId, summary: `Added the report “${reportTitle}” to the agenda for ${meetingName(meeting)}`, before: change.before, after: change.after });
      await audit({ action: 'create', entity: 'report', entityId: reportId, summary: `Created the report “${reportTitle}”`, after: { title: reportTitle, author: author?.fullName ?? null, leadOfficer: leadOfficer?.fullName ?? null, ...exempt } });
      return `/manage/reports/${reportId}`;
    });
  });

  app.post('/manage/meetings/:id/agenda/numbering', guard, async (request, reply) => {
    const meeting = await loadMeeting(request);
    const form = NumberingForm.safeParse(request.body);
    if (!form.success) return showBuilder(reply, meeting.id, { errors: zodFormErrors(form.error), values: request.body as Record<string, unknown>, status: 400 });
    return changeAgenda(request, reply, meeting, async (trx, audit) => {
      const change = await rearrangeAgenda(trx, meeting, form.data.firstMinuteNumber);
      await audit({ action: 'renumber', entity: 'meeting', entityId: meeting.id, summary: `Numbered the minutes for ${meetingName(meeting)} from ${form.data.firstMinuteNumber}`, before: change.before, after: change.after });
      return onAgenda(meeting, 'numbering');
    });
  });

  const loadItem = async (request: FastifyRequest) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const item = (await findManagedItem(db, id)) ?? notFound('agenda item');
    const meeting = (await findManagedMeeting(db, item.meetingId)) ?? notFound('meeting');
    return { item, meeting };
  };

  app.post('/manage/agenda-items/:id/move', guard, async (request, reply) => {
    const { item, meeting } = await loadItem(request);
    const form = MoveForm.safeParse(request.body);
    if (!form.success) return reply.redirect(`/manage/meetings/${meeting.id}/agenda`, 303);
    return changeAgenda(request, reply, meeting, async (trx, audit) => {
      const change = await moveAgendaItem(trx, meeting, item.id, form.data.direction);
      if (change) await audit({ action: 'move', entity: 'agenda_item', entityId: item.id, summary: `Moved “${item.title}” ${form.data.direction} the agenda for ${meetingName(meeting)}`, before: change.before, after: change.after });
      return onAgenda(meeting, `item-${item.id}`);
    });
  });

  const showItemForm = async (reply: FastifyReply, item: Awaited<ReturnType<typeof loadItem>>['item'], meeting: ManagedMeeting, view: { errors?: FormErrors; values?: Record<string, unknown>; status?: number } = {}) => {
    const errors = view.errors ?? noErrors;
    const values = view.values ?? { itemTitle: item.title, itemDescription: item.description, itemClassification: item.isExempt ? 'exempt' : 'open', itemParagraph: item.exemptParagraph };
    return reply.code(view.status ?? 200).view('agenda-item-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Change item ${item.number ?? ''}: ${item.title}`,
      breadcrumbs: [
        { text: 'Back office', href: '/manage' },
        { text: meetingName(meeting), href: `/manage/meetings/${meeting.id}` },
        { text: 'Agenda', href: `/manage/meetings/${meeting.id}/agenda` },
      ],
      item,
      meeting,
      editable: agendaIsEditable(meeting.status),
      // A report's title and classification are the report's; an automatic or standard item stays open.
      mayClassify: item.reportId === null && item.standardKind === null,
      mayRetitle: item.reportId === null,
      errors,
      values,
      itemParagraphItems: paragraphItems(values.itemParagraph),
    });
  };

  app.get('/manage/agenda-items/:id/edit', guard, async (request, reply) => {
    const { item, meeting } = await loadItem(request);
    return showItemForm(reply, item, meeting);
  });

  app.post('/manage/agenda-items/:id', guard, async (request, reply) => {
    const { item, meeting } = await loadItem(request);
    const body = { itemTitle: item.title, itemClassification: item.isExempt ? 'exempt' : 'open', itemParagraph: item.exemptParagraph ?? '', ...(request.body as Record<string, unknown>) };
    // What the form does not offer for this item stays as it is, whatever a crafted request sends.
    if (item.reportId !== null) body.itemTitle = item.title;
    if (item.reportId !== null || item.standardKind !== null) Object.assign(body, { itemClassification: item.isExempt ? 'exempt' : 'open', itemParagraph: item.exemptParagraph ?? '' });
    const form = EditItemForm.safeParse(body);
    if (!form.success) return showItemForm(reply, item, meeting, { errors: zodFormErrors(form.error), values: body, status: 400 });
    const changes = { title: form.data.itemTitle, description: form.data.itemDescription, ...exemption(form.data.itemClassification ?? 'open', form.data.itemParagraph) };
    try {
      await withAudit(db, staffOf(request), async (trx, audit) => {
        const status = await lockMeeting(trx, meeting.id);
        if (!status || !agendaIsEditable(status)) throw new GavelError(lockedMessage, 'conflict');
        await updateAgendaItem(trx, item.id, changes);
        // Becoming exempt or open moves the exclusion of the press and public.
        const change = changes.isExempt !== item.isExempt ? await rearrangeAgenda(trx, meeting) : null;
        const before = { title: item.title, description: item.description, isExempt: item.isExempt, exemptParagraph: item.exemptParagraph };
        await audit({ action: 'update', entity: 'agenda_item', entityId: item.id, summary: `Changed “${changes.title}” on the agenda for ${meetingName(meeting)}`, before: change ? { ...before, agenda: change.before } : before, after: change ? { ...changes, agenda: change.after } : changes });
      });
    } catch (error) {
      if (isGavelError(error) && error.code === 'conflict') return showItemForm(reply, item, meeting, { errors: formErrors({ itemTitle: error.message }), values: body, status: 409 });
      throw error;
    }
    return reply.redirect(`/manage/meetings/${meeting.id}/agenda#item-${item.id}`, 303);
  });

  app.get('/manage/agenda-items/:id/remove', guard, async (request, reply) => {
    const { item, meeting } = await loadItem(request);
    return reply.view('agenda-item-remove.njk', {
      pageTitle: `Remove item ${item.number ?? ''}: ${item.title}`,
      breadcrumbs: [
        { text: 'Back office', href: '/manage' },
        { text: meetingName(meeting), href: `/manage/meetings/${meeting.id}` },
        { text: 'Agenda', href: `/manage/meetings/${meeting.id}/agenda` },
      ],
      item,
      meeting,
      editable: agendaIsEditable(meeting.status),
      automatic: item.standardKind === 'exclusion-of-press-and-public',
    });
  });

  app.post('/manage/agenda-items/:id/remove', guard, async (request, reply) => {
    const { item, meeting } = await loadItem(request);
    // The exclusion item follows the exempt business: it goes when they do.
    if (item.standardKind === 'exclusion-of-press-and-public') return reply.redirect(`/manage/meetings/${meeting.id}/agenda`, 303);
    return changeAgenda(request, reply, meeting, async (trx, audit) => {
      const documents = await deleteUploadedDocumentsOfItem(trx, item.id);
      const change = await removeAgendaItem(trx, meeting, item.id);
      const extra = item.reportId !== null ? `, with its report${documents ? ` and ${documents} uploaded ${documents === 1 ? 'document' : 'documents'}` : ''}` : '';
      await audit({ action: 'delete', entity: 'agenda_item', entityId: item.id, summary: `Removed “${item.title}” from the agenda for ${meetingName(meeting)}${extra}`, before: change.before, after: change.after });
      return onAgenda(meeting, 'agenda');
    });
  });
}

function paragraphItems(selected: unknown) {
  return [
    { value: '', text: 'Select a paragraph' },
    ...exemptParagraphs.map((p) => ({ value: String(p), text: exemptParagraphShortLabels[p], selected: String(selected ?? '') === String(p) })),
  ];
}
