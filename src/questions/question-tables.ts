import type { Generated, Selectable } from 'kysely';

/** How to reach the person who asked a question: never public, so never in public_question itself. */
export interface PublicQuestionContactTable {
  publicQuestionId: number;
  email: string;
  address: string | null;
  createdAt: Generated<Date>;
}

/** One question form sent, counted per sender for the rate limit; the address is a keyed hash. */
export interface QuestionSubmissionTable {
  id: Generated<string>;
  addressHash: string;
  submittedAt: Generated<Date>;
}

export type PublicQuestionContact = Selectable<PublicQuestionContactTable>;
