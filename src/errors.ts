/**
 * An error a person caused and can fix: bad input, an unreachable database,
 * an unreadable file. Its message is written for them and printed without a
 * stack trace; anything else is a programming error and crashes loudly.
 */
export class GavelError extends Error {
  constructor(
    message: string,
    readonly code: GavelErrorCode = 'invalid-input',
  ) {
    super(message);
    this.name = 'GavelError';
  }
}

export type GavelErrorCode =
  | 'invalid-input'
  | 'invalid-config'
  | 'database-unreachable'
  | 'data-directory'
  | 'not-found'
  | 'conflict';

export function isGavelError(error: unknown): error is GavelError {
  return error instanceof GavelError;
}
