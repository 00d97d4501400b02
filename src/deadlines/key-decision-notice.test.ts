import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { addDays } from './days.ts';
import { decisionDay, keyDecisionNotice } from './key-decision-notice.ts';

describe('keyDecisionNotice', () => {
  it('is sufficient with 28 clear days: published 2 March, decided 31 March', () => {
    const notice = keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-31' });
    assert.equal(notice.clearDays, 28);
    assert.equal(notice.sufficient, true);
    assert.equal(notice.route, 'full-notice');
    assert.equal(notice.earliestWithFullNotice, '2026-03-31');
    assert.equal(notice.generalException.open, false);
    assert.equal(notice.specialUrgency.open, false);
    assert.equal(notice.privateMeeting, null);
  });

  it('needs the general exception a day short, and gives its earliest date', () => {
    assert.deepEqual(keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-30' }), {
      decisionOn: '2026-03-30',
      monthOnly: false,
      clearDays: 27,
      sufficient: false,
      earliestWithFullNotice: '2026-03-31',
      route: 'general-exception',
      generalException: { open: true, earliestDecisionOn: '2026-03-08' },
      specialUrgency: { open: false, earliestDecisionOn: '2026-03-02' },
      privateMeeting: null,
    });
  });

  it('allows the general exception after exactly five clear days, and needs special urgency sooner', () => {
    assert.equal(keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-08' }).route, 'general-exception');
    const urgent = keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-07' });
    assert.equal(urgent.route, 'special-urgency');
    assert.deepEqual(urgent.specialUrgency, { open: true, earliestDecisionOn: '2026-03-02' });
    assert.deepEqual(urgent.generalException, { open: false, earliestDecisionOn: '2026-03-08' });
    assert.equal(keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-02' }).route, 'special-urgency', 'decided the day it was published');
  });

  it('counts five clear days from the general exception notice when it came later than the entry', () => {
    const notice = keyDecisionNotice({ firstPublishedOn: '2026-03-02', exceptionNoticeOn: '2026-03-10', decisionDue: '2026-03-14' });
    assert.equal(notice.generalException.earliestDecisionOn, '2026-03-16');
    assert.equal(notice.route, 'special-urgency');
    assert.equal(notice.specialUrgency.earliestDecisionOn, '2026-03-10');
  });

  it('has no route for a decision dated before its notice', () => {
    const notice = keyDecisionNotice({ firstPublishedOn: '2026-03-10', decisionDue: '2026-03-09' });
    assert.equal(notice.clearDays, 0);
    assert.equal(notice.route, 'none');
    assert.equal(notice.generalException.open || notice.specialUrgency.open, false);
  });

  it('reads a decision month as its first day', () => {
    const inTime = keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-04' });
    assert.equal(inTime.decisionOn, '2026-04-01');
    assert.equal(inTime.monthOnly, true);
    assert.equal(inTime.clearDays, 29);
    assert.equal(inTime.sufficient, true);
    const short = keyDecisionNotice({ firstPublishedOn: '2026-03-05', decisionDue: '2026-04' });
    assert.equal(short.clearDays, 26);
    assert.equal(short.route, 'general-exception', 'a decision early in April would be short of notice');
  });

  it('counts calendar days across February in a leap year', () => {
    assert.equal(keyDecisionNotice({ firstPublishedOn: '2028-02-01', decisionDue: '2028-03-01' }).clearDays, 28);
    assert.equal(keyDecisionNotice({ firstPublishedOn: '2027-02-01', decisionDue: '2027-03-01' }).clearDays, 27);
  });

  it('gives the further notice date for a private meeting, and asks for the chair\'s agreement when notice is short', () => {
    assert.deepEqual(keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-04-14', inPrivate: true }).privateMeeting, {
      furtherNoticeBy: '2026-04-08',
      urgencyAgreementNeeded: false,
    });
    assert.equal(keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: '2026-03-20', inPrivate: true }).privateMeeting?.urgencyAgreementNeeded, true);
  });

  it('refuses dates it cannot read, naming the field', () => {
    assert.throws(() => keyDecisionNotice({ firstPublishedOn: '2026-03-02', decisionDue: 'March 2026' }), /decisionDue is neither a YYYY-MM-DD date nor a YYYY-MM month: March 2026/);
    assert.throws(() => keyDecisionNotice({ firstPublishedOn: '02/03/2026', decisionDue: '2026-04' }), /firstPublishedOn/);
    assert.throws(() => decisionDay('2026-13'), /decisionDue/);
  });

  it('needs exactly one route when notice is short, and full notice from the 29th day (property)', () => {
    const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2025-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -3, max: 60 }), (published, gap) => {
        const notice = keyDecisionNotice({ firstPublishedOn: published, decisionDue: addDays(published, gap) });
        const open = [notice.generalException.open, notice.specialUrgency.open].filter(Boolean).length;
        if (gap >= 29) return notice.sufficient && notice.route === 'full-notice' && open === 0;
        if (gap >= 6) return !notice.sufficient && notice.route === 'general-exception' && open === 1;
        if (gap >= 0) return notice.route === 'special-urgency' && open === 1;
        return notice.route === 'none' && open === 0;
      }),
      { numRuns: 500 },
    );
  });
});
