import { z } from 'zod';

/**
 * Query strings of list pages. A filter value that names nothing is the
 * reader's mistake, answered with 400 and the reason, not a silent empty list.
 */
export function parseListQuery<T extends z.ZodRawShape>(shape: T, query: unknown): z.infer<z.ZodObject<T>> & { format?: 'csv' | undefined } {
  const result = z.object({ ...shape, format: z.enum(['csv']).optional() }).safeParse(query);
  if (!result.success) {
    const field = result.error.issues[0]?.path.join('.') ?? 'query';
    throw Object.assign(new Error(`the ${field} filter is not one this list offers`), { statusCode: 400 });
  }
  return result.data as z.infer<z.ZodObject<T>> & { format?: 'csv' | undefined };
}

/** The address of the same list, with the same filters, as CSV. */
export function csvHref(path: string, filters: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  params.set('format', 'csv');
  return `${path}?${params.toString()}`;
}
