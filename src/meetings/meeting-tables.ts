import type { Generated, Insertable, Selectable } from 'kysely';
import type { ProvenanceColumns } from '../db/provenance.ts';

export type MeetingStatus = 'scheduled' | 'agenda-published' | 'held' | 'draft-minutes' | 'minutes-approved' | 'cancelled';
export type MeetingKind = 'ordinary' | 'extraordinary' | 'annual' | 'budget' | 'special';
export type StandardItemKind =
  | 'apologies'
  | 'substitutes'
  | 'declarations'
  | 'minutes'
  | 'action-log'
  | 'public-questions'
  | 'councillor-questions'
  | 'public-suggestions'
  | 'work-programme'
  | 'date-of-next-meeting'
  | 'urgent-business'
  | 'exclusion-of-press-and-public'
  | 'chair-announcements';
/** Paragraphs 1-7 of Part 1 of Schedule 12A to the Local Government Act 1972. */
export type ExemptParagraph = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type AttendanceStatus = 'present' | 'apologies' | 'absent' | 'substitute' | 'remote-non-voting' | 'in-attendance';
export type DeclarationKind = 'disclosable-pecuniary' | 'other-registrable' | 'non-registrable' | 'other';
export type ResolutionOutcome = 'carried' | 'lost' | 'noted' | 'deferred' | 'withdrawn';
export type DecisionType = 'executive' | 'council' | 'committee' | 'officer' | 'scrutiny' | 'for-information';

export interface MeetingTable extends ProvenanceColumns {
  id: Generated<number>;
  committeeId: number;
  municipalYearId: number | null;
  slug: string;
  date: string;
  startsAt: Date | null;
  endsAt: Date | null;
  kind: Generated<MeetingKind>;
  venue: string | null;
  remoteLink: string | null;
  videoUrl: string | null;
  status: Generated<MeetingStatus>;
  agendaPublishedAt: Date | null;
  minutesPublishedAt: Date | null;
  minutesApprovedAt: Date | null;
  minutesApprovedByMeetingId: number | null;
  cancellationReason: string | null;
  createdAt: Generated<Date>;
}

export interface AgendaItemTable extends ProvenanceColumns {
  id: Generated<number>;
  meetingId: number;
  position: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
  description: string | null;
  standardKind: StandardItemKind | null;
  pageFrom: number | null;
  pageTo: number | null;
  isExempt: Generated<boolean>;
  exemptParagraph: ExemptParagraph | null;
  minutes: string | null;
}

export interface ReportTable extends ProvenanceColumns {
  id: Generated<number>;
  agendaItemId: number;
  title: string;
  summary: string | null;
  authorPersonId: number | null;
  authorName: string | null;
  leadOfficerPersonId: number | null;
  leadOfficerName: string | null;
  directorate: string | null;
  classification: Generated<'open' | 'exempt'>;
  exemptParagraph: ExemptParagraph | null;
  decisionType: DecisionType | null;
  isKeyDecision: Generated<boolean>;
  forwardPlanEntryId: number | null;
  allWards: Generated<boolean>;
  status: Generated<'draft' | 'submitted' | 'signed-off' | 'published'>;
  documentId: number | null;
}

export interface ReportWardTable {
  reportId: number;
  wardId: number;
}

export interface ReportSignOffTable {
  id: Generated<number>;
  reportId: number;
  reviewerRole: string;
  reviewerName: string | null;
  reviewerPersonId: number | null;
  signedOffOn: string | null;
  comment: string | null;
}

export interface AttendanceTable extends ProvenanceColumns {
  id: Generated<number>;
  meetingId: number;
  personId: number;
  status: AttendanceStatus;
  isChairOfMeeting: Generated<boolean>;
  substituteForPersonId: number | null;
  capacity: string | null;
  /** Present in law though online, where the nation allows it (Wales); England records 'remote-non-voting' instead. */
  attendedRemotely: Generated<boolean>;
}

export interface DeclarationTable extends ProvenanceColumns {
  id: Generated<number>;
  meetingId: number;
  agendaItemId: number | null;
  personId: number;
  kind: DeclarationKind;
  description: string;
  withdrew: Generated<boolean>;
  /** A dispensation (Localism Act 2011 s.33) lets a member with a disclosable pecuniary interest stay. */
  dispensation: Generated<boolean>;
}

export interface ResolutionTable extends ProvenanceColumns {
  id: Generated<number>;
  agendaItemId: number;
  position: Generated<number>;
  text: string;
  outcome: ResolutionOutcome | null;
}

export interface RecordedVoteTable {
  resolutionId: number;
  personId: number;
  vote: 'for' | 'against' | 'abstain';
}

export interface PublicQuestionTable extends ProvenanceColumns {
  id: Generated<number>;
  meetingId: number | null;
  agendaItemId: number | null;
  askerPersonId: number | null;
  askerName: string;
  askerKind: Generated<'public' | 'councillor'>;
  question: string;
  supplementaryQuestion: string | null;
  answer: string | null;
  supplementaryAnswer: string | null;
  answeredByName: string | null;
  status: Generated<'submitted' | 'accepted' | 'rejected' | 'answered' | 'withdrawn'>;
  rejectionReason: string | null;
  submittedAt: Date | null;
}

export type Meeting = Selectable<MeetingTable>;
export type NewMeeting = Insertable<MeetingTable>;
export type AgendaItem = Selectable<AgendaItemTable>;
export type NewAgendaItem = Insertable<AgendaItemTable>;
export type Report = Selectable<ReportTable>;
export type Attendance = Selectable<AttendanceTable>;
export type Declaration = Selectable<DeclarationTable>;
export type Resolution = Selectable<ResolutionTable>;
