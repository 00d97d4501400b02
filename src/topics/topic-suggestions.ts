import type { TopicRecordKind } from './topic-tables.ts';
import { type LexemeWeight, titleSimilarity } from './topic-similarity.ts';

/** A record that might belong to a topic, as the repository finds it. */
export interface LinkCandidate {
  kind: TopicRecordKind;
  id: number;
  title: string;
  lexemes: readonly string[];
  /** pg_trgm's word_similarity of the topic's name within the title, 0 to 1: catches spellings the stemmer does not. */
  trigram: number;
  /** Tied to a record already in the topic: raised at a linked agenda item, on a linked forward plan entry. */
  tied: boolean;
}

export interface TopicProfile {
  nameLexemes: readonly string[];
  /** The titles of records already confirmed in the topic: a topic is also what it already holds. */
  linked: readonly { title: string; lexemes: readonly string[] }[];
}

export type SuggestionReason = { kind: 'tied' } | { kind: 'name' } | { kind: 'like'; title: string };

export interface SuggestedLink<T extends LinkCandidate> {
  record: T;
  /** 0 to 1. */
  score: number;
  reason: SuggestionReason;
}

export interface SuggestOptions {
  threshold: number;
  limit: number;
}

export const defaultSuggestOptions: SuggestOptions = { threshold: 0.4, limit: 40 };

// A tie to a linked record is strong evidence but not proof: an item's
// recommendations can wander from its subject. Likeness to a linked record
// counts a little less than likeness to the topic's own name.
const TIED_SCORE = 0.9;
const LIKE_LINKED = 0.9;
const TRIGRAM = 0.85;

/**
 * The records most likely to belong to a topic, best first: each scored by
 * the best of its likeness to the topic's name (stemmed words, weighted by
 * rarity; or pg_trgm's trigram match), its likeness to a record already in
 * the topic, and a tie to one. Records the officer has already decided on
 * are not passed in.
 *
 * @example
 * suggestLinks({ nameLexemes: ['school', 'transport'], linked: [] }, candidates, weight);
 * // [{ record: { title: 'Home to school transport policy', … }, score: 1, reason: { kind: 'name' } }, …]
 */
export function suggestLinks<T extends LinkCandidate>(topic: TopicProfile, candidates: readonly T[], weight: LexemeWeight, options: SuggestOptions = defaultSuggestOptions): SuggestedLink<T>[] {
  const suggestions: SuggestedLink<T>[] = [];
  for (const record of candidates) {
    let best: { score: number; reason: SuggestionReason } = { score: titleSimilarity(topic.nameLexemes, record.lexemes, weight), reason: { kind: 'name' } };
    const byTrigram = record.trigram * TRIGRAM;
    if (byTrigram > best.score) best = { score: byTrigram, reason: { kind: 'name' } };
    for (const linked of topic.linked) {
      const score = titleSimilarity(linked.lexemes, record.lexemes, weight) * LIKE_LINKED;
      if (score > best.score) best = { score, reason: { kind: 'like', title: linked.title } };
    }
    if (record.tied && TIED_SCORE > best.score) best = { score: TIED_SCORE, reason: { kind: 'tied' } };
    if (best.score >= options.threshold) suggestions.push({ record, score: Math.round(best.score * 1000) / 1000, reason: best.reason });
  }
  return suggestions.sort((a, b) => b.score - a.score || a.record.kind.localeCompare(b.record.kind) || a.record.id - b.record.id).slice(0, options.limit);
}
