import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readWorkProgramme } from './work-programme.ts';

const programme = async (text: string) => readWorkProgramme(await blocksOf(text)).map((i) => [i.meetingDate, i.title, i.kind, i.leadOfficer]);

describe('readWorkProgramme', () => {
  it('reads items under date headings and kind headings', async () => {
    const text = [
      'Scrutiny Committee Work Programme 2025',
      '',
      'Annual agenda items\t\t\t',
      'Item [type of scrutiny]:\tOrigin:\tLead officer(s):\tCurrent position:',
      'Complaints annual report [Performance review]\tStandard annual item\tOmar Pike\tAssigned',
      '',
      'Agenda items – Mainstream Meeting',
      '',
      'Tuesday 16 September 2025, 2:30 pm',
      '',
      'Publication deadline: Thursday 4 September',
      'Item [type of scrutiny]:\tOrigin:\tLead officer(s):\tCurrent position:',
      '1. Housing allocations\tCommittee request\tMaria Nash\t',
      'Workshop item\tFurther info',
      'Budget setting\t',
      '',
      'Task and finish groups',
      '',
      'Topic:\tOrigin:\tLead officer(s):\tCurrent position:',
      'Town centre vacancies\t\t\tScoping',
    ].join('\n');
    assert.deepEqual(await programme(text), [
      [null, 'Complaints annual report', 'annual', 'Omar Pike'],
      ['2025-09-16', 'Housing allocations', 'agenda-item', 'Maria Nash'],
      ['2025-09-16', 'Budget setting', 'workshop', null],
      [null, 'Town centre vacancies', 'task-and-finish', null],
    ]);
  });

  it('reads dated groups without a header, unscheduled lines and public suggestions', async () => {
    const text = 'DRAFT WORK PROGRAMME\n\n11 OCTOBER 2025\t\nRecovery plan\tTo receive a progress report.\n\nChildhood obesity\nNational policies\n\nThe following issues are suggestions from the public for inclusion\n\nParking near schools\n--\n\nExecutive Rolling Programme: October 2025\n\nSomething else\n';
    assert.deepEqual(await programme(text), [
      ['2025-10-11', 'Recovery plan', 'agenda-item', null],
      [null, 'Childhood obesity', 'potential', null],
      [null, 'National policies', 'potential', null],
      [null, 'Parking near schools', 'public-suggestion', null],
    ]);
  });

  it('reads a table with a date column', async () => {
    const text = '# Work Programme 2025/26\n\n| Meeting date | Item | Lead officer |\n|---|---|---|\n| 16 July 2025 | Housing Allocations Policy | Maria Nash |\n';
    assert.deepEqual(await programme(text), [['2025-07-16', 'Housing Allocations Policy', 'agenda-item', 'Maria Nash']]);
  });

  it('finds nothing outside a work programme', async () => {
    assert.deepEqual(await programme('Item\tOrigin\tLead officer\nHousing\tRequest\tMaria Nash\n'), []);
  });
});
