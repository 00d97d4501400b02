import type { Generated, Selectable } from 'kysely';

export type PublicationKind = 'agenda' | 'supplement';
/** Where an item's papers went in one publication. */
export type PackName = 'public' | 'restricted' | 'none';

export interface AgendaPublicationTable {
  id: Generated<number>;
  meetingId: number;
  kind: PublicationKind;
  /** 0 for the agenda; supplements count from 1. */
  number: number;
  publishedAt: Date;
  publishedByUserId: number | null;
  publishedByName: string;
  clearWorkingDays: number;
  inTime: boolean;
  /** Why it could not wait (LGA 1972 s.100B(4)); public. */
  lateReason: string | null;
  publicDocumentId: number | null;
  restrictedDocumentId: number | null;
}

export interface AgendaPublicationItemTable {
  publicationId: number;
  agendaItemId: number;
  pack: PackName;
  pageFrom: number | null;
  pageTo: number | null;
}

export type AgendaPublication = Selectable<AgendaPublicationTable>;
