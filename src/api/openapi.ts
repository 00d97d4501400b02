import { z } from 'zod';
import { type Endpoint, endpoints } from './api-endpoints.ts';
import { apiRegistry } from './api-schemas.ts';

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 description of /api/v1, generated from the endpoint table
 * and the zod schemas that the handlers' output is typed against. OpenAPI
 * 3.1 schemas are JSON Schema 2020-12, which is what zod writes.
 */
export function buildOpenApiDocument(publicUrl: string, councilName: string) {
  const { schemas } = z.toJSONSchema(apiRegistry, { uri: (id) => `#/components/schemas/${id}`, target: 'draft-2020-12', unrepresentable: 'any' });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutRootKeywords(schema as JsonSchema)]));
  return {
    openapi: '3.1.0',
    info: {
      title: `${councilName} committee information API`,
      version: '1.0.0',
      description:
        'Read-only open data about committees, people, memberships, meetings (agenda, attendance, minutes), documents, actions, recommendations, work programmes and the forward plan. People, organisations and memberships follow Popolo; meetings follow Open Civic Data events. Exempt items (Schedule 12A to the Local Government Act 1972) show only their title and paragraph.',
      license: { name: 'Open Government Licence v3.0', url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/' },
    },
    servers: [{ url: `${publicUrl}/api/v1` }],
    paths: Object.fromEntries(endpoints.map((e) => [e.path, { get: operation(e) }])),
    components: {
      schemas: components,
      responses: {
        BadRequest: errorResponse('A parameter is not valid; the message names it'),
        NotFound: errorResponse('No record has this id'),
      },
      headers: {
        ETag: { description: 'A hash of the body; send it back in If-None-Match to get 304 Not Modified', schema: { type: 'string' } },
        CacheControl: { description: 'public, max-age=300', schema: { type: 'string' } },
      },
    },
  };
}

function operation(e: Endpoint) {
  const hasId = e.path.includes('{id}');
  return {
    operationId: e.operationId,
    summary: e.summary,
    parameters: [...parameters(e.params, 'path'), ...parameters(e.query, 'query')],
    responses: {
      '200': {
        description: 'OK',
        headers: { ETag: { $ref: '#/components/headers/ETag' }, 'Cache-Control': { $ref: '#/components/headers/CacheControl' } },
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${e.responseName}` } } },
      },
      '304': { description: 'Not modified: the If-None-Match header named the current ETag' },
      '400': { $ref: '#/components/responses/BadRequest' },
      ...(hasId ? { '404': { $ref: '#/components/responses/NotFound' } } : {}),
    },
  };
}

/** OpenAPI parameters from a zod object: one per key, with its JSON Schema and description. */
export function parameters(shape: z.ZodObject, location: 'path' | 'query') {
  return Object.entries(shape.shape).map(([name, schema]) => {
    const json = withoutRootKeywords(z.toJSONSchema(schema as z.ZodType, { io: 'input', target: 'draft-2020-12' }) as JsonSchema);
    const { description, ...rest } = json;
    return {
      name,
      in: location,
      required: location === 'path' || !(schema as z.ZodType).safeParse(undefined).success,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
}

function withoutRootKeywords(schema: JsonSchema): JsonSchema {
  const rest = { ...schema };
  delete rest.$schema;
  delete rest.$id;
  return rest;
}
