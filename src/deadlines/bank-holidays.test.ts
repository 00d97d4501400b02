import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Nation } from '../council/council-tables.ts';
import { bankHolidayOn, bankHolidays } from './bank-holidays.ts';

// The bank holidays (days off, substitutes included) as GOV.UK lists them.
const england: Record<number, string[]> = {
  2020: ['01-01', '04-10', '04-13', '05-08', '05-25', '08-31', '12-25', '12-28'],
  2021: ['01-01', '04-02', '04-05', '05-03', '05-31', '08-30', '12-27', '12-28'],
  2022: ['01-03', '04-15', '04-18', '05-02', '06-02', '06-03', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '04-07', '04-10', '05-01', '05-08', '05-29', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-29', '04-01', '05-06', '05-27', '08-26', '12-25', '12-26'],
  2025: ['01-01', '04-18', '04-21', '05-05', '05-26', '08-25', '12-25', '12-26'],
  2026: ['01-01', '04-03', '04-06', '05-04', '05-25', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-26', '03-29', '05-03', '05-31', '08-30', '12-27', '12-28'],
};

const scotland: Record<number, string[]> = {
  2020: ['01-01', '01-02', '04-10', '05-08', '05-25', '08-03', '11-30', '12-25', '12-28'],
  2021: ['01-01', '01-04', '04-02', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
  2022: ['01-03', '01-04', '04-15', '05-02', '06-02', '06-03', '08-01', '09-19', '11-30', '12-26', '12-27'],
  2023: ['01-02', '01-03', '04-07', '05-01', '05-08', '05-29', '08-07', '11-30', '12-25', '12-26'],
  2024: ['01-01', '01-02', '03-29', '05-06', '05-27', '08-05', '12-02', '12-25', '12-26'],
  2025: ['01-01', '01-02', '04-18', '05-05', '05-26', '08-04', '12-01', '12-25', '12-26'],
  2026: ['01-01', '01-02', '04-03', '05-04', '05-25', '08-03', '11-30', '12-25', '12-28'],
  2027: ['01-01', '01-04', '03-26', '05-03', '05-31', '08-02', '11-30', '12-27', '12-28'],
};

const northernIreland: Record<number, string[]> = {
  2020: ['01-01', '03-17', '04-10', '04-13', '05-08', '05-25', '07-13', '08-31', '12-25', '12-28'],
  2021: ['01-01', '03-17', '04-02', '04-05', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28'],
  2022: ['01-03', '03-17', '04-15', '04-18', '05-02', '06-02', '06-03', '07-12', '08-29', '09-19', '12-26', '12-27'],
  2023: ['01-02', '03-17', '04-07', '04-10', '05-01', '05-08', '05-29', '07-12', '08-28', '12-25', '12-26'],
  2024: ['01-01', '03-18', '03-29', '04-01', '05-06', '05-27', '07-12', '08-26', '12-25', '12-26'],
  2025: ['01-01', '03-17', '04-18', '04-21', '05-05', '05-26', '07-14', '08-25', '12-25', '12-26'],
  2026: ['01-01', '03-17', '04-03', '04-06', '05-04', '05-25', '07-13', '08-31', '12-25', '12-28'],
  2027: ['01-01', '03-17', '03-26', '03-29', '05-03', '05-31', '07-12', '08-30', '12-27', '12-28'],
};

const dates = (nation: Nation, year: number) => bankHolidays(nation, year).map((h) => h.date);
const listed = (year: number, days: string[]) => days.map((d) => `${year}-${d}`);

describe('bankHolidays', () => {
  for (const [nation, table] of [['england', england], ['scotland', scotland], ['northern-ireland', northernIreland]] as const) {
    it(`gives ${nation}'s bank holidays 2020 to 2027 as GOV.UK lists them`, () => {
      for (const [year, days] of Object.entries(table)) assert.deepEqual(dates(nation, Number(year)), listed(Number(year), days), `${nation} ${year}`);
    });
  }

  it('gives Wales the same list as England', () => {
    for (let year = 2020; year <= 2027; year++) assert.deepEqual(bankHolidays('wales', year), bankHolidays('england', year), String(year));
  });

  it('includes the one-off holidays: VE Day, the Platinum Jubilee, the State Funeral, the Coronation', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      for (const day of ['2020-05-08', '2022-06-03', '2022-09-19', '2023-05-08']) assert.notEqual(bankHolidayOn(nation, day), null, `${nation} ${day}`);
    }
    assert.match(bankHolidayOn('england', '2022-09-19')!, /Funeral/);
    assert.match(bankHolidayOn('england', '2023-05-08')!, /Coronation/);
  });

  it('moves the early May bank holiday to VE Day in 2020 and the spring one to 2 June in 2022', () => {
    assert.equal(bankHolidayOn('england', '2020-05-04'), null);
    assert.equal(bankHolidayOn('england', '2022-05-30'), null);
    assert.notEqual(bankHolidayOn('england', '2022-06-02'), null);
  });

  it('names substitute days when Christmas falls at a weekend', () => {
    assert.match(bankHolidayOn('england', '2022-12-27')!, /Christmas Day \(substitute day\)/);
    assert.match(bankHolidayOn('england', '2027-12-28')!, /Boxing Day \(substitute day\)/);
    assert.equal(bankHolidayOn('england', '2022-12-25'), null, 'a Sunday is a weekend, not the day off');
  });

  it("keeps Scotland's and Northern Ireland's own days to themselves", () => {
    assert.equal(bankHolidayOn('england', '2026-11-30'), null);
    assert.match(bankHolidayOn('scotland', '2026-11-30')!, /St Andrew/);
    assert.match(bankHolidayOn('scotland', '2026-01-02')!, /January 2nd/);
    assert.equal(bankHolidayOn('scotland', '2026-04-06'), null, 'no Easter Monday in Scotland');
    assert.equal(bankHolidayOn('scotland', '2026-08-31'), null, 'the summer holiday is the first Monday of August');
    assert.match(bankHolidayOn('northern-ireland', '2026-03-17')!, /Patrick/);
    assert.match(bankHolidayOn('northern-ireland', '2023-07-12')!, /Boyne/);
    assert.equal(bankHolidayOn('england', '2023-07-12'), null);
  });

  it('leaves out observances such as Mother\'s Day', () => {
    assert.equal(bankHolidays('england', 2026).some((h) => /Mother/.test(h.name)), false);
  });
});
