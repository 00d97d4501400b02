import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import type { Services } from '../services.ts';
import { formatDateShort } from '../web/format.ts';
import { formErrors, type FormErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { findCommitteeById } from './committee-repository.ts';
import type { Committee, Membership, MembershipRole, MemberType } from './committee-tables.ts';
import {
  confirmWarningsMessage,
  dateInputValues,
  dateParts,
  type FormWarning,
  linkDateErrorsToDayBox,
  optionalEmail,
  optionalId,
  optionalText,
  readDateInput,
  warningsConfirmation,
  warningsFingerprint,
} from './manage-form-fields.ts';
import {
  createMemberPerson,
  findMembership,
  findPerson,
  insertMembership,
  listCommitteeMemberships,
  listPeopleForMembership,
  listPoliticalGroups,
  listWards,
  type MembershipValues,
  updateMembership,
} from './membership-admin-repository.ts';
import { type MemberPerson, membershipProblems, membershipWarnings } from './membership-admin-rules.ts';
import { describeMembership } from './membership.ts';

const roles: { value: MembershipRole; text: string }[] = [
  { value: 'member', text: 'Member' },
  { value: 'chair', text: 'Chair' },
  { value: 'vice-chair', text: 'Vice-chair' },
];

const memberTypes: { value: MemberType; text: string; hint: string }[] = [
  { value: 'councillor', text: 'Councillor', hint: 'Votes on everything' },
  { value: 'non-voting-councillor', text: 'Non-voting councillor', hint: 'Takes part but does not vote' },
  { value: 'voting-co-optee', text: 'Voting co-opted member', hint: 'Not a councillor: church and parent governor representatives, who vote on education matters only' },
  { value: 'non-voting-co-optee', text: 'Non-voting co-opted member', hint: 'Not a councillor, and does not vote' },
];

const PlaceForm = z.object({
  place: z.enum(['member', 'substitute'], { error: 'Select whether they are a member or a named substitute' }),
  role: z.enum(['member', 'chair', 'vice-chair'], { error: 'Select their role' }),
  memberType: z.enum(['councillor', 'non-voting-councillor', 'voting-co-optee', 'non-voting-co-optee'], { error: 'Select the kind of member' }),
  represents: optionalText(200, 'What they represent must be 200 characters or fewer'),
});

const PersonChoiceForm = z.discriminatedUnion('personChoice', [
  z.object({ personChoice: z.literal('existing'), personId: optionalId('Choose a person from the list').refine((v) => v !== null, 'Choose a person from the list') }),
  z.object({
    personChoice: z.literal('new'),
    newFullName: z.string().trim().min(1, 'Enter the new member’s full name, like Jane Smith').max(200, 'The name must be 200 characters or fewer'),
    newKind: z.enum(['councillor', 'co-optee'], { error: 'Select whether they are a councillor or a co-opted member' }),
    newPoliticalGroupId: optionalId('Choose a political group from the list'),
    newWardId: optionalId('Choose a ward from the list'),
    newEmail: optionalEmail('Enter an email address in the correct format, like jane.smith@northwold.gov.uk'),
  }),
], { error: 'Select an existing person or someone new' });

const dateFields = ['startsOn', 'endsOn'];

type Fields = Record<string, string | null | undefined>;
const fieldMessages = (error: z.ZodError): Fields => Object.fromEntries(Object.entries(zodFormErrors(error).fields).map(([k, v]) => [k, v.text]));

function membershipSnapshot(m: Membership) {
  return { committeeId: m.committeeId, personId: m.personId, role: m.role, memberType: m.memberType, isSubstitute: m.isSubstitute, represents: m.represents, startsOn: m.startsOn, endsOn: m.endsOn };
}

/**
 * A committee's members in the back office: adding someone (a councillor or
 * co-optee already known, or someone new), changing their place, and
 * ending it. Ending keeps the membership, so the public person page shows
 * their roles over time.
 */
export function registerMembershipAdminRoutes(app: FastifyInstance, { db, today }: Services): void {
  const guard = { preHandler: requirePermission('committees:manage') };

  const showForm = async (
    reply: FastifyReply,
    view: { committee: Committee; membership?: Membership & { personName: string }; values: Record<string, unknown>; errors: FormErrors; warnings?: FormWarning[] },
    status = 200,
  ) => {
    const [people, groups, wards] = view.membership ? [[], [], []] : await Promise.all([listPeopleForMembership(db), listPoliticalGroups(db), listWards(db)]);
    const values = view.values;
    const option = (selected: unknown) => (r: { id: number; name?: string; fullName?: string }) => ({ value: String(r.id), text: r.name ?? r.fullName!, selected: String(r.id) === String(selected ?? '') });
    const warnings = view.warnings ?? [];
    return reply.code(status).view('manage/membership-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.membership ? `Change ${view.membership.personName}’s membership` : `Add a member to ${view.committee.name}`}`,
      committee: view.committee,
      membership: view.membership,
      values,
      errors: view.errors,
      warnings,
      warningsShown: warningsFingerprint(warnings),
      peopleItems: [{ value: '', text: 'Choose a person' }, ...people.map((p) => ({ ...option(values.personId)(p), text: `${p.fullName}${p.kind === 'co-optee' ? ' (co-opted member)' : ''}` }))],
      groupItems: [{ value: '', text: 'None or not known' }, ...groups.map(option(values.newPoliticalGroupId))],
      wardItems: [{ value: '', text: 'None or not known' }, ...wards.map(option(values.newWardId))],
      newKindItems: [
        { value: 'councillor', text: 'Councillor', checked: values.newKind === 'councillor' },
        { value: 'co-optee', text: 'Co-opted member', hint: { text: 'Not a councillor, like a parent governor representative' }, checked: values.newKind === 'co-optee' },
      ],
      placeItems: [
        { value: 'member', text: 'Member', checked: values.place === 'member' },
        { value: 'substitute', text: 'Named substitute', hint: { text: 'From the same political group; attends only in a member’s place' }, checked: values.place === 'substitute' },
      ],
      roleItems: roles.map((r) => ({ ...r, checked: r.value === values.role })),
      memberTypeItems: memberTypes.map((t) => ({ value: t.value, text: t.text, hint: { text: t.hint }, checked: t.value === values.memberType })),
      startsOn: (values.startsOn as object | undefined) ?? dateInputValues(null),
      endsOn: (values.endsOn as object | undefined) ?? dateInputValues(null),
    });
  };

  /** The place on the committee as posted, checked field by field, then against the committee's other memberships. */
  const readPlace = async (
    committee: Committee,
    body: Record<string, unknown>,
    person: MemberPerson & { id: number | null },
    membershipId?: number,
  ): Promise<{ fields: Fields } | { values: MembershipValues; warnings: FormWarning[] }> => {
    const form = PlaceForm.safeParse(body);
    const startsOn = readDateInput(body, 'startsOn', 'Start date');
    const endsOn = readDateInput(body, 'endsOn', 'End date', { required: false });
    const fields: Fields = { ...(form.success ? {} : fieldMessages(form.error)), startsOn: startsOn.error, endsOn: endsOn.error };
    if (!form.success || startsOn.error || endsOn.error) return { fields };
    const draft = {
      id: membershipId,
      personId: person.id ?? -1,
      role: form.data.role,
      memberType: form.data.memberType,
      isSubstitute: form.data.place === 'substitute',
      represents: form.data.represents,
      startsOn: startsOn.value!,
      endsOn: endsOn.value,
    };
    const existing = await listCommitteeMemberships(db, committee.id);
    const { isSubstitute: substituteProblem, ...problems } = membershipProblems(draft, person, existing);
    // The form asks "member or named substitute?" in its place field.
    if (substituteProblem || Object.keys(problems).length) return { fields: { ...problems, place: substituteProblem } };
    const values: MembershipValues = {
      committeeId: committee.id,
      personId: draft.personId,
      role: draft.role,
      memberType: draft.memberType,
      isSubstitute: draft.isSubstitute,
      represents: draft.represents,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
    };
    return { values, warnings: membershipWarnings(draft, committee) };
  };

  const formValues = (body: Record<string, unknown>) => ({ ...body, startsOn: dateParts(body, 'startsOn'), endsOn: dateParts(body, 'endsOn') });

  app.get('/manage/committees/:id/members/new', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const committee = (await findCommitteeById(db, id)) ?? notFound('committee');
    return showForm(reply, { committee, values: { place: 'member', role: 'member', memberType: 'councillor', startsOn: dateInputValues(today()) }, errors: noErrors });
  });

  app.post('/manage/committees/:id/members', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const committee = (await findCommitteeById(db, id)) ?? notFound('committee');
    const body = request.body as Record<string, unknown>;
    const values = formValues(body);
    const fail = (fields: Fields) => showForm(reply, { committee, values, errors: linkDateErrorsToDayBox(formErrors(fields), dateFields) }, 400);

    // The form offers a list of people and, below it, the fields for someone new: whichever is filled in says which.
    const hasExisting = String(body.personId ?? '').trim() !== '';
    const hasNew = String(body.newFullName ?? '').trim() !== '';
    const choice = PersonChoiceForm.safeParse({ ...body, personChoice: hasNew && !hasExisting ? 'new' : 'existing' });
    let person: (MemberPerson & { id: number | null }) | undefined;
    let personError: Fields = {};
    if (hasExisting && hasNew) {
      personError = { personId: 'Choose a person from the list or enter someone new, not both' };
    } else if (!hasExisting && !hasNew) {
      personError = { personId: 'Choose a person from the list, or enter the name of someone new' };
    } else if (!choice.success) {
      personError = fieldMessages(choice.error);
    } else if (choice.data.personChoice === 'existing') {
      const found = await findPerson(db, choice.data.personId!);
      if (!found) personError = { personId: 'Choose a person from the list' };
      else person = { id: found.id, fullName: found.fullName, kind: found.kind };
    } else {
      person = { id: null, fullName: choice.data.newFullName, kind: choice.data.newKind };
    }
    const place = await readPlace(committee, body, person ?? { id: null, fullName: 'They', kind: 'councillor' });
    if (!person || Object.keys(personError).length || !('values' in place)) return fail({ ...personError, ...('fields' in place ? place.fields : {}) });

    const warnings = [...place.warnings];
    if (choice.success && choice.data.personChoice === 'new') {
      const namesakes = (await listPeopleForMembership(db)).filter((p) => p.fullName.toLowerCase() === person.fullName.toLowerCase());
      if (namesakes.length) warnings.push({ key: 'namesake', text: `There is already a ${namesakes[0]!.kind === 'co-optee' ? 'co-opted member' : 'councillor'} called ${person.fullName}: choose them from the list of existing people, unless this is someone else.` });
    }
    const decision = warningsConfirmation(warnings, body);
    if (decision === 'show') return showForm(reply, { committee, values, errors: noErrors, warnings });
    if (decision === 'unconfirmed') return showForm(reply, { committee, values, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings }, 400);

    await withAudit(db, staffOf(request), async (trx, audit) => {
      let personId = person.id;
      if (personId === null && choice.success && choice.data.personChoice === 'new') {
        const created = await createMemberPerson(trx, { fullName: choice.data.newFullName, kind: choice.data.newKind, politicalGroupId: choice.data.newPoliticalGroupId, wardId: choice.data.newWardId, email: choice.data.newEmail });
        personId = created.id;
        await audit({ action: 'create', entity: 'person', entityId: created.id, summary: `Added ${created.fullName} as a ${created.kind === 'co-optee' ? 'co-opted member' : 'councillor'}`, after: created });
      }
      const membership = await insertMembership(trx, { ...place.values, personId: personId! });
      await audit({
        action: 'create',
        entity: 'membership',
        entityId: membership.id,
        summary: `Added ${person.fullName} to ${committee.name} as ${describeMembership(membership).toLowerCase()} from ${formatDateShort(membership.startsOn!)}`,
        after: membershipSnapshot(membership),
      });
    });
    return reply.redirect(`/manage/committees/${committee.id}?done=member-added#members`, 303);
  });

  const loadMembership = async (id: number) => {
    const membership = (await findMembership(db, id)) ?? notFound('membership');
    const [committee, person] = await Promise.all([findCommitteeById(db, membership.committeeId), findPerson(db, membership.personId)]);
    if (!committee || !person) notFound('membership');
    return { membership: { ...membership, personName: person.fullName }, committee, person };
  };

  app.get('/manage/memberships/:id/edit', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const { membership, committee } = await loadMembership(id);
    return showForm(reply, {
      committee,
      membership,
      values: { ...membership, place: membership.isSubstitute ? 'substitute' : 'member', startsOn: dateInputValues(membership.startsOn), endsOn: dateInputValues(membership.endsOn) },
      errors: noErrors,
    });
  });

  app.post('/manage/memberships/:id', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const { membership, committee, person } = await loadMembership(id);
    const body = request.body as Record<string, unknown>;
    const values = formValues(body);
    const place = await readPlace(committee, body, { id: person.id, fullName: person.fullName, kind: person.kind }, id);
    if (!('values' in place)) return showForm(reply, { committee, membership, values, errors: linkDateErrorsToDayBox(formErrors(place.fields), dateFields) }, 400);
    const warnings = place.warnings;
    const decision = warningsConfirmation(warnings, body);
    if (decision === 'show') return showForm(reply, { committee, membership, values, errors: noErrors, warnings });
    if (decision === 'unconfirmed') return showForm(reply, { committee, membership, values, errors: formErrors({ confirmWarnings: confirmWarningsMessage }), warnings }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const { role, memberType, isSubstitute, represents, startsOn, endsOn } = place.values;
      const after = await updateMembership(trx, id, { role, memberType, isSubstitute, represents, startsOn, endsOn });
      await audit({ action: 'update', entity: 'membership', entityId: id, summary: `Changed ${person.fullName}’s membership of ${committee.name}`, before: membershipSnapshot(membership), after: membershipSnapshot(after) });
    });
    return reply.redirect(`/manage/committees/${committee.id}?done=member-saved#members`, 303);
  });

  const showEndForm = (reply: FastifyReply, view: { committee: Committee; membership: Membership & { personName: string }; endsOn: object; errors: FormErrors }, status = 200) =>
    reply.code(status).view('manage/membership-end.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}End ${view.membership.personName}’s membership`,
      ...view,
      roleLabel: describeMembership(view.membership),
    });

  app.get('/manage/memberships/:id/end', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const { membership, committee } = await loadMembership(id);
    return showEndForm(reply, { committee, membership, endsOn: dateInputValues(membership.endsOn ?? today()), errors: noErrors });
  });

  app.post('/manage/memberships/:id/end', guard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const { membership, committee, person } = await loadMembership(id);
    const body = request.body as Record<string, unknown>;
    const endsOn = readDateInput(body, 'endsOn', 'End date');
    let error = endsOn.error;
    if (!error && membership.startsOn && endsOn.value! < membership.startsOn) error = `End date must be the same as or after the start date, ${formatDateShort(membership.startsOn)}`;
    if (error) return showEndForm(reply, { committee, membership, endsOn: dateParts(body, 'endsOn'), errors: linkDateErrorsToDayBox(formErrors({ endsOn: error }), ['endsOn']) }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const after = await updateMembership(trx, id, { endsOn: endsOn.value! });
      await audit({
        action: 'end',
        entity: 'membership',
        entityId: id,
        summary: `Ended ${person.fullName}’s membership of ${committee.name} on ${formatDateShort(endsOn.value!)}`,
        before: membershipSnapshot(membership),
        after: membershipSnapshot(after),
      });
    });
    return reply.redirect(`/manage/committees/${committee.id}?done=member-ended#members`, 303);
  });
}
