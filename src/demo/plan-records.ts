import type { AttendanceStatus, DecisionType, DeclarationKind, ExemptParagraph, ResolutionOutcome, StandardItemKind } from '../meetings/meeting-tables.ts';
import type { ActionStatus, DecisionKind, RecommendationResponse, WorkProgrammeKind } from '../tracking/tracking-tables.ts';
import type { Day } from './calendar.ts';
import type { CommitteePlan, Directorate, MeetingPlan, PersonPlan, WardPlan, YearPlan } from './plan.ts';

/** The demo council's records: agendas, reports, minutes and what scrutiny follows up. */

export interface AgendaItemPlan {
  meeting: MeetingPlan;
  position: number;
  number: string;
  minuteNumber: string | null;
  title: string;
  description: string | null;
  standardKind: StandardItemKind | null;
  pageFrom: number | null;
  pageTo: number | null;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  minutes: string | null;
}

export interface ReportPlan {
  item: AgendaItemPlan;
  title: string;
  summary: string;
  author: PersonPlan;
  lead: PersonPlan;
  directorate: Directorate;
  classification: 'open' | 'exempt';
  exemptParagraph: ExemptParagraph | null;
  decisionType: DecisionType;
  isKeyDecision: boolean;
  forwardPlan: ForwardPlanPlan | null;
  allWards: boolean;
  wards: WardPlan[];
  signOffs: { role: string; reviewer: PersonPlan; signedOffOn: Day; comment: string | null }[];
}

export interface AttendancePlan {
  meeting: MeetingPlan;
  person: PersonPlan;
  status: AttendanceStatus;
  isChairOfMeeting: boolean;
  substituteFor: PersonPlan | null;
  capacity: string | null;
}

export interface DeclarationPlan {
  meeting: MeetingPlan;
  item: AgendaItemPlan | null;
  person: PersonPlan;
  kind: DeclarationKind;
  description: string;
  withdrew: boolean;
}

export interface ResolutionPlan {
  item: AgendaItemPlan;
  position: number;
  text: string;
  outcome: ResolutionOutcome;
  votes: { person: PersonPlan; vote: 'for' | 'against' | 'abstain' }[];
}

export interface RecommendationPlan {
  committee: CommitteePlan;
  meeting: MeetingPlan;
  item: AgendaItemPlan;
  resolution: ResolutionPlan;
  letter: string;
  reference: string;
  text: string;
  addressedTo: 'executive' | 'partner' | 'officers';
  addresseeName: string;
  sentOn: Day | null;
  receivedOn: Day | null;
  responseDueOn: Day | null;
  response: RecommendationResponse | null;
  responseText: string | null;
  respondedOn: Day | null;
  responseDecisionReference: string | null;
  implementationStatus: 'not-started' | 'in-progress' | 'implemented' | 'not-implemented' | null;
  implementationDueOn: Day | null;
  implementedOn: Day | null;
  reviewOn: Day | null;
}

export interface ActionPlan {
  committee: CommitteePlan;
  meeting: MeetingPlan;
  item: AgendaItemPlan;
  number: string;
  description: string;
  owner: PersonPlan | null;
  ownerName: string;
  directorate: Directorate;
  dueOn: Day | null;
  dueText: string | null;
  status: ActionStatus;
  completedOn: Day | null;
  updates: { writtenOn: Day; text: string; author: PersonPlan | null; authorName: string }[];
}

export interface WorkProgrammePlan {
  committee: CommitteePlan;
  year: YearPlan;
  meeting: MeetingPlan | null;
  kind: WorkProgrammeKind;
  title: string;
  purpose: string | null;
  raisedBy: string;
  lead: PersonPlan | null;
  currentPosition: string;
  taskAndFinish: CommitteePlan | null;
  forwardPlan: ForwardPlanPlan | null;
  suggestedByName: string | null;
  status: 'suggested' | 'planned' | 'in-progress' | 'completed' | 'rejected' | 'deferred';
  position: number;
}

export interface ForwardPlanPlan {
  reference: string;
  title: string;
  purpose: string;
  decisionMaker: string;
  decisionMakerCommittee: CommitteePlan | null;
  decisionKind: DecisionKind;
  decisionDueOn: Day | null;
  decisionDueMonth: string | null;
  firstPublishedOn: Day;
  directorate: Directorate;
  lead: PersonPlan;
  portfolioHolderName: string;
  isExempt: boolean;
  exemptParagraph: ExemptParagraph | null;
  urgencyRoute: 'general-exception' | 'special-urgency' | null;
  status: 'planned' | 'decided' | 'deferred' | 'withdrawn';
  decidedOn: Day | null;
  decisionMeeting: MeetingPlan | null;
  wards: WardPlan[];
}

export interface PublicQuestionPlan {
  meeting: MeetingPlan;
  item: AgendaItemPlan;
  asker: PersonPlan;
  askerKind: 'public' | 'councillor';
  question: string;
  supplementaryQuestion: string | null;
  answer: string;
  supplementaryAnswer: string | null;
  answeredByName: string;
  submittedAt: Date;
}
