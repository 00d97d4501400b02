import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import { requirePermission, staffOf } from '../accounts/access.ts';
import { withAudit } from '../audit/with-audit.ts';
import { moveTopicFollows } from '../following/follow-repository.ts';
import type { Services } from '../services.ts';
import { type FormErrors, formErrors, noErrors, zodFormErrors } from '../web/form-errors.ts';
import { idSchema, notFound, parseParams } from '../web/params.ts';
import { findSuggestedTopics, findTopicSuggestions } from './find-topic-suggestions.ts';
import { findRecordsToLink } from './topic-candidate-repository.ts';
import { LinkForm, MergeForm, SuggestedTopicForm, TopicForm } from './topic-forms.ts';
import { topicRecordKindLabels } from './topic-labels.ts';
import { decideTopicLink, findTopicById, findTopicRecord, insertTopic, listConfirmedRecords, listSlugsLike, listTopics, mergeTopic, updateTopic } from './topic-repository.ts';
import { topicSlug } from './topic-slug.ts';
import type { Topic } from './topic-tables.ts';
import type { TopicRecordRow } from './topic-records.ts';
import type { SuggestionReason } from './topic-suggestions.ts';

const FindQuery = z.object({ find: z.string().trim().max(200).optional(), saved: z.string().max(40).optional() });

/**
 * The back office's topics, for whoever keeps the trackers
 * (tracking:manage): the list, adding and changing a topic, its records
 * (accepting or rejecting suggestions, adding by hand, removing), merging
 * two topics, and topics suggested from groups of similar titles. Every
 * change is audited; a rejection is kept so it is not suggested again.
 */
export function registerTopicAdminRoutes(app: FastifyInstance, { db }: Services): void {
  const guard = { preHandler: requirePermission('tracking:manage') };
  const loadTopic = async (params: unknown): Promise<Topic> => {
    const { id } = parseParams({ id: idSchema }, params);
    const topic = (await findTopicById(db, id)) ?? notFound('topic');
    return topic;
  };

  app.get('/manage/topics', guard, async (_request, reply) => {
    return reply.view('manage-topics.njk', { pageTitle: 'Topics', topics: await listTopics(db) });
  });

  const showTopicForm = (reply: FastifyReply, view: { topic?: Topic; values: Record<string, unknown>; errors: FormErrors }, status = 200) =>
    reply.code(status).view('manage-topic-form.njk', {
      pageTitle: `${view.errors.summary.length ? 'Error: ' : ''}${view.topic ? 'Change the topic' : 'Add a topic'}`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, { text: 'Topics', href: '/manage/topics' }, ...(view.topic ? [{ text: view.topic.name, href: `/manage/topics/${view.topic.id}` }] : [])],
      ...view,
    });

  app.get('/manage/topics/new', guard, async (_request, reply) => showTopicForm(reply, { values: {}, errors: noErrors }));

  app.post('/manage/topics', guard, async (request, reply) => {
    const form = TopicForm.safeParse(request.body);
    if (!form.success) return showTopicForm(reply, { values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
    const topic = await withAudit(db, staffOf(request), async (trx, audit) => {
      const created = await insertTopic(trx, { ...form.data, slug: topicSlug(form.data.name, await listSlugsLike(trx, topicSlug(form.data.name, new Set()))) });
      await audit({ action: 'create', entity: 'topic', entityId: created.id, summary: `Added the topic ${created.name}`, after: created });
      return created;
    });
    return reply.redirect(`/manage/topics/${topic.id}`, 303);
  });

  app.get('/manage/topics/suggestions', guard, async (_request, reply) => showSuggestedTopics(reply, null));

  const showSuggestedTopics = async (reply: FastifyReply, failed: { group: number; values: Record<string, unknown>; errors: FormErrors } | null) => {
    const groups = (await findSuggestedTopics(db)).slice(0, 30);
    return reply.code(failed ? 400 : 200).view('manage-topic-suggestions.njk', {
      pageTitle: `${failed ? 'Error: ' : ''}Suggested topics`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, { text: 'Topics', href: '/manage/topics' }],
      errors: failed?.errors ?? noErrors,
      groups: groups.map((group, index) => ({
        index,
        name: failed?.group === index ? String(failed.values.name ?? '') : group.name,
        fieldErrors: failed?.group === index ? failed.errors.fields : {},
        items: group.members.map((m) => ({ value: `${m.record.kind}:${m.record.id}`, checked: true, ...recordRowView(m.record) })),
      })),
    });
  };

  app.post('/manage/topics/suggestions', guard, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const group = Number(body.group ?? 0);
    const form = SuggestedTopicForm.safeParse(body);
    if (!form.success) {
      // The error summary links to the group's own fields, which carry the group's number.
      const errors = zodFormErrors(form.error);
      const numbered = formErrors(Object.fromEntries(Object.entries(errors.fields).map(([field, e]) => [`${field}-${group}`, e.text])));
      return showSuggestedTopics(reply, { group, values: body, errors: { summary: numbered.summary, fields: errors.fields } });
    }
    const actor = staffOf(request);
    const topic = await withAudit(db, actor, async (trx, audit) => {
      const created = await insertTopic(trx, { name: form.data.name, description: form.data.description, slug: topicSlug(form.data.name, await listSlugsLike(trx, topicSlug(form.data.name, new Set()))) });
      await audit({ action: 'create', entity: 'topic', entityId: created.id, summary: `Added the suggested topic ${created.name} with ${form.data.records.length} records`, after: created });
      for (const record of form.data.records) {
        const found = await findTopicRecord(trx, record.kind, record.id);
        if (!found) continue;
        await decideTopicLink(trx, { topicId: created.id, kind: record.kind, recordId: record.id, status: 'confirmed', source: 'suggested', score: null, actor });
        await audit({ action: 'confirm', entity: 'topic_link', entityId: created.id, summary: `Put ${describe(found)} in the topic ${created.name}`, after: { topicId: created.id, kind: record.kind, recordId: record.id, status: 'confirmed' } });
      }
      return created;
    });
    return reply.redirect(`/manage/topics/${topic.id}`, 303);
  });

  app.get('/manage/topics/:id', guard, async (request, reply) => {
    const topic = await loadTopic(request.params);
    if (topic.mergedIntoTopicId) return reply.redirect(`/manage/topics/${topic.mergedIntoTopicId}`, 303);
    const query = FindQuery.safeParse(request.query);
    const find = query.success ? (query.data.find ?? '') : '';
    const [records, suggestions, found] = await Promise.all([
      listConfirmedRecords(db, topic.id),
      findTopicSuggestions(db, topic),
      find ? findRecordsToLink(db, topic.id, find) : Promise.resolve(null),
    ]);
    return reply.view('manage-topic.njk', {
      pageTitle: topic.name,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, { text: 'Topics', href: '/manage/topics' }],
      topic,
      saved: query.success ? query.data.saved : undefined,
      records: records.map((r) => ({ ...recordRowView(r), value: `${r.kind}:${r.id}`, decidedBy: r.decidedByName, source: r.source })),
      suggestions: suggestions.map((s) => ({ ...recordRowView(s.record), value: `${s.record.kind}:${s.record.id}`, score: s.score, percent: Math.round(s.score * 100), reason: reasonText(s.reason) })),
      find,
      found: found?.map((r) => ({ ...recordRowView(r), value: `${r.kind}:${r.id}` })) ?? null,
    });
  });

  app.post('/manage/topics/:id/links', guard, async (request, reply) => {
    const topic = await loadTopic(request.params);
    const form = LinkForm.safeParse(request.body);
    if (!form.success || topic.mergedIntoTopicId) return reply.code(400).send({ error: 'The record to decide on is not one of this topic’s' });
    const { record, decision, score } = form.data;
    const found = (await findTopicRecord(db, record.kind, record.id)) ?? notFound('record');
    const actor = staffOf(request);
    const status = decision === 'accept' || decision === 'add' ? 'confirmed' : 'rejected';
    await withAudit(db, actor, async (trx, audit) => {
      const before = await decideTopicLink(trx, { topicId: topic.id, kind: record.kind, recordId: record.id, status, source: decision === 'add' ? 'by-hand' : 'suggested', score: score ?? null, actor });
      const verbs = { accept: 'Accepted', add: 'Added', reject: 'Rejected', remove: 'Removed' } as const;
      await audit({
        action: status === 'confirmed' ? 'confirm' : 'reject',
        entity: 'topic_link',
        entityId: topic.id,
        summary: `${verbs[decision]} ${describe(found)} ${status === 'confirmed' ? 'in' : 'for'} the topic ${topic.name}`,
        before: before ? { kind: record.kind, recordId: record.id, status: before } : null,
        after: { kind: record.kind, recordId: record.id, status },
      });
    });
    return reply.redirect(`/manage/topics/${topic.id}?saved=${decision}`, 303);
  });

  app.get('/manage/topics/:id/edit', guard, async (request, reply) => {
    const topic = await loadTopic(request.params);
    return showTopicForm(reply, { topic, values: { name: topic.name, description: topic.description ?? '' }, errors: noErrors });
  });

  app.post('/manage/topics/:id', guard, async (request, reply) => {
    const topic = await loadTopic(request.params);
    const form = TopicForm.safeParse(request.body);
    if (!form.success) return showTopicForm(reply, { topic, values: request.body as Record<string, unknown>, errors: zodFormErrors(form.error) }, 400);
    await withAudit(db, staffOf(request), async (trx, audit) => {
      const after = await updateTopic(trx, topic.id, form.data);
      await audit({ action: 'update', entity: 'topic', entityId: topic.id, summary: `Changed the topic ${after.name}`, before: { name: topic.name, description: topic.description }, after: { name: after.name, description: after.description } });
    });
    return reply.redirect(`/manage/topics/${topic.id}?saved=details`, 303);
  });

  const showMergeForm = async (reply: FastifyReply, topic: Topic, errors: FormErrors, status = 200) => {
    const others = (await listTopics(db)).filter((t) => t.id !== topic.id);
    return reply.code(status).view('manage-topic-merge.njk', {
      pageTitle: `${errors.summary.length ? 'Error: ' : ''}Merge ${topic.name} into another topic`,
      breadcrumbs: [{ text: 'Back office', href: '/manage' }, { text: 'Topics', href: '/manage/topics' }, { text: topic.name, href: `/manage/topics/${topic.id}` }],
      topic,
      errors,
      items: others.map((t) => ({ value: String(t.id), text: t.name, hint: { text: `${t.links} records` } })),
    });
  };

  app.get('/manage/topics/:id/merge', guard, async (request, reply) => showMergeForm(reply, await loadTopic(request.params), noErrors));

  app.post('/manage/topics/:id/merge', guard, async (request, reply) => {
    const topic = await loadTopic(request.params);
    const form = MergeForm.safeParse(request.body);
    const into = form.success && form.data.into !== topic.id ? await findTopicById(db, form.data.into) : undefined;
    if (!into || into.mergedIntoTopicId || topic.mergedIntoTopicId) return showMergeForm(reply, topic, formErrors({ into: 'Choose the topic to merge into' }), 400);
    const actor = staffOf(request);
    await withAudit(db, actor, async (trx, audit) => {
      const result = await mergeTopic(trx, topic.id, into.id, actor);
      const follows = await moveTopicFollows(trx, topic.id, into.id);
      await audit({
        action: 'merge',
        entity: 'topic',
        entityId: topic.id,
        summary: `Merged the topic ${topic.name} into ${into.name}: ${result.moved} records moved, ${result.alreadyThere} already there, ${follows} followers moved`,
        before: { id: topic.id, name: topic.name, mergedIntoTopicId: null },
        after: { id: topic.id, name: topic.name, mergedIntoTopicId: into.id },
      });
    });
    return reply.redirect(`/manage/topics/${into.id}?saved=merged`, 303);
  });
}

function recordRowView(record: TopicRecordRow) {
  return {
    kind: record.kind,
    kindLabel: topicRecordKindLabels[record.kind],
    title: record.title,
    date: record.date,
    committeeName: record.committeeName,
    isExempt: record.isExempt,
    href: record.href,
  };
}

function describe(record: TopicRecordRow): string {
  const title = record.title.length > 80 ? `${record.title.slice(0, 77)}…` : record.title;
  return `${topicRecordKindLabels[record.kind].toLowerCase()} “${title}”`;
}

function reasonText(reason: SuggestionReason): string {
  if (reason.kind === 'tied') return 'Raised at, or about the same decision as, a record in the topic';
  if (reason.kind === 'like') return `Like “${reason.title}”, already in the topic`;
  return 'Its words are like the topic’s name';
}
