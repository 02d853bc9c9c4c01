import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/contract';
import { raisedCounts } from '../../../shared/logic';
import type { Topic, TownHall } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';
import { assertRefs, findTownHall } from './lookups';

type TownHallHandlers = Pick<
  Handlers,
  'townhalls.list' | 'townhalls.listCategories' | 'townhalls.get' | 'townhalls.create' | 'townhalls.update' | 'townhalls.delete' | 'townhalls.listTopics' | 'townhalls.createTopic' | 'townhalls.updateTopic' | 'townhalls.deleteTopic'
>;

function findTopic(topics: Topic[], id: string): Topic {
  const topic = topics.find((t) => t.id === id);
  if (!topic) throw new ApiError('not_found', 'That topic no longer exists.');
  return topic;
}

function assertUniqueTopic(topics: Topic[], candidate: Topic): void {
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
  const clash = topics.find((t) => t.id !== candidate.id && (same(t.name.en, candidate.name.en) || same(t.name.es, candidate.name.es)));
  if (clash) throw new ApiError('conflict', `A topic named ${clash.name.en} / ${clash.name.es} already exists.`);
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'topic';

export const townhallsHandlers: TownHallHandlers = {
  'townhalls.list': async (_input, { store }) => {
    const ws = store.data;
    const stats = new Map<string, { questionCount: number; raised: number }>();
    const raised = raisedCounts(ws.questions);
    for (const q of ws.questions) {
      const s = stats.get(q.townhallId) ?? { questionCount: 0, raised: 0 };
      s.questionCount += 1;
      if (q.status !== 'merged') s.raised += raised.get(q.id) ?? 1;
      stats.set(q.townhallId, s);
    }
    return [...ws.townhalls]
      .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
      .map((t) => ({ ...t, ...(stats.get(t.id) ?? { questionCount: 0, raised: 0 }) }));
  },

  'townhalls.get': async (input, { store }) => findTownHall(store.data, input.id),

  'townhalls.create': (input, { store, now }) =>
    // Town halls and topics are written by id (store.change): a save costs its record, not the workspace.
    store.change((tx) => {
      const ws = tx.data;
      const earlier = byClientId(ws.townhalls, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      assertRefs(ws, { areaIds: input.areaIds });
      const at = now().toISOString();
      const townhall = tx.put('townhalls', { id: randomUUID(), ...input, version: 1, createdAt: at, updatedAt: at } as TownHall);
      tx.set('updatedAt', at);
      return {
        result: townhall,
        change: { type: 'changed', collection: 'townhalls', ids: [townhall.id] },
      };
    }),

  'townhalls.update': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const current = expectVersion(tx.get('townhalls', input.id) ?? findTownHall(ws, input.id), input.version, 'townhall');
      if (input.areaIds) assertRefs(ws, { areaIds: input.areaIds });
      const at = now().toISOString();
      const defined = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'version'));
      const updated = tx.put('townhalls', { ...current, ...defined, id: current.id, version: current.version, updatedAt: at } as TownHall);
      tx.set('updatedAt', at);
      return {
        result: updated,
        change: { type: 'changed', collection: 'townhalls', ids: [updated.id] },
      };
    }),

  'townhalls.delete': (input, { store, now }) =>
    store.mutate((ws) => {
      const th = expectVersion(findTownHall(ws, input.id), input.version, 'townhall');
      const questionIds = new Set(ws.questions.filter((q) => q.townhallId === th.id).map((q) => q.id));
      if (questionIds.size > 0 && !input.withQuestions) {
        throw new ApiError('conflict', `${th.title} has ${questionIds.size} questions; delete it together with its questions or keep it.`);
      }
      const at = now().toISOString();
      return {
        next: {
          ...ws,
          updatedAt: at,
          townhalls: ws.townhalls.filter((t) => t.id !== th.id),
          questions: ws.questions.filter((q) => !questionIds.has(q.id)),
          faqs: ws.faqs.map((f) => (f.questionIds.some((id) => questionIds.has(id)) ? { ...f, questionIds: f.questionIds.filter((id) => !questionIds.has(id)), updatedAt: at } : f)),
          duplicateDismissals: ws.duplicateDismissals.filter((d) => d.townhallId !== th.id),
        },
        result: { deleted: true as const, id: th.id },
        change: { type: 'changed', collection: 'townhalls', ids: [th.id] },
      };
    }),

  'townhalls.listTopics': async (_input, { store }) => store.data.topics,

  'townhalls.listCategories': async (_input, { store }) => store.data.categories,

  'townhalls.createTopic': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const earlier = byClientId(ws.topics, input.clientId);
      if (earlier) return { result: earlier, change: [] };
      const at = now().toISOString();
      let code = slug(input.name.en);
      for (let n = 2; ws.topics.some((t) => t.code === code); n++) code = `${slug(input.name.en)}-${n}`;
      const topic: Topic = { version: 1, ...(input.clientId ? { clientId: input.clientId } : {}), id: randomUUID(), code, name: input.name, categoryId: input.categoryId, createdAt: at, updatedAt: at };
      assertUniqueTopic(ws.topics, topic);
      const stored = tx.put('topics', topic);
      tx.set('updatedAt', at);
      return { result: stored, change: { type: 'changed', collection: 'townhalls', ids: [topic.id] } };
    }),

  'townhalls.updateTopic': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const current = expectVersion(findTopic(ws.topics, input.id), input.version, 'topic');
      const at = now().toISOString();
      const updated: Topic = {
        ...current,
        name: { en: input.name?.en ?? current.name.en, es: input.name?.es ?? current.name.es },
        categoryId: input.categoryId === undefined ? current.categoryId : input.categoryId,
        updatedAt: at,
      };
      assertUniqueTopic(ws.topics, updated);
      const stored = tx.put('topics', updated);
      tx.set('updatedAt', at);
      return { result: stored, change: { type: 'changed', collection: 'townhalls', ids: [updated.id] } };
    }),

  'townhalls.deleteTopic': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const topic = expectVersion(findTopic(ws.topics, input.id), input.version, 'topic');
      const questions = ws.questions.filter((q) => q.topicId === topic.id).length;
      const faqs = ws.faqs.filter((f) => f.topicId === topic.id).length;
      if (input.reassignTo === topic.id) throw new ApiError('invalid_input', 'Move the questions to another topic than the one being deleted.');
      if (input.reassignTo) findTopic(ws.topics, input.reassignTo);
      if ((questions > 0 || faqs > 0) && input.reassignTo === undefined) {
        throw new ApiError('conflict', `${topic.name.en} is used by ${questions} questions and ${faqs} FAQ entries; choose a topic to move them to (or none).`);
      }
      const to = input.reassignTo ?? null;
      const at = now().toISOString();
      for (const q of ws.questions) if (q.topicId === topic.id) tx.put('questions', { ...q, topicId: to, updatedAt: at });
      for (const f of ws.faqs) if (f.topicId === topic.id) tx.put('faqs', { ...f, topicId: to, updatedAt: at });
      tx.delete('topics', topic.id);
      tx.set('updatedAt', at);
      return {
        result: { deleted: true as const, id: topic.id },
        change: { type: 'changed', collection: 'townhalls', ids: [topic.id] },
      };
    }),
};
