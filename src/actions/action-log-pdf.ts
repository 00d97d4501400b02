import { createPackDocument, documentBytes, typesetBlocks } from '../publishing/typeset-blocks.ts';
import { actionLogReportBlocks, type ActionLogReport } from './action-log-report.ts';

/**
 * The action log as a tagged PDF, set by the agenda pack's own typesetter
 * so the download and the pack's appendix look the same: A4, headings and
 * a table with header cells repeated on every page, in English.
 */
export async function actionLogPdf(report: ActionLogReport, options: { brandColour: string }): Promise<Uint8Array> {
  const doc = createPackDocument({ title: `${report.title}${report.version === 'restricted' ? ' (restricted)' : ''}`, subject: `Actions of the ${report.committeeName}`, author: report.councilName });
  const bytes = documentBytes(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  typesetBlocks(doc, actionLogReportBlocks(report), root, options);
  root.end();
  doc.end();
  return bytes;
}
