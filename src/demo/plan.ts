import type { CommitteeKind, MemberType, MembershipRole } from '../committees/committee-tables.ts';
import type { MeetingKind, MeetingStatus } from '../meetings/meeting-tables.ts';
import type { PersonKind } from '../people/people-tables.ts';
import type { ClockTime, Day, MunicipalYearDates } from './calendar.ts';
import type {
  ActionPlan,
  AgendaItemPlan,
  AttendancePlan,
  DeclarationPlan,
  ForwardPlanPlan,
  PublicQuestionPlan,
  RecommendationPlan,
  ReportPlan,
  ResolutionPlan,
  WorkProgrammePlan,
} from './plan-records.ts';

export type {
  ActionPlan,
  AgendaItemPlan,
  AttendancePlan,
  DeclarationPlan,
  ForwardPlanPlan,
  PublicQuestionPlan,
  RecommendationPlan,
  ReportPlan,
  ResolutionPlan,
  WorkProgrammePlan,
};

/**
 * The demo council as plain objects, before it has database ids. Records
 * point at each other directly (an agenda item holds its meeting); the
 * loader inserts them in order and maps each object to its new id.
 */
export interface DemoPlan {
  council: CouncilPlan;
  wards: WardPlan[];
  groups: GroupPlan[];
  people: PersonPlan[];
  years: YearPlan[];
  committees: CommitteePlan[];
  memberships: MembershipPlan[];
  meetings: MeetingPlan[];
  forwardPlan: ForwardPlanPlan[];
  agendaItems: AgendaItemPlan[];
  reports: ReportPlan[];
  attendance: AttendancePlan[];
  declarations: DeclarationPlan[];
  resolutions: ResolutionPlan[];
  recommendations: RecommendationPlan[];
  actions: ActionPlan[];
  workProgramme: WorkProgrammePlan[];
  publicQuestions: PublicQuestionPlan[];
}

export interface CouncilPlan {
  name: string;
  shortName: string;
  slug: string;
  nation: 'england';
  website: string;
  email: string;
  phone: string;
  address: string;
  brandColour: string;
}

export interface WardPlan {
  name: string;
  slug: string;
}

export type GroupKey = 'ld' | 'con' | 'lab' | 'ind';

export interface GroupPlan {
  key: GroupKey;
  name: string;
  shortName: string;
  slug: string;
  colour: string;
}

export type Directorate = "Chief Executive's Office" | 'Children and Families' | 'Adults and Wellbeing' | 'Economy and Environment' | 'Resources';

export type OfficerRole =
  | 'chief-executive'
  | 'dcs'
  | 'ad-education'
  | 'head-safeguarding'
  | 'das'
  | 'dph'
  | 'head-commissioning'
  | 'director-place'
  | 'head-planning'
  | 'head-transport'
  | 's151'
  | 'finance-partner'
  | 'chief-auditor'
  | 'monitoring-officer'
  | 'solicitor'
  | 'head-democratic'
  | 'dso'
  | 'dso-2'
  | 'scrutiny-officer';

export type PortfolioKey = 'leader' | 'finance' | 'children' | 'adults' | 'environment' | 'housing' | 'transport';

export interface PersonPlan {
  slug: string;
  fullName: string;
  honorific: string | null;
  givenName: string;
  familyName: string;
  kind: PersonKind;
  group: GroupPlan | null;
  ward: WardPlan | null;
  jobTitle: string | null;
  directorate: Directorate | null;
  email: string | null;
  phone: string | null;
  /** For officers: the post, so text can name "the Director of Children's Services". */
  role?: OfficerRole;
  /** For cabinet members. */
  portfolio?: PortfolioKey;
}

export type YearPlan = MunicipalYearDates;

export type CommitteeKey = 'council' | 'cabinet' | 'cyp' | 'adults' | 'planning' | 'audit' | 'tfg';

export interface CommitteePlan {
  key: CommitteeKey;
  slug: string;
  name: string;
  kind: CommitteeKind;
  parent: CommitteePlan | null;
  purpose: string;
  quorum: number;
  contact: PersonPlan;
  defaultVenue: string;
  questionDeadlineWorkingDays: number | null;
  questionDeadlineTime: string | null;
  reportDeadlineWorkingDays: number | null;
  /** Prefix for action numbers: "CYP-25-04". */
  prefix: string;
  weekday: number;
  time: ClockTime;
}

export interface MembershipPlan {
  committee: CommitteePlan;
  person: PersonPlan;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
  startsOn: Day;
  endsOn: Day | null;
}

/** Who sat on a committee in one municipal year. */
export interface Lineup {
  chair: PersonPlan;
  viceChair: PersonPlan | null;
  /** Councillors, chair and vice-chair included. */
  members: PersonPlan[];
  coOptees: { person: PersonPlan; voting: boolean; represents: string }[];
  substitutes: PersonPlan[];
}

export interface MeetingPlan {
  committee: CommitteePlan;
  year: YearPlan;
  date: Day;
  slug: string;
  time: ClockTime;
  startsAt: Date;
  endsAt: Date | null;
  kind: MeetingKind;
  venue: string;
  videoUrl: string | null;
  status: MeetingStatus;
  agendaPublishedAt: Date | null;
  minutesPublishedAt: Date | null;
  minutesApprovedAt: Date | null;
  approvedBy: MeetingPlan | null;
  cancellationReason: string | null;
  /** Held before today (and not cancelled): it has attendance and minutes. */
  isHeld: boolean;
  /** Has a published agenda: held meetings and agenda-published ones. */
  hasAgenda: boolean;
}
