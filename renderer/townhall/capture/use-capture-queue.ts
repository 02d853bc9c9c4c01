import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import type { Question, QuestionCreateInput } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { newClientId } from '../../app/client-id';
import { messageOf } from '../../app/ErrorAlert';
import { openOutbox } from './outbox';

export interface CaptureEntry {
  key: string;
  input: QuestionCreateInput & { clientId: string };
  /** `waiting`: in the outbox, the laptop or the Wi-Fi is away; it is resent by itself, in order. */
  state: 'saving' | 'waiting' | 'saved' | 'failed' | 'undone';
  question?: Question;
  error?: string;
  /** Restored from the outbox after this page closed before the save was confirmed. */
  restored?: boolean;
  /** Its outbox key while unconfirmed. */
  seq?: number;
}

type Op = { kind: 'create'; entry: CaptureEntry } | { kind: 'meToo'; entry: CaptureEntry } | { kind: 'undo'; entry: CaptureEntry };

/** The laptop could not be reached or gave no readable answer: try again later; anything else is an answer. */
const transient = (error: unknown) => {
  const key = (error as ApiError | undefined)?.key;
  return key === 'transport.unreachable' || key === 'transport.badResponse';
};


/** How long to wait before resending while the laptop is away (ms): 1 s, growing to 10 s. */
const backoff = (attempt: number) => Math.min(10_000, 1000 * 2 ** Math.min(attempt, 4));

/**
 * Saves captured questions one after another in the background, so typing never waits for the
 * disk. Every capture gets a clientId and goes into the device's durable outbox (IndexedDB) first;
 * while the laptop or the Wi-Fi is away it waits there (shown as a count) and is resent by itself,
 * in capture order; the clientId makes the laptop store it exactly once however often it is sent.
 */
export function useCaptureQueue(townhallId: string) {
  const api = useApi();
  const { t } = useTranslation();
  const [entries, setEntries] = useState<CaptureEntry[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const counter = useRef(0);
  const alive = useRef(true);
  // The saved question of each entry, read when a later operation (me too, undo) runs.
  const saved = useRef(new Map<string, Question>());

  // Wakes a resend that is waiting out its backoff: the laptop is back (its change stream reconnected,
  // or any change arrived) or the device went online again. Nothing waits longer than it must.
  const wakers = useRef(new Set<() => void>());
  useEffect(() => {
    const wake = () => {
      const all = [...wakers.current];
      wakers.current.clear();
      for (const w of all) w();
    };
    const stop = api.onChange(wake);
    window.addEventListener('online', wake);
    return () => {
      stop();
      window.removeEventListener('online', wake);
    };
  }, [api]);
  const pause = (msec: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        wakers.current.delete(done);
        resolve();
      };
      const timer = setTimeout(done, msec);
      wakers.current.add(done);
    });

  const update = (key: string, patch: Partial<CaptureEntry>) => setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...patch } : e)));

  const run = useCallback(
    async (op: Op) => {
      const { entry } = op;
      for (let attempt = 0; alive.current; attempt++) {
        try {
          if (op.kind === 'create') {
            const question = await api.call('questions.create', entry.input);
            saved.current.set(entry.key, question);
            update(entry.key, { state: 'saved', question, error: undefined, restored: false });
            if (entry.seq !== undefined) await (await openOutbox()).remove(entry.seq);
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
          return;
        } catch (error) {
          const message = messageOf(error, t('errors.unexpected'));
          if (op.kind === 'create' && transient(error)) {
            // Keep the order: nothing behind it goes out before it does.
            update(entry.key, { state: 'waiting', error: message });
            await pause(backoff(attempt));
            continue;
          }
          if (op.kind === 'create') {
            update(entry.key, { state: 'failed', error: message });
            if (entry.seq !== undefined) await (await openOutbox()).remove(entry.seq);
          } else update(entry.key, { error: message });
          return;
        }
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

  // What a closed page left in the outbox goes out first, in order.
  useEffect(() => {
    alive.current = true;
    let cancelled = false;
    void openOutbox()
      .then((outbox) => outbox.list(townhallId))
      .then((items) => {
        if (cancelled || items.length === 0) return;
        const restored: CaptureEntry[] = items.map((i) => ({ key: `o${i.seq}`, input: i.input, state: 'saving', restored: true, seq: i.seq }));
        setEntries((list) => [...restored, ...list]);
        for (const entry of restored) void enqueue({ kind: 'create', entry });
      });
    return () => {
      cancelled = true;
      alive.current = false;
    };
  }, [townhallId, enqueue]);

  const add = useCallback(
    async (input: QuestionCreateInput) => {
      const entry: CaptureEntry = { key: `e${++counter.current}`, input: { ...input, clientId: input.clientId ?? newClientId() }, state: 'saving' };
      setEntries((list) => [...list, entry]);
      // Into the outbox before it is sent (the chain keeps the order even while this write runs).
      const written = (async () => {
        try {
          entry.seq = await (await openOutbox()).add({ townhallId, input: entry.input });
          update(entry.key, { seq: entry.seq });
        } catch {
          /* no durable outbox: the on-screen entry still holds it */
        }
      })();
      chain.current = chain.current.then(() => written);
      return enqueue({ kind: 'create', entry });
    },
    [enqueue, townhallId],
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

  /** Captures not yet confirmed by the laptop (saving or waiting in the outbox). */
  const unsent = entries.filter((e) => e.state === 'saving' || e.state === 'waiting').length;

  return { entries, unsent, add, retry, discard, meToo: (entry: CaptureEntry) => enqueue({ kind: 'meToo', entry }), undo: (entry: CaptureEntry) => enqueue({ kind: 'undo', entry }) };
}
