import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services.ts';
import { londonDate } from '../web/format.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { findPublicDocument, findPublicOriginal, listRecordsFromDocument } from './document-repository.ts';
import { documentLines, recordGroups } from './document-views.ts';

export function registerDocumentRoutes(app: FastifyInstance, { db }: Services): void {
  app.get('/documents/:id', async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const document = (await findPublicDocument(db, id)) ?? notFound('document');
    const records = await listRecordsFromDocument(db, id);
    const breadcrumbs = [{ text: 'Home', href: '/' }];
    if (document.committeeSlug) breadcrumbs.push({ text: document.committeeName!, href: `/committees/${document.committeeSlug}` });
    return reply.view('document.njk', {
      pageTitle: document.title,
      breadcrumbs,
      document: { ...document, filename: path.basename(document.filename) },
      meetingHref: document.committeeSlug && document.meetingSlug ? `/committees/${document.committeeSlug}/meetings/${document.meetingSlug}` : null,
      importedOn: document.importedAt ? londonDate(document.importedAt) : null,
      lines: documentLines(document.text, document.pageStarts),
      groups: recordGroups(records),
    });
  });

  app.get('/documents/:id/original', async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const document = (await findPublicOriginal(db, id)) ?? notFound('document');
    // Imported documents keep the path they came from; the download needs only the file's own name.
    return reply
      .type(document.mediaType)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(document.filename))}`)
      .send(document.original);
  });
}
