import type { Generated, Insertable, Selectable } from 'kysely';

export type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';

export interface CouncilTable {
  id: Generated<number>;
  name: string;
  shortName: string;
  slug: string;
  nation: Nation;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  brandColour: Generated<string>;
  createdAt: Generated<Date>;
}

export interface WardTable {
  id: Generated<number>;
  name: string;
  slug: string;
}

export interface PoliticalGroupTable {
  id: Generated<number>;
  name: string;
  shortName: string | null;
  slug: string;
  colour: string | null;
}

export type Council = Selectable<CouncilTable>;
export type NewCouncil = Insertable<CouncilTable>;
