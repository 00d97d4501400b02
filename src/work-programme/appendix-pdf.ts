import { createPackDocument, documentBytes, typesetBlocks } from '../publishing/typeset-blocks.ts';
import type { AppendixMeta } from './appendix-blocks.ts';
import type { Block } from '../publishing/pack-blocks.ts';

/**
 * The appendix as a tagged PDF set like the agenda pack (the pack's own
 * typesetter: headings, tables with header cells, the council's colour),
 * so it can go into a pack as it is.
 */
export async function appendixPdf(blocks: readonly Block[], meta: AppendixMeta, brandColour: string): Promise<Uint8Array> {
  const doc = createPackDocument({ title: `${meta.committeeName}: work programme ${meta.yearLabel}`, subject: `The work programme of the ${meta.committeeName}`, author: meta.council });
  const bytes = documentBytes(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  typesetBlocks(doc, blocks, root, { brandColour });
  root.end();
  doc.end();
  return bytes;
}
