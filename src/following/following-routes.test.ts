import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../test/build-test-app.ts';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { TestBrowser } from '../../test/support/staff.ts';
import { instanceSecret } from '../accounts/instance-secret-repository.ts';
import { listJobs } from '../jobs/job-repository.ts';
import { issueFormStart } from '../questions/form-start-token.ts';
import { seedTopicRecords } from '../topics/topic-test-records.ts';

interface QueuedEmail {
  to: string[];
  subject: string;
  text: string;
  unsubscribeUrl?: string;
}

describe('following a committee, a topic or a search', () => {
  let database: TestDatabaseHandle;
  let app: FastifyInstance;
  let started: string;
  const page = '/committees/children-scrutiny/follow';

  before(async () => {
    database = await openTestDatabase('pglite');
    await seedTopicRecords(database.db);
    app = await buildTestApp(database);
    // As if the form had been open for a minute: a person's pace.
    started = issueFormStart(await instanceSecret(database.db, 'follow-form'), new Date(Date.now() - 60_000));
  });
  after(async () => {
    await app.close();
    await database.close();
  });

  const queued = async (): Promise<QueuedEmail[]> =>
    (await listJobs(database.db, 'waiting', 1000))
      .filter((j) => j.kind === 'send-email')
      .sort((a, b) => a.id - b.id)
      .map((j) => j.payload as QueuedEmail);
  const linkIn = (email: QueuedEmail, path: string) => {
    const match = new RegExp(`http://gavel\\.test(/following/${path}/[A-Za-z0-9_-]{43})`).exec(email.text);
    assert.ok(match, `no ${path} link in:\n${email.text}`);
    return match[1]!;
  };
  const resident = async (url = page) => {
    const browser = new TestBrowser(app);
    const { $, response } = await browser.get(url);
    return { browser, $, response };
  };
  const form = (email: string, extra: Record<string, string> = {}) => ({ email, started, website: '', ...extra });

  it('offers a form with a CSRF token, a signed start, a hidden honeypot, and keeps it out of caches', async () => {
    const { $, response } = await resident();
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal($('h1').text().trim(), 'Get emails about the Children and Young People Scrutiny Committee');
    const formEl = $(`form[action="${page}"]`);
    assert.ok(formEl.find('input[name="_csrf"]').val());
    assert.match(String(formEl.find('input[name="started"]').val()), /^\d+\.[A-Za-z0-9_-]{43}$/);
    assert.equal(formEl.find('[hidden] input[name="website"]').length, 1);
    assert.equal(formEl.find('input#email').attr('autocomplete'), 'email');
  });

  it('sends a confirmation email with a one-click unsubscribe, and nothing is followed until it is confirmed', async () => {
    const { browser } = await resident();
    const response = await browser.post(page, form('pat.holloway@example.com'));
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/following/sent');
    const [email] = await queued();
    assert.deepEqual(email!.to, ['pat.holloway@example.com']);
    assert.equal(email!.subject, 'Confirm your email address to get emails about the Children and Young People Scrutiny Committee');
    assert.equal(email!.unsubscribeUrl, `http://gavel.test${linkIn(email!, 'unsubscribe')}`);
    const follow = await database.db.selectFrom('follow').select(['confirmedAt', 'endedAt']).executeTakeFirstOrThrow();
    assert.deepEqual(follow, { confirmedAt: null, endedAt: null });
    const hashes = await database.db.selectFrom('followLink').select('tokenHash').execute();
    assert.ok(!email!.text.includes(hashes[0]!.tokenHash), 'the email carries the token, the database only its hash');
  });

  it('confirms from the emailed link with a button, then shows the address’s emails', async () => {
    const [email] = await queued();
    const browser = new TestBrowser(app);
    const { $ } = await browser.get(linkIn(email!, 'confirm'));
    assert.equal($('h1').text().trim(), 'Confirm your email address');
    assert.equal((await database.db.selectFrom('follow').select('confirmedAt').executeTakeFirstOrThrow()).confirmedAt, null, 'opening the link confirms nothing: mail scanners open links too');
    const confirmed = await browser.post(linkIn(email!, 'confirm'));
    assert.equal(confirmed.statusCode, 303);
    const manage = await browser.get(String(confirmed.headers.location));
    assert.match(manage.$('.govuk-notification-banner').text(), /Your email address is confirmed/);
    assert.equal(manage.$('.govuk-tag').first().text().trim(), 'Sending');
    assert.equal(manage.response.headers['referrer-policy'], 'no-referrer');
    assert.match(String(manage.response.headers['cache-control']), /no-store/);
  });

  it('says so, with a manage link, when the address already follows it', async () => {
    const { browser } = await resident();
    await browser.post(page, form('PAT.HOLLOWAY@example.com'));
    const email = (await queued()).at(-1)!;
    assert.equal(email.subject, 'You already get emails about the Children and Young People Scrutiny Committee');
    linkIn(email, 'manage');
    assert.equal((await database.db.selectFrom('follow').select('id').execute()).length, 1);
  });

  it('names a missing or malformed address, keeps what was typed and sends nothing', async () => {
    const before = (await queued()).length;
    for (const [value, message] of [['', 'Enter your email address'], ['pat at example', 'Enter an email address in the correct format, like name@example.com']]) {
      const { browser } = await resident();
      const response = await browser.post(page, form(value!));
      assert.equal(response.statusCode, 400);
      const $ = cheerio.load(response.body);
      assert.match($('title').text(), /^Error: /);
      assert.equal($('.govuk-error-summary a[href="#email"]').text().trim(), message);
      assert.equal($('#email').val(), value);
    }
    assert.equal((await queued()).length, before);
  });

  it('turns away a form sent faster than a person could, and pretends to take a form whose honeypot is filled', async () => {
    const before = (await queued()).length;
    const { browser, $ } = await resident();
    const quick = await browser.post(page, form('quick@example.com', { started: String($('input[name="started"]').val()) }));
    assert.equal(quick.statusCode, 400);
    // Sent empty at once: the person is told the address is missing, not that they were too quick.
    const empty = await browser.post(page, form('', { started: String($('input[name="started"]').val()) }));
    assert.equal(cheerio.load(empty.body)('.govuk-error-summary a[href="#email"]').text().trim(), 'Enter your email address');
    const trap = await browser.post(page, form('bot@example.com', { website: 'http://spam.example' }));
    assert.equal(trap.statusCode, 303);
    assert.equal((await queued()).length, before);
  });

  it('refuses a form without its CSRF token', async () => {
    const { browser } = await resident();
    assert.equal((await browser.post(page, form('csrf@example.com'), { csrf: null })).statusCode, 403);
  });

  it('stops sending confirmations to one address after five in a day', async () => {
    for (let n = 0; n < 5; n++) {
      const { browser } = await resident();
      assert.equal((await browser.post(page, form('pestered@example.com'))).statusCode, 303);
    }
    const { browser } = await resident();
    const response = await browser.post(page, form('pestered@example.com'));
    assert.equal(response.statusCode, 429);
    assert.match(cheerio.load(response.body)('.govuk-error-summary').text(), /several emails to this address today/);
  });

  it('unsubscribes with a bare POST from a mail program: no cookies, no token field, no redirect', async () => {
    const email = (await queued()).find((e) => e.to[0] === 'pat.holloway@example.com')!;
    const response = await app.inject({ method: 'POST', url: email.unsubscribeUrl!.replace('http://gavel.test', ''), headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
    assert.equal(response.statusCode, 200);
    assert.match(cheerio.load(response.body)('h1, .govuk-panel__title').first().text(), /You have unsubscribed/);
    const follow = await database.db.selectFrom('follow as f').innerJoin('follower as p', 'p.id', 'f.followerId').select('f.endedAt').where('p.emailKey', '=', 'pat.holloway@example.com').executeTakeFirstOrThrow();
    assert.ok(follow.endedAt);
  });

  it('takes the one-click POST as multipart form data too, and the unsubscribe page’s button', async () => {
    const [first, second] = (await queued()).filter((e) => e.to[0] === 'pestered@example.com');
    const boundary = 'gavelboundary';
    const multipart = await app.inject({
      method: 'POST',
      url: first!.unsubscribeUrl!.replace('http://gavel.test', ''),
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
    });
    assert.equal(multipart.statusCode, 200);
    const { browser, $ } = await resident(second!.unsubscribeUrl!.replace('http://gavel.test', ''));
    assert.match($('.govuk-panel__title').text(), /You have unsubscribed/, 'the same follow, already ended');
    assert.equal($('form').filter((_, f) => $(f).attr('action')?.startsWith('/following/unsubscribe/') ?? false).length, 0);
    assert.ok(browser);
  });

  it('refuses a link that is not one of ours, and a confirmation link past its seven days', async () => {
    for (const url of ['/following/manage/' + 'A'.repeat(43), '/following/unsubscribe/' + 'A'.repeat(43), '/following/confirm/short']) {
      assert.equal((await app.inject({ method: 'GET', url })).statusCode, 404, url);
    }
    assert.equal((await app.inject({ method: 'POST', url: '/following/unsubscribe/' + 'A'.repeat(43), payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } })).statusCode, 404);
    const { browser } = await resident();
    await browser.post(page, form('late@example.com'));
    const email = (await queued()).at(-1)!;
    await database.db.updateTable('followLink').set({ confirmBy: new Date(Date.now() - 1000) }).where('purpose', '=', 'confirm').execute();
    assert.equal((await app.inject({ method: 'GET', url: linkIn(email, 'confirm') })).statusCode, 404);
    assert.equal((await app.inject({ method: 'GET', url: linkIn(email, 'manage') })).statusCode, 200, 'managing still works');
  });

  it('stops one follow, or all, from the manage page, only the address’s own', async () => {
    // A fresh day for the rate limits: this test is about the manage page.
    await database.db.deleteFrom('followRequest').execute();
    const other = await resident('/topics/school-transport/follow').catch(() => null);
    assert.equal(other, null, 'a topic that does not exist has no form');
    const { browser } = await resident('/search/follow?q=school+transport&kind=agenda-item');
    await browser.post('/search/follow', form('searcher@example.com', { q: 'school transport', kind: 'agenda-item' }));
    const search = (await queued()).at(-1)!;
    assert.equal(search.subject, 'Confirm your email address to get emails about new results for “school transport” (agenda items and minutes)');
    await browser.post(page, form('searcher@example.com'));
    const manageUrl = linkIn(search, 'manage');
    const manage = await browser.get(manageUrl);
    assert.equal(manage.$('form input[name="follow"]').length, 2);
    const strangers = await database.db.selectFrom('follow').select('id').where('endedAt', 'is', null).execute();
    const stranger = strangers.find((f) => !manage.$(`input[name="follow"][value="${f.id}"]`).length)!;
    await browser.post(manageUrl, { follow: String(stranger.id) });
    assert.equal((await database.db.selectFrom('follow').select('endedAt').where('id', '=', stranger.id).executeTakeFirstOrThrow()).endedAt, null);
    await browser.get(manageUrl);
    const stopped = await browser.post(manageUrl, { all: 'yes' });
    assert.equal(stopped.statusCode, 303);
    const after = await browser.get(String(stopped.headers.location));
    assert.match(after.$('.govuk-notification-banner').text(), /no more emails/);
    assert.equal(after.$('form input[name="follow"]').length, 0);
  });

  it('stops a flood from one connection after ten forms in an hour', async () => {
    await database.db.deleteFrom('followRequest').execute();
    for (let n = 0; n < 10; n++) {
      const { browser } = await resident();
      assert.equal((await browser.post(page, form(`flood${n}@example.com`))).statusCode, 303);
    }
    const { browser } = await resident();
    const response = await browser.post(page, form('one.more@example.com'));
    assert.equal(response.statusCode, 429);
    assert.match(cheerio.load(response.body)('.govuk-error-summary').text(), /Try again in an hour/);
    const stored = await database.db.selectFrom('followRequest').select(['addressHash', 'emailHash']).execute();
    assert.ok(stored.every((r) => /^[0-9a-f]{64}$/.test(r.addressHash) && !r.addressHash.includes('127.0.0.1')), 'only keyed hashes are kept');
  });

  it('is offered on the committee page and beside search results, with the same search', async () => {
    const committee = await resident('/committees/children-scrutiny');
    assert.equal(committee.$('a[href="/committees/children-scrutiny/follow"]').text().trim(), 'Follow this committee');
    const search = await resident('/search?q=school+transport&kind=agenda-item');
    const link = search.$('a').filter((_, a) => search.$(a).text().trim() === 'Get emails when new results appear');
    assert.equal(link.attr('href'), '/search/follow?q=school%20transport&kind=agenda-item');
    const followPage = await resident(link.attr('href')!);
    assert.equal(followPage.$('h1').text().trim(), 'Get emails about new results for “school transport” (agenda items and minutes)');
  });

  it('asks for words before following a search', async () => {
    assert.equal((await app.inject({ method: 'GET', url: '/search/follow' })).statusCode, 400);
  });
});
