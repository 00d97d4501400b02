import type { Services } from '../services.ts';
import type { Endpoint } from './api-endpoints.ts';
import { parameters } from './openapi.ts';

export interface ReferenceEndpoint {
  path: string;
  anchor: string;
  summary: string;
  parameters: { name: string; in: string; required: boolean; type: string; description: string }[];
  exampleUrl: string;
  /** Pretty JSON, cut to EXAMPLE_LINES lines. */
  example: string;
  exampleShortened: boolean;
}

export const EXAMPLE_LINES = 60;

/**
 * The reference page's view model: each endpoint with its parameters and a
 * live example, one record long, from this council's own data. An `{id}`
 * endpoint takes its example id from the first record of the list above it.
 */
export async function buildApiReference(endpoints: readonly Endpoint[], services: Pick<Services, 'db' | 'config' | 'today'>): Promise<ReferenceEndpoint[]> {
  const firstIds = new Map<string, string>();
  const reference: ReferenceEndpoint[] = [];
  for (const endpoint of endpoints) {
    const listPath = endpoint.path.replace(/\/\{id\}$/, '');
    const id = endpoint.path.endsWith('{id}') ? firstIds.get(listPath) : undefined;
    const path = id ? endpoint.path.replace('{id}', id) : endpoint.path;
    const isList = !endpoint.path.includes('{');
    const url = `/api/v1${path}${isList ? '?per_page=1' : ''}`;
    const value = endpoint.path.includes('{') && !id
      ? undefined
      : await endpoint.load({
          query: endpoint.query.parse(isList ? { per_page: '1' } : {}),
          params: endpoint.params.parse(id ? { id } : {}),
          url,
          services,
        });
    const first = (value as { data?: { id?: unknown }[] } | undefined)?.data?.[0]?.id;
    if (isList && first !== undefined) firstIds.set(endpoint.path, String(first));
    const lines = value === undefined ? ['(no record to show yet)'] : JSON.stringify(value, null, 2).split('\n');
    reference.push({
      path: endpoint.path,
      anchor: endpoint.operationId,
      summary: endpoint.summary,
      parameters: [...parameters(endpoint.params, 'path'), ...parameters(endpoint.query, 'query')].map((p) => ({
        name: p.name,
        in: p.in,
        required: p.required,
        type: describeType(p.schema),
        description: typeof p.description === 'string' ? p.description : '',
      })),
      exampleUrl: url,
      example: lines.slice(0, EXAMPLE_LINES).join('\n'),
      exampleShortened: lines.length > EXAMPLE_LINES,
    });
  }
  return reference;
}

/** "integer, 1 to 200, default 50"; "one of: open, completed". */
export function describeType(schema: Record<string, unknown>): string {
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`one of: ${schema.enum.join(', ')}`);
  else if (typeof schema.type === 'string') parts.push(schema.type);
  if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{4}')) parts.push('YYYY-MM-DD');
  if (typeof schema.minimum === 'number' && typeof schema.maximum === 'number') parts.push(`${schema.minimum} to ${schema.maximum}`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.join(', ');
}
