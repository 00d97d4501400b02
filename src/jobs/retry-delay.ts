const FIRST_RETRY_SECONDS = 30;
const LONGEST_WAIT_SECONDS = 60 * 60;

/**
 * Seconds to wait before trying a job again after its `attempt`th failure:
 * 30 s, 1, 2, 4, 8, 16, 32 minutes, then hourly. With the default ten
 * attempts a job rides out a mail server that is down for about three hours.
 */
export function retryDelaySeconds(attempt: number): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`attempt must be a whole number from 1, not ${attempt}`);
  return Math.min(FIRST_RETRY_SECONDS * 2 ** (attempt - 1), LONGEST_WAIT_SECONDS);
}
