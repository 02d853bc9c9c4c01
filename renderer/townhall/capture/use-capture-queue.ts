import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, QuestionCreateInput } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { messageOf } from '../../app/ErrorAlert';
import { newClientId } from '../../app/client-id';

export interface CaptureEntry {
  key: string;
  input: QueuedInput;
  state: 'saving' | 'saved' | 'failed' | 'undone';
  question?: Question;
  error?: string;
  /** Restored after Convene closed before the save was confirmed; being checked against the server. */
  restored?: boolean;
}

/** Every capture carries its clientId, so a repeat (retry, reload, restart) answers the first save. */
type QueuedInput = QuestionCreateInput & { clientId: string };

type Op = { kind: 'create'; entry: CaptureEntry } | { kind: 'meToo'; entry: CaptureEntry } | { kind: 'undo'; entry: CaptureEntry };

const unsavedKey = (townhallId: string) => `convene.townhall.${townhallId}.unsaved`;

/**
 * Saves captured questions one after another in the background, so typing never waits for the
 * disk. Every entry shows its state; a failed save keeps the text for a retry, and entries not
 * confirmed yet are kept in local storage so a crash loses none of them. Each capture carries a
 * clientId: after a reload the kept entries are confirmed against the server by it (those the
 * server has show as saved, the others are sent again), and a retry or "Save again" never stores
 * a question twice.
 */
export function useCaptureQueue(townhallId: string) {
  const api = useApi();
  const { t } = useTranslation();
  const [entries, setEntries] = useState<CaptureEntry[]>(() => {
    try {
      const raw = localStorage.getItem(unsavedKey(townhallId));
      const inputs = raw ? (JSON.parse(raw) as QuestionCreateInput[]) : [];
      // Kept by an older version without a clientId: it gets one now (it cannot be confirmed).
      return inputs.map((input, i) => ({ key: `restored-${i}`, input: { ...input, clientId: input.clientId ?? newClientId() }, state: 'saving' as const, restored: true }));
    } catch {
      return [];
    }
  });
  const chain = useRef<Promise<void>>(Promise.resolve());
  const counter = useRef(0);
  // The saved question of each entry, read when a later operation (me too, undo) runs.
  const saved = useRef(new Map<string, Question>());

  useEffect(() => {
    const unsaved = entries.filter((e) => e.state === 'saving' || e.state === 'failed').map((e) => e.input);
    try {
      if (unsaved.length > 0) localStorage.setItem(unsavedKey(townhallId), JSON.stringify(unsaved));
      else localStorage.removeItem(unsavedKey(townhallId));
    } catch {
      /* storage full or disabled: the on-screen list still holds them */
    }
  }, [entries, townhallId]);

  const update = (key: string, patch: Partial<CaptureEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const run = useCallback(
    async (op: Op) => {
      const { entry } = op;
      try {
        if (op.kind === 'create') {
          const question = await api.call('questions.create', entry.input);
          saved.current.set(entry.key, question);
          update(entry.key, { state: 'saved', question, error: undefined, restored: false });
        } else {
          const current = saved.current.get(entry.key);
          if (!current) return; // its save failed: nothing to count or undo
          if (op.kind === 'meToo') {
            const question = await api.call('questions.meToo', { id: current.id, by: 1 });
            saved.current.set(entry.key, question);
            update(entry.key, { question });
          } else {
            await api.call('questions.delete', { id: current.id });
            saved.current.delete(entry.key);
            update(entry.key, { state: 'undone' });
          }
        }
      } catch (error) {
        const message = messageOf(error, t('errors.unexpected'));
        if (op.kind === 'create') {
          update(entry.key, { state: 'failed', error: message, restored: false });
        } else update(entry.key, { error: message });
      }
    },
    [api, t],
  );

  const enqueue = useCallback(
    (op: Op) => {
      chain.current = chain.current.then(() => run(op));
      return chain.current;
    },
    [run],
  );

  // Entries kept from before a reload: confirm them by clientId (the save may have reached the
  // disk while its answer did not reach this page), then send only those the server lacks.
  const confirmed = useRef(false);
  useEffect(() => {
    if (confirmed.current) return;
    confirmed.current = true;
    const restored = entries.filter((e) => e.restored);
    if (restored.length === 0) return;
    void (async () => {
      let known = new Map<string, Question>();
      try {
        const questions = await api.call('questions.list', { townhallIds: [townhallId] });
        known = new Map(questions.filter((q) => q.clientId).map((q) => [q.clientId!, q]));
      } catch {
        /* the host is away: the queue sends them (the clientId still makes that safe) */
      }
      for (const entry of restored) {
        const question = known.get(entry.input.clientId.toLowerCase());
        if (question) {
          saved.current.set(entry.key, question);
          update(entry.key, { state: 'saved', question, restored: false });
        } else void enqueue({ kind: 'create', entry });
      }
    })();
    // Only the entries restored at start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const add = useCallback(
    (fields: QuestionCreateInput) => {
      const input: QueuedInput = { ...fields, clientId: fields.clientId ?? newClientId() };
      const entry: CaptureEntry = { key: `e${++counter.current}`, input, state: 'saving' };
      setEntries((list) => [...list, entry]);
      return enqueue({ kind: 'create', entry });
    },
    [enqueue],
  );

  const retry = useCallback(
    (key: string) => {
      setEntries((list) =>
        list.map((e) => {
          if (e.key !== key) return e;
          const entry: CaptureEntry = { ...e, state: 'saving', error: undefined };
          void enqueue({ kind: 'create', entry });
          return entry;
        }),
      );
    },
    [enqueue],
  );

  const discard = useCallback((key: string) => setEntries((list) => list.filter((e) => e.key !== key)), []);

  return { entries, add, retry, discard, meToo: (entry: CaptureEntry) => enqueue({ kind: 'meToo', entry }), undo: (entry: CaptureEntry) => enqueue({ kind: 'undo', entry }) };
}
