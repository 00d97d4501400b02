import type { Generated, Insertable, Selectable } from 'kysely';
import type { ProvenanceColumns } from '../db/provenance.ts';

export type PersonKind = 'councillor' | 'officer' | 'co-optee' | 'public';

export interface PersonTable extends ProvenanceColumns {
  id: Generated<number>;
  slug: string;
  fullName: string;
  honorific: string | null;
  givenName: string | null;
  familyName: string | null;
  kind: PersonKind;
  politicalGroupId: number | null;
  wardId: number | null;
  jobTitle: string | null;
  directorate: string | null;
  email: string | null;
  phone: string | null;
  createdAt: Generated<Date>;
}

export type Person = Selectable<PersonTable>;
export type NewPerson = Insertable<PersonTable>;
