import { z } from 'zod';
import { GavelError } from '../errors.ts';

/** URL segments: anything that does not fit cannot name a record, so it is a 404, not a 400. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(200);
export const meetingSlugSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}(?:-\d{1,2})?$/);
export const idSchema = z.coerce.number().int().positive().max(2_147_483_647);

export function parseParams<T extends z.ZodRawShape>(shape: T, params: unknown): z.infer<z.ZodObject<T>> {
  const result = z.object(shape).safeParse(params);
  if (!result.success) throw new GavelError('no such page', 'not-found');
  return result.data;
}

export function notFound(what: string): never {
  throw new GavelError(`${what} not found`, 'not-found');
}
