import { randomUUID } from 'node:crypto';
import { ApiError, refusedField } from '../../../shared/contract';
import type { Faq, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import { byClientId, expectVersion } from '../versioning';

type FaqHandlers = Pick<Handlers, 'questions.listFaqs' | 'questions.createFaq' | 'questions.updateFaq' | 'questions.deleteFaq'>;

function findFaq(ws: Workspace, id: string): Faq {
  const faq = ws.faqs.find((f) => f.id === id);
  if (!faq) throw new ApiError('not_found', 'That FAQ entry no longer exists.');
  return faq;
}

function checkRefs(ws: Workspace, refs: { topicId?: string | null; questionIds?: readonly string[] }): void {
  if (refs.topicId && !ws.topics.some((t) => t.id === refs.topicId)) throw refusedField('topicId', 'unknownTopic', 'That topic no longer exists.');
  const known = new Set(ws.questions.map((q) => q.id));
  if (refs.questionIds?.some((id) => !known.has(id))) throw new ApiError('invalid_input', 'One of the grouped questions no longer exists.');
}

/** A question belongs to one FAQ entry at a time: grouping it here takes it out of any other. */
function withoutQuestions(faqs: Faq[], ids: readonly string[], except: string, at: string): Faq[] {
  const taken = new Set(ids);
  return faqs.map((f) => (f.id !== except && f.questionIds.some((id) => taken.has(id)) ? { ...f, questionIds: f.questionIds.filter((id) => !taken.has(id)), updatedAt: at } : f));
}

export const faqsHandlers: FaqHandlers = {
  'questions.listFaqs': async (_input, { store }) => store.data.faqs,

  'questions.createFaq': (input, { store, now }) =>
    store.mutate((ws) => {
      const earlier = byClientId(ws.faqs, input.clientId);
      if (earlier) return { next: ws, result: earlier };
      checkRefs(ws, input);
      const at = now().toISOString();
      const faq: Faq = { id: randomUUID(), ...input, version: 1, questionIds: [...new Set(input.questionIds)], createdAt: at, updatedAt: at };
      return { next: { ...ws, updatedAt: at, faqs: [...withoutQuestions(ws.faqs, faq.questionIds, faq.id, at), faq] }, result: faq, change: { type: 'changed', collection: 'questions', ids: [faq.id] } };
    }),

  'questions.updateFaq': (input, { store, now }) =>
    store.mutate((ws) => {
      const current = expectVersion(findFaq(ws, input.id), input.version, 'faq');
      checkRefs(ws, input);
      const at = now().toISOString();
      const updated: Faq = {
        ...current,
        question: input.question ?? current.question,
        answer: input.answer ?? current.answer,
        language: input.language === undefined ? (current.language ?? null) : input.language,
        translation: input.translation ?? current.translation ?? { question: '', answer: '' },
        topicId: input.topicId === undefined ? current.topicId : input.topicId,
        questionIds: input.questionIds ? [...new Set(input.questionIds)] : current.questionIds,
        updatedAt: at,
      };
      const faqs = withoutQuestions(ws.faqs, updated.questionIds, updated.id, at).map((f) => (f.id === updated.id ? updated : f));
      return { next: { ...ws, updatedAt: at, faqs }, result: updated, change: { type: 'changed', collection: 'questions', ids: [updated.id] } };
    }),

  'questions.deleteFaq': (input, { store, now }) =>
    store.mutate((ws) => {
      const faq = expectVersion(findFaq(ws, input.id), input.version, 'faq');
      const at = now().toISOString();
      return { next: { ...ws, updatedAt: at, faqs: ws.faqs.filter((f) => f.id !== faq.id) }, result: { deleted: true as const, id: faq.id }, change: { type: 'changed', collection: 'questions', ids: [faq.id] } };
    }),
};
