import type { TopicRecordKind } from './topic-tables.ts';

/**
 * Fictional titles with the lexemes PostgreSQL's English configuration
 * gives them (to_tsvector('english', title); the repository test checks
 * that it still does), for the similarity rules' unit tests.
 */
export const fixtureTitles = {
  schoolTransport: { title: 'School transport', lexemes: ['school', 'transport'] },
  homeToSchool: { title: 'Home to school transport policy', lexemes: ['home', 'polici', 'school', 'transport'] },
  sendTransport: { title: 'SEND transport review', lexemes: ['review', 'send', 'transport'] },
  libraryHours: { title: 'Library opening hours', lexemes: ['hour', 'librari', 'open'] },
  budgetMonitoring: { title: 'Budget monitoring update', lexemes: ['budget', 'monitor', 'updat'] },
  performanceMonitoring: { title: 'Quarterly performance monitoring', lexemes: ['monitor', 'perform', 'quarter'] },
  childrenQ1: { title: "Children's services performance report: Q1 2025/26", lexemes: ['2025/26', 'children', 'perform', 'q1', 'report', 'servic'] },
  childrenQ2: { title: "Children's services performance report: Q2 2025/26", lexemes: ['2025/26', 'children', 'perform', 'q2', 'report', 'servic'] },
} as const;

export type FixtureName = keyof typeof fixtureTitles;

/** A candidate row as the repository returns it, for one fixture title. */
export function fixtureCandidate(name: FixtureName, id: number, kind: TopicRecordKind = 'agenda-item') {
  const { title, lexemes } = fixtureTitles[name];
  return { key: `${kind}:${id}`, kind, id, title, lexemes: [...lexemes], trigram: 0, tied: false };
}
