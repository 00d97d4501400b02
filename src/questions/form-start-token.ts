import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * People take more than a few seconds to write a question; scripts that
 * fill in forms do not. The form carries the moment it was shown, signed so
 * it cannot be forged, and a submission sooner than this is not taken.
 */
export const MINIMUM_FILL_SECONDS = 3;
/** A form left open longer than this is shown again, filled in, with a fresh token. */
export const MAXIMUM_FORM_AGE_HOURS = 24;

/** The hidden field's value for a form shown at `shownAt`. */
export function issueFormStart(secret: string, shownAt: Date): string {
  const ms = String(shownAt.getTime());
  return `${ms}.${sign(secret, ms)}`;
}

export type FormStartCheck = 'ok' | 'too-quick' | 'expired' | 'invalid';

/**
 * Reads a form's signed start: 'invalid' when missing or forged, 'too-quick'
 * when sent within MINIMUM_FILL_SECONDS, 'expired' after MAXIMUM_FORM_AGE_HOURS.
 */
export function checkFormStart(secret: string, token: unknown, now: Date, limits = { minimumSeconds: MINIMUM_FILL_SECONDS, maximumHours: MAXIMUM_FORM_AGE_HOURS }): FormStartCheck {
  if (typeof token !== 'string') return 'invalid';
  const match = /^(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const [, ms, signature] = match as unknown as [string, string, string];
  const expected = Buffer.from(sign(secret, ms));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return 'invalid';
  const elapsed = now.getTime() - Number(ms);
  if (elapsed < 0) return 'invalid';
  if (elapsed < limits.minimumSeconds * 1000) return 'too-quick';
  if (elapsed > limits.maximumHours * 3_600_000) return 'expired';
  return 'ok';
}

function sign(secret: string, ms: string): string {
  return createHmac('sha256', secret).update(`question-form:${ms}`).digest('base64url');
}
