import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { insertAgendaItem, insertMeeting } from '../../test/factories.ts';
import { openTestDatabase, type TestDatabaseHandle, testEngines } from '../../test/support/database.ts';
import { listJobs } from '../jobs/job-repository.ts';
import { decideTopicLink, insertTopic } from '../topics/topic-repository.ts';
import { seedTopicRecords, TOPIC_EXEMPT_MARKER } from '../topics/topic-test-records.ts';
import { countWaitingEvents } from './follow-event-repository.ts';
import { tidyFollows } from './follow-repository.ts';
import { confirmedFollower, recordAgendaPublication, TEST_PUBLIC_URL } from './following-test-setup.ts';
import { notifyFollowers } from './notify-followers.ts';

const options = { publicUrl: TEST_PUBLIC_URL, now: () => new Date('2026-03-02T10:00:00Z') };
const none = { sourceDocumentId: null, sourceLineFrom: null, sourceLineTo: null };

for (const engine of testEngines) {
  describe(`notifying followers (${engine})`, () => {
    let database: TestDatabaseHandle;
    let seeded: Awaited<ReturnType<typeof seedTopicRecords>>;
    let topicId: number;

    before(async () => {
      database = await openTestDatabase(engine);
      seeded = await seedTopicRecords(database.db);
      const topic = await database.db.transaction().execute((trx) => insertTopic(trx, { slug: 'school-transport', name: 'School transport', description: null }));
      topicId = topic.id;
      const staff = await database.db.insertInto('staffUser').values({ email: 'officer@northwold.example', name: 'Alex Morgan', role: 'scrutiny-officer', personId: null, passwordHash: null }).returning(['id', 'name']).executeTakeFirstOrThrow();
      for (const id of [seeded.items.upcoming.id, seeded.items.contract.id]) {
        await database.db.transaction().execute((trx) => decideTopicLink(trx, { topicId, kind: 'agenda-item', recordId: id, status: 'confirmed', source: 'by-hand', score: null, actor: staff }));
      }
      // What the seed itself recorded happened before anyone followed; clear it out of the way.
      await notifyFollowers(database.db, options);
    });
    after(() => database.close());

    const emails = async () =>
      (await listJobs(database.db, 'waiting', 1000))
        .filter((j) => j.kind === 'send-email')
        .sort((a, b) => a.id - b.id)
        .map((j) => j.payload as { to: string[]; subject: string; text: string; html: string; unsubscribeUrl?: string })
        .filter((e) => !e.subject.startsWith('Confirm your email'));

    it('records what appears, whoever writes it, and asks for one run', async () => {
      const before = await countWaitingEvents(database.db);
      assert.equal(before, 0);
      await recordAgendaPublication(database.db, seeded.meetings.march.id, [seeded.items.upcoming.id]);
      await database.db.updateTable('recommendation').set({ response: 'partly-accepted', responseText: 'Partly.', respondedOn: '2026-02-27' }).where('id', '=', seeded.recommendations.secret).execute();
      assert.equal(await countWaitingEvents(database.db), 2);
      const runs = (await listJobs(database.db, 'waiting')).filter((j) => j.kind === 'notify-followers');
      assert.equal(runs.length, 1, 'a burst of changes asks for one run');
      assert.ok(runs[0]!.runAt.getTime() > Date.now(), 'a minute later, so a burst is handled together');
      await notifyFollowers(database.db, options);
      assert.equal(await countWaitingEvents(database.db), 0);
    });

    it('emails a committee’s followers once about a published agenda, with a working unsubscribe address', async () => {
      await confirmedFollower(database.db, 'resident@example.com', { kind: 'committee', committeeId: seeded.committee.id });
      await confirmedFollower(database.db, 'Resident@Example.com', { kind: 'topic', topicId });
      await confirmedFollower(database.db, 'cabinet-watcher@example.com', { kind: 'committee', committeeId: seeded.cabinet.id });
      const june = await insertMeeting(database.db, seeded.committee.id, '2026-03-30');
      const item = await insertAgendaItem(database.db, june.id, 3, { title: 'Bus passes for college students' });
      await recordAgendaPublication(database.db, june.id, [item.id]);

      assert.deepEqual(await notifyFollowers(database.db, options), { events: 1, emails: 1 });
      const [email, ...others] = await emails();
      assert.deepEqual(others, []);
      assert.deepEqual(email!.to, ['resident@example.com']);
      assert.equal(email!.subject, 'Agenda published: Children and Young People Scrutiny Committee, Monday 30 March 2026');
      assert.match(email!.text, /3\. Bus passes for college students/);
      assert.match(email!.unsubscribeUrl!, /^http:\/\/gavel\.test\/following\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
      assert.match(email!.text, /because you follow the Children and Young People Scrutiny Committee/);
    });

    it('sends nothing more when it runs again, or twice at once', async () => {
      const before = (await emails()).length;
      assert.deepEqual(await notifyFollowers(database.db, options), { events: 0, emails: 0 });
      const decided = await database.db.insertInto('forwardPlanEntry').values({ reference: null, title: 'Bus pass eligibility', purpose: 'To set the rules.', decisionMaker: 'Cabinet', decisionMakerCommitteeId: seeded.cabinet.id, decisionKind: 'key', decisionDueOn: '2026-04-15', decisionDueMonth: null, firstPublishedOn: '2026-03-01', directorate: null, leadOfficerName: null, leadOfficerPersonId: null, portfolioHolderName: null, isExempt: false, exemptParagraph: null, urgencyRoute: null, decidedOn: null, decisionMeetingId: null, ...none }).returning('id').executeTakeFirstOrThrow();
      const results = await Promise.all([notifyFollowers(database.db, options), notifyFollowers(database.db, options)]);
      assert.equal(results.reduce((n, r) => n + r.emails, 0), 1);
      const after = await emails();
      assert.equal(after.length, before + 1);
      assert.deepEqual(after.at(-1)!.to, ['cabinet-watcher@example.com']);
      assert.equal(after.at(-1)!.subject, 'On the forward plan: Bus pass eligibility');
      await database.db.updateTable('forwardPlanEntry').set({ status: 'decided', decidedOn: '2026-03-01' }).where('id', '=', decided.id).execute();
      await notifyFollowers(database.db, options);
      assert.equal((await emails()).at(-1)!.subject, 'Decision taken: Bus pass eligibility');
    });

    it('tells a topic’s followers about minutes of a meeting that considered it, without exempt content', async () => {
      await confirmedFollower(database.db, 'topic.only@example.com', { kind: 'topic', topicId });
      await database.db.updateTable('resolution').set({ text: `Noted the ${TOPIC_EXEMPT_MARKER} update.` }).where('agendaItemId', '=', seeded.items.contract.id).execute();
      await database.db.insertInto('resolution').values({ agendaItemId: seeded.items.upcoming.id, position: 1, text: 'That the transport update be noted.', outcome: 'noted', ...none }).execute();
      await database.db.updateTable('meeting').set({ status: 'draft-minutes', minutesPublishedAt: new Date() }).where('id', '=', seeded.meetings.march.id).execute();
      await notifyFollowers(database.db, options);
      const minutes = (await emails()).filter((e) => e.subject.startsWith('Minutes published'));
      assert.deepEqual(minutes.map((e) => e.to[0]).sort(), ['resident@example.com', 'topic.only@example.com'], 'one email each, the committee follower’s through the committee');
      for (const email of minutes) {
        assert.match(email.text, /That the transport update be noted\./);
        assert.ok(!email.text.includes(TOPIC_EXEMPT_MARKER) && !email.html.includes(TOPIC_EXEMPT_MARKER));
      }
    });

    it('tells a saved search’s follower when new public records match, and never for exempt ones', async () => {
      await confirmedFollower(database.db, 'searcher@example.com', { kind: 'search', search: { q: 'college bus', kinds: [], committees: [] } });
      await confirmedFollower(database.db, 'secret.searcher@example.com', { kind: 'search', search: { q: TOPIC_EXEMPT_MARKER, kinds: [], committees: [] } });
      await confirmedFollower(database.db, 'narrow.searcher@example.com', { kind: 'search', search: { q: 'college bus', kinds: ['forward-plan'], committees: [] } });
      const meeting = await insertMeeting(database.db, seeded.committee.id, '2026-04-20');
      const open = await insertAgendaItem(database.db, meeting.id, 4, { title: 'College bus routes' });
      const exempt = await insertAgendaItem(database.db, meeting.id, 9, { title: 'Confidential contract', isExempt: true, exemptParagraph: 3, description: TOPIC_EXEMPT_MARKER });
      await recordAgendaPublication(database.db, meeting.id, [open.id, exempt.id]);
      await notifyFollowers(database.db, options);
      const latest = (await emails()).filter((e) => e.subject.endsWith('Monday 20 April 2026'));
      const to = latest.map((e) => e.to[0]).sort();
      assert.deepEqual(to, ['resident@example.com', 'searcher@example.com']);
      const searcher = latest.find((e) => e.to[0] === 'searcher@example.com')!;
      assert.match(searcher.text, /It matches your search for "college bus":\n- College bus routes/);
      assert.match(searcher.text, /9\. Confidential contract \(not for publication\)/);
      assert.ok(!searcher.text.includes(TOPIC_EXEMPT_MARKER));
    });

    it('forgets addresses that never confirmed, and followers with nothing left to follow', async () => {
      await database.db.transaction().execute(async (trx) => {
        const { requestFollow } = await import('./request-follow.ts');
        await requestFollow(trx, { email: 'never.confirmed@example.com', target: { kind: 'committee', committeeId: seeded.committee.id }, targetText: 'x', publicUrl: TEST_PUBLIC_URL, now: new Date() });
      });
      await database.db.updateTable('follow').set({ createdAt: new Date(Date.now() - 8 * 86_400_000) }).where('confirmedAt', 'is', null).execute();
      const tidied = await tidyFollows(database.db, { unconfirmedDays: 7, endedDays: 30, requestMinutes: 1440 });
      assert.deepEqual(tidied, { follows: 1, followers: 1, requests: 0 });
      assert.equal(await database.db.selectFrom('follower').select('id').where('emailKey', '=', 'never.confirmed@example.com').executeTakeFirst(), undefined);
    });
  });
}
