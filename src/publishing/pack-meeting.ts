import type { MembershipRole, MemberType } from '../committees/committee-tables.ts';
import type { Day } from '../deadlines/days.ts';
import type { ItemForPublication, ReportForPublication } from './publication-contents.ts';

/** A meeting as its pack prints it: plain values, loaded by publishing-repository.ts. */
export interface PackMeeting {
  id: number;
  councilName: string;
  committeeName: string;
  /** Who to contact about the meeting: the committee's clerk, else the council's democratic services. */
  contact: { name: string | null; email: string | null; phone: string | null };
  date: Day;
  startsAt: Date | null;
  endsAt: Date | null;
  venue: string | null;
  remoteLink: string | null;
  members: PackMember[];
  /** The meeting's page on the public portal. */
  meetingUrl: string;
  /** When questions from the public close, by the committee's rule; null when the meeting takes none. */
  questionDeadline: Date | null;
}

export interface PackMember {
  /** As printed: "Councillor Jane Smith". */
  name: string;
  groupName: string | null;
  role: MembershipRole;
  memberType: MemberType;
  isSubstitute: boolean;
  represents: string | null;
}

export type PackItem = ItemForPublication;

export interface PackReport extends ReportForPublication {
  summary: string | null;
  authorName: string | null;
  leadOfficerName: string | null;
  directorate: string | null;
  decisionType: string | null;
  isKeyDecision: boolean;
  allWards: boolean;
  wards: string[];
  document: PackReportDocument | null;
}

/** The report as uploaded: a PDF is merged as it is; anything else is typeset from its text. */
export interface PackReportDocument {
  id: number;
  filename: string;
  mediaType: string;
  original: Uint8Array | null;
  text: string;
}
