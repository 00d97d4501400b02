import { createHash } from 'node:crypto';
import { toBlocks } from './blocks.ts';
import { classify } from './classify.ts';
import { extractionSchema, type Extraction } from './extraction.ts';
import { readActionLog } from './extractors/action-log.ts';
import { readForwardPlan } from './extractors/forward-plan.ts';
import { actionSheetMeeting, frontSheetMeeting, modernGovMeeting } from './extractors/meetings.ts';
import { readMinutes } from './extractors/minutes.ts';
import { readRecommendationTracker } from './extractors/recommendation-tracker.ts';
import { readTranscript } from './extractors/transcript.ts';
import { readWorkProgramme } from './extractors/work-programme.ts';
import { findBodyNames, findCouncil, mostFrequent } from './patterns.ts';
import { readDocument, type SourceFile } from './read-document.ts';
import type { ReadDocument } from './source-lines.ts';
import type { SourcedExtraction, SourcedMeeting } from './records.ts';

/**
 * The whole pipeline for one file: read → blocks → classify → extract.
 * Every record carries the span of the source it came from.
 *
 *   const sourced = await extractWithProvenance({ name: 'minutes.pdf', bytes });
 *   sourced.meetings[0].items[0].at // { fromLine: 154, toLine: 154, page: 3 }
 */
export async function extractWithProvenance(file: SourceFile): Promise<SourcedExtraction> {
  return extractFromRead(file, await readDocument(file));
}

/** The stages after reading, for a caller that has already read the file (an import keeps its lines). */
export function extractFromRead(file: SourceFile, document: ReadDocument): SourcedExtraction {
  const blocks = toBlocks(document.lines);
  const { documentType, parts, itemMinutes } = classify(blocks, document.format);
  const fullText = blocks.map((b) => b.text).join('\n');
  const meetings: SourcedMeeting[] = [];
  let actionSheetDate: string | null = null;
  let actionLoose = false;

  for (const part of parts) {
    const slice = blocks.slice(part.from, part.to);
    if (part.kind === 'front-sheet') meetings.push(frontSheetMeeting(slice));
    if (part.kind === 'minutes') meetings.push(readMinutes(slice));
    if (part.kind === 'transcript') meetings.push(...readTranscript(slice));
    if (part.kind === 'action-sheet') {
      const meeting = actionSheetMeeting(slice);
      if (meeting) meetings.push(meeting);
      actionSheetDate = meeting?.date ?? null;
      actionLoose = true;
    }
  }
  if (itemMinutes) meetings.push(modernGovMeeting(blocks));
  for (const meeting of meetings) {
    if (!meeting.committee) meeting.committee = mostFrequent(findBodyNames(fullText)) ?? '';
  }

  return {
    source: { file: file.name, sha256: createHash('sha256').update(file.bytes).digest('hex'), documentType },
    council: findCouncil(fullText),
    // A meeting whose committee the document never names is kept if anything else is known about it.
    meetings: meetings.filter((m) => m.committee || m.date || m.items.length || m.attendance || m.agenda.length),
    actionLog: readActionLog(blocks, { meetingDate: actionSheetDate, looseText: actionLoose }),
    workProgramme: readWorkProgramme(blocks),
    forwardPlan: readForwardPlan(blocks),
    recommendationTracker: readRecommendationTracker(blocks),
  };
}

/**
 * The extraction as the contract prints it (EXTRACTION.md): the same records
 * without their provenance, validated.
 */
export async function extractDocument(file: SourceFile): Promise<Extraction> {
  return toContract(await extractWithProvenance(file));
}

export function toContract(sourced: SourcedExtraction): Extraction {
  return extractionSchema.parse(sourced);
}
