import cors from '@fastify/cors';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { findCouncil } from '../council/council-repository.ts';
import { isGavelError } from '../errors.ts';
import type { Services } from '../services.ts';
import { type Endpoint, endpoints } from './api-endpoints.ts';
import { buildApiReference } from './api-reference.ts';
import { etagOf, matchesEtag } from './api-serialise.ts';
import { buildOpenApiDocument } from './openapi.ts';

/** An error a client caused: answered as `{ error: { status, message } }`. */
class ApiProblem extends Error {
  constructor(
    readonly statusCode: 400 | 404,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The read-only JSON API under /api/v1, its OpenAPI description at
 * /api/openapi.json, and the reference page at /api.
 *
 * The API is one encapsulated plugin, so CORS, the JSON error handler and
 * the JSON 404 apply under /api only; the portal's pages keep theirs.
 */
export function registerApiRoutes(app: FastifyInstance, services: Services): void {
  app.register(
    async (api) => {
      // Read-only open data: any site may fetch it, with GET and HEAD only.
      await api.register(cors, { origin: '*', methods: ['GET', 'HEAD'], exposedHeaders: ['ETag'], maxAge: 86_400 });

      api.setErrorHandler(async (error, request, reply) => {
        const status = error instanceof ApiProblem ? error.statusCode : isGavelError(error) && error.code === 'not-found' ? 404 : (error as { statusCode?: number }).statusCode;
        if (status && status >= 400 && status < 500) return sendError(reply, status, (error as Error).message);
        request.log.error(error);
        return sendError(reply, 500, 'Something went wrong on the server. Try again later.');
      });
      api.setNotFoundHandler(async (request, reply) => sendError(reply, 404, `There is no API endpoint at ${request.url.split('?')[0]}. The endpoints are listed at /api/openapi.json.`));

      for (const endpoint of endpoints) {
        api.get(`/v1${endpoint.path.replace(/\{(\w+)\}/g, ':$1')}`, async (request, reply) => {
          const value = await endpoint.load({
            query: parse(endpoint.query, request.query, 'query parameter'),
            params: parse(endpoint.params, request.params, 'path parameter'),
            url: request.url,
            services,
          });
          if (value === undefined) throw new ApiProblem(404, `No record has the id ${String((request.params as { id?: string }).id)}.`);
          return sendJson(request, reply, value);
        });
      }

      api.get('/openapi.json', async (request, reply) => {
        const council = await findCouncil(services.db);
        return sendJson(request, reply, buildOpenApiDocument(services.config.publicUrl, council?.name ?? 'Council'));
      });
    },
    { prefix: '/api' },
  );

  app.get('/api', async (_request, reply) => {
    const reference = await buildApiReference(endpoints satisfies Endpoint[], services);
    return reply.view('api-reference.njk', {
      pageTitle: 'Open data: API, calendars and feeds',
      breadcrumbs: [{ text: 'Home', href: '/' }],
      publicUrl: services.config.publicUrl,
      endpoints: reference,
    });
  });
}

function parse<T extends z.ZodObject>(schema: T, input: unknown, what: string): z.infer<T> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new ApiProblem(400, `The ${what} "${issue.path.join('.')}" is not valid: ${issue.message}.`);
}

/** JSON with a strong ETag and five minutes' caching; 304 with no body when the client already has it. */
function sendJson(request: FastifyRequest, reply: FastifyReply, value: unknown): FastifyReply {
  const body = JSON.stringify(value);
  const etag = etagOf(body);
  reply.header('ETag', etag).header('Cache-Control', 'public, max-age=300');
  if (matchesEtag(request.headers['if-none-match'], etag)) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(body);
}

function sendError(reply: FastifyReply, status: number, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(JSON.stringify({ error: { status, message } }));
}
