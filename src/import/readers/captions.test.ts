import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeCaptions, readCaptions } from './captions.ts';

describe('readCaptions', () => {
  it('reads WebVTT cues, naming the speaker when the voice changes', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Chair>Welcome.\n\n00:00:02.500 --> 00:00:03.000\n<v Chair><i>Apologies?</i>\n\n00:00:03.500 --> 00:00:04.000\n<v Clerk>None.\n';
    const { format, lines } = await readCaptions(vtt);
    assert.equal(format, 'captions');
    assert.deepEqual(lines.map((l) => [l.line, l.text]), [[4, 'Chair: Welcome.'], [7, 'Apologies?'], [10, 'Clerk: None.']]);
  });

  it('reads SRT cues over several lines and drops speaker-change marks', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:04,000\n>> GOOD EVENING,\nWELCOME.\n\n2\n00:00:05,000 --> 00:00:06,000\n- Thank you.\n';
    const { lines } = await readCaptions(srt);
    assert.deepEqual(lines.map((l) => [l.line, l.text]), [[3, 'GOOD EVENING,'], [4, 'WELCOME.'], [8, 'Thank you.']]);
  });
});

describe('looksLikeCaptions', () => {
  it('knows WebVTT and SRT by their first lines', () => {
    assert.ok(looksLikeCaptions('WEBVTT\n\n'));
    assert.ok(looksLikeCaptions('1\n00:00:01,000 --> 00:00:02,000\nHi\n'));
    assert.ok(!looksLikeCaptions('Minutes of the meeting'));
  });
});

describe('readCaptions on damaged files', () => {
  it('still reads the words when a timing line is broken', async () => {
    const { lines } = await readCaptions('WEBVTT\n\n00:00:01.000 --> 00:00\nHello there.\n\n00:00:03.000 --> 00:00:04.000\nGoodbye.\n');
    assert.deepEqual(lines.map((l) => l.text), ['Hello there.', 'Goodbye.']);
  });
});
