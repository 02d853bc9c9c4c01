import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_DUPLICATE_THRESHOLD, DuplicateIndex, type DuplicateSuggestion } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import { changesSince, suggestionsAmong, type DuplicatePair, type DuplicatesAnswer, type DuplicatesUpdate } from './duplicates-client';

/**
 * The page's one duplicates worker, kept for the page's lifetime (not the screen's): it holds
 * every town hall moderated since the page loaded, so leaving the moderation screen and coming
 * back (or switching between two town halls) does not read every question again; with thousands
 * of long questions that first reading takes seconds (see `npm run bench -- duplicates`).
 * `sent` remembers, per town hall, what the worker has of each question.
 */
class DuplicatesChannel {
  private readonly worker: Worker;
  private readonly sent = new Map<string, Map<string, string>>();
  private seq = 0;
  private readonly listeners = new Set<(a: DuplicatesAnswer) => void>();
  /** The latest answer, and the latest update sent. */
  answer: DuplicatesAnswer = { seq: 0, pairs: [] };
  asked = 0;

  constructor(onFailure: () => void) {
    this.worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<DuplicatesAnswer>) => {
      this.answer = e.data;
      for (const l of this.listeners) l(e.data);
    };
    this.worker.onerror = () => {
      this.worker.terminate();
      onFailure();
    };
  }

  /** Sends what changed in one town hall's list; the update's number, or null when nothing did. */
  update(scope: string, questions: readonly Question[]): number | null {
    let sent = this.sent.get(scope);
    if (!sent) this.sent.set(scope, (sent = new Map()));
    const { upserts, removed } = changesSince(sent, questions);
    if (upserts.length === 0 && removed.length === 0 && this.asked > 0) return null;
    const u: DuplicatesUpdate = { seq: ++this.seq, upserts, removed };
    this.asked = u.seq;
    this.worker.postMessage(u);
    return u.seq;
  }

  listen(l: (a: DuplicatesAnswer) => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
}

let channel: DuplicatesChannel | null | undefined;
/** The page's channel; null where a worker cannot start or has failed (the screen then computes on the page). */
function pageChannel(): DuplicatesChannel | null {
  if (channel !== undefined) return channel;
  try {
    channel = new DuplicatesChannel(() => {
      channel = null;
      for (const l of fallbacks) l();
    });
  } catch {
    channel = null;
  }
  return channel;
}
const fallbacks = new Set<() => void>();

/**
 * Duplicate suggestions computed in the page's duplicates worker: it is sent only the questions
 * of the town hall (`townhallId`) that changed (`all`), and answers every likely pair; the search box and
 * filters (`shown`) only narrow that answer on the page, so typing never restarts or re-runs the
 * comparison. Where a worker cannot start, the same index runs on the page after the first
 * paint. `pending` is true while an answer for the latest list is awaited.
 */
export function useDuplicateSuggestions(
  townhallId: string,
  all: readonly Question[],
  shown: readonly Question[],
  raised: ReadonlyMap<string, number>,
  dismissed: ReadonlySet<string>,
  limit: number,
): { suggestions: DuplicateSuggestion[]; pending: boolean } {
  const [answer, setAnswer] = useState<{ pairs: DuplicatePair[]; seq: number }>(() => channel?.answer ?? { pairs: [], seq: -1 });
  const [asked, setAsked] = useState(() => channel?.asked ?? 0);
  const [onPage, setOnPage] = useState(() => pageChannel() === null);
  const latest = useRef(all);
  latest.current = all;
  const scope = townhallId;

  // Answers of the page's worker; if it fails, this screen computes on the page.
  useEffect(() => {
    const c = pageChannel();
    if (!c) return;
    const stop = c.listen((a) => setAnswer(a));
    const fail = () => setOnPage(true);
    fallbacks.add(fail);
    return () => {
      stop();
      fallbacks.delete(fail);
    };
  }, []);

  // The page fallback: one index for the screen's lifetime.
  const pageIndex = useMemo(() => (onPage ? { index: new DuplicateIndex(), sent: new Map<string, string>(), seq: 0 } : null), [onPage]);

  // The town hall's questions: only what changed goes to the worker.
  // Sent after the next paint: the list shows first, and opening a 10,000-question town hall does
  // not wait for its first send (a structured clone of every question) to the worker.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (pageIndex) {
          const { upserts, removed } = changesSince(pageIndex.sent, latest.current);
          if (upserts.length === 0 && removed.length === 0 && pageIndex.seq > 0) return;
          const seq = ++pageIndex.seq;
          for (const id of removed) pageIndex.index.remove(id);
          for (const q of upserts) pageIndex.index.upsert(q);
          const pairs = pageIndex.index.pairs(DEFAULT_DUPLICATE_THRESHOLD).filter((p) => !p.opposite).map((p): DuplicatePair => [p.a.q.id, p.b.q.id, p.score]);
          setAnswer({ pairs, seq });
          setAsked(seq);
          return;
        }
        const c = pageChannel();
        const seq = c?.update(scope, latest.current);
        if (seq) setAsked(seq);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer) clearTimeout(timer);
    };
  }, [all, scope, pageIndex]);

  const suggestions = useMemo(() => suggestionsAmong(answer.pairs, shown, raised, dismissed, limit), [answer, shown, raised, dismissed, limit]);
  return { suggestions, pending: answer.seq < asked };
}
