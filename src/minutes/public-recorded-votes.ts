import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { personName } from './meeting-record-repository.ts';
import type { Vote } from './voting.ts';

export type RecordedVoteNames = Record<Vote, string[]>;

/**
 * For the public meeting page: how each member voted where a recorded vote
 * was taken, by resolution id. Resolutions on exempt items are left out
 * here, in SQL, as everything else about those items is.
 */
export async function listPublicRecordedVotes(db: Kysely<Database>, meetingId: number): Promise<Record<number, RecordedVoteNames>> {
  const rows = await db
    .selectFrom('recordedVote as v')
    .innerJoin('resolution as r', 'r.id', 'v.resolutionId')
    .innerJoin('agendaItem as i', 'i.id', 'r.agendaItemId')
    .innerJoin('person as p', 'p.id', 'v.personId')
    .select(['v.resolutionId', 'v.vote', 'p.fullName', 'p.honorific'])
    .where('i.meetingId', '=', meetingId)
    .where('i.isExempt', '=', false)
    .orderBy('p.familyName')
    .orderBy('p.fullName')
    .execute();
  const byResolution: Record<number, RecordedVoteNames> = {};
  for (const row of rows) {
    const votes = (byResolution[row.resolutionId] ??= { for: [], against: [], abstain: [] });
    votes[row.vote].push(personName(row));
  }
  return byResolution;
}
