import type { Generated, Insertable, Selectable } from 'kysely';
import type { ProvenanceColumns } from '../db/provenance.ts';
import type { ExemptParagraph } from '../meetings/meeting-tables.ts';

export type ActionStatus = 'open' | 'in-progress' | 'completed';
export type RecommendationResponse = 'accepted' | 'partly-accepted' | 'rejected' | 'noted';
export type WorkProgrammeKind = 'scheduled' | 'annual' | 'potential' | 'task-and-finish' | 'workshop' | 'briefing-note' | 'public-suggestion';
export type DecisionKind = 'key' | 'non-key' | 'budget-and-policy-framework';
export type WorkProgrammeStatus = 'suggested' | 'planned' | 'in-progress' | 'completed' | 'rejected' | 'deferred' | 'merged';
/** Where an item came from, in the council's terms (the provenance column `origin` says how the row got into Gavel). */
export type WorkProgrammeOrigin = 'member' | 'officer' | 'public' | 'meeting' | 'forward-plan' | 'standing' | 'other';

export interface ActionTable extends ProvenanceColumns {
  id: Generated<number>;
  committeeId: number;
  meetingId: number | null;
  agendaItemId: number | null;
  number: string | null;
  description: string;
  ownerPersonId: number | null;
  ownerName: string | null;
  directorate: string | null;
  dueOn: string | null;
  dueText: string | null;
  status: Generated<ActionStatus>;
  completedOn: string | null;
  createdAt: Generated<Date>;
}

export interface ActionUpdateTable extends ProvenanceColumns {
  id: Generated<number>;
  actionId: number;
  writtenOn: string;
  text: string;
  authorName: string | null;
  authorPersonId: number | null;
}

export interface RecommendationTable extends ProvenanceColumns {
  id: Generated<number>;
  committeeId: number;
  meetingId: number | null;
  agendaItemId: number | null;
  resolutionId: number | null;
  letter: string | null;
  reference: string | null;
  text: string;
  addressedTo: Generated<'executive' | 'council' | 'partner' | 'officers' | 'committee'>;
  addresseeName: string | null;
  sentOn: string | null;
  receivedOn: string | null;
  responseDueOn: string | null;
  response: RecommendationResponse | null;
  responseText: string | null;
  respondedOn: string | null;
  responseDecisionReference: string | null;
  implementationStatus: 'not-started' | 'in-progress' | 'implemented' | 'not-implemented' | null;
  implementationDueOn: string | null;
  implementedOn: string | null;
  reviewOn: string | null;
  createdAt: Generated<Date>;
  // Added by 0011-follow-through: who is chased, the decision behind the response, the follow-up review.
  addresseeEmail: string | null;
  responseDecisionUrl: string | null;
  responseMeetingId: number | null;
  reviewOutcome: string | null;
  reviewMeetingId: number | null;
}

export interface WorkProgrammeItemTable extends ProvenanceColumns {
  id: Generated<number>;
  committeeId: number;
  municipalYearId: number | null;
  meetingId: number | null;
  kind: WorkProgrammeKind;
  title: string;
  purpose: string | null;
  raisedBy: string | null;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
  currentPosition: string | null;
  taskAndFinishCommitteeId: number | null;
  forwardPlanEntryId: number | null;
  suggestedByName: string | null;
  status: Generated<WorkProgrammeStatus>;
  position: number | null;
  createdAt: Generated<Date>;
  // Added by 0012-work-programme-and-forward-plan: origin, session dates, merging, last change.
  raisedByKind: Generated<WorkProgrammeOrigin | null>;
  raisedAtMeetingId: Generated<number | null>;
  scrutinyType: Generated<string | null>;
  sessionOn: Generated<string | null>;
  sessionStartsAt: Generated<string | null>;
  sessionEndsAt: Generated<string | null>;
  mergedIntoItemId: Generated<number | null>;
  updatedAt: Generated<Date>;
}

export interface ForwardPlanEntryTable extends ProvenanceColumns {
  id: Generated<number>;
  reference: string | null;
  title: string;
  purpose: string | null;
  decisionMaker: string;
  decisionMakerCommitteeId: number | null;
  decisionKind: DecisionKind;
  decisionDueOn: string | null;
  decisionDueMonth: string | null;
  firstPublishedOn: string | null;
  directorate: string | null;
  leadOfficerName: string | null;
  leadOfficerPersonId: number | null;
  portfolioHolderName: string | null;
  isExempt: Generated<boolean>;
  exemptParagraph: ExemptParagraph | null;
  urgencyRoute: 'general-exception' | 'special-urgency' | null;
  status: Generated<'planned' | 'decided' | 'deferred' | 'withdrawn'>;
  decidedOn: string | null;
  decisionMeetingId: number | null;
  createdAt: Generated<Date>;
  // Added by 0012-work-programme-and-forward-plan: all wards, a person deciding, the decision, the reg 10 / 11 record, last change.
  allWards: Generated<boolean>;
  decisionMakerPersonId: Generated<number | null>;
  decision: Generated<string | null>;
  scrutinyChairNotifiedOn: Generated<string | null>;
  exceptionNoticePublishedOn: Generated<string | null>;
  urgencyAgreedBy: Generated<string | null>;
  urgencyAgreedOn: Generated<string | null>;
  updatedAt: Generated<Date>;
}

export interface ForwardPlanEntryWardTable {
  forwardPlanEntryId: number;
  wardId: number;
}

export type Action = Selectable<ActionTable>;
export type NewAction = Insertable<ActionTable>;
export type Recommendation = Selectable<RecommendationTable>;
export type WorkProgrammeItem = Selectable<WorkProgrammeItemTable>;
export type ForwardPlanEntry = Selectable<ForwardPlanEntryTable>;
