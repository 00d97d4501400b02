import { type LexemeWeight, significantLexemes, titleSimilarity } from './topic-similarity.ts';

export interface GroupCandidate {
  /** Unique among the candidates: "agenda-item:12". */
  key: string;
  title: string;
  lexemes: readonly string[];
}

export interface SuggestedGroup<T extends GroupCandidate> {
  /** A name to start from: the most typical title, without its dates and "annual report". */
  name: string;
  /** The most typical record first, then the others, most alike first. */
  members: { record: T; similarity: number }[];
}

export interface GroupOptions {
  /** How alike a record must be to the group's most typical record. */
  threshold: number;
  /** A topic is something that comes back: two records at least. */
  minSize: number;
}

export const defaultGroupOptions: GroupOptions = { threshold: 0.4, minSize: 2 };

/**
 * Groups records that are about the same thing, as suggested new topics.
 *
 * Each record is compared with those sharing a significant word (an
 * inverted index, so a council's thousands of titles are not compared
 * pair by pair). The record alike to most others leads a group, and takes
 * every ungrouped record alike to it; then the next. Comparing with the
 * leader, not with any member, stops chains ("school transport" → "school
 * meals" → "meals on wheels") from becoming one group.
 *
 * @example
 * groupSimilarRecords([schoolTransport, homeToSchoolTransport, sendTransport, libraryHours], weight);
 * // [{ name: 'School transport', members: [schoolTransport, homeToSchoolTransport, sendTransport] }]
 */
export function groupSimilarRecords<T extends GroupCandidate>(candidates: readonly T[], weight: LexemeWeight, options: GroupOptions = defaultGroupOptions): SuggestedGroup<T>[] {
  const words = candidates.map((c) => significantLexemes(c.lexemes));
  const index = new Map<string, number[]>();
  words.forEach((list, i) => list.forEach((word) => index.set(word, [...(index.get(word) ?? []), i])));

  const neighbours = candidates.map(() => new Map<number, number>());
  candidates.forEach((candidate, i) => {
    const others = new Set(words[i]!.flatMap((word) => index.get(word) ?? []).filter((j) => j > i));
    for (const j of others) {
      const similarity = titleSimilarity(candidate.lexemes, candidates[j]!.lexemes, weight);
      if (similarity < options.threshold) continue;
      neighbours[i]!.set(j, similarity);
      neighbours[j]!.set(i, similarity);
    }
  });

  const centrality = (i: number) => [...neighbours[i]!.values()].reduce((a, b) => a + b, 0);
  const order = candidates
    .map((_, i) => i)
    .sort((a, b) => neighbours[b]!.size - neighbours[a]!.size || centrality(b) - centrality(a) || candidates[a]!.title.length - candidates[b]!.title.length || candidates[a]!.key.localeCompare(candidates[b]!.key));

  const grouped = new Set<number>();
  const groups: SuggestedGroup<T>[] = [];
  for (const leader of order) {
    if (grouped.has(leader)) continue;
    const members = [...neighbours[leader]!]
      .filter(([j]) => !grouped.has(j))
      .sort(([a, x], [b, y]) => y - x || candidates[a]!.key.localeCompare(candidates[b]!.key));
    if (members.length + 1 < options.minSize) continue;
    grouped.add(leader);
    for (const [j] of members) grouped.add(j);
    groups.push({
      name: proposeTopicName(candidates[leader]!.title),
      members: [{ record: candidates[leader]!, similarity: 1 }, ...members.map(([j, similarity]) => ({ record: candidates[j]!, similarity }))],
    });
  }
  return groups.sort((a, b) => b.members.length - a.members.length || a.name.localeCompare(b.name));
}

const trailingGenericWords = /\s+(annual|quarterly|monthly|update|updates|report|reports|review|monitoring|progress|briefing|note|position|statement|overview)$/i;

/**
 * A topic name from a title: what comes before a colon or dash, without
 * years, quarters, bracketed asides and closing words such as "annual report".
 *
 * @example
 * proposeTopicName("Children's services performance report: Q1 2025/26"); // "Children's services performance"
 * proposeTopicName('Fostering service annual report 2024/25'); // 'Fostering service'
 */
export function proposeTopicName(title: string): string {
  let name = title.replace(/\s*\([^)]*\)/g, ' ');
  const head = name.split(/\s*(?::|\s[–—-]\s)\s*/)[0]!;
  if (/\p{L}{3,}/u.test(head)) name = head;
  name = name
    .replace(/\b(19|20)\d{2}(\s*[/–-]\s*(19|20)?\d{2})?\b/g, ' ')
    .replace(/\b(q[1-4]|quarter\s+[1-4])\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,.;:–—-]+$/, '');
  for (let previous = ''; previous !== name; ) {
    previous = name;
    const shorter = name.replace(trailingGenericWords, '');
    if (/\p{L}{3,}/u.test(shorter)) name = shorter.trim();
  }
  name = name || title.trim();
  return name.charAt(0).toUpperCase() + name.slice(1);
}
