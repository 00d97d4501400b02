import { z } from 'zod';
import { topicRecordKinds } from './topic-tables.ts';

const description = z
  .string()
  .trim()
  .max(2000, 'The description must be 2,000 characters or fewer')
  .optional()
  .transform((v) => v || null);

/** Adding or changing a topic. */
export const TopicForm = z.object({
  name: z.string({ error: 'Enter the topic’s name' }).trim().min(1, 'Enter the topic’s name').max(150, 'The name must be 150 characters or fewer'),
  description,
});

const recordKey = z
  .string()
  .regex(/^[a-z-]+:\d{1,10}$/)
  .transform((key) => {
    const [kind, id] = key.split(':') as [string, string];
    return { kind, id: Number(id) };
  })
  .pipe(z.object({ kind: z.enum(topicRecordKinds), id: z.number().int().positive().max(2_147_483_647) }));

/** One record decided on from the topic's page: accepted, rejected, added by hand or removed. */
export const LinkForm = z.object({
  record: recordKey,
  decision: z.enum(['accept', 'reject', 'add', 'remove']),
  score: z.coerce.number().min(0).max(1).optional(),
});

/** A suggested topic created from its group, with the records the officer kept ticked. */
export const SuggestedTopicForm = TopicForm.extend({
  records: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(recordKey).min(1, 'Select at least one record for the topic').max(500)),
});

export const MergeForm = z.object({
  into: z.coerce.number({ error: 'Choose the topic to merge into' }).int('Choose the topic to merge into').positive('Choose the topic to merge into'),
});
