import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { refuse, requirePermission, staffOf } from '../../accounts/access.ts';
import { hasPermission, mayEditReport } from '../../accounts/roles.ts';
import { withAudit } from '../../audit/with-audit.ts';
import { GavelError, isGavelError } from '../../errors.ts';
import type { Services } from '../../services.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../../web/form-errors.ts';
import { formatDateLong } from '../../web/format.ts';
import { paginationView } from '../../web/pagination.ts';
import { idSchema, notFound, parseParams } from '../../web/params.ts';
import { agendaIsEditable } from '../agenda-editable.ts';
import { decisionTypeLabels, exemptParagraphShortLabels, exemptParagraphs, reportStatusTags } from '../agenda-labels.ts';
import { lockMeeting, findManagedMeeting } from '../agenda-repository.ts';
import { rearrangeAgenda } from '../agenda-commands.ts';
import { listDocumentVersions } from './report-document-repository.ts';
import { ReportForm, SignOffForm, StepForm } from './report-forms.ts';
import {
  findManagedReport,
  findPersonName,
  listDirectorates,
  listOfficers,
  listOpenKeyDecisions,
  listReports,
  listSignOffs,
  listWards,
  type ManagedReport,
  replaceReportWards,
  saveSignOff,
  setReportStatus,
  updateReport,
} from './report-repository.ts';
import { reportIsEditable, type ReportStep, reportStepLabels, requiredSignOffRoles, rolesStillToSign, stepsFrom, takeReportStep } from './report-status.ts';

const pageSize = 25;
const ListQuery = z.object({ when: z.enum(['upcoming', 'earlier']).catch('upcoming'), page: z.coerce.number().int().min(1).max(10_000).catch(1) });
/** After an upload: the version just stored, for the success banner. */
const UploadedQuery = z.object({ uploaded: z.coerce.number().int().min(1).optional().catch(undefined) });
const lockedMessage = 'The report can no longer be changed here: it is published, or its meeting has been held or cancelled';

/**
 * Reports in the back office. Everyone signed in reads them, exempt ones
 * included; a report author changes only the reports naming them as
 * author or lead officer (mayEditReport), democratic services any. Every
 * change checks that on the record, for the page and for a direct POST.
 */
export function registerReportRoutes(app: FastifyInstance, { db, today }: Services): void {
  const readGuard = { preHandler: requirePermission('back-office:read') };

  app.get('/manage/reports', readGuard, async (request, reply) => {
    const staff = staffOf(request);
    const query = ListQuery.parse(request.query);
    // A report author's own list; everyone else sees every report.
    const own = !hasPermission(staff.role, 'reports:edit-any') && hasPermission(staff.role, 'reports:edit-assigned');
    const personId = own ? (staff.personId ?? -1) : undefined;
    const range = query.when === 'upcoming' ? { onOrAfter: today() } : { before: today() };
    const [list, upcomingCount, earlierCount] = await Promise.all([
      listReports(db, { personId, ...range }, { limit: pageSize, offset: (query.page - 1) * pageSize }),
      listReports(db, { personId, onOrAfter: today() }, { limit: 0, offset: 0 }),
      listReports(db, { personId, before: today() }, { limit: 0, offset: 0 }),
    ]);
    const pages = Math.max(1, Math.ceil(list.total / pageSize));
    return reply.view('report-list.njk', {
      pageTitle: own ? 'Your reports' : 'Reports',
      breadcrumbs: [{ text: 'Back office', href: '/manage' }],
      own,
      unlinked: own && staff.personId === null,
      when: query.when,
      counts: { upcoming: upcomingCount.total, earlier: earlierCount.total },
      reports: list.rows.map((r) => ({
        ...r,
        tag: reportStatusTags[r.status],
        outstanding: r.status === 'draft' || r.status === 'submitted' ? rolesStillToSign(r.signedOffRoles) : [],
      })),
      pagination: paginationView(query.page, pages, (page) => `/manage/reports?when=${query.when}&page=${page}`),
    });
  });

  const loadReport = async (request: FastifyRequest) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    return (await findManagedReport(db, id)) ?? notFound('report');
  };

  const showReport = async (request: FastifyRequest, reply: FastifyReply, report: ManagedReport, view: { errors?: FormErrors; values?: Record<string, unknown>; status?: number; uploaded?: number } = {}) => {
    const staff = staffOf(request);
    const [signOffs, versions] = await Promise.all([listSignOffs(db, report.id), listDocumentVersions(db, report.agendaItemId)]);
    const mayEdit = mayEditReport(staff, report);
    const editable = reportIsEditable(report.status, report.meeting.status);
    const mayConfirm = hasPermission(staff.role, 'reports:edit-any');
    const steps = stepsFrom(report.status).filter((step) => step !== 'confirm-sign-off' || mayConfirm);
    const errors = view.errors ?? noErrors;
    const values = view.values ?? {};
    return reply.code(view.status ?? 200).view('report-page.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}${report.title}`,
      breadcrumbs: [
        { text: 'Back office', href: '/manage' },
        { text: 'Reports', href: '/manage/reports' },
        { text: `${report.meeting.committeeName}, ${formatDateLong(report.meeting.date)}`, href: `/manage/meetings/${report.meeting.id}` },
      ],
      report,
      tag: reportStatusTags[report.status],
      decisionTypeLabel: report.decisionType ? decisionTypeLabels[report.decisionType] : null,
      mayEdit: mayEdit && editable,
      editable,
      mayBuildAgenda: hasPermission(staff.role, 'meetings:manage'),
      signOffs: requiredSignOffRoles.map((role) => ({ role, recorded: signOffs.find((s) => s.reviewerRole.toLowerCase() === role.toLowerCase()) ?? null })),
      otherSignOffs: signOffs.filter((s) => !requiredSignOffRoles.some((role) => role.toLowerCase() === s.reviewerRole.toLowerCase())),
      outstanding: rolesStillToSign(signOffs.filter((s) => s.signedOffOn).map((s) => s.reviewerRole)),
      steps: mayEdit && editable ? steps.map((step) => ({ step, text: reportStepLabels[step] })) : [],
      current: versions.find((v) => v.id === report.documentId) ?? null,
      versions,
      uploaded: view.uploaded ?? null,
      errors,
      values,
      roleItems: requiredSignOffRoles.map((role) => ({ value: role, text: role, checked: values.reviewerRole === role })),
    });
  };

  app.get('/manage/reports/:id', readGuard, async (request, reply) => {
    const { uploaded } = UploadedQuery.parse(request.query);
    return showReport(request, reply, await loadReport(request), { uploaded });
  });

  /** Loads the report and refuses anyone who may not change it: the same for the form and for a direct POST. */
  const loadEditable = async (request: FastifyRequest, reply: FastifyReply): Promise<ManagedReport | null> => {
    const report = await loadReport(request);
    if (!mayEditReport(staffOf(request), report)) {
      await refuse(reply);
      return null;
    }
    return report;
  };

  const showForm = async (request: FastifyRequest, reply: FastifyReply, report: ManagedReport, view: { errors?: FormErrors; values?: Record<string, unknown>; status?: number } = {}) => {
    const staff = staffOf(request);
    const [officers, wards, keyDecisions, directorates] = await Promise.all([listOfficers(db), listWards(db), listOpenKeyDecisions(db), listDirectorates(db)]);
    const errors = view.errors ?? noErrors;
    const values = view.values ?? valuesOf(report);
    const chosen = new Set([values.wards].flat().map(String));
    const selectItems = (choices: { id: number; text: string }[], selected: unknown, none: string) => [
      { value: '', text: none },
      ...choices.map((c) => ({ value: String(c.id), text: c.text, selected: String(selected ?? '') === String(c.id) })),
    ];
    return reply.code(view.status ?? 200).view('report-form.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Change the report’s details`,
      breadcrumbs: [
        { text: 'Back office', href: '/manage' },
        { text: 'Reports', href: '/manage/reports' },
        { text: report.title, href: `/manage/reports/${report.id}` },
      ],
      report,
      editable: reportIsEditable(report.status, report.meeting.status),
      // The agenda is published: the title and classification are on it, so only a supplement changes them.
      agendaFixed: !agendaIsEditable(report.meeting.status),
      // Who writes the report is democratic services' call: an author cannot hand it on or take another's.
      mayAssign: hasPermission(staff.role, 'reports:edit-any'),
      errors,
      values,
      authorItems: selectItems(officers, values.author, 'Not known yet'),
      leadOfficerItems: selectItems(officers, values.leadOfficer, 'Not known yet'),
      paragraphItems: [{ value: '', text: 'Select a paragraph' }, ...exemptParagraphs.map((p) => ({ value: String(p), text: exemptParagraphShortLabels[p], selected: String(values.reportParagraph ?? '') === String(p) }))],
      decisionTypeItems: [{ value: '', text: 'Not set' }, ...Object.entries(decisionTypeLabels).map(([value, text]) => ({ value, text, selected: values.decisionType === value }))],
      keyDecisionItems: selectItems(keyDecisions, values.forwardPlanEntry, 'Not in the forward plan yet'),
      wardItems: wards.map((w) => ({ value: String(w.id), text: w.text, checked: chosen.has(String(w.id)) })),
      directorates,
    });
  };

  app.get('/manage/reports/:id/edit', readGuard, async (request, reply) => {
    const report = await loadEditable(request, reply);
    return report && showForm(request, reply, report);
  });

  app.post('/manage/reports/:id', readGuard, async (request, reply) => {
    const report = await loadEditable(request, reply);
    if (!report) return reply;
    const staff = staffOf(request);
    const body = { ...(request.body as Record<string, unknown>) };
    // Fields the form does not offer this person stay as they are, whatever a crafted request sends.
    if (!hasPermission(staff.role, 'reports:edit-any')) Object.assign(body, { author: report.authorPersonId ?? '', leadOfficer: report.leadOfficerPersonId ?? '' });
    if (!agendaIsEditable(report.meeting.status)) Object.assign(body, { reportTitle: report.title, reportClassification: report.classification, reportParagraph: report.exemptParagraph ?? '' });
    if (!reportIsEditable(report.status, report.meeting.status)) return showForm(request, reply, report, { errors: formErrors({ reportTitle: lockedMessage }), values: body, status: 409 });
    const form = ReportForm.safeParse(body);
    if (!form.success) return showForm(request, reply, report, { errors: zodFormErrors(form.error), values: body, status: 400 });
    const f = form.data;
    const [author, leadOfficer] = await Promise.all([f.author ? findPersonName(db, f.author) : null, f.leadOfficer ? findPersonName(db, f.leadOfficer) : null]);
    const unknownPeople = formErrors({ author: f.author !== null && !author && 'Select the author from the list', leadOfficer: f.leadOfficer !== null && !leadOfficer && 'Select the lead officer from the list' });
    if (unknownPeople.summary.length) return showForm(request, reply, report, { errors: unknownPeople, values: body, status: 400 });
    const exempt = f.reportClassification === 'exempt';
    const changes = {
      title: f.reportTitle,
      summary: f.summary,
      authorPersonId: f.author,
      // A name typed before the person had a record is kept until someone is chosen.
      authorName: author?.fullName ?? (f.author === null && report.authorPersonId === null ? report.authorName : null),
      leadOfficerPersonId: f.leadOfficer,
      leadOfficerName: leadOfficer?.fullName ?? (f.leadOfficer === null && report.leadOfficerPersonId === null ? report.leadOfficerName : null),
      directorate: f.directorate,
      classification: f.reportClassification,
      exemptParagraph: exempt && typeof f.reportParagraph === 'number' ? (f.reportParagraph as ManagedReport['exemptParagraph']) : null,
      decisionType: f.decisionType,
      isKeyDecision: f.keyDecision === 'yes',
      forwardPlanEntryId: f.keyDecision === 'yes' ? f.forwardPlanEntry : null,
      allWards: f.wardScope === 'all',
    };
    // Wards ticked under 'no ward in particular' mean those wards.
    const wardIds = f.wardScope === 'some' || (f.wardScope === 'none' && f.wards.length) ? [...new Set(f.wards)] : [];
    const meeting = (await findManagedMeeting(db, report.meeting.id)) ?? notFound('meeting');
    try {
      await withAudit(db, staff, async (trx, audit) => {
        // Published meanwhile: the title and classification read from the page may no longer change.
        if ((await lockMeeting(trx, meeting.id)) !== report.meeting.status) throw new GavelError(lockedMessage, 'conflict');
        await updateReport(trx, report.id, report.agendaItemId, changes);
        await replaceReportWards(trx, report.id, wardIds);
        // Becoming exempt or open moves the exclusion of the press and public on the agenda.
        if (exempt !== (report.classification === 'exempt')) await rearrangeAgenda(trx, meeting);
        await audit({ action: 'update', entity: 'report', entityId: report.id, summary: `Changed the details of the report “${changes.title}”`, before: snapshot(report), after: { ...changes, wardIds } });
      });
    } catch (error) {
      if (isGavelError(error) && error.code === 'conflict') return showForm(request, reply, report, { errors: formErrors({ reportTitle: 'The meeting changed while you were editing: check the details and save again' }), values: body, status: 409 });
      throw error;
    }
    return reply.redirect(`/manage/reports/${report.id}`, 303);
  });

  app.post('/manage/reports/:id/sign-offs', readGuard, async (request, reply) => {
    const report = await loadEditable(request, reply);
    if (!report) return reply;
    const values = request.body as Record<string, unknown>;
    if (!reportIsEditable(report.status, report.meeting.status)) return showReport(request, reply, report, { errors: formErrors({ reviewerRole: lockedMessage }), values, status: 409 });
    const form = SignOffForm.safeParse(values);
    if (!form.success) return showReport(request, reply, report, { errors: dateErrorsToFirstField(zodFormErrors(form.error)), values, status: 400 });
    if (form.data.signedOffOn > today()) return showReport(request, reply, report, { errors: dateErrorsToFirstField(formErrors({ signedOffOn: 'The date it was signed off must be today or in the past' })), values, status: 400 });
    const officers = await listOfficers(db);
    // Linked to the officer's record when the name is one Gavel knows.
    const reviewer = officers.find((o) => o.fullName.toLowerCase() === form.data.reviewerName.toLowerCase()) ?? null;
    const signOff = { ...form.data, reviewerPersonId: reviewer?.id ?? null, reviewerName: reviewer?.fullName ?? form.data.reviewerName };
    await withAudit(db, staffOf(request), async (trx, audit) => {
      await saveSignOff(trx, report.id, signOff);
      await audit({ action: 'sign-off', entity: 'report', entityId: report.id, summary: `Recorded the ${signOff.reviewerRole.toLowerCase()} sign-off of “${report.title}” by ${signOff.reviewerName}`, after: signOff });
    });
    return reply.redirect(`/manage/reports/${report.id}#sign-offs`, 303);
  });

  app.post('/manage/reports/:id/status', readGuard, async (request, reply) => {
    const report = await loadEditable(request, reply);
    if (!report) return reply;
    const form = StepForm.safeParse(request.body);
    if (!form.success) return reply.redirect(`/manage/reports/${report.id}`, 303);
    const step: ReportStep = form.data.step;
    // Confirming the sign-off is democratic services' check, not the author's.
    if (step === 'confirm-sign-off' && !hasPermission(staffOf(request).role, 'reports:edit-any')) return refuse(reply);
    if (!reportIsEditable(report.status, report.meeting.status)) return showReport(request, reply, report, { errors: formErrors({ status: lockedMessage }), status: 409 });
    const signOffs = await listSignOffs(db, report.id);
    const outcome = takeReportStep({ status: report.status, hasDocument: report.documentId !== null, signOffs }, step);
    if ('error' in outcome) return showReport(request, reply, report, { errors: formErrors({ status: outcome.error }), status: 400 });
    await withAudit(db, staffOf(request), async (trx, audit) => {
      await setReportStatus(trx, report.id, outcome.status);
      await audit({ action: step, entity: 'report', entityId: report.id, summary: `${reportStepLabels[step]}: “${report.title}”`, before: { status: report.status }, after: { status: outcome.status } });
    });
    return reply.redirect(`/manage/reports/${report.id}`, 303);
  });
}

function valuesOf(report: ManagedReport): Record<string, unknown> {
  return {
    reportTitle: report.title,
    summary: report.summary,
    author: report.authorPersonId,
    leadOfficer: report.leadOfficerPersonId,
    directorate: report.directorate,
    reportClassification: report.classification,
    reportParagraph: report.exemptParagraph,
    decisionType: report.decisionType,
    keyDecision: report.isKeyDecision ? 'yes' : 'no',
    forwardPlanEntry: report.forwardPlanEntryId,
    wardScope: report.allWards ? 'all' : report.wards.length ? 'some' : 'none',
    wards: report.wards.map((w) => w.id),
  };
}

/** What the audit trail keeps of a report: its own columns and its wards, not the meeting and item it was read with. */
function snapshot(report: ManagedReport) {
  const { id, title, summary, authorPersonId, authorName, leadOfficerPersonId, leadOfficerName, directorate, classification, exemptParagraph, decisionType, isKeyDecision, forwardPlanEntryId, allWards, status, documentId } = report;
  return { id, title, summary, authorPersonId, authorName, leadOfficerPersonId, leadOfficerName, directorate, classification, exemptParagraph, decisionType, isKeyDecision, forwardPlanEntryId, allWards, status, documentId, wardIds: report.wards.map((w) => w.id) };
}

/** The error summary links a date to its day field, as GOV.UK's date input asks. */
function dateErrorsToFirstField(errors: FormErrors): FormErrors {
  return { ...errors, summary: errors.summary.map((e) => (e.href === '#signedOffOn' ? { ...e, href: '#signedOffOn-day' } : e)) };
}
