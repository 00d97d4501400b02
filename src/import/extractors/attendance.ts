import type { Block } from '../blocks.ts';
import type { Attendance } from '../extraction.ts';
import { cleanName, splitList, splitNames, trimToName } from '../names.ts';
import { spanOf, type Sourced, type Span } from '../records.ts';
import { nameAfter, nameBefore, namesBefore, sentences } from './sentences.ts';

/**
 * Who was there, from the lists at the head of minutes ("Present:",
 * "In attendance", "Officers:") and the sentences in the first items
 * ("Apologies were received from …", "… attended the meeting remotely and
 * did not vote", "X substituted for Y", "There were no named substitutes").
 * Returns null when the minutes say nothing about attendance at all.
 */

const presentLabel = /^(?:members\s+present|councillors\s+present|present)\b\s*:?\s*/i;
const attendanceLabel = /^(?:also\s+(?:in\s+attendance|present|attending)|in\s+attendance|officers?(?:\s+(?:in\s+attendance|present|attending))?|attending|also\s+attended\s+by)\b\s*:?\s*/i;
const apologiesLabel = /^apolog(?:y|ies)(?:\s+for\s+absence)?\s*:\s*/i;
const otherLabel = /^(?:absent|apolog|in\s+attendance|also|officers?|substitutes?|public|press|observers?|members\s+of\s+the\s+public|clerk)\b/i;
const chairMark = /\(\s*(?:the\s+)?(?:in\s+the\s+)?(vice[-\s]?)?chair(?:man|person|woman)?(?:\s+in\s+the\s+chair)?\s*\)|\bin\s+the\s+chair\b/i;
const substituteMark = /\(\s*(?:as\s+)?(?:substitute|substituting|sub)\s+(?:for\s+)?(?:councillor\s+|cllr\.?\s+)?([^)]+)\)/i;

export function readAttendance(head: Block[], body: Block[]): Sourced<Attendance> | null {
  const attendance: Attendance = { present: [], chair: null, viceChair: null, remoteNonVoting: [], apologies: [], substitutes: [], inAttendance: [] };
  let said = false;
  let mode: 'present' | 'attendance' | 'apologies' | null = null;
  const presentState = { single: false };
  let at: Span | null = null;
  for (const block of head) {
    for (const raw of block.cells ? [block.cells.filter(Boolean).join(', ')] : block.lines) {
      let line = raw.trim();
      if (presentLabel.test(line)) { mode = 'present'; line = line.replace(presentLabel, ''); said = true; }
      else if (attendanceLabel.test(line)) { mode = 'attendance'; line = line.replace(attendanceLabel, ''); said = true; }
      else if (apologiesLabel.test(line)) { mode = 'apologies'; line = line.replace(apologiesLabel, ''); said = true; }
      else if (otherLabel.test(line) && /:/.test(line.slice(0, 30))) { mode = null; continue; }
      if (!mode || !line) continue;
      at = at ? spanOf({ at }, block) : block.at;
      if (mode === 'present') readPresentLine(line, attendance, presentState);
      else if (mode === 'attendance') addAll(attendance.inAttendance, splitNames(line));
      else addAll(attendance.apologies, splitNames(line));
    }
  }
  for (const block of body) {
    for (const sentence of sentences(block.text)) {
      if (readSentence(sentence, attendance)) { said = true; at = at ? spanOf({ at }, block) : block.at; }
    }
  }
  return said && at ? { ...attendance, at } : null;
}

/**
 * One line of the "Present:" list: names, the chair and vice-chair marked in
 * brackets, substitutes marked "(substitute for …)". A sub-label
 * ("Councillors:", "Co-opted members:") is dropped; after a plural one, a
 * lone surname is a name.
 */
function readPresentLine(line: string, attendance: Attendance, state: { single: boolean }): void {
  const label = /^((?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+)\s*:\s*/.exec(line);
  if (label) state.single = /^(?:councillors|cllrs|members)$/i.test(label[1]!.trim());
  const single = state.single || /^(?:councillors|cllrs)\s/i.test(line);
  const text = label ? line.slice(label[0].length) : line;
  for (const part of splitList(text)) {
    const name = cleanName(part, { allowSingle: single }) ?? cleanName(trimToName(part));
    if (!name) continue;
    add(attendance.present, name);
    const chair = chairMark.exec(part);
    if (chair) {
      if (chair[1]) attendance.viceChair ??= name;
      else attendance.chair ??= name;
    }
    const sub = substituteMark.exec(part);
    const absent = sub ? cleanName(sub[1]!) : null;
    if (absent) attendance.substitutes.push({ substitute: name, for: absent });
  }
}

const noneSaid = /^(?:there\s+were\s+)?no\s+(?:named\s+)?(?:substitut|apolog)|^none\b|^nil\b|^n\/a\b/i;

/** Reads one sentence of the minutes; true if it said something about attendance. */
function readSentence(sentence: string, attendance: Attendance): boolean {
  const s = sentence.trim();
  const apologies = /\bapolog(?:y|ies)\s+(?:for\s+(?:absence|lateness)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:received|submitted|given|tendered|noted|reported)(?:\s+and\s+accepted)?\s+(?:from|by|for)\s+(.*)$/i.exec(s) ??
    /\b(?:received|noted|had|have)\s+apolog(?:y|ies)\s+(?:for\s+absence\s+)?from\s+(.*)$/i.exec(s);
  if (apologies) {
    addAll(attendance.apologies, splitNames(apologies[1]!.replace(/\.$/, '')));
    return true;
  }
  if (/\bno\s+apologies\b|\bthere\s+were\s+no\s+apologies\b/i.test(s)) return true;
  if (/\bremote(?:ly)?\b|\bvirtually\b|\bvia\s+(?:microsoft\s+)?teams\b|\bvia\s+zoom\b|\bonline\b/i.test(s)) {
    const verb = /\s(?:attended|joined|participated|was\s+present|were\s+present|(?:is|are|was|were)\s+(?:attending|joining|present))\b/i.exec(s);
    const listed = /\b(?:attended|attending|joined|present)\s+(?:the\s+meeting\s+)?(?:remotely|virtually|online)\s*:\s*(.*)$/i.exec(s);
    const joining = /\bjoining\s+us\s+(?:remotely|virtually|online)\s+(?:(?:today|tonight|this\s+(?:morning|afternoon|evening))\s+)?(?:we\s+have|is|are)\s+(.*)$/i.exec(s);
    const names = listed ? splitNames(listed[1]!) : joining ? namesFrom(joining[1]!) : verb ? namesBefore(s.slice(0, verb.index)) : [];
    if (names.length) {
      addAll(attendance.remoteNonVoting, names);
      return true;
    }
  }
  const sub = /^(.*?)\s*(?:[-–—]\s*)?(?:(?:will\s+be|was|is|has\s+been|had\s+been|were)\s+)?(?:substituting|substituted|substitute|as\s+(?:a\s+)?substitute|attended\s+as\s+(?:a\s+)?substitute|standing\s+in|stood\s+in|deputising|deputised|sitting\s+in|in\s+place)\s+(?:for|of)\s+(.*)$/i.exec(s);
  if (sub) {
    const substitute = nameBefore(sub[1]!);
    const absent = nameAfter(sub[2]!);
    if (substitute && absent) {
      attendance.substitutes.push({ substitute, for: absent });
      return true;
    }
  }
  if (/\bsubstitut/i.test(s) && noneSaid.test(s)) return true;
  return false;
}

function namesFrom(text: string): string[] {
  const name = nameAfter(text);
  return name ? [name] : [];
}

function add(list: string[], name: string): void {
  if (!list.includes(name)) list.push(name);
}

function addAll(list: string[], names: string[]): void {
  for (const name of names) add(list, name);
}
