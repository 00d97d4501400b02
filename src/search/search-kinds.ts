/** The kinds of record one search covers, in the order the filters list them. */
export const searchKinds = ['resolution', 'recommendation', 'agenda-item', 'document', 'action', 'forward-plan', 'transcript'] as const;

export type SearchKind = (typeof searchKinds)[number];

export const searchKindLabels: Record<SearchKind, { one: string; many: string }> = {
  resolution: { one: 'Decision', many: 'Decisions' },
  recommendation: { one: 'Recommendation', many: 'Recommendations' },
  'agenda-item': { one: 'Agenda item and minutes', many: 'Agenda items and minutes' },
  document: { one: 'Document', many: 'Documents' },
  action: { one: 'Action', many: 'Actions' },
  'forward-plan': { one: 'Forward plan', many: 'Forward plan entries' },
  transcript: { one: 'Transcript', many: 'Transcripts' },
};
