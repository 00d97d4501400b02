import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { openTestDatabase, type TestDatabaseHandle } from '../../test/support/database.ts';
import { insertCouncil } from '../../test/factories.ts';
import { renderEmail } from './render-email.ts';

describe('rendering an email', () => {
  let database: TestDatabaseHandle;
  before(async () => {
    database = await openTestDatabase('pglite');
  });
  after(() => database.close());

  const testEmail = (context: Record<string, unknown> = {}, unsubscribeUrl?: string) =>
    renderEmail(database.db, {
      subject: 'Test email from Gavel',
      template: 'test-email',
      context: { sentBy: 'gavel email test', destination: 'smtp://mail.northwold.example:587', ...context },
      ...(unsubscribeUrl ? { unsubscribeUrl } : {}),
    });

  it('names Gavel when no council has been set up yet', async () => {
    const email = await testEmail();
    assert.match(email.text, /^Gavel\n/);
  });

  it('names the council at the top and in the footer of both bodies', async () => {
    await insertCouncil(database.db, { name: 'Northwold District Council', email: 'democratic.services@northwold.example' });
    const email = await testEmail();
    assert.equal(email.subject, 'Test email from Gavel');

    const $ = cheerio.load(email.html);
    assert.equal($('html').attr('lang'), 'en');
    assert.equal($('title').text(), 'Test email from Gavel');
    assert.equal($('[role=article] > p').first().text(), 'Northwold District Council');
    assert.equal($('h1').text(), 'Test email from Gavel');
    assert.match($('[role=article] > div').text(), /This email was sent by Northwold District Council/);
    assert.equal($('a[href="mailto:democratic.services@northwold.example"]').length, 1);

    const lines = email.text.split('\n');
    assert.equal(lines[0], 'Northwold District Council');
    assert.equal(lines[2], 'Test email from Gavel');
    assert.ok(email.text.includes('This is a test email from Gavel, sent by gavel email test.'));
    assert.ok(email.text.includes('This email was sent by Northwold District Council. If you have a question, write to democratic.services@northwold.example.'));
    assert.doesNotMatch(email.text, /\n\n\n/, 'at most one blank line');
    assert.doesNotMatch(email.text, /unsubscribe/i);
  });

  it('escapes values in the HTML body but not in the plain text', async () => {
    const email = await testEmail({ sentBy: 'Planning & Licensing <clerks>' });
    const $ = cheerio.load(email.html);
    assert.ok($('[role=article]').text().includes('sent by Planning & Licensing <clerks>.'));
    assert.equal($('clerks').length, 0, 'no element was injected');
    assert.ok(email.text.includes('sent by Planning & Licensing <clerks>.'));
  });

  it('offers the unsubscribe link in both bodies when there is one', async () => {
    const email = await testEmail({}, 'https://gavel.northwold.example/unsubscribe/abc123');
    const $ = cheerio.load(email.html);
    assert.equal($('a[href="https://gavel.northwold.example/unsubscribe/abc123"]').text(), 'Unsubscribe from these emails');
    assert.ok(email.text.includes('To unsubscribe from these emails, go to https://gavel.northwold.example/unsubscribe/abc123'));
  });

  it('fails loudly on a template that does not exist', async () => {
    await assert.rejects(renderEmail(database.db, { subject: 'x', template: 'no-such-email' }), /no-such-email/);
  });
});
