import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex, type DuplicateSuggestion } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import { changesSince, suggestionsAmong, type DuplicatePair, type DuplicatesAnswer, type DuplicatesUpdate } from './duplicates-client';

/**
 * Duplicate suggestions computed in one Web Worker that lives as long as the screen: it is sent
 * only the questions of the town hall that changed (`all`), and answers every likely pair; the
 * search box and filters (`shown`) only narrow that answer on the page, so typing never restarts
 * or re-runs the comparison. Where a worker cannot start, the same index runs on the page after
 * the first paint. `pending` is true while an answer for the latest list is awaited.
 */
export function useDuplicateSuggestions(
  all: readonly Question[],
  shown: readonly Question[],
  raised: ReadonlyMap<string, number>,
  dismissed: ReadonlySet<string>,
  limit: number,
): { suggestions: DuplicateSuggestion[]; pending: boolean } {
  const [answer, setAnswer] = useState<{ pairs: DuplicatePair[]; seq: number }>({ pairs: [], seq: -1 });
  const [asked, setAsked] = useState(0);
  const latest = useRef(all);
  latest.current = all;
  const channel = useRef<{ send: (u: DuplicatesUpdate) => void; sent: Map<string, string>; seq: number } | null>(null);

  // One worker (or page fallback) for the screen's lifetime.
  useEffect(() => {
    const sent = new Map<string, string>();
    let worker: Worker | null = null;
    let stopped = false;
    const pageIndex = new DuplicateIndex();
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const onPage = (u: DuplicatesUpdate) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopped) return;
        for (const id of u.removed) pageIndex.remove(id);
        for (const q of u.upserts) pageIndex.upsert(q);
        const pairs = pageIndex.pairs(DEFAULT_DUPLICATE_THRESHOLD).filter((p) => !p.opposite).map((p): DuplicatePair => [p.a.q.id, p.b.q.id, p.score]);
        setAnswer({ pairs, seq: u.seq });
      }, 0);
      timers.add(timer);
    };
    const state = {
      sent,
      seq: 0,
      send: (u: DuplicatesUpdate) => {
        if (worker) worker.postMessage(u);
        else onPage(u);
      },
    };
    try {
      worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<DuplicatesAnswer>) => {
        if (!stopped) setAnswer(e.data);
      };
      worker.onerror = () => {
        // The worker failed: the page takes over, with the whole list.
        worker?.terminate();
        worker = null;
        sent.clear();
        onPage({ seq: state.seq, ...changesSince(sent, latest.current) });
      };
    } catch {
      worker = null;
    }
    channel.current = state;
    return () => {
      stopped = true;
      worker?.terminate();
      for (const t of timers) clearTimeout(t);
      channel.current = null;
    };
  }, []);

  // The town hall's questions: only what changed goes to the worker.
  // Sent after the next paint: the list shows first, and opening a 10,000-question town hall does
  // not wait for its first send (a structured clone of every question) to the worker.
  useEffect(() => {
    const c = channel.current;
    if (!c) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (channel.current !== c) return;
        const { upserts, removed } = changesSince(c.sent, latest.current);
        if (upserts.length === 0 && removed.length === 0 && c.seq > 0) return;
        c.seq++;
        c.send({ seq: c.seq, upserts, removed });
        setAsked(c.seq);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [all]);

  const suggestions = useMemo(() => suggestionsAmong(answer.pairs, shown, raised, dismissed, limit), [answer, shown, raised, dismissed, limit]);
  return { suggestions, pending: answer.seq < asked };
}
