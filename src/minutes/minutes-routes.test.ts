import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { getPage, buildTestApp, textOf } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { startTestSmtpServer, sendQueuedEmails, type TestSmtpServer } from '../../test/support/smtp.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import type { StaffRole } from '../accounts/roles.ts';
import { seedMeetingRecord } from './meeting-record-fixture.ts';
import { formatDateLong } from '../web/format.ts';

type Seed = Awaited<ReturnType<typeof seedMeetingRecord>>;

/** A meeting recorded through the back office as a clerk would, and refused to everyone else. */
describe('recording a meeting', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let seed: Seed;
  let smtp: TestSmtpServer;

  before(async () => {
    smtp = await startTestSmtpServer();
  });
  after(() => smtp.close());

  beforeEach(async () => {
    await app?.close();
    await database?.close();
    database = await openTestDatabase('pglite');
    seed = await seedMeetingRecord(database.db);
    app = await buildTestApp(database);
  });
  after(async () => {
    await app?.close();
    await database?.close();
  });

  const url = (meetingId: number, path: string) => `/manage/meetings/${meetingId}/${path}`;
  const attendanceOf = (meetingId: number) =>
    database.db.selectFrom('attendance').select(['personId', 'status', 'attendedRemotely', 'substituteForPersonId', 'isChairOfMeeting', 'capacity']).where('meetingId', '=', meetingId).orderBy('personId').execute();
  const errorSummary = ($: Parameters<typeof textOf>[0]) => textOf($, '.govuk-error-summary__list');

  async function recordJanuaryAttendance(clerk: TestBrowser) {
    const { people } = seed;
    await clerk.get(url(seed.january.meeting.id, 'attendance'));
    return clerk.post(url(seed.january.meeting.id, 'attendance'), {
      [`member-${people.chair.id}`]: 'present',
      [`member-${people.vice.id}`]: 'present',
      [`member-${people.member.id}`]: 'apologies',
      [`member-${people.member2.id}`]: 'remote',
      [`member-${people.member3.id}`]: 'present',
      [`member-${people.coOptee.id}`]: 'present',
      [`substitute-${people.substitute.id}`]: String(people.member.id),
      chair: String(people.chair.id),
    });
  }

  describe('attendance', () => {
    it('records members, a substitute in the seat of a member who sent apologies, the chair, and marks the meeting held', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const response = await recordJanuaryAttendance(clerk);
      assert.equal(response.statusCode, 303);
      const { people } = seed;
      const rows = await attendanceOf(seed.january.meeting.id);
      const byPerson = new Map(rows.map((r) => [r.personId, r]));
      assert.equal(byPerson.get(people.chair.id)?.isChairOfMeeting, true);
      assert.deepEqual(byPerson.get(people.member2.id), { personId: people.member2.id, status: 'remote-non-voting', attendedRemotely: true, substituteForPersonId: null, isChairOfMeeting: false, capacity: null });
      assert.equal(byPerson.get(people.substitute.id)?.status, 'substitute');
      assert.equal(byPerson.get(people.substitute.id)?.substituteForPersonId, people.member.id);
      const meeting = await database.db.selectFrom('meeting').select('status').where('id', '=', seed.january.meeting.id).executeTakeFirstOrThrow();
      assert.equal(meeting.status, 'held');
      const audit = await database.db.selectFrom('auditEvent').select(['action', 'entity', 'summary']).where('action', '=', 'record-attendance').executeTakeFirstOrThrow();
      assert.equal(audit.summary, 'Recorded attendance at Housing Scrutiny Committee on Monday 12 January 2026, and marked the meeting held');
    });

    it('shows the quorum: voting members present in law, not the remote member nor the non-voting co-optee', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await recordJanuaryAttendance(clerk);
      const { $ } = await clerk.get(url(seed.january.meeting.id, 'attendance?saved=attendance'));
      assert.equal(textOf($, '.govuk-notification-banner'), 'Success Attendance saved');
      // Chair, vice-chair, one member and the substitute: 4, against a default quorum of 3.
      assert.match(textOf($, 'main'), /Quorate 4 voting members present; the quorum is 3\./);
      assert.equal($(`input[name="member-${seed.people.member2.id}"][value="remote"]`).attr('checked'), 'checked');
    });

    it('refuses a substitute for a member who attended, naming both, and saves nothing', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const { people } = seed;
      await clerk.get(url(seed.january.meeting.id, 'attendance'));
      const response = await clerk.post(url(seed.january.meeting.id, 'attendance'), { [`member-${people.member.id}`]: 'present', [`substitute-${people.substitute.id}`]: String(people.member.id) });
      assert.equal(response.statusCode, 400);
      const $ = (await import('cheerio')).load(response.body);
      assert.match($('title').text(), /^Error: /);
      assert.equal(errorSummary($), 'Councillor Gil Upton can only substitute for Councillor Cara Pike if Councillor Cara Pike sent apologies');
      assert.equal($('.govuk-error-summary a').attr('href'), `#substitute-${people.substitute.id}`);
      assert.deepEqual(await attendanceOf(seed.january.meeting.id), []);
    });

    it('refuses a remote chair in England', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await clerk.get(url(seed.january.meeting.id, 'attendance'));
      const response = await clerk.post(url(seed.january.meeting.id, 'attendance'), { [`member-${seed.people.vice.id}`]: 'remote', chair: String(seed.people.vice.id) });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Councillor Bryn Hollis was not present, so cannot have chaired the meeting/);
    });

    it('offers as chair only those present once attendance is saved, and refuses one who sent apologies, naming the field', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const { people } = seed;
      const chairChoices = ($: Parameters<typeof textOf>[0]) => $('input[name="chair"]').map((_, input) => $(input).attr('value')).get();
      const before = await clerk.get(url(seed.january.meeting.id, 'attendance'));
      assert.ok(chairChoices(before.$).includes(String(people.member.id)), 'before attendance is recorded, everyone is offered');
      await recordJanuaryAttendance(clerk);
      const { $ } = await clerk.get(url(seed.january.meeting.id, 'attendance'));
      // Present in the room, and the substitute in the seat of the member who sent apologies; not the apologies, nor the member online in England.
      assert.deepEqual(chairChoices($).sort(), ['', ...[people.chair, people.vice, people.member3, people.coOptee, people.substitute].map((p) => String(p.id))].sort());
      assert.equal($(`input[name="chair"][value="${people.chair.id}"]`).attr('checked'), 'checked');
      assert.match(textOf($, '#chair-hint'), /Only those recorded as present are listed/);

      const refused = await clerk.post(url(seed.january.meeting.id, 'attendance'), {
        [`member-${people.chair.id}`]: 'present',
        [`member-${people.member.id}`]: 'apologies',
        chair: String(people.member.id),
      });
      assert.equal(refused.statusCode, 400);
      const page = (await import('cheerio')).load(refused.body);
      assert.equal(errorSummary(page), 'Councillor Cara Pike was not present, so cannot have chaired the meeting');
      assert.equal(page('.govuk-error-summary a').attr('href'), '#chair');
      assert.equal(page(`input[name="chair"][value="${people.member.id}"]`).attr('checked'), 'checked', 'the refused choice is shown as it was sent');
      const chair = (await attendanceOf(seed.january.meeting.id)).find((r) => r.isChairOfMeeting);
      assert.equal(chair?.personId, people.chair.id, 'the saved chair is unchanged');
    });

    it('adds an officer in attendance with their capacity, and a guest not yet known', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await clerk.get(url(seed.january.meeting.id, 'attendance'));
      assert.equal((await clerk.post(url(seed.january.meeting.id, 'attendance/others'), { personId: String(seed.people.officer.id), capacity: 'Head of Housing Options' })).statusCode, 303);
      assert.equal((await clerk.post(url(seed.january.meeting.id, 'attendance/others'), { personId: '', newName: 'Kit Lomax', newKind: 'public', capacity: 'Chair, Northwold Tenants’ Forum' })).statusCode, 303);
      const { $ } = await clerk.get(url(seed.january.meeting.id, 'attendance'));
      assert.match(textOf($, 'main table'), /Kit Lomax Chair, Northwold Tenants’ Forum Remove Kit Lomax Ivo Wren Head of Housing Options Remove Ivo Wren/);
      const missing = await clerk.post(url(seed.january.meeting.id, 'attendance/others'), { personId: '', capacity: 'Visitor' });
      assert.equal(missing.statusCode, 400);
      assert.match(missing.body, /Select who attended, or enter the name of someone not listed/);
    });
  });

  describe('declarations', () => {
    it('requires a member with a disclosable pecuniary interest to withdraw, then records it against the item', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await recordJanuaryAttendance(clerk);
      await clerk.get(url(seed.january.meeting.id, 'declarations'));
      const form = { personId: String(seed.people.vice.id), agendaItemId: String(seed.january.items.report.id), kind: 'disclosable-pecuniary', description: 'as a landlord of properties let to the council' };
      const refused = await clerk.post(url(seed.january.meeting.id, 'declarations'), form);
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /must leave the meeting for the item, unless they have a dispensation/);
      assert.equal((await clerk.post(url(seed.january.meeting.id, 'declarations'), { ...form, withdrew: 'yes' })).statusCode, 303);
      const row = await database.db.selectFrom('declaration').selectAll().executeTakeFirstOrThrow();
      assert.deepEqual([row.personId, row.agendaItemId, row.kind, row.withdrew], [seed.people.vice.id, seed.january.items.report.id, 'disclosable-pecuniary', true]);
    });

    it('refuses a declaration by someone who was not at the meeting', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await recordJanuaryAttendance(clerk);
      await clerk.get(url(seed.january.meeting.id, 'declarations'));
      const response = await clerk.post(url(seed.january.meeting.id, 'declarations'), { personId: String(seed.people.member.id), agendaItemId: '', kind: 'other-registrable', description: 'as a trustee of a housing charity' });
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Select a member who was at the meeting/);
    });
  });

  describe('the minutes', () => {
    it('records a minute, a resolution with a recorded vote, a lettered recommendation and an action, each its own tracked record', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await recordJanuaryAttendance(clerk);
      const item = seed.january.items.report;
      const base = url(seed.january.meeting.id, `minutes/${item.id}`);
      await clerk.get(base);
      assert.equal((await clerk.post(base, { minutes: 'The Head of Housing Options introduced the report.\n\nMembers asked about bed and breakfast use.' })).statusCode, 303);
      assert.equal((await clerk.post(`${base}/resolutions`, { resolutionText: 'RESOLVED: That the report be noted.', resolutionOutcome: 'carried' })).statusCode, 303);
      const resolution = await database.db.selectFrom('resolution').selectAll().where('agendaItemId', '=', item.id).executeTakeFirstOrThrow();
      assert.equal(resolution.text, 'That the report be noted.');

      await clerk.get(`${base}/resolutions/${resolution.id}`);
      const { people } = seed;
      const remoteVote = await clerk.post(`${base}/resolutions/${resolution.id}/votes`, { [`vote-${people.chair.id}`]: 'for', [`vote-${people.member2.id}`]: 'for' });
      assert.equal(remoteVote.statusCode, 400);
      assert.match(remoteVote.body, /Councillor Dev Rowe attended remotely, which does not count as present, so may not vote/);
      const coOpteeVote = await clerk.post(`${base}/resolutions/${resolution.id}/votes`, { [`vote-${people.coOptee.id}`]: 'against' });
      assert.match(coOpteeVote.body, /Fran Tate is a non-voting member/);
      const vote = await clerk.post(`${base}/resolutions/${resolution.id}/votes`, { [`vote-${people.chair.id}`]: 'for', [`vote-${people.vice.id}`]: 'for', [`vote-${people.substitute.id}`]: 'against', [`vote-${people.member3.id}`]: 'abstain' });
      assert.equal(vote.statusCode, 303);
      const votes = await database.db.selectFrom('recordedVote').select(['personId', 'vote']).where('resolutionId', '=', resolution.id).orderBy('personId').execute();
      assert.deepEqual(votes, [
        { personId: people.chair.id, vote: 'for' },
        { personId: people.vice.id, vote: 'for' },
        { personId: people.member3.id, vote: 'abstain' },
        { personId: people.substitute.id, vote: 'against' },
      ]);

      await clerk.get(base);
      const recommendation = await clerk.post(`${base}/recommendations`, {
        recommendationLetter: 'a',
        recommendationText: 'That the Cabinet publish the number of households in bed and breakfast each month.',
        addressedTo: 'executive',
        addresseeName: 'Cabinet',
        'sentOn-day': '14', 'sentOn-month': '1', 'sentOn-year': '2026',
        'receivedOn-day': '15', 'receivedOn-month': '1', 'receivedOn-year': '2026',
      });
      assert.equal(recommendation.statusCode, 303);
      const rec = await database.db.selectFrom('recommendation').selectAll().executeTakeFirstOrThrow();
      assert.deepEqual(
        [rec.committeeId, rec.meetingId, rec.agendaItemId, rec.letter, rec.addressedTo, rec.sentOn, rec.receivedOn, rec.responseDueOn],
        [seed.committee.id, seed.january.meeting.id, item.id, 'a', 'executive', '2026-01-14', '2026-01-15', '2026-03-14'],
      );
      const duplicate = await clerk.post(`${base}/recommendations`, { recommendationLetter: 'a', recommendationText: 'Another', addressedTo: 'partner' });
      assert.equal(duplicate.statusCode, 400);
      assert.match(duplicate.body, /There is already a recommendation \(a\) in this minute/);

      const action = await clerk.post(`${base}/actions`, { actionNumber: '', actionDescription: 'Circulate the temporary accommodation figures by ward.', owner: String(people.officer.id), ownerName: '', directorate: '', 'dueOn-day': '9', 'dueOn-month': '2', 'dueOn-year': '2026', dueText: '' });
      assert.equal(action.statusCode, 303);
      const row = await database.db.selectFrom('action').selectAll().executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.committeeId, row.meetingId, row.agendaItemId, row.number, row.ownerPersonId, row.ownerName, row.directorate, row.dueOn, row.status],
        [seed.committee.id, seed.january.meeting.id, item.id, '1', people.officer.id, 'Ivo Wren', 'Housing and Communities', '2026-02-09', 'open'],
      );
      const second = await clerk.post(`${base}/actions`, { actionNumber: '', actionDescription: 'Write to the chair with the waiting list.', owner: '', ownerName: 'Clerk to the committee', dueText: 'Next meeting' });
      assert.equal(second.statusCode, 303);
      const numbers = await database.db.selectFrom('action').select(['number', 'ownerName', 'dueText']).orderBy('id').execute();
      assert.deepEqual(numbers.at(-1), { number: '2', ownerName: 'Clerk to the committee', dueText: 'Next meeting' });

      const { $ } = await clerk.get(base);
      assert.equal(textOf($, '#minutes'), 'The Head of Housing Options introduced the report.\n\nMembers asked about bed and breakfast use.'.replace(/\s+/g, ' '));
      assert.match(textOf($, '.gavel-lettered'), /^\(a\) That the Cabinet publish the number of households in bed and breakfast each month\. To Cabinet; received 15 January 2026; response due by 14 March 2026\./);
      assert.equal($('input[name="recommendationLetter"]').val(), 'b');
      assert.equal($('input[name="actionNumber"]').val(), '3');

      await clerk.get(url(seed.january.meeting.id, 'minutes'));
      assert.equal((await clerk.post(url(seed.january.meeting.id, 'minutes/publish'))).statusCode, 303);
      const publicPage = await getPage(app, '/committees/housing-scrutiny/meetings/2026-01-12');
      assert.equal(
        textOf(publicPage.$, '.gavel-resolution .govuk-body-s'),
        'Recorded vote. For (2): Councillor Bryn Hollis, Councillor Ada Marsh. Against (1): Councillor Gil Upton. Abstained (1): Councillor Eli Shaw.',
      );

      const entities = await database.db.selectFrom('auditEvent').select(['entity', 'action']).orderBy('id').execute();
      assert.deepEqual(entities.filter((e) => e.entity !== 'meeting').map((e) => `${e.entity}:${e.action}`), [
        'agenda_item:update-minute',
        'resolution:create',
        'resolution:record-vote',
        'recommendation:create',
        'action:create',
        'action:create',
      ]);
    });

    it('emails an action’s owner who has an email address, and no one else', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const base = url(seed.january.meeting.id, `minutes/${seed.january.items.report.id}`);
      await clerk.get(base);
      await clerk.post(`${base}/actions`, { actionDescription: 'Send members the allocations policy.', owner: String(seed.people.officer.id), 'dueOn-day': '2', 'dueOn-month': '3', 'dueOn-year': '2026' });
      await clerk.post(`${base}/actions`, { actionDescription: 'Check the void figures.', owner: String(seed.people.officerWithoutEmail.id) });
      const before = smtp.messages.length;
      await sendQueuedEmails(database.db, smtp);
      const [email] = (await smtp.waitForMessages(before + 1)).slice(before);
      assert.equal(smtp.messages.length, before + 1);
      assert.deepEqual(email!.envelope.to, ['ivo.wren@northwold.example']);
      assert.equal(email!.parsed.subject, 'Action 1 from Housing Scrutiny Committee has been assigned to you');
      assert.match(email!.parsed.text ?? '', /Action 1: Send members the allocations policy\./);
      assert.match(email!.parsed.text ?? '', /Due by: Monday 2 March 2026/);
      assert.equal(email!.parsed.replyTo?.text, 'housing.scrutiny@northwold.example');
    });

    it('keeps an action on an exempt item out of its owner’s email', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const base = url(seed.january.meeting.id, `minutes/${seed.january.items.exempt.id}`);
      const { $ } = await clerk.get(base);
      assert.match(textOf($, '.govuk-warning-text'), /Exempt item \(paragraph 3/);
      await clerk.post(`${base}/actions`, { actionDescription: 'Negotiate the break clause with the landlord.', owner: String(seed.people.officer.id) });
      const before = smtp.messages.length;
      await sendQueuedEmails(database.db, smtp);
      const [email] = (await smtp.waitForMessages(before + 1)).slice(before);
      assert.doesNotMatch(email!.raw, /break clause/);
      assert.match(email!.parsed.text ?? '', /on an exempt item \(paragraph 3/);
    });
  });

  describe('publishing and approval', () => {
    it('publishes draft minutes, which the public page shows marked as a draft', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await clerk.get(url(seed.january.meeting.id, 'minutes'));
      const response = await clerk.post(url(seed.january.meeting.id, 'minutes/publish'));
      assert.equal(response.statusCode, 303);
      const meeting = await database.db.selectFrom('meeting').selectAll().where('id', '=', seed.january.meeting.id).executeTakeFirstOrThrow();
      assert.equal(meeting.status, 'draft-minutes');
      assert.ok(meeting.minutesPublishedAt);
      const { $ } = await getPage(app, '/committees/housing-scrutiny/meetings/2026-01-12');
      assert.match(textOf($, '#minutes + .govuk-warning-text'), /These minutes are a draft/);
    });

    it('refuses to publish the minutes of a meeting still to come', async () => {
      const later = await database.db.insertInto('meeting').values({ committeeId: seed.committee.id, slug: '2026-04-20', date: '2026-04-20', status: 'agenda-published', municipalYearId: null, startsAt: null, endsAt: null, venue: null, remoteLink: null, videoUrl: null, agendaPublishedAt: null, minutesPublishedAt: null, minutesApprovedAt: null, minutesApprovedByMeetingId: null, cancellationReason: null, sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null }).returning('id').executeTakeFirstOrThrow();
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await clerk.get(url(later.id, 'minutes'));
      const response = await clerk.post(url(later.id, 'minutes/publish'));
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Minutes can be published once the meeting on Monday 20 April 2026 has been held/);
    });

    it('approves January’s minutes at March’s meeting with a correction, then locks them against every change', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await recordJanuaryAttendance(clerk);
      const january = seed.january.meeting.id;
      const report = seed.january.items.report.id;
      const base = url(january, `minutes/${report}`);
      await clerk.get(base);
      await clerk.post(`${base}/resolutions`, { resolutionText: 'That the report be noted.', resolutionOutcome: 'noted' });
      await clerk.post(`${base}/recommendations`, { recommendationText: 'That the Cabinet review the allocations policy.', addressedTo: 'executive' });
      await clerk.post(`${base}/actions`, { actionDescription: 'Share the survey results.', ownerName: 'Clerk to the committee' });
      await clerk.get(url(january, 'declarations'));
      await clerk.post(url(january, 'declarations'), { personId: String(seed.people.chair.id), agendaItemId: '', kind: 'non-registrable', description: 'as a tenant of a housing association' });
      await clerk.get(url(january, 'minutes'));
      await clerk.post(url(january, 'minutes/publish'));

      const minutesItem = url(seed.march.meeting.id, `minutes/${seed.march.items.minutes.id}`);
      const { $ } = await clerk.get(minutesItem);
      assert.equal(textOf($, '#approval + form h3'), 'Minutes of Monday 12 January 2026');
      const approved = await clerk.post(`${minutesItem}/approve-earlier`, { meeting: String(january), corrections: 'Minute 44: Councillor Pike sent apologies.' });
      assert.equal(approved.statusCode, 303);
      const meeting = await database.db.selectFrom('meeting').selectAll().where('id', '=', january).executeTakeFirstOrThrow();
      assert.equal(meeting.status, 'minutes-approved');
      assert.equal(meeting.minutesApprovedByMeetingId, seed.march.meeting.id);
      assert.ok(meeting.minutesApprovedAt);
      const approving = await database.db.selectFrom('meeting').select('status').where('id', '=', seed.march.meeting.id).executeTakeFirstOrThrow();
      assert.equal(approving.status, 'held', 'a meeting that approved minutes was held');
      const resolution = await database.db.selectFrom('resolution').select(['text', 'outcome']).where('agendaItemId', '=', seed.march.items.minutes.id).executeTakeFirstOrThrow();
      assert.deepEqual(resolution, {
        text: 'That the minutes of the meeting held on 12 January 2026 be approved as a correct record, subject to the following correction, and signed by the chair:\n\nMinute 44: Councillor Pike sent apologies.',
        outcome: 'carried',
      });
      const amendment = await database.db.selectFrom('minutesAmendment').selectAll().executeTakeFirstOrThrow();
      assert.deepEqual([amendment.meetingId, amendment.approvedByMeetingId, amendment.text], [january, seed.march.meeting.id, 'Minute 44: Councillor Pike sent apologies.']);

      const [rec, action, declaration, resolutionRow] = await Promise.all([
        database.db.selectFrom('recommendation').select('id').executeTakeFirstOrThrow(),
        database.db.selectFrom('action').select('id').executeTakeFirstOrThrow(),
        database.db.selectFrom('declaration').select('id').executeTakeFirstOrThrow(),
        database.db.selectFrom('resolution').select('id').where('agendaItemId', '=', report).executeTakeFirstOrThrow(),
      ]);
      const before = await snapshotRecord(january);
      const changes: [string, Record<string, string>][] = [
        [url(january, 'attendance'), { [`member-${seed.people.chair.id}`]: 'absent' }],
        [url(january, 'attendance/others'), { personId: String(seed.people.officer.id) }],
        [url(january, 'declarations'), { personId: String(seed.people.vice.id), kind: 'other-registrable', description: 'added later' }],
        [url(january, `declarations/${declaration.id}/remove`), {}],
        [base, { minutes: 'Rewritten after approval.' }],
        [`${base}/resolutions`, { resolutionText: 'That something else be done.' }],
        [`${base}/resolutions/${resolutionRow.id}`, { resolutionText: 'That the report be rejected.' }],
        [`${base}/resolutions/${resolutionRow.id}/votes`, { [`vote-${seed.people.chair.id}`]: 'against' }],
        [`${base}/resolutions/${resolutionRow.id}/remove`, {}],
        [`${base}/recommendations`, { recommendationText: 'A new one', addressedTo: 'executive' }],
        [`${base}/recommendations/${rec.id}/remove`, {}],
        [`${base}/actions`, { actionDescription: 'A new one', ownerName: 'Clerk' }],
        [`${base}/actions/${action.id}/remove`, {}],
        [url(january, 'minutes/publish'), {}],
      ];
      await clerk.get(url(january, 'minutes'));
      for (const [path, form] of changes) {
        const response = await clerk.post(path, form);
        assert.equal(response.statusCode, 409, `${path} was not refused`);
        assert.match(response.body, /These minutes were approved as a correct record on .*, so they can no longer be changed\./, path);
      }
      // The day is the approving meeting's, not the day the clerk happened to record it.
      const approvedOn = (await database.db.selectFrom('meeting').select('date').where('id', '=', seed.march.meeting.id).executeTakeFirstOrThrow()).date;
      const locked = await clerk.get(url(january, 'attendance'));
      assert.match(textOf(locked.$, '.govuk-inset-text'), new RegExp(`approved as a correct record on ${formatDateLong(approvedOn)}, so`));
      assert.deepEqual(await snapshotRecord(january), before);

      const page = await clerk.get(base);
      assert.equal(page.$('main form').length, 0, 'no forms on a locked minute');
      const publicPage = await getPage(app, '/committees/housing-scrutiny/meetings/2026-01-12');
      assert.equal(publicPage.$('#minutes + .govuk-warning-text').length, 0, 'no longer marked draft');
    });

    it('refuses to approve minutes that were never published, or another committee’s', async () => {
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const minutesItem = url(seed.march.meeting.id, `minutes/${seed.march.items.minutes.id}`);
      await clerk.get(minutesItem);
      const unpublished = await clerk.post(`${minutesItem}/approve-earlier`, { meeting: String(seed.january.meeting.id) });
      assert.equal(unpublished.statusCode, 400);
      assert.match(unpublished.body, /Publish the draft minutes of the meeting on Monday 12 January 2026 before they are approved/);
      const wrongItem = await clerk.post(url(seed.march.meeting.id, `minutes/${seed.march.items.report.id}/approve-earlier`), { meeting: String(seed.january.meeting.id) });
      assert.equal(wrongItem.statusCode, 400);
      assert.match(wrongItem.body, /recorded under the item “Minutes of the previous meeting”/);
      const meeting = await database.db.selectFrom('meeting').select(['status', 'minutesApprovedAt']).where('id', '=', seed.january.meeting.id).executeTakeFirstOrThrow();
      assert.deepEqual(meeting, { status: 'agenda-published', minutesApprovedAt: null });
    });
  });

  describe('who may record a meeting', () => {
    const refused: StaffRole[] = ['administrator', 'scrutiny-officer', 'report-author', 'councillor'];

    it('refuses every other role the pages and the direct POSTs, changing nothing', async () => {
      const january = seed.january.meeting.id;
      const item = seed.january.items.report.id;
      const pages = [url(january, 'attendance'), url(january, 'declarations'), url(january, 'minutes'), url(january, `minutes/${item}`)];
      const posts: [string, Record<string, string>][] = [
        [url(january, 'attendance'), { [`member-${seed.people.chair.id}`]: 'present' }],
        [url(january, 'attendance/others'), { personId: String(seed.people.officer.id) }],
        [url(january, 'declarations'), { personId: String(seed.people.chair.id), kind: 'non-registrable', description: 'x' }],
        [url(january, `minutes/${item}`), { minutes: 'x' }],
        [url(january, `minutes/${item}/resolutions`), { resolutionText: 'That x.' }],
        [url(january, `minutes/${item}/recommendations`), { recommendationText: 'x', addressedTo: 'executive' }],
        [url(january, `minutes/${item}/actions`), { actionDescription: 'x', ownerName: 'y' }],
        [url(january, 'minutes/publish'), {}],
        [url(seed.march.meeting.id, `minutes/${seed.march.items.minutes.id}/approve-earlier`), { meeting: String(january) }],
      ];
      const before = await snapshotRecord(january);
      for (const role of refused) {
        const staff = await signedInAs(app, database.db, role);
        await staff.get('/manage/account');
        for (const page of pages) assert.equal((await staff.request('GET', page)).statusCode, 403, `${role} GET ${page}`);
        for (const [path, form] of posts) assert.equal((await staff.post(path, form)).statusCode, 403, `${role} POST ${path}`);
      }
      assert.deepEqual(await snapshotRecord(january), before);
    });

    it('sends the public to sign in', async () => {
      const response = await app.inject({ method: 'GET', url: url(seed.january.meeting.id, 'attendance') });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/sign-in?next=${encodeURIComponent(url(seed.january.meeting.id, 'attendance'))}`);
    });
  });

  /** Everything a meeting's record holds, to show a refused change changed nothing. */
  async function snapshotRecord(meetingId: number) {
    const db = database.db;
    const items = await db.selectFrom('agendaItem').select(['id', 'minutes']).where('meetingId', '=', meetingId).orderBy('id').execute();
    const itemIds = items.map((i) => i.id);
    return {
      meeting: await db.selectFrom('meeting').select(['status', 'minutesPublishedAt', 'minutesApprovedAt']).where('id', '=', meetingId).executeTakeFirstOrThrow(),
      attendance: await attendanceOf(meetingId),
      declarations: await db.selectFrom('declaration').selectAll().where('meetingId', '=', meetingId).orderBy('id').execute(),
      items,
      resolutions: await db.selectFrom('resolution').selectAll().where('agendaItemId', 'in', itemIds).orderBy('id').execute(),
      votes: await db.selectFrom('recordedVote').selectAll().orderBy('resolutionId').orderBy('personId').execute(),
      recommendations: await db.selectFrom('recommendation').select(['id', 'letter', 'text']).where('meetingId', '=', meetingId).orderBy('id').execute(),
      actions: await db.selectFrom('action').select(['id', 'number', 'description']).where('meetingId', '=', meetingId).orderBy('id').execute(),
    };
  }
});
