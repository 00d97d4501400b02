import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addMonths,
  addWorkingDays,
  annualMeetingDay,
  clockText,
  financialYear,
  isWorkingDay,
  londonInstant,
  longDate,
  municipalYearContaining,
  publicationDeadline,
  responseDueOn,
} from './calendar.ts';
import { Random } from './random.ts';
import { cadence, inRecess, settleDate, upcomingAnchor } from './schedule.ts';
import { fill, lettered, reportingQuarter } from './topics.ts';
import { slugify } from './names.ts';

describe('demo calendar', () => {
  it('builds London instants in BST and in GMT', () => {
    assert.equal(londonInstant('2025-07-15', '14:00').toISOString(), '2025-07-15T13:00:00.000Z');
    assert.equal(londonInstant('2025-01-14', '14:00').toISOString(), '2025-01-14T14:00:00.000Z');
    assert.equal(londonInstant('2025-03-31', '18:30').toISOString(), '2025-03-31T17:30:00.000Z');
    assert.equal(londonInstant('2025-10-27', '10:00').toISOString(), '2025-10-27T10:00:00.000Z');
  });

  it('knows English bank holidays, one-off ones included', () => {
    assert.equal(isWorkingDay('2025-12-26'), false);
    assert.equal(isWorkingDay('2025-05-26'), false);
    assert.equal(isWorkingDay('2023-05-08'), false, 'the Coronation');
    assert.equal(isWorkingDay('2026-12-28'), false, 'Boxing Day substitute');
    assert.equal(isWorkingDay('2025-06-14'), false, 'a Saturday');
    assert.equal(isWorkingDay('2025-06-16'), true);
  });

  it('counts working days over weekends and holidays', () => {
    assert.equal(addWorkingDays('2025-12-23', 2), '2025-12-29');
    assert.equal(addWorkingDays('2025-04-22', -2), '2025-04-16', 'Easter Monday and Good Friday skipped');
  });

  it('publishes an agenda with five clear working days before the meeting', () => {
    // Tuesday 14 October: clear days are Tue 7 to Mon 13 less the weekend, so publish by Monday 6 October.
    assert.equal(publicationDeadline('2025-10-14'), '2025-10-06');
    // Over Easter the two bank holidays do not count.
    assert.equal(publicationDeadline('2025-04-23'), '2025-04-11');
  });

  it('gives the executive two months, beginning with the day of receipt, to respond', () => {
    assert.equal(responseDueOn('2025-03-10'), '2025-05-09');
    assert.equal(responseDueOn('2025-12-31'), '2026-02-28');
    assert.equal(responseDueOn('2024-12-30'), '2025-02-28', 'no 30 February: the month end');
  });

  it('starts the municipal year at the annual meeting in mid-May', () => {
    assert.equal(annualMeetingDay(2025), '2025-05-13');
    assert.equal(annualMeetingDay(2026), '2026-05-12');
    assert.deepEqual(municipalYearContaining('2026-03-02'), { label: '2025/26', startsOn: '2025-05-13', endsOn: '2026-05-11' });
    assert.equal(municipalYearContaining('2025-05-12').label, '2024/25');
    assert.equal(municipalYearContaining('2025-05-13').label, '2025/26');
    assert.equal(municipalYearContaining('2099-12-31').label, '2099/00');
  });

  it('writes dates, times and years as councils print them', () => {
    assert.equal(longDate('2026-03-03'), 'Tuesday 3 March 2026');
    assert.equal(clockText('14:00'), '2.00pm');
    assert.equal(clockText('18:30'), '6.30pm');
    assert.equal(clockText('10:00'), '10.00am');
    assert.equal(financialYear('2026-03-31'), '2025/26');
    assert.equal(financialYear('2026-04-01'), '2026/27');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(reportingQuarter('2025-11-04'), 'quarter 2 2025/26');
    assert.equal(reportingQuarter('2025-05-20'), 'quarter 4 2024/25');
  });
});

describe('demo schedule', () => {
  it('moves a meeting off holidays and out of August and Christmas', () => {
    assert.equal(settleDate('2025-12-26', 5), '2026-01-09');
    assert.equal(settleDate('2025-08-12', 2), '2025-09-02');
    assert.equal(settleDate('2025-05-26', 1), '2025-05-27', 'spring bank holiday Monday moves to the Tuesday');
    assert.ok(inRecess('2025-12-24') && inRecess('2026-01-02') && !inRecess('2026-01-05'));
  });

  it('anchors the next meeting close enough that its agenda is already out', () => {
    for (const today of ['2026-03-02', '2025-12-24', '2025-08-29', '2026-04-02']) {
      for (const weekday of [1, 2, 3, 4, 5]) {
        const anchor = upcomingAnchor(today, weekday);
        assert.ok(anchor > today && isWorkingDay(anchor), `${today} ${weekday}: ${anchor}`);
        assert.ok(publicationDeadline(anchor) <= today, `${today} ${weekday}: ${anchor} not yet published`);
      }
    }
  });

  it('meets every six to eight weeks, mostly', () => {
    const dates = cadence(new Random(3), '2025-10-14', 2, '2024-06-01', '2026-05-10');
    assert.ok(dates.includes('2025-10-14'));
    assert.ok(dates.every((d) => isWorkingDay(d)));
    const gaps = dates.slice(1).map((d, i) => (Date.parse(d) - Date.parse(dates[i]!)) / 86_400_000);
    assert.ok(gaps.filter((g) => g >= 41 && g <= 60).length >= gaps.length - 3, gaps.join(','));
  });
});

describe('demo text helpers', () => {
  it('fills placeholders once per call, with the same value for the same placeholder', () => {
    const context = { random: new Random(1), date: '2025-11-04', wards: [{ name: 'Castle', slug: 'castle' }] };
    const text = fill('{quarter}: {n:5-5} in {ward}; {fy} then {nextFy}', context);
    assert.equal(text, 'quarter 2 2025/26: 5 in Castle; 2025/26 then 2026/27');
    assert.throws(() => fill('{nope}', context), /unknown placeholder/);
  });

  it('letters paragraphs as minutes do', () => {
    assert.equal(lettered(['the report be noted', 'officers report back.']), '(a) the report be noted;\n(b) officers report back.');
  });

  it('makes kebab-case slugs', () => {
    assert.equal(slugify("Children's Mental Health Task and Finish Group"), 'childrens-mental-health-task-and-finish-group');
    assert.equal(slugify("St Anne's"), 'st-annes');
  });

  it('draws the same numbers from the same seed and label', () => {
    const a = new Random(42).fork('meetings');
    const b = new Random(42).fork('meetings');
    const c = new Random(42).fork('people');
    const draw = (r: Random) => Array.from({ length: 8 }, () => r.int(0, 1000));
    const first = draw(a);
    assert.deepEqual(draw(b), first);
    assert.notDeepEqual(draw(c), first);
  });
});
