import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksOf } from '../fixtures/blocks-of.ts';
import { readFrontSheet, readMinutesHeader } from './meeting-header.ts';

const fields = (h: { committee: string | null; date: string | null; startTime: string | null; venue: string | null }) => [h.committee, h.date, h.startTime, h.venue];

describe('readFrontSheet', () => {
  it('reads the labelled fields and the committee under the "Agenda" title', async () => {
    const blocks = await blocksOf('Agenda\n\nCommunities Scrutiny Panel\n\nDate: **Thursday 12 June 2025**\n\nTime: **10.00 am**\n\nPlace: The Guildhall,\nMarket Square, Kestrel');
    assert.deepEqual(fields(readFrontSheet(blocks)), ['Communities Scrutiny Panel', '2025-06-12', '10:00', 'The Guildhall, Market Square, Kestrel']);
  });

  it('reads "Agenda for the meeting of …" and a 24-hour time', async () => {
    const blocks = await blocksOf('Agenda for the meeting of the Audit Committee\n\nDate: 17/06/2025\n\nTime: 14.00');
    assert.deepEqual(fields(readFrontSheet(blocks)), ['Audit Committee', '2025-06-17', '14:00', null]);
  });

  it('reads a parish notice of meeting', async () => {
    const blocks = await blocksOf('NOTICE OF MEETING\n\nNotice is hereby given that a meeting of Ashby Parish Council will be held on Monday 7 April 2025 at 7.30pm in the Village Hall.');
    assert.deepEqual(fields(readFrontSheet(blocks)), ['Ashby Parish Council', '2025-04-07', '19:30', 'Village Hall']);
  });

  it('reads a title of committee, date and time', async () => {
    const blocks = await blocksOf('Agenda and minutes\n\nLicensing Committee - Tuesday, 8th July, 2025 7.00 pm\n\nVenue: Council Chamber');
    assert.deepEqual(fields(readFrontSheet(blocks)), ['Licensing Committee', '2025-07-08', '19:00', 'Council Chamber']);
  });
});

describe('readMinutesHeader', () => {
  it('reads committee, place, date and time from the opening line', async () => {
    const blocks = await blocksOf('Minutes of the meeting of Children and young people scrutiny committee held at Mill Lane Offices, Northwold on Tuesday 22 March 2022 at 2.30 pm');
    assert.deepEqual(fields(readMinutesHeader(blocks)), ['Children and young people scrutiny committee', '2022-03-22', '14:30', 'Mill Lane Offices, Northwold']);
  });

  it('reads the parish order: date, time, then place', async () => {
    const blocks = await blocksOf('Minutes of the Meeting of Ashby Parish Council held on Monday 3 March 2025 at 7.30pm in the Village Hall, Church Lane');
    assert.deepEqual(fields(readMinutesHeader(blocks)), ['Ashby Parish Council', '2025-03-03', '19:30', 'Village Hall, Church Lane']);
  });
});
