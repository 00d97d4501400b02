import { textLine, type ReadDocument, type SourceLine } from '../source-lines.ts';

/**
 * WebVTT and SRT captions: each cue's text becomes a line numbered as the
 * file numbers it. A WebVTT voice tag (`<v Chair>`) becomes "Chair: …", so a
 * transcript with speakers reads the same whichever format it came in;
 * styling tags, inline timestamps and positioning are dropped.
 */
export async function readCaptions(text: string): Promise<ReadDocument> {
  const { parse } = await import('@plussub/srt-vtt-parser');
  const source = text.replace(/\r\n?/g, '\n');
  let entries: { text: string }[];
  try {
    // The package's own types import './types' without an extension, which NodeNext cannot follow.
    entries = (parse(source) as { entries: { text: string }[] }).entries;
  } catch {
    // A damaged timing line stops the parser; the words are still worth reading.
    entries = looseCues(source);
  }
  const cueLines = cueTextLines(source);
  const lines: SourceLine[] = [];
  let lastSpeaker: string | null = null;
  entries.forEach((entry, i) => {
    const number = cueLines[i] ?? i + 1;
    for (const [offset, raw] of entry.text.split('\n').entries()) {
      const voice = /<v(?:\.[\w.-]+)?\s+([^>]+)>/.exec(raw);
      let text = raw
        .replace(/<\d{2}:[\d:.]+>/g, '')
        .replace(/<\/?[a-z][^>]*>/gi, '')
        .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&nbsp;/g, ' ')
        .replace(/^\s*(?:>>+|-)\s*/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!text) continue;
      if (voice) {
        const speaker = voice[1]!.trim();
        if (speaker !== lastSpeaker) text = `${speaker}: ${text}`;
        lastSpeaker = speaker;
      }
      lines.push(textLine(number + offset, text));
    }
  });
  // Broadcast captions are often all capitals; names and titles are only recognisable in mixed case.
  if (mostlyCapitals(lines.map((l) => l.text).join(' '))) for (const line of lines) line.text = titleCase(line.text);
  return { format: 'captions', lines, runningHeaders: [] };
}

function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  return letters.length > 20 && letters.replace(/[^A-Z]/g, '').length / letters.length > 0.8;
}

function titleCase(text: string): string {
  return text.toLowerCase().replace(/\b([a-z])([a-z'’]*)/g, (_, first: string, rest: string) => first.toUpperCase() + rest);
}

/** Cue texts without the parser: blocks after a timing line, minus ids, notes and the header. */
function looseCues(source: string): { text: string }[] {
  return source
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.some((l) => l.includes('-->')))
    .map((lines) => ({ text: lines.slice(lines.findIndex((l) => l.includes('-->')) + 1).join('\n') }));
}

/** The file line on which each cue's text starts: the line after its timing line. */
function cueTextLines(source: string): number[] {
  const numbers: number[] = [];
  source.split('\n').forEach((line, i) => {
    if (/-->/.test(line)) numbers.push(i + 2);
  });
  return numbers;
}

export function looksLikeCaptions(text: string): boolean {
  const head = text.replace(/^\ufeff/, '').slice(0, 2000);
  return /^WEBVTT/.test(head) || /^\s*\d+\s*\n\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}/.test(head);
}
