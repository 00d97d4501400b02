import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp, getPage, textOf } from '../../test/build-test-app.ts';
import { buildApp } from '../web/app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { sendQueuedEmails, startTestSmtpServer, type TestSmtpServer } from '../../test/support/smtp.ts';
import { signedInAs, TestBrowser } from '../../test/support/staff.ts';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import type { StaffRole } from '../accounts/roles.ts';
import { seedMeetingRecord } from '../minutes/meeting-record-fixture.ts';
import { issueFormStart } from './form-start-token.ts';


describe('public questions', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let seed: Awaited<ReturnType<typeof seedMeetingRecord>>;
  // The test app's day is Monday 2 March 2026: questions for 15 April close at 5pm on 9 April; those for 26 February closed on 20 February.
  const open = '2026-04-15';
  const closed = '2026-02-26';
  const openPage = `/committees/housing-scrutiny/meetings/${open}`;
  const closedPage = `/committees/housing-scrutiny/meetings/${closed}`;

  before(async () => {
    smtp = await startTestSmtpServer();
    database = await openTestDatabase('pglite');
    seed = await seedMeetingRecord(database.db);
    const move = (id: number, date: string) => database.db.updateTable('meeting').set({ date, slug: date, startsAt: null }).where('id', '=', id).execute();
    await move(seed.march.meeting.id, open);
    await move(seed.january.meeting.id, closed);
    app = await buildTestApp(database);
  });
  after(async () => {
    await app.close();
    await database.close();
    await smtp.close();
  });
  beforeEach(async () => {
    // Every test sends from the same address; each starts with a clean count.
    await database.db.deleteFrom('questionSubmission').execute();
  });

  /** A resident's browser that fetched the form a minute ago. */
  async function resident(page = openPage) {
    const browser = new TestBrowser(app);
    const { $, response } = await browser.get(`${page}/questions/new`);
    const started = issueFormStart(await instanceSecret(database.db, 'question-form'), new Date(Date.now() - 60_000));
    return { browser, $, response, started };
  }
  const questionsFor = (meetingId: number) => database.db.selectFrom('publicQuestion').selectAll().where('meetingId', '=', meetingId).orderBy('id').execute();
  const form = (started: string, question: string, extra: Record<string, string> = {}) => ({ name: 'Pat Holloway', email: 'pat.holloway@example.com', address: 'Riverside ward', question, consent: 'yes', website: '', started, ...extra });

  describe('the form', () => {
    it('works without JavaScript: a plain form with its CSRF token, a signed start time and a hidden honeypot, never cached', async () => {
      const { $, response } = await resident();
      assert.equal(response.headers['cache-control'], 'no-store');
      const formEl = $('form#form');
      assert.equal(formEl.attr('method'), 'post');
      assert.equal(formEl.attr('action'), `${openPage}/questions`);
      assert.ok(formEl.find('input[name="_csrf"]').val());
      assert.match(String(formEl.find('input[name="started"]').val()), /^\d+\.[A-Za-z0-9_-]{43}$/);
      assert.equal(formEl.find('input[name="website"]').closest('[hidden]').length, 1);
      assert.deepEqual(formEl.find('label').map((_, l) => $(l).text().trim()).get().filter((t) => t !== 'Leave this field empty'), [
        'Your name',
        'Email address',
        'Your ward or address (optional)',
        'Your question',
        'I understand how my name and question will be used',
      ]);
      assert.equal(textOf($, '.govuk-inset-text'), 'Questions close at 5pm on Thursday 9 April 2026.');
    });

    it('is never answered from the public page cache', async () => {
      const cached = await buildApp({ db: database.db, config: { publicUrl: 'http://gavel.test', publicPageCacheSeconds: 60 }, today: () => '2026-03-02' });
      try {
        const first = await cached.inject(`${openPage}/questions/new`);
        const second = await cached.inject(`${openPage}/questions/new`);
        assert.equal(second.headers.age, undefined);
        assert.notEqual(cheerio.load(first.body)('input[name="started"]').val(), undefined);
        assert.ok(String(second.headers['set-cookie']).includes('_csrf='), 'a token of its own, with its cookie');
      } finally {
        await cached.close();
      }
    });

    it('takes a question, acknowledges it to the asker and tells the clerk', async () => {
      const { browser, started } = await resident();
      const before = smtp.messages.length;
      const response = await browser.post(`${openPage}/questions`, form(started, 'How many homes will the council build in Riverside ward next year?'));
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `${openPage}/questions/received`);
      const [question] = await questionsFor(seed.march.meeting.id);
      assert.deepEqual([question!.askerName, question!.status, question!.askerKind, question!.agendaItemId], ['Pat Holloway', 'submitted', 'public', null]);
      const contact = await database.db.selectFrom('publicQuestionContact').selectAll().executeTakeFirstOrThrow();
      assert.deepEqual([contact.publicQuestionId, contact.email, contact.address], [question!.id, 'pat.holloway@example.com', 'Riverside ward']);
      const received = await getPage(app, `${openPage}/questions/received`);
      assert.equal(textOf(received.$, '.govuk-panel__title'), 'Question sent');

      const sent = await sendQueuedEmails(database.db, smtp);
      assert.equal(sent.length, 2);
      const emails = (await smtp.waitForMessages(before + 2)).slice(before);
      const toAsker = emails.find((e) => e.envelope.to.includes('pat.holloway@example.com'))!;
      assert.equal(toAsker.parsed.subject, 'We have received your question for Housing Scrutiny Committee');
      assert.match(toAsker.parsed.text ?? '', /How many homes will the council build in Riverside ward next year\?/);
      const toClerk = emails.find((e) => e.envelope.to.includes('housing.scrutiny@northwold.example'))!;
      assert.equal(toClerk.parsed.subject, 'A question from the public for Housing Scrutiny Committee');
      assert.match(toClerk.parsed.text ?? '', new RegExp(`/manage/meetings/${seed.march.meeting.id}/questions/${question!.id}`));
      const audit = await database.db.selectFrom('auditEvent').select(['userName', 'summary', 'after']).where('entity', '=', 'public_question').executeTakeFirstOrThrow();
      assert.equal(audit.userName, 'Gavel');
      assert.doesNotMatch(JSON.stringify(audit.after), /pat\.holloway@example\.com/);
    });

    it('names every missing field, keeps what was typed, and saves nothing', async () => {
      const { browser, started } = await resident();
      const before = await questionsFor(seed.march.meeting.id);
      const response = await browser.post(`${openPage}/questions`, { name: '', email: 'not an address', question: 'Is the depot closing?', started, website: '' });
      assert.equal(response.statusCode, 400);
      const $ = cheerio.load(response.body);
      assert.match($('title').text(), /^Error: Ask a question/);
      assert.deepEqual($('.govuk-error-summary__list a').map((_, a) => [[$(a).attr('href'), $(a).text()]]).get(), [
        ['#name', 'Enter your name'],
        ['#email', 'Enter an email address in the correct format, like name@example.com'],
        ['#consent', 'Confirm that you understand how your name and question will be used'],
      ]);
      assert.equal($('#question').text(), 'Is the depot closing?');
      assert.equal($('#email').val(), 'not an address');
      assert.deepEqual(await questionsFor(seed.march.meeting.id), before);
    });

    it('refuses a form sent within seconds of being shown, keeping the question', async () => {
      const { browser, $ } = await resident();
      const response = await browser.post(`${openPage}/questions`, form(String($('input[name="started"]').val()), 'Sent at machine speed?'));
      assert.equal(response.statusCode, 400);
      assert.match(response.body, /Check your question, then send it again/);
      assert.match(response.body, /Sent at machine speed\?/);
      assert.equal((await questionsFor(seed.march.meeting.id)).some((q) => q.question === 'Sent at machine speed?'), false);
    });

    it('names the missing fields of a form sent empty at once, rather than the time it took', async () => {
      const { browser, $ } = await resident();
      const response = await browser.post(`${openPage}/questions`, { started: String($('input[name="started"]').val()), name: '', email: '', question: '' });
      assert.equal(response.statusCode, 400);
      const $errors = cheerio.load(response.body);
      assert.deepEqual($errors('.govuk-error-summary__list a').map((_, a) => $errors(a).attr('href')).get().slice(0, 2), ['#name', '#email']);
      assert.doesNotMatch(response.body, /Check your question, then send it again/);
    });

    it('tells a script that fills in the honeypot what it would tell a person, and keeps nothing', async () => {
      const { browser, started } = await resident();
      const queued = await database.db.selectFrom('job').select('id').execute();
      const response = await browser.post(`${openPage}/questions`, form(started, 'Buy cheap watches?', { website: 'http://spam.example' }));
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `${openPage}/questions/received`);
      assert.equal((await questionsFor(seed.march.meeting.id)).some((q) => q.question === 'Buy cheap watches?'), false);
      assert.equal((await database.db.selectFrom('job').select('id').execute()).length, queued.length, 'no email queued');
    });

    it('catches the same question sent twice, whatever its case and punctuation', async () => {
      const { browser, started } = await resident();
      assert.equal((await browser.post(`${openPage}/questions`, form(started, 'When will the Mill Lane flats be repaired?'))).statusCode, 303);
      const again = await browser.post(`${openPage}/questions`, form(started, 'when will the mill lane flats be repaired'));
      assert.equal(again.statusCode, 400);
      assert.equal(textOf(cheerio.load(again.body), '.govuk-error-summary__list'), 'This question has already been sent for this meeting');
    });

    it('limits how many questions one address sends in an hour', async () => {
      const { browser, started } = await resident();
      for (let n = 1; n <= 5; n++) assert.equal((await browser.post(`${openPage}/questions`, form(started, `Rate limited question number ${n}?`))).statusCode, 303);
      const sixth = await browser.post(`${openPage}/questions`, form(started, 'Rate limited question number 6?'));
      assert.equal(sixth.statusCode, 429);
      assert.match(sixth.body, /You have sent a lot of questions from this address\. Try again in an hour/);
      const stored = await database.db.selectFrom('questionSubmission').select('addressHash').execute();
      assert.equal(stored.length, 5);
      assert.ok(stored.every((s) => /^[0-9a-f]{64}$/.test(s.addressHash) && !s.addressHash.includes('127.0.0.1')));
    });

    it('is closed after the deadline: the page says so, and a late form keeps the question for the resident but does not send it', async () => {
      const { $ } = await resident(closedPage);
      assert.equal(textOf($, 'h1'), 'Questions for this meeting are closed');
      assert.equal($('form#form').length, 0);
      const browser = new TestBrowser(app);
      await browser.get(`${openPage}/questions/new`);
      const late = await browser.post(`${closedPage}/questions`, form('x', 'Too late for this meeting?'));
      assert.equal(late.statusCode, 409);
      assert.match(late.body, /Your question was not sent/);
      assert.match(late.body, /Too late for this meeting\?/);
      assert.deepEqual(await questionsFor(seed.january.meeting.id), []);
    });

    it('is offered on the meeting page only while questions are open', async () => {
      const openMeeting = await getPage(app, openPage);
      assert.equal(openMeeting.$(`a[href="${openPage}/questions/new"]`).length, 1);
      assert.equal(textOf(openMeeting.$, '.govuk-inset-text'), 'Anyone can ask a question at this meeting. Questions close on Thursday 9 April 2026 at 5pm. Ask a question at this meeting');
      const closedMeeting = await getPage(app, closedPage);
      assert.equal(closedMeeting.$(`a[href="${closedPage}/questions/new"]`).length, 0);
    });
  });

  describe('the clerk', () => {
    async function ask(question: string, name = 'Sam Okafor', email = 'sam.okafor@example.com') {
      const { browser, started } = await resident();
      const response = await browser.post(`${openPage}/questions`, form(started, question, { name, email }));
      assert.equal(response.statusCode, 303);
      return (await questionsFor(seed.march.meeting.id)).find((q) => q.question === question)!;
    }
    const triage = (id?: number) => `/manage/meetings/${seed.march.meeting.id}/questions${id ? `/${id}` : ''}`;

    it('accepts a question under the name the council publishes; it appears under the public questions item with no email address', async () => {
      const question = await ask('Will the Mill Lane play area reopen this summer?');
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      const list = await clerk.get(triage());
      assert.match(textOf(list.$, 'main'), /To decide \(\d+\).*Sam Okafor/);
      const page = await clerk.get(triage(question.id));
      assert.match(textOf(page.$, '.govuk-summary-list'), /Email address sam\.okafor@example\.com/);
      const before = smtp.messages.length;
      assert.equal((await clerk.post(`${triage(question.id)}/accept`, { publishedName: 'S. Okafor' })).statusCode, 303);
      const accepted = await database.db.selectFrom('publicQuestion').selectAll().where('id', '=', question.id).executeTakeFirstOrThrow();
      assert.deepEqual([accepted.status, accepted.askerName, accepted.agendaItemId], ['accepted', 'S. Okafor', seed.march.items.questions.id]);

      const { $, response } = await getPage(app, openPage);
      assert.match(textOf($, '#item-4 .gavel-question'), /Question from S\. Okafor: Will the Mill Lane play area reopen this summer\?/);
      assert.doesNotMatch(response.body, /okafor@example\.com/);
      assert.doesNotMatch(response.body, /Sam Okafor/);

      const sent = await sendQueuedEmails(database.db, smtp);
      const emails = (await smtp.waitForMessages(before + sent.length)).slice(before);
      const decided = emails.find((e) => e.parsed.subject === 'Your question for Housing Scrutiny Committee has been accepted');
      assert.ok(decided, `emails: ${emails.map((e) => e.parsed.subject).join('; ')}`);
      assert.deepEqual(decided.envelope.to, ['sam.okafor@example.com']);
    });

    it('rejects a question only with a reason, which is emailed, and keeps it off the public page', async () => {
      const question = await ask('Can you fix my neighbour’s fence?', 'Lee Barton', 'lee.barton@example.com');
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await clerk.get(triage(question.id));
      const noReason = await clerk.post(`${triage(question.id)}/reject`, { rejectionReason: '' });
      assert.equal(noReason.statusCode, 400);
      assert.match(noReason.body, /Give the reason, which is sent to the person who asked/);
      const before = smtp.messages.length;
      assert.equal((await clerk.post(`${triage(question.id)}/reject`, { rejectionReason: 'It is a private matter, not the committee’s business.' })).statusCode, 303);
      const { response } = await getPage(app, openPage);
      assert.doesNotMatch(response.body, /neighbour’s fence/);
      const sent = await sendQueuedEmails(database.db, smtp);
      const email = (await smtp.waitForMessages(before + sent.length)).slice(before).find((e) => e.parsed.subject === 'Your question for Housing Scrutiny Committee has not been accepted')!;
      assert.deepEqual(email.envelope.to, ['lee.barton@example.com']);
      assert.match(email.parsed.text ?? '', /The reason: It is a private matter, not the committee’s business\./);
    });

    it('publishes the answer and a supplementary question and answer on the meeting page', async () => {
      const question = await ask('How long is the waiting list for a two-bedroom home?', 'Ria Chen', 'ria.chen@example.com');
      const clerk = await signedInAs(app, database.db, 'democratic-services');
      await clerk.get(triage(question.id));
      const tooEarly = await clerk.post(`${triage(question.id)}/answer`, { answer: 'Not yet.' });
      assert.equal(tooEarly.statusCode, 409);
      assert.match(tooEarly.body, /This question is waiting for a decision, so it cannot be answered now/);
      await clerk.post(`${triage(question.id)}/accept`, { publishedName: 'Ria Chen' });
      await clerk.get(triage(question.id));
      const answered = await clerk.post(`${triage(question.id)}/answer`, {
        answer: 'The average wait is 14 months.',
        answeredByName: 'Councillor Ada Marsh',
        supplementaryQuestion: 'Is it shorter for families?',
        supplementaryAnswer: 'Families in temporary accommodation are prioritised.',
      });
      assert.equal(answered.statusCode, 303);
      const { $ } = await getPage(app, openPage);
      const shown = $('.gavel-question').filter((_, q) => $(q).text().includes('Ria Chen'));
      assert.equal(
        shown.text().replace(/\s+/g, ' ').trim(),
        'Question from Ria Chen: How long is the waiting list for a two-bedroom home? Answer from Councillor Ada Marsh: The average wait is 14 months. Supplementary question: Is it shorter for families? Answer to the supplementary question: Families in temporary accommodation are prioritised.',
      );
    });

    it('refuses other roles the question pages and every decision', async () => {
      const question = await ask('Who decides the rent increase?', 'Max Dore', 'max.dore@example.com');
      const roles: StaffRole[] = ['administrator', 'scrutiny-officer', 'report-author', 'councillor'];
      for (const role of roles) {
        const staff = await signedInAs(app, database.db, role);
        await staff.get('/manage/account');
        assert.equal((await staff.request('GET', triage())).statusCode, 403, role);
        assert.equal((await staff.request('GET', triage(question.id))).statusCode, 403, role);
        for (const [decision, body] of [['accept', { publishedName: 'X' }], ['reject', { rejectionReason: 'X' }], ['answer', { answer: 'X' }], ['withdraw', {}]] as const) {
          assert.equal((await staff.post(`${triage(question.id)}/${decision}`, body)).statusCode, 403, `${role} ${decision}`);
        }
      }
      const unchanged = await database.db.selectFrom('publicQuestion').select(['status', 'askerName']).where('id', '=', question.id).executeTakeFirstOrThrow();
      assert.deepEqual(unchanged, { status: 'submitted', askerName: 'Max Dore' });
    });
  });
});
