import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findBodyNames, findCouncil, labelled, mostFrequent, numberedHeading } from './patterns.ts';

describe('numberedHeading', () => {
  const cases: [string, { number: string; title: string } | null][] = [
    ['72. APOLOGIES FOR ABSENCE', { number: '72', title: 'APOLOGIES FOR ABSENCE' }],
    ['53 Apologies', { number: '53', title: 'Apologies' }],
    ['25/01 Apologies for absence', { number: '25/01', title: 'Apologies for absence' }],
    ['Minute 45: Public questions', { number: '45', title: 'Public questions' }],
    ['60.', { number: '60', title: '' }],
    ['9 - 16', null],
    ['2019/2020', null],
    ['3 members of the public attended', null],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}"`, () => assert.deepEqual(numberedHeading(text), expected));
  }
});

describe('labelled', () => {
  it('returns the value after a matching label', () => {
    assert.equal(labelled('Date: Tuesday 26 April 2022', /date/i), 'Tuesday 26 April 2022');
    assert.equal(labelled('Venue – Council Chamber', /venue/i), 'Council Chamber');
    assert.equal(labelled('Datesheet', /time/i), null);
  });
});

describe('findCouncil', () => {
  it('picks the council named most often', () => {
    const text = 'Kestrel Borough Council\nThe Kestrel Borough Council office.\nAshby City Council sponsored it.\nKestrel Borough Council Offices';
    assert.equal(findCouncil(text), 'Kestrel Borough Council');
  });

  it('reads a council named in capitals', () => {
    assert.equal(findCouncil('ASHBY PARISH COUNCIL\nMinutes of the meeting'), 'Ashby Parish Council');
  });

  it('does not run a name across lines', () => {
    assert.equal(findCouncil('Agenda\nAshby Parish Council'), 'Ashby Parish Council');
  });

  it('is null when no council is named', () => {
    assert.equal(findCouncil('Minutes of the meeting of the committee'), null);
  });
});

describe('findBodyNames and mostFrequent', () => {
  it('finds committee names in running text, preferring committees', () => {
    const text = 'To provide members of the Children and Young People Scrutiny Committee with an overview.\nThe Fostering Panel met. The Fostering Panel agreed.';
    const names = findBodyNames(text);
    assert.ok(names.includes('Children and Young People Scrutiny Committee'));
    assert.equal(mostFrequent(names), 'Children and Young People Scrutiny Committee');
  });
});

describe('numberedHeading prefixes', () => {
  it('reads lettered minute references and "Minute No."', () => {
    assert.deepEqual(numberedHeading('PC24/01 Apologies'), { number: 'PC24/01', title: 'Apologies' });
    assert.deepEqual(numberedHeading('Minute No. 123/24 Finance'), { number: '123/24', title: 'Finance' });
    assert.deepEqual(numberedHeading('12A Late item'), { number: '12A', title: 'Late item' });
  });
});

describe('findCouncil by "of"', () => {
  it('reads London and royal boroughs and "City of … Council"', () => {
    assert.equal(findCouncil('London Borough of Northwold\nMinutes of the Cabinet'), 'London Borough of Northwold');
    assert.equal(findCouncil('City of Ashby Council\nAgenda'), 'City of Ashby Council');
  });
});
