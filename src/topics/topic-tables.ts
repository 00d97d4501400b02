import type { Generated, Selectable } from 'kysely';

/** The records a topic can link, in the order a topic's history names them. */
export const topicRecordKinds = ['agenda-item', 'recommendation', 'action', 'work-programme-item', 'forward-plan-entry', 'document'] as const;
export type TopicRecordKind = (typeof topicRecordKinds)[number];

/** A subject scrutiny returns to over the years (migration 0013). */
export interface TopicTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string | null;
  mergedIntoTopicId: number | null;
  createdAt: Generated<Date>;
  updatedAt: Generated<Date>;
}

/** An officer's decision about one record and one topic: it belongs (confirmed) or it does not (rejected). */
export interface TopicLinkTable {
  id: Generated<number>;
  topicId: number;
  recordKind: TopicRecordKind;
  agendaItemId: number | null;
  recommendationId: number | null;
  actionId: number | null;
  workProgrammeItemId: number | null;
  forwardPlanEntryId: number | null;
  documentId: number | null;
  /** Generated: whichever of the columns above holds the record. */
  recordId: Generated<number>;
  status: 'confirmed' | 'rejected';
  source: 'suggested' | 'by-hand' | 'merged';
  score: number | null;
  decidedAt: Generated<Date>;
  decidedByStaffUserId: number | null;
  decidedByName: string;
}

export type Topic = Selectable<TopicTable>;
