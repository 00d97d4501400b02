import type { Block } from '../blocks.ts';
import { findDates, parseTime } from '../dates.ts';
import type { MinuteItem } from '../extraction.ts';
import type { Sourced, SourcedMeeting, Span } from '../records.ts';
import { readAttendance } from './attendance.ts';
import { sentences } from './sentences.ts';

/**
 * A meeting from a transcript: captions or a webcast's text, usually without
 * reliable speakers. The chair's script says most of what minutes would:
 * "We've received apologies for absence from …", "… will be substituting
 * for …", "Do any members have any declarations of interest? No.", "item
 * number four on the agenda is the minutes", "the committee recommends that
 * … identifies …, makes clear …". When recommendations are read out more
 * than once, the last reading is the one voted on.
 */

interface Sentence { text: string; at: Span }

const numberWords: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

export function readTranscript(blocks: Block[]): SourcedMeeting[] {
  const all: Sentence[] = blocks.flatMap((b) => sentences(b.text).map((text) => ({ text, at: b.at })));
  const title = blocks[0]?.text ?? '';
  const titled = /^(.*?\b(?:committee|council|cabinet|panel|board|commission)\b)\s*[-–—,:]\s*(.*)$/i.exec(title);
  // "Welcome to this meeting of the Licensing Committee."
  const welcomed = all.slice(0, 40).map((s) => /\bmeeting\s+of\s+(?:the\s+)?((?:[A-Z][\w'’&-]*\s+|and\s+|of\s+|for\s+)*(?:Committee|Sub-Committee|Council|Cabinet|Panel|Board|Commission))\b/.exec(s.text)?.[1]).find(Boolean);
  const when = findDates(title)[0];
  const items = readItems(all);
  let attendance = readAttendance([], all.map((s) => ({ kind: 'paragraph', text: s.text, lines: [s.text], cells: null, level: null, marker: null, at: s.at })));
  const called = rollCall(all.map((s) => s.text).join(' '));
  if (called.length) {
    const at = all[0]!.at;
    const read = attendance ?? { present: [], chair: null, viceChair: null, remoteNonVoting: [], apologies: [], substitutes: [], inAttendance: [], at };
    read.present.push(...called.filter((n) => !read.present.includes(n)));
    attendance = read;
  }
  return [{
    committee: titled ? titled[1]!.trim() : welcomed ?? '',
    date: when?.iso ?? null,
    startTime: when ? parseTime(title.slice(when.index + when.length), { twentyFourHour: true }) : null,
    venue: null,
    membership: [],
    agenda: [],
    attendance,
    declarations: readDeclarationsSaid(all),
    items,
    endTime: endTime(all),
    at: blocks[0]?.at ?? { fromLine: 1, toLine: 1, page: null },
  }];
}

const itemMention = /\b(?:agenda\s+)?item\s+(?:number\s+)?(\d{1,2}|[a-z]+)\b(?:\s+on\s+the\s+agenda)?,?\s+(?:which\s+)?(?:is|was|are)\s+(?:the\s+|on\s+the\s+|our\s+)?(.+)$/i;

function readItems(all: Sentence[]): Sourced<MinuteItem>[] {
  const items: Sourced<MinuteItem>[] = [];
  let current: Sourced<MinuteItem> | null = null;
  let readings: { index: number; text: string }[] = [];
  const close = () => {
    if (current && readings.length) current.recommendations = splitRecommendations(readings.at(-1)!.text);
    readings = [];
  };
  all.forEach((sentence, index) => {
    const m = itemMention.exec(sentence.text);
    const n = m ? (/^\d+$/.test(m[1]!) ? Number(m[1]) : numberWords[m[1]!.toLowerCase()]) : undefined;
    if (m && n && !items.some((i) => i.number === String(n))) {
      close();
      const title = m[2]!.replace(/[.?!]+$/, '').replace(/\s+(?:so|and|which|that|if|where)\s.*$/i, '').trim();
      current = { number: String(n), title: title.charAt(0).toUpperCase() + title.slice(1), resolutions: [], recommendations: [], actions: [], at: sentence.at };
      items.push(current);
      return;
    }
    if (/\bfinal\s+item\b|\bnext\s+item\b/i.test(sentence.text)) close();
    // A reading may be repeated within one unpunctuated stretch: each "recommends that" starts one.
    const marks = [...sentence.text.matchAll(/\b(?:the\s+)?(?:committee|panel|board)\s+recommends?\s+that\s+/gi)];
    marks.forEach((m, k) => {
      if (current) readings.push({ index, text: sentence.text.slice(m.index + m[0].length, marks[k + 1]?.index) });
    });
  });
  close();
  return items;
}

/** "… Council identifies measures …, makes clear the links …, builds links … and finally describes …" → one entry per verb. */
export function splitRecommendations(text: string): string[] {
  const body = text.split(/\s+(?:thank\s+you|right\s+thank|okay|is\s+everybody|should\s+we|can\s+we)\b/i)[0]!;
  const verb = /(?:^|,?\s+(?:and\s+)?(?:finally\s+)?)\b((?:identif|mak|build|encourag|ensur|describ|consider|review|provid|develop|explor|investigat|report|publish|work|set|establish|creat|improv|increas|introduc|seek|look|share|undertak|commission|prioritis|promot|support|agree|engag|monitor|strengthen|appoint|writ|ask|request|lobb|continu|extend|adopt|embed|recognis|clarif|produc|circulat|arrang|includ)(?:es|s|ies))\b/gi;
  const starts: number[] = [];
  for (const m of body.matchAll(verb)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (starts.length === 0 || body.slice(starts.at(-1)!, at).split(/\s+/).length > 4) starts.push(at);
  }
  if (starts.length < 2) return body.trim() ? [body.replace(/[.,;]+$/, '').trim()] : [];
  return starts.map((s, i) => body.slice(s, starts[i + 1]).replace(/,?\s+(?:and\s+)?(?:finally\s+)?$/i, '').replace(/[.,;\s]+$/, '').trim());
}

/** A roll call: "Councilmember Smith? Here. Commissioner Lee? Present." */
function rollCall(text: string): string[] {
  const names: string[] = [];
  const re = /\b(?:Council\s*(?:member|man|woman)|Commissioner|Supervisor|Alderman|Alderwoman|Trustee|(?:Vice\s+)?Mayor|Councillor|Cllr)\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s*[?.,]?\s+(?:[A-Z][\w .'’-]{0,30}:\s*)?(?:Here|Present)\b/g;
  for (const m of text.matchAll(re)) if (!names.includes(m[1]!)) names.push(m[1]!);
  return names;
}

/** "The meeting is adjourned at 9:05 pm." */
function endTime(all: Sentence[]): string | null {
  const end = all.findLast((s) => /\bmeeting\s+(?:is\s+|was\s+)?(?:adjourned|closed|ended)\b|\bwe(?:'re| are)\s+adjourned\b/i.test(s.text));
  return end ? parseTime(end.text) : null;
}

function readDeclarationsSaid(all: Sentence[]): { member: string; item: string | null; interest: string }[] | null {
  const asked = all.findIndex((s) => /\bdeclarations?\s+of\s+interests?\b/i.test(s.text) && /\?\s*$/.test(s.text));
  if (asked < 0) return null;
  const answer = all.slice(asked + 1, asked + 3).map((s) => s.text).join(' ');
  return /^(?:no|none|nope|nil)\b/i.test(answer.trim()) ? [] : null;
}
