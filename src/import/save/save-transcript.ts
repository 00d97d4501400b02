import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.ts';
import { deleteTranscriptsOf, insertTranscript } from '../../transcripts/transcript-repository.ts';
import { sentences } from '../extractors/sentences.ts';
import { decodeText } from '../readers/decode.ts';
import type { ReadDocument, SourceLine } from '../source-lines.ts';

/** One stretch of a transcript as stored: a caption cue, or a few sentences of a plain transcript. */
export interface SegmentDraft {
  position: number;
  /** Null when the source gives no timings (a plain webcast transcript). */
  startsMs: number | null;
  endsMs: number | null;
  /** Null unless the source names the speaker: a WebVTT voice tag or a "Name:" prefix. */
  speakerName: string | null;
  text: string;
  sourceLineFrom: number;
  sourceLineTo: number;
}

export interface ReplaceTranscriptProps {
  documentId: number;
  /** The version this document replaces: its transcript goes. */
  previousDocumentId: number | null;
  isTranscript: boolean;
  /** An exempt transcript is kept as a document but not broken into searchable segments. */
  isExempt: boolean;
  /** The meeting the extraction found or matched. */
  meetingId: number | null;
  read: ReadDocument;
  bytes: Uint8Array;
}

/**
 * Stores an imported transcript's segments, replacing the previous version's,
 * inside the caller's transaction. Returns how many segments were stored.
 *
 *   await replaceTranscript(trx, { documentId: 12, previousDocumentId: null, isTranscript: true, isExempt: false, meetingId: 4, read, bytes })
 *   // 5
 */
export async function replaceTranscript(db: Kysely<Database>, props: ReplaceTranscriptProps): Promise<number> {
  if (props.previousDocumentId !== null) await deleteTranscriptsOf(db, props.previousDocumentId);
  if (!props.isTranscript || props.isExempt) return 0;
  const segments = props.read.format === 'captions' ? captionSegments(decodeText(props.bytes), props.read.lines) : plainSegments(props.read.lines);
  if (segments.length === 0) return 0;
  await insertTranscript(db, { meetingId: props.meetingId, documentId: props.documentId }, segments);
  return segments.length;
}

const timingLine = /^\s*(\S+)\s+-->\s+(\S+)/;
const voiceTag = /<v(?:\.[\w.-]+)?\s+([^>]+)>/;

/**
 * "00:01:02.500", "01:02.500" (WebVTT may leave out the hours) or
 * "00:01:02,500" (SRT) to milliseconds; null when it is not a cue time.
 */
export function cueTimeMs(text: string): number | null {
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})[.,](\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const [, h = '0', min, s, fraction] = m;
  if (Number(min) > 59 || Number(s) > 59) return null;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number(fraction!.padEnd(3, '0'));
}

/**
 * A speaker named at the start of a line: "Chair: Thank you." or
 * "CLLR HART: I agree." One to five capitalised words and no digits, so a
 * time ("6:30"), a sentence ("Yes Chair, we have: …") or a label that is not
 * a person ("Note:", "Present:", "Resolved:") is not taken for a speaker.
 */
export function speakerPrefix(text: string): { speaker: string; rest: string } | null {
  const m = /^((?:[A-Z][A-Za-z'’.-]*)(?:\s+(?:[A-Z][A-Za-z'’.-]*|of|the|and|for)){0,4})\s*:\s+(\S.*)$/.exec(text.trim());
  if (!m) return null;
  const speaker = m[1]!.trim();
  if (notSpeakers.test(speaker)) return null;
  return { speaker, rest: m[2]! };
}

const notSpeakers = /^(?:note|notes|item|items|agenda|title|subject|date|time|venue|location|present|apologies|absent|resolved|decision|recommendations?|actions?|questions?|answers?|re|ps|nb|update|summary|transcript|captions?|webcast|warning|source)$/i;

/**
 * Caption cues to segments. Timings come from the file's own timing lines
 * (the reader keeps only words); each cue's words are the reader's lines
 * numbered within it, so they match the stored document. A cue in which a
 * second voice speaks becomes two segments with the cue's timings.
 */
export function captionSegments(source: string, lines: readonly SourceLine[]): SegmentDraft[] {
  const raw = source.replace(/\r\n?/g, '\n').split('\n');
  const byNumber = new Map(lines.map((l) => [l.line, l.text]));
  const segments: SegmentDraft[] = [];
  raw.forEach((line, index) => {
    if (!line.includes('-->')) return;
    const timing = timingLine.exec(line);
    const startsMs = timing ? cueTimeMs(timing[1]!) : null;
    const endsMs = timing ? cueTimeMs(timing[2]!) : null;
    let run: { speaker: string | null; text: string[]; from: number; to: number } | null = null;
    const close = () => {
      if (run?.text.length) {
        segments.push({
          position: segments.length + 1,
          startsMs,
          endsMs: startsMs !== null && endsMs !== null && endsMs >= startsMs ? endsMs : null,
          speakerName: run.speaker,
          text: run.text.join(' '),
          sourceLineFrom: run.from,
          sourceLineTo: run.to,
        });
      }
      run = null;
    };
    // A cue's text runs from the line after its timing line to the next blank line; line numbers are 1-based.
    for (let n = index + 2; n <= raw.length && raw[n - 1]!.trim() !== '' && !raw[n - 1]!.includes('-->'); n++) {
      const voice = voiceTag.exec(raw[n - 1]!)?.[1]!.trim() ?? null;
      let text = byNumber.get(n);
      if (!text) continue;
      let speaker = voice;
      if (voice && text.toLowerCase().startsWith(`${voice.toLowerCase()}: `)) text = text.slice(voice.length + 2);
      else if (!voice) {
        const prefixed = speakerPrefix(text);
        if (prefixed) ({ speaker, rest: text } = prefixed);
      }
      // A line without a name of its own continues the speaker before it in the cue.
      if (!run || (speaker !== null && speaker !== run.speaker)) {
        close();
        run = { speaker, text: [], from: n, to: n };
      }
      run.text.push(text);
      run.to = n;
    }
    close();
  });
  return segments;
}

/** Sentences are grouped into segments of about this many characters: a short paragraph to read. */
const groupChars = 400;

/**
 * A plain transcript to segments without timings. A line starts a new
 * paragraph unless it carries on the sentence before it (it starts in lower
 * case, or the line before ends with a comma); a "Name:" prefix always starts
 * one. A long paragraph (a webcast's whole meeting on one line) is cut into
 * groups of sentences, each keeping the paragraph's lines.
 */
export function plainSegments(lines: readonly SourceLine[]): SegmentDraft[] {
  const paragraphs: { speaker: string | null; text: string; from: number; to: number }[] = [];
  let open: (typeof paragraphs)[number] | null = null;
  for (const line of lines) {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (!text) {
      open = null;
      continue;
    }
    const prefixed = speakerPrefix(text);
    if (open && !prefixed && (/^[a-z]/.test(text) || /,$/.test(open.text))) {
      open.text += ` ${text}`;
      open.to = line.line;
      continue;
    }
    open = { speaker: prefixed?.speaker ?? null, text: prefixed?.rest ?? text, from: line.line, to: line.line };
    paragraphs.push(open);
  }
  const segments: SegmentDraft[] = [];
  for (const paragraph of paragraphs) {
    for (const text of sentenceGroups(paragraph.text)) {
      segments.push({ position: segments.length + 1, startsMs: null, endsMs: null, speakerName: paragraph.speaker, text, sourceLineFrom: paragraph.from, sourceLineTo: paragraph.to });
    }
  }
  return segments;
}

function sentenceGroups(text: string): string[] {
  const groups: string[] = [];
  for (const sentence of sentences(text)) {
    const last = groups.at(-1);
    if (last !== undefined && last.length + sentence.length < groupChars) groups[groups.length - 1] = `${last} ${sentence}`;
    else groups.push(sentence);
  }
  return groups;
}
