import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classify } from './classify.ts';
import { blocksOf } from './fixtures/blocks-of.ts';

const typeOf = async (text: string) => classify(await blocksOf(text), 'text');

describe('classify', () => {
  it('knows an agenda pack by its front sheet and the minutes or reports after it', async () => {
    const { documentType, parts } = await typeOf('Agenda\n\nPlanning Committee\n\nDate: Monday 3 March 2025\n\nTime: 7pm\n\n1. Apologies\n\nMinutes of the meeting of the Planning Committee held on 3 February 2025\n\nPresent: Councillor A Brown\n\nThe meeting ended at 8pm\n\nTitle of report: Local Plan\n');
    assert.equal(documentType, 'agenda-pack');
    assert.deepEqual(parts.map((p) => p.kind), ['front-sheet', 'minutes', 'report']);
  });

  it('knows an agenda alone', async () => {
    assert.equal((await typeOf('AGENDA\n\nDate: 3 March 2025\n\nVenue: Village Hall\n\n1. Apologies')).documentType, 'agenda');
  });

  it('knows minutes alone, with or without the "Minutes of" line', async () => {
    assert.equal((await typeOf('Minutes of the Meeting of Ashby Parish Council held on 3 March 2025\n\nPresent: Cllr J Baker')).documentType, 'minutes');
    assert.equal((await typeOf('Ashby Parish Council\n\nPresent: Cllr J Baker, Cllr S Patel\n\n1. Apologies')).documentType, 'minutes');
  });

  it('knows a modern.gov agenda-and-minutes page by its "Minutes:" sections', async () => {
    assert.equal((await typeOf('Agenda and minutes\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n\n2.\n\nMinutes\n\nMinutes:\n\nAgreed.')).documentType, 'agenda-and-minutes');
  });

  it('knows an action sheet, a forward plan and a work programme by their titles', async () => {
    assert.equal((await typeOf('Cabinet\t8 October 2021\tAction sheet\n\nItem\tAction\tOfficer')).documentType, 'action-log');
    assert.equal((await typeOf('Forward Plan of Key Decisions\n\nDecision maker\tDate\tTitle')).documentType, 'forward-plan');
    assert.equal((await typeOf('Scrutiny Work Programme 2025/26\n\nItem\tOrigin')).documentType, 'work-programme');
  });

  it('knows a transcript by long unbroken speech', async () => {
    const speech = 'Thank you chair and welcome everyone to the meeting. '.repeat(40);
    assert.equal((await typeOf(`Planning Committee webcast transcript\n${speech}`)).documentType, 'transcript');
    assert.equal(classify([], 'captions').documentType, 'transcript');
  });

  it('says unknown when nothing fits', async () => {
    assert.equal((await typeOf('A shopping list\n\nEggs\n\nMilk')).documentType, 'unknown');
  });
});
