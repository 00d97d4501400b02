import type { TopicRecordKind } from './topic-tables.ts';

export const topicRecordKindLabels: Record<TopicRecordKind, string> = {
  'agenda-item': 'Agenda item',
  recommendation: 'Recommendation',
  action: 'Action',
  'work-programme-item': 'Work programme item',
  'forward-plan-entry': 'Forward plan entry',
  document: 'Document',
};
