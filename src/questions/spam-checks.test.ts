import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDuplicateQuestion, questionFingerprint } from './duplicate-question.ts';
import { checkFormStart, issueFormStart } from './form-start-token.ts';
import { honeypotFilled, QuestionForm } from './question-form.ts';
import { senderAddressHash, submissionLimitReached } from './submission-rate-limit.ts';

const secret = 'a test secret for signing forms';
const shownAt = new Date('2026-03-02T10:00:00Z');
const later = (seconds: number) => new Date(shownAt.getTime() + seconds * 1000);

describe('the signed form start', () => {
  it('accepts a form sent after a person’s few seconds', () => {
    assert.equal(checkFormStart(secret, issueFormStart(secret, shownAt), later(40)), 'ok');
  });

  it('refuses a form sent faster than a person could fill it in', () => {
    assert.equal(checkFormStart(secret, issueFormStart(secret, shownAt), later(1)), 'too-quick');
  });

  it('asks again for a form left open for more than a day', () => {
    assert.equal(checkFormStart(secret, issueFormStart(secret, shownAt), later(25 * 3600)), 'expired');
  });

  it('refuses a start time that was altered, signed with another key, from the future, or missing', () => {
    const token = issueFormStart(secret, shownAt);
    const backdated = token.replace(/^\d+/, String(shownAt.getTime() - 60_000));
    assert.equal(checkFormStart(secret, backdated, later(1)), 'invalid');
    assert.equal(checkFormStart('another secret', token, later(40)), 'invalid');
    assert.equal(checkFormStart(secret, issueFormStart(secret, later(600)), later(40)), 'invalid');
    assert.equal(checkFormStart(secret, undefined, later(40)), 'invalid');
    assert.equal(checkFormStart(secret, 'nonsense', later(40)), 'invalid');
  });
});

describe('the honeypot', () => {
  it('catches a form with the hidden field filled in', () => {
    assert.equal(honeypotFilled({ website: 'http://spam.example' }), true);
  });

  it('lets a person’s form through with it empty or absent', () => {
    assert.equal(honeypotFilled({ website: '' }), false);
    assert.equal(honeypotFilled({}), false);
  });
});

describe('submissionLimitReached', () => {
  const now = new Date('2026-03-02T12:00:00Z');
  const minutesAgo = (...minutes: number[]) => minutes.map((m) => new Date(now.getTime() - m * 60_000));

  it('lets an address send a few questions', () => {
    assert.equal(submissionLimitReached(minutesAgo(5, 10, 20, 30), now), null);
  });

  it('stops a fifth-plus-one within the hour', () => {
    assert.deepEqual(submissionLimitReached(minutesAgo(1, 2, 3, 4, 5), now), { withinMinutes: 60, max: 5 });
  });

  it('forgets submissions older than the hour for the hourly limit', () => {
    assert.equal(submissionLimitReached(minutesAgo(61, 62, 63, 64, 65), now), null);
  });

  it('stops a flood spread over the day', () => {
    const spread = Array.from({ length: 20 }, (_, i) => 70 + i * 60);
    assert.deepEqual(submissionLimitReached(minutesAgo(...spread), now), { withinMinutes: 1440, max: 20 });
  });

  it('keeps a hash of the address, the same for the same address and key', () => {
    const hash = senderAddressHash(secret, '203.0.113.9');
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.equal(hash, senderAddressHash(secret, '203.0.113.9'));
    assert.notEqual(hash, senderAddressHash(secret, '203.0.113.10'));
    assert.notEqual(hash, senderAddressHash('another', '203.0.113.9'));
  });
});

describe('duplicate questions', () => {
  it('treats case, accents, punctuation and spacing as the same question', () => {
    assert.equal(questionFingerprint('  Will the Café  open on SUNDAYS?! '), 'will the cafe open on sundays');
    assert.equal(isDuplicateQuestion('will the cafe open on sundays', ['Will the Café open on Sundays?']), true);
  });

  it('lets a different question through', () => {
    assert.equal(isDuplicateQuestion('Will the cafe open on Saturdays?', ['Will the Café open on Sundays?']), false);
  });

  it('never matches a question of punctuation alone', () => {
    assert.equal(isDuplicateQuestion('???', ['!!!']), false);
  });
});

describe('QuestionForm', () => {
  const valid = { name: 'Pat Example', email: 'pat@example.com', address: '', question: 'Will the library open on Sundays?', consent: 'yes' };

  it('takes a complete question, the ward or address being optional', () => {
    const parsed = QuestionForm.parse(valid);
    assert.deepEqual(parsed, { ...valid, address: null });
  });

  it('names each missing field in words for people', () => {
    const result = QuestionForm.safeParse({});
    assert.equal(result.success, false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('-'), i.message]));
    assert.deepEqual(messages, {
      name: 'Enter your name',
      email: 'Enter your email address',
      question: 'Enter your question',
      consent: 'Confirm that you understand how your name and question will be used',
    });
  });

  it('refuses an email address that is not one, and a question over the limit', () => {
    const result = QuestionForm.safeParse({ ...valid, email: 'pat at example', question: 'x'.repeat(1201) });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('-'), i.message]));
    assert.equal(messages.email, 'Enter an email address in the correct format, like name@example.com');
    assert.equal(messages.question, 'Your question must be 1,200 characters or fewer');
  });
});
