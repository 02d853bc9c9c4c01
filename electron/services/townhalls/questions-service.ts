import { randomUUID } from 'node:crypto';
import { ApiError, refusedField } from '../../../shared/contract';
import { MergeRefused, peopleContext, questionDetections, mergeQuestions, newNeed, questionAreaOrDefault, questionsFromCsvRows, unmergeQuestion } from '../../../shared/logic';
import { runImport } from '../imports/import-pool';
import type { Question, Workspace } from '../../../shared/model';
import type { Handlers } from '../handlers';
import type { StoreTx } from '../store/store-tx';
import { findByClientId } from '../client-id';
import { expectVersion } from '../versioning';
import { dismissalsToDrop, withoutDismissals } from './dismissals-service';
import { assertRefs, findQuestion, findTownHall } from './lookups';
import { newQuestion, nextNumber } from './new-question';

type QuestionHandlers = Pick<
  Handlers,
  | 'questions.list'
  | 'questions.create'
  | 'questions.update'
  | 'questions.delete'
  | 'questions.meToo'
  | 'questions.merge'
  | 'questions.unmerge'
  | 'questions.import'
  | 'questions.promote'
  | 'questions.privacyReview'
  | 'questions.setPrivacy'
>;

function replace(ws: Workspace, updated: Question): Question[] {
  return ws.questions.map((q) => (q.id === updated.id ? updated : q));
}

/** A question by id through the store's index (a map lookup), or not_found as findQuestion says it. */
function findIndexed(tx: StoreTx, id: string): Question {
  return tx.get('questions', id) ?? findQuestion(tx.data, id);
}

function refuse(error: unknown): never {
  if (error instanceof MergeRefused) throw new ApiError('conflict', error.message);
  throw error;
}

export const questionsHandlers: QuestionHandlers = {
  'questions.privacyReview': async (input, { store }) => {
    const wanted = new Set(input.townhallIds);
    const townhalls = [...wanted].map((id) => findTownHall(store.data, id));
    const questions = store.data.questions.filter((q) => wanted.has(q.townhallId)).sort((a, b) => a.townhallId.localeCompare(b.townhallId) || a.number - b.number);
    const people = peopleContext({ townhalls, questions, places: store.data.areas.map((a) => a.name) });
    return questions.flatMap((q) => {
      const found = questionDetections(q, people);
      const fields = (['text', 'translation'] as const)
        .map((field) => ({ field, text: q[field], details: found[field].details, released: found[field].released }))
        .filter((f) => f.details.length + f.released.length > 0);
      if (fields.length === 0) return [];
      return [{ questionId: q.id, townhallId: q.townhallId, number: q.number, reviewedAt: q.privacy?.reviewedAt ?? null, hide: q.privacy?.hide ?? [], release: q.privacy?.release ?? [], fields }];
    });
  },

  'questions.setPrivacy': (input, { store, now }) =>
    store.change((tx) => {
      const current = findIndexed(tx, input.id);
      const dedupe = <T extends { kind: string; text: string }>(xs: T[]) => [...new Map(xs.map((x) => [`${x.kind}\u0000${x.text.toLowerCase()}`, x])).values()];
      const at = now().toISOString();
      const updated = tx.put('questions', { ...current, privacy: { hide: dedupe(input.hide), release: dedupe(input.release), reviewedAt: at }, updatedAt: at });
      tx.set('updatedAt', at);
      return { result: updated, change: { type: 'changed', collection: 'questions', ids: [updated.id] } };
    }),

  'questions.list': async (input, { store }) => {
    const wanted = new Set(input.townhallIds);
    for (const id of wanted) findTownHall(store.data, id);
    return store.data.questions.filter((q) => wanted.has(q.townhallId));
  },

  'questions.create': async (input, { store, now }) => {
    // A repeat of a create already stored (a retry after a lost answer) answers the first result.
    const earlier = findByClientId(store.data.questions, input.townhallId, input.clientId);
    if (earlier) return earlier;
    // Written by id (store.change): the cost of the question, not of the town halls' questions.
    return store.change((tx) => {
      const ws = tx.data;
      const again = findByClientId(ws.questions, input.townhallId, input.clientId);
      if (again) return { result: again, change: [] };
      const townhall = findTownHall(ws, input.townhallId);
      assertRefs(ws, input);
      const at = now().toISOString();
      const question = newQuestion(
        ws,
        {
          townhallId: input.townhallId,
          text: input.text,
          translation: input.translation,
          askedBy: input.askedBy,
          topicId: input.topicId,
          areaId: questionAreaOrDefault(input.areaId, townhall),
          department: input.department,
          language: input.language,
          source: input.source,
          visibility: 'shown',
          clientId: input.clientId ?? null,
          deviceId: null,
        },
        at,
      );
      const stored = tx.put('questions', question);
      tx.set('updatedAt', at);
      return { result: stored, change: { type: 'changed', collection: 'questions', ids: [stored.id] } };
    });
  },

  'questions.update': (input, { store, now }) =>
    store.change((tx) => {
      const ws = tx.data;
      const current = expectVersion(findIndexed(tx, input.id), input.version, 'question');
      assertRefs(ws, input);
      if (input.status && current.status === 'merged') throw new ApiError('conflict', `Question ${current.number} is merged into another question; unmerge it to change its status.`);
      const at = now().toISOString();
      const defined = Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'version')) as Partial<Question>;
      const updated: Question = { ...current, ...defined, id: current.id, version: current.version, updatedAt: at };
      // A follow-up owner on a question not yet dealt with marks it for follow-up.
      if (input.followUp && updated.status === 'new') updated.status = 'needs-follow-up';
      const stored = tx.put('questions', updated);
      tx.set('updatedAt', at);
      return { result: stored, change: { type: 'changed', collection: 'questions', ids: [stored.id] } };
    }),

  'questions.delete': (input, { store, now }) =>
    store.mutate((ws) => {
      const q = expectVersion(findQuestion(ws, input.id), input.version, 'question');
      const at = now().toISOString();
      const questions = ws.questions
        .filter((x) => x.id !== q.id)
        .map((x) => (x.mergedInto === q.id ? { ...x, mergedInto: null, status: x.statusBeforeMerge ?? 'new', statusBeforeMerge: null, updatedAt: at } : x));
      const faqs = ws.faqs.map((f) => (f.questionIds.includes(q.id) ? { ...f, questionIds: f.questionIds.filter((id) => id !== q.id), updatedAt: at } : f));
      // Its "Not a duplicate" decisions go with it (an undo of the delete brings them back).
      const drop = dismissalsToDrop(ws.duplicateDismissals, new Set([q.id]));
      return {
        next: withoutDismissals({ ...ws, updatedAt: at, questions, faqs }, drop),
        result: { deleted: true as const, id: q.id },
        change: [{ type: 'changed', collection: 'questions', ids: [q.id] }, ...(drop.size > 0 ? [{ type: 'changed' as const, collection: 'duplicateDismissals', ids: [...drop] }] : [])],
      };
    }),

  'questions.meToo': (input, { store, now }) =>
    store.change((tx) => {
      const q = findIndexed(tx, input.id);
      const at = now().toISOString();
      const updated = tx.put('questions', { ...q, meToo: Math.min(1_000_000, Math.max(0, q.meToo + input.by)), updatedAt: at });
      tx.set('updatedAt', at);
      return { result: updated, change: { type: 'changed', collection: 'questions', ids: [q.id] } };
    }),

  'questions.merge': (input, { store, now }) =>
    store.mutate((ws) => {
      for (const [id, version] of Object.entries(input.versions ?? {})) expectVersion(findQuestion(ws, id), version, 'question');
      const at = now().toISOString();
      let outcome: ReturnType<typeof mergeQuestions>;
      try {
        outcome = mergeQuestions(ws.questions, input.targetId, input.sourceIds, at);
      } catch (error) {
        refuse(error);
      }
      // A "Not a duplicate" decision between questions now merged together is contradicted: the
      // moderator has since said they are one. It is dropped (an undo of the merge brings it back;
      // a later unmerge does not, so the pair may be suggested again).
      const group = new Set([outcome.target.id, ...outcome.merged.map((q) => q.id)]);
      const drop = dismissalsToDrop(ws.duplicateDismissals, new Set(), group);
      return {
        next: withoutDismissals({ ...ws, updatedAt: at, questions: outcome.questions }, drop),
        result: { target: outcome.target, merged: outcome.merged },
        change: [
          { type: 'changed', collection: 'questions', ids: [outcome.target.id, ...outcome.merged.map((q) => q.id)] },
          ...(drop.size > 0 ? [{ type: 'changed' as const, collection: 'duplicateDismissals', ids: [...drop] }] : []),
        ],
      };
    }),

  'questions.unmerge': (input, { store, now }) =>
    store.mutate((ws) => {
      expectVersion(findQuestion(ws, input.id), input.version, 'question');
      const at = now().toISOString();
      let outcome: ReturnType<typeof unmergeQuestion>;
      try {
        outcome = unmergeQuestion(ws.questions, input.id, at);
      } catch (error) {
        refuse(error);
      }
      return { next: { ...ws, updatedAt: at, questions: outcome.questions }, result: outcome.restored, change: { type: 'changed', collection: 'questions', ids: [input.id] } };
    }),

  'questions.import': async (input, { store, now }) => {
    const planned = findTownHall(store.data, input.townhallId);
    // Decoded, parsed and checked in the import worker (see ../imports/import-pool.ts).
    const { headers, check, problems, reading } = await runImport({
      kind: 'questions',
      bytes: Buffer.from(input.base64, 'base64'),
      fileName: input.fileName,
      mapping: input.mapping,
      lookups: { topics: store.data.topics, areas: store.data.areas },
    });
    const file = { problems, reading };
    const summary = {
      headers,
      // The preview files each row where the import will: with no area column, under the town hall's own area when it has one.
      preview: check.rows.slice(0, 20).map((r) => ({ line: r.line, text: r.text, topicId: r.topicId, areaId: input.mapping.area ? r.areaId : questionAreaOrDefault(r.areaId, planned), department: r.department, meToo: r.meToo })),
      count: check.rows.length,
      errors: [...file.problems.map((p) => ({ line: p.line ?? 1, message: p.message, key: p.key, params: p.params })), ...check.errors],
      reading: file.reading,
    };
    if (summary.errors.length > 0 || input.dryRun) return { applied: false, ...summary };
    return store.mutate((ws) => {
      const townhall = findTownHall(ws, input.townhallId);
      const at = now().toISOString();
      const added: Question[] = questionsFromCsvRows(check.rows, {
        townhallId: input.townhallId,
        usedNumbers: new Set(ws.questions.filter((q) => q.townhallId === input.townhallId).map((q) => q.number)),
        nextNumber: nextNumber(ws, input.townhallId),
        newId: randomUUID,
        at,
        areaMapped: !!input.mapping.area,
        defaultArea: (areaId) => questionAreaOrDefault(areaId, townhall),
      });
      return { next: { ...ws, updatedAt: at, questions: [...ws.questions, ...added] }, result: { applied: true, ...summary }, change: { type: 'changed', collection: 'questions' } };
    });
  },

  'questions.promote': async (input, { store, now }) => {
    const need = await store.mutate((ws) => {
      const q = findQuestion(ws, input.id);
      if (input.categoryId && !ws.categories.some((c) => c.id === input.categoryId)) throw refusedField('categoryId', 'unknownCategory', 'That need category no longer exists.');
      const already = ws.needs.find((n) => n.evidence.some((e) => e.kind === 'question' && e.questionId === q.id));
      if (already) throw new ApiError('conflict', `Question ${q.number} is already recorded as the need "${already.title}".`);
      const at = now();
      const title = input.title ?? (q.text.length > 200 ? `${q.text.slice(0, 197)}…` : q.text);
      const created = newNeed(
        { title, description: q.text, categoryId: input.categoryId, areaId: q.areaId, severity: input.severity, source: 'townhall', evidence: [{ kind: 'question', townhallId: q.townhallId, questionId: q.id }] },
        randomUUID(),
        at,
      );
      return {
        next: { ...ws, updatedAt: at.toISOString(), needs: [...ws.needs, created] },
        result: created,
        change: [
          { type: 'changed', collection: 'questions', ids: [q.id] },
          { type: 'changed', collection: 'needs', ids: [created.id] },
        ],
      };
    });
    return need;
  },
};
