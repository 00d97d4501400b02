import path from 'node:path';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { refuse, requirePermission, requirePermissionAnd, staffOf } from '../../accounts/access.ts';
import { mayEditReport } from '../../accounts/roles.ts';
import { withAudit } from '../../audit/with-audit.ts';
import { documentLines } from '../../documents/document-views.ts';
import { isGavelError } from '../../errors.ts';
import type { Services } from '../../services.ts';
import { formErrors, type FormErrors, noErrors } from '../../web/form-errors.ts';
import { formatDateLong } from '../../web/format.ts';
import { idSchema, notFound, parseParams } from '../../web/params.ts';
import { storeReportDocument } from './report-document.ts';
import { findStaffDocument, findStaffOriginal } from './report-document-repository.ts';
import { findManagedReport, type ManagedReport } from './report-repository.ts';
import { reportIsEditable } from './report-status.ts';

/** The file field as the multipart parser leaves it on the body. */
interface FilePart {
  filename: string;
  bytes: Buffer;
  tooLarge: boolean;
}

/** GAVEL_IMPORT_MAX_BYTES's default, for a test that builds the app without it. */
const defaultMaxBytes = 100 * 1024 * 1024;

/**
 * Uploading a report (PDF, Word .docx, HTML or text) and reading any
 * document in the back office, exempt ones included. Multipart bodies are
 * parsed in this plugin alone, with every field on the body so the CSRF
 * token is checked as for any form, and only after the sign-in and the
 * record-level check have passed, so nobody else can make the server read
 * a large upload.
 */
export function registerReportUploadRoutes(app: FastifyInstance, { db, config }: Services): void {
  const maxBytes = config.importMaxBytes ?? defaultMaxBytes;
  const readGuard = { preHandler: requirePermission('back-office:read') };

  app.get('/manage/documents/:id', readGuard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const document = (await findStaffDocument(db, id)) ?? notFound('document');
    return reply.view('report-document.njk', {
      pageTitle: `${document.title} (version ${document.version})`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, ...(document.reportId ? [{ text: 'Report', href: `/manage/reports/${document.reportId}` }] : [])],
      document: { ...document, filename: path.basename(document.filename) },
      lines: documentLines(document.text, document.pageStarts),
    });
  });

  app.get('/manage/documents/:id/original', readGuard, async (request, reply) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    const original = (await findStaffOriginal(db, id)) ?? notFound('document');
    return reply
      .type(original.mediaType)
      .header('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(path.basename(original.filename))}`)
      .header('Cache-Control', 'private, no-store')
      .send(original.original);
  });

  const loadReport = async (request: FastifyRequest) => {
    const { id } = parseParams({ id: idSchema }, request.params);
    return (await findManagedReport(db, id)) ?? notFound('report');
  };

  const showUpload = (reply: FastifyReply, report: ManagedReport, errors: FormErrors = noErrors, status = 200) =>
    reply.code(status).view('report-upload.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Upload the report: ${report.title}`,
      breadcrumbs: [
        { text: 'Back office', href: '/manage' },
        { text: 'Reports', href: '/manage/reports' },
        { text: report.title, href: `/manage/reports/${report.id}` },
      ],
      report,
      meetingName: `${report.meeting.committeeName}, ${formatDateLong(report.meeting.date)}`,
      editable: reportIsEditable(report.status, report.meeting.status),
      maxSize: megabytes(maxBytes),
      errors,
    });

  /** Before the body is read: signed in, and allowed to change this report. */
  const mayUpload = requirePermissionAnd('back-office:read', async (request, reply) => {
    const report = await loadReport(request);
    if (!mayEditReport(staffOf(request), report)) return refuse(reply);
  });

  app.get('/manage/reports/:id/upload', { onRequest: mayUpload }, async (request, reply) => showUpload(reply, await loadReport(request)));

  app.register(async (uploads) => {
    await uploads.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12 },
      // A file over the limit is cut short, not thrown: the form says so, naming it, rather than a bare 413.
      throwFileSizeLimit: false,
      // Keep the file's name with its bytes.
      async onFile(part: MultipartFile) {
        const bytes = await part.toBuffer();
        const tooLarge = part.file.truncated;
        // A file input left empty arrives as a part with no name and no bytes.
        part.value = { filename: part.filename ?? '', bytes: tooLarge ? Buffer.alloc(0) : bytes, tooLarge } satisfies FilePart;
      },
    });

    uploads.post('/manage/reports/:id/upload', { onRequest: mayUpload }, async (request, reply) => {
      const report = await loadReport(request);
      if (!reportIsEditable(report.status, report.meeting.status)) {
        return showUpload(reply, report, formErrors({ file: 'The report can no longer be changed here: it is published, or its meeting has been held or cancelled' }), 409);
      }
      const file = (request.body as Record<string, unknown> | undefined)?.file as FilePart | undefined;
      if (!file || typeof file !== 'object' || !('bytes' in file) || (file.filename === '' && file.bytes.length === 0)) {
        return showUpload(reply, report, formErrors({ file: 'Select the report to upload' }), 400);
      }
      if (file.tooLarge) return showUpload(reply, report, formErrors({ file: `${path.basename(file.filename)}: the file is larger than ${megabytes(maxBytes)}` }), 413);
      try {
        const stored = await withAudit(db, staffOf(request), async (trx, audit) => {
          const result = await storeReportDocument(trx, report, { filename: file.filename, bytes: file.bytes });
          await audit({
            action: 'upload',
            entity: 'report',
            entityId: report.id,
            summary: `Uploaded version ${result.version} of the report “${report.title}” (${path.basename(file.filename)})`,
            before: { documentId: report.documentId, status: report.status },
            after: { documentId: result.documentId, version: result.version, status: result.status, lines: result.lines, pages: result.pages },
          });
          return result;
        });
        return reply.redirect(`/manage/reports/${report.id}?uploaded=${stored.version}#document`, 303);
      } catch (error) {
        // The file's own problem (encrypted, damaged, no text), with its name: nothing was stored.
        if (isGavelError(error)) return showUpload(reply, report, formErrors({ file: error.message }), 400);
        throw error;
      }
    });
  });
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
