import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type CandidateRow, listLinkCandidates, listUngroupedRecords, titleWordFrequencies } from './topic-candidate-repository.ts';
import { groupSimilarRecords, type SuggestedGroup } from './topic-groups.ts';
import { lexemesOf, listConfirmedLexemes } from './topic-repository.ts';
import { lexemeWeights, significantLexemes } from './topic-similarity.ts';
import { type SuggestedLink, suggestLinks } from './topic-suggestions.ts';
import type { Topic } from './topic-tables.ts';
import type { TopicRecordRow } from './topic-records.ts';

/**
 * The records most likely to belong to a topic that an officer has not
 * decided on yet: candidates from the database (shared words, trigram
 * likeness, ties), scored by the similarity rules with word weights from
 * the council's own titles.
 */
export async function findTopicSuggestions(db: Kysely<Database>, topic: Pick<Topic, 'id' | 'name' | 'description'>): Promise<SuggestedLink<CandidateRow>[]> {
  const [nameLexemes, linked, stats] = await Promise.all([lexemesOf(db, topic.name), listConfirmedLexemes(db, topic.id), titleWordFrequencies(db)]);
  const words = [...new Set([...significantLexemes(nameLexemes), ...linked.flatMap((l) => significantLexemes(l.lexemes))])];
  const candidates = await listLinkCandidates(db, topic, words);
  return suggestLinks({ nameLexemes, linked }, candidates, lexemeWeights(stats.frequencies, stats.total));
}

/** Groups of recent records in no topic that look like one subject: suggested new topics. */
export async function findSuggestedTopics(db: Kysely<Database>): Promise<SuggestedGroup<TopicRecordRow & { key: string; lexemes: string[] }>[]> {
  const [records, stats] = await Promise.all([listUngroupedRecords(db), titleWordFrequencies(db)]);
  return groupSimilarRecords(records, lexemeWeights(stats.frequencies, stats.total));
}
