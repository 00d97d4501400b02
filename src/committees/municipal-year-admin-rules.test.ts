import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { annualMeetingOn, municipalYearLabel, municipalYearOf, municipalYearProblems, suggestNextMunicipalYear } from './municipal-year-admin-rules.ts';

const year2025 = { label: '2025/26', startsOn: '2025-05-13', endsOn: '2026-05-11' };

describe('municipalYearLabel', () => {
  it('writes the two years the municipal year spans, across a century too', () => {
    assert.equal(municipalYearLabel(2026), '2026/27');
    assert.equal(municipalYearLabel(2099), '2099/00');
  });
});

describe('annualMeetingOn', () => {
  it('finds the first of the weekday on or after 12 May', () => {
    assert.equal(annualMeetingOn(2026, 2), '2026-05-12');
    assert.equal(annualMeetingOn(2027, 2), '2027-05-18');
    assert.equal(annualMeetingOn(2027, 4), '2027-05-13');
  });
});

describe('suggestNextMunicipalYear', () => {
  it('follows the latest year, to the eve of the next annual meeting on the same weekday', () => {
    assert.deepEqual(suggestNextMunicipalYear([year2025], '2026-03-02'), { label: '2026/27', startsOn: '2026-05-12', endsOn: '2027-05-17' });
  });

  it('suggests the year running today when there are none', () => {
    assert.deepEqual(suggestNextMunicipalYear([], '2026-03-02'), { label: '2025/26', startsOn: '2025-05-13', endsOn: '2026-05-11' });
    assert.equal(suggestNextMunicipalYear([], '2026-05-12').label, '2026/27');
  });
});

describe('municipalYearProblems', () => {
  it('accepts the year after the last', () => {
    assert.deepEqual(municipalYearProblems({ label: '2026/27', startsOn: '2026-05-12', endsOn: '2027-05-17' }, [year2025]), {});
  });

  it('asks for a label like 2026/27', () => {
    for (const label of ['2026', '2026/28', '2026-27', '26/27']) {
      assert.equal(municipalYearProblems({ label, startsOn: '2026-05-12', endsOn: '2027-05-17' }, []).label, 'Enter the year as the two years it spans, like 2026/27', label);
    }
  });

  it('refuses a label already used, and a start in another year than the label says', () => {
    assert.equal(municipalYearProblems({ ...year2025 }, [year2025]).label, 'There is already a municipal year 2025/26');
    assert.equal(municipalYearProblems({ label: '2026/27', startsOn: '2027-05-12', endsOn: '2028-05-01' }, []).startsOn, 'The 2026/27 year starts in 2026, at the annual meeting');
  });

  it('refuses dates that overlap another year, naming it', () => {
    assert.equal(
      municipalYearProblems({ label: '2026/27', startsOn: '2026-05-01', endsOn: '2027-05-17' }, [year2025]).startsOn,
      'These dates overlap 2025/26, which runs from 13 May 2025 to 11 May 2026',
    );
  });

  it('refuses an end before the start or more than about a year on', () => {
    assert.equal(municipalYearProblems({ label: '2026/27', startsOn: '2026-05-12', endsOn: '2026-05-12' }, []).endsOn, 'End date must be after the start date');
    assert.match(municipalYearProblems({ label: '2026/27', startsOn: '2026-05-12', endsOn: '2027-12-31' }, []).endsOn ?? '', /too late/);
  });
});

describe('municipalYearOf', () => {
  it('finds the year a day falls in, its first and last days included', () => {
    assert.equal(municipalYearOf([year2025], '2025-05-13')?.label, '2025/26');
    assert.equal(municipalYearOf([year2025], '2026-05-11')?.label, '2025/26');
    assert.equal(municipalYearOf([year2025], '2026-05-12'), undefined);
  });
});
