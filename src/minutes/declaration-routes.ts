import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { DeclarationKind } from '../meetings/meeting-tables.ts';
import { declarationKindLabels } from '../meetings/meeting-views.ts';
import type { Services } from '../services.ts';
import { formErrors, noErrors, zodFormErrors, type FormErrors } from '../web/form-errors.ts';
import { formatDateLong } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { listRecordedAttendance } from './attendance-repository.ts';
import { isPresentInLaw } from './attendance-status.ts';
import { declarationProblems } from './declaration-rules.ts';
import { deleteDeclaration, insertDeclaration, listMeetingDeclarations } from './declaration-repository.ts';
import { listRoster, type MeetingRecord } from './meeting-record-repository.ts';
import { loadMeetingRecord, meetingRecordFrame, refuseLockedRecord } from './meeting-record-page.ts';
import { listMinuteItems } from './minutes-repository.ts';

const kinds = ['disclosable-pecuniary', 'other-registrable', 'non-registrable'] as const satisfies readonly DeclarationKind[];

const kindHints: Record<(typeof kinds)[number], string> = {
  'disclosable-pecuniary': 'In the register under the Localism Act 2011: the member may not take part or vote, and leaves the room unless they have a dispensation',
  'other-registrable': 'Registrable under the code of conduct, such as a body the member was appointed to',
  'non-registrable': 'Not registrable, but the item affects the member’s own or a close associate’s interests',
};

const DeclarationForm = z.object({
  personId: z.coerce.number({ error: 'Select the member who declared the interest' }).int().positive('Select the member who declared the interest'),
  agendaItemId: z.union([z.literal(''), idSchema]).optional().transform((v) => (v === '' || v === undefined ? null : v)),
  kind: z.enum(kinds, { error: 'Select the kind of interest' }),
  description: z.string({ error: 'Describe the interest' }).trim().min(1, 'Describe the interest').max(1000, 'The description must be 1,000 characters or fewer'),
  withdrew: z.literal('yes').optional(),
  dispensation: z.literal('yes').optional(),
});

/** Declarations of interest, item by item. */
export function registerDeclarationRoutes(app: FastifyInstance, { db }: Services): void {
  const guard = { preHandler: requirePermission('meetings:manage') };

  /** Who may declare: members, substitutes and councillors in attendance at the meeting; the whole committee before attendance is recorded. */
  async function declarers(record: MeetingRecord) {
    const [roster, recorded] = await Promise.all([listRoster(db, record.committee.id, record.meeting.date), listRecordedAttendance(db, record.meeting.id)]);
    const attending = recorded.filter((r) => isPresentInLaw(r) || r.status === 'remote-non-voting' || (r.status === 'in-attendance' && r.kind === 'councillor'));
    if (attending.length > 0) return attending.map((r) => ({ personId: r.personId, name: r.name }));
    return roster.members.map((m) => ({ personId: m.personId, name: m.name }));
  }

  async function showPage(request: FastifyRequest, reply: FastifyReply, record: MeetingRecord, view: { values?: Record<string, unknown>; errors?: FormErrors; saved?: string } = {}, status = 200) {
    const [declarations, people, items] = await Promise.all([listMeetingDeclarations(db, record.meeting.id), declarers(record), listMinuteItems(db, record.meeting.id)]);
    const values = view.values ?? {};
    const errors = view.errors ?? noErrors;
    return reply.code(status).view('minutes-declarations.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Declarations of interest - ${record.committee.name}, ${formatDateLong(record.meeting.date)}`,
      pageHeading: 'Declarations of interest',
      ...meetingRecordFrame(request, record, 'declarations'),
      errors,
      saved: view.saved,
      declarations: declarations.map((d) => ({ ...d, kindLabel: declarationKindLabels[d.kind] })),
      people: [{ value: '', text: 'Select a member' }, ...people.map((p) => ({ value: String(p.personId), text: p.name, selected: String(values.personId ?? '') === String(p.personId) }))],
      items: [
        { value: '', text: 'No particular item (the whole meeting)' },
        ...items.map((i) => ({ value: String(i.id), text: `${i.number ? `${i.number}. ` : ''}${i.title}`, selected: String(values.agendaItemId ?? '') === String(i.id) })),
      ],
      kindItems: kinds.map((k) => ({ value: k, text: declarationKindLabels[k], hint: { text: kindHints[k] }, checked: values.kind === k })),
      values,
    });
  }

  app.get('/manage/meetings/:id/declarations', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const saved = (request.query as { saved?: string }).saved;
    return showPage(request, reply, record, { saved: saved === 'added' ? 'Declaration recorded' : saved === 'removed' ? 'Declaration removed' : undefined });
  });

  app.post('/manage/meetings/:id/declarations', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const locked = meetingRecordFrame(request, record, 'declarations').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, record, 'declarations', locked);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = DeclarationForm.safeParse(body);
    if (!form.success) return showPage(request, reply, record, { values: body, errors: zodFormErrors(form.error) }, 400);
    const declaration = { ...form.data, withdrew: form.data.withdrew === 'yes', dispensation: form.data.dispensation === 'yes' };
    const [people, items] = await Promise.all([declarers(record), listMinuteItems(db, record.meeting.id)]);
    const person = people.find((p) => p.personId === declaration.personId);
    const item = items.find((i) => i.id === declaration.agendaItemId);
    const problems = formErrors({
      personId: person ? null : 'Select a member who was at the meeting',
      agendaItemId: declaration.agendaItemId === null || item ? null : 'Select an item on this meeting’s agenda',
      ...declarationProblems(declaration),
    });
    if (problems.summary.length) return showPage(request, reply, record, { values: body, errors: problems }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const row = await insertDeclaration(trx, { meetingId: record.meeting.id, ...declaration });
      await audit({
        action: 'create',
        entity: 'declaration',
        entityId: row.id,
        summary: `Recorded ${person!.name}’s ${declarationKindLabels[row.kind].toLowerCase()}${item ? ` in item ${item.number ?? item.title}` : ''} at ${record.committee.name} on ${formatDateLong(record.meeting.date)}`,
        after: row,
      });
    });
    return reply.redirect(`/manage/meetings/${record.meeting.id}/declarations?saved=added`, 303);
  });

  app.post('/manage/meetings/:id/declarations/:declaration/remove', guard, async (request, reply) => {
    const record = await loadMeetingRecord(db, request);
    const locked = meetingRecordFrame(request, record, 'declarations').lockedReason;
    if (locked) return refuseLockedRecord(request, reply, record, 'declarations', locked);
    const { declaration: id } = parseParams({ id: idSchema, declaration: idSchema }, request.params);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const row = (await deleteDeclaration(trx, record.meeting.id, id)) ?? notFound('declaration');
      await audit({ action: 'delete', entity: 'declaration', entityId: id, summary: `Removed a declaration of interest at ${record.committee.name} on ${formatDateLong(record.meeting.date)}`, before: row });
    });
    return reply.redirect(`/manage/meetings/${record.meeting.id}/declarations?saved=removed`, 303);
  });
}
