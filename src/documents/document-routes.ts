import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { findPublicOriginal } from './document-repository.ts';

export function registerDocumentRoutes(app: FastifyInstance, { db }: Services): void {
  app.get('/documents/:id/original', async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const document = (await findPublicOriginal(db, id)) ?? notFound('document');
    return reply
      .type(document.mediaType)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(document.filename)}`)
      .send(document.original);
  });
}
