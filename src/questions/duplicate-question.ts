/**
 * A question reduced to its words: case, accents, punctuation and spacing
 * do not make a question new, so the same text sent twice (a double click,
 * a resubmitted page, a script) is caught.
 *
 * @example
 * questionFingerprint('Will the  Library open on SUNDAYS?'); // 'will the library open on sundays'
 */
export function questionFingerprint(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `text` says the same as one of the questions already asked for the meeting. */
export function isDuplicateQuestion(text: string, asked: readonly string[]): boolean {
  const fingerprint = questionFingerprint(text);
  return fingerprint !== '' && asked.some((q) => questionFingerprint(q) === fingerprint);
}
