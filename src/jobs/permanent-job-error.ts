/**
 * Thrown by a job handler when trying again cannot help (a mail server that
 * refuses the address, a record that no longer exists): the job is marked
 * failed at once instead of being retried.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}
