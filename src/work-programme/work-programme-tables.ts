import type { Generated, Selectable } from 'kysely';

export type WorkProgrammeChangeKind = 'added' | 'moved' | 'position' | 'details' | 'accepted' | 'rejected' | 'merged' | 'merged-in';

/** One entry in an item's history: a move between meetings, a new current position, a triage decision. */
export interface WorkProgrammeItemChangeTable {
  id: Generated<number>;
  workProgrammeItemId: number;
  changedOn: string;
  recordedAt: Generated<Date>;
  changedByStaffUserId: number | null;
  changedByName: string;
  change: WorkProgrammeChangeKind;
  fromMeetingId: number | null;
  toMeetingId: number | null;
  fromMeetingOn: string | null;
  toMeetingOn: string | null;
  currentPosition: string | null;
  status: string | null;
  note: string | null;
}

export type SuggestionDecision = 'accepted' | 'rejected' | 'merged';

/** Who sent a suggestion from the public, and what was decided: never public, so never on the item itself. */
export interface WorkProgrammeSuggestionTable {
  workProgrammeItemId: number;
  name: string;
  email: string;
  submittedAt: Generated<Date>;
  decision: SuggestionDecision | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  decidedByName: string | null;
}

/** One suggestion form sent, counted per sender for the rate limit; the address is a keyed hash. */
export interface SuggestionSubmissionTable {
  id: Generated<string>;
  addressHash: string;
  submittedAt: Generated<Date>;
}

/** A task and finish group's review, on its work programme item. */
export interface TaskAndFinishReviewTable {
  workProgrammeItemId: number;
  scope: string | null;
  desiredOutcomes: string | null;
  exclusions: string | null;
  finalReportText: string | null;
  finalReportDocumentId: number | null;
  finalReportOn: string | null;
  reportedToMeetingId: number | null;
  updatedAt: Generated<Date>;
}

export interface TaskAndFinishMilestoneTable {
  id: Generated<number>;
  workProgrammeItemId: number;
  title: string;
  dueOn: string;
  completedOn: string | null;
  createdAt: Generated<Date>;
}

export interface TaskAndFinishRecommendationTable {
  workProgrammeItemId: number;
  recommendationId: number;
}

export type WorkProgrammeItemChange = Selectable<WorkProgrammeItemChangeTable>;
export type TaskAndFinishMilestone = Selectable<TaskAndFinishMilestoneTable>;
