import type { Generated, Insertable, Selectable } from 'kysely';
import type { ProvenanceColumns } from '../db/provenance.ts';

export type CommitteeKind = 'full-council' | 'cabinet' | 'scrutiny' | 'regulatory' | 'sub-committee' | 'task-and-finish' | 'other';
export type MembershipRole = 'chair' | 'vice-chair' | 'member';
export type MemberType = 'councillor' | 'voting-co-optee' | 'non-voting-co-optee' | 'non-voting-councillor';

export interface MunicipalYearTable {
  id: Generated<number>;
  label: string;
  startsOn: string;
  endsOn: string;
}

export interface CommitteeTable extends ProvenanceColumns {
  id: Generated<number>;
  slug: string;
  name: string;
  kind: CommitteeKind;
  parentCommitteeId: number | null;
  purpose: string | null;
  quorum: number | null;
  isActive: Generated<boolean>;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  defaultVenue: string | null;
  questionDeadlineWorkingDays: number | null;
  questionDeadlineTime: string | null;
  reportDeadlineWorkingDays: number | null;
  createdAt: Generated<Date>;
}

export interface MembershipTable extends ProvenanceColumns {
  id: Generated<number>;
  committeeId: number;
  personId: number;
  role: Generated<MembershipRole>;
  memberType: Generated<MemberType>;
  isSubstitute: Generated<boolean>;
  represents: string | null;
  startsOn: string | null;
  endsOn: string | null;
}

export type MunicipalYear = Selectable<MunicipalYearTable>;
export type Committee = Selectable<CommitteeTable>;
export type NewCommittee = Insertable<CommitteeTable>;
export type Membership = Selectable<MembershipTable>;
export type NewMembership = Insertable<MembershipTable>;
