import { useEffect, useMemo, useRef, useState } from 'react';
import { pairKey, type DuplicateSuggestion } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import { changesSince, DuplicatesSession, type DuplicatesAnswer, type DuplicatesUpdate, type DuplicatesView } from './duplicates-client';

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
  private views = 0;
  private readonly listeners = new Set<(a: DuplicatesAnswer) => void>();
  /** The latest answer, and the latest update sent. */
  answer: DuplicatesAnswer = { seq: 0, view: -1, suggestions: [] };
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

  /** Sends what changed in one town hall's list, with its raised counts; the update's number, or null when nothing did. */
  update(scope: string, questions: readonly Question[], raised: ReadonlyMap<string, number>): number | null {
    let sent = this.sent.get(scope);
    if (!sent) this.sent.set(scope, (sent = new Map()));
    const { upserts, removed } = changesSince(sent, questions);
    if (upserts.length === 0 && removed.length === 0 && this.asked > 0) return null;
    const u: DuplicatesUpdate = { kind: 'update', seq: ++this.seq, upserts, removed, raised: [...raised] };
    this.asked = u.seq;
    this.worker.postMessage(u);
    return u.seq;
  }

  /** Tells the worker what the screen shows; the view's number. */
  show(view: Omit<DuplicatesView, 'kind' | 'view'>): number {
    const v: DuplicatesView = { kind: 'view', view: ++this.views, ...view };
    this.worker.postMessage(v);
    return v.view;
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
 * of the town hall (`townhallId`) that changed (`all`) and keeps every likely pair; after each
 * paint it is told which questions the screen shows (`shown`, after search and filters) and which
 * pairs were dismissed, and answers only the `limit` best suggestions among them. Typing never
 * restarts or re-runs the comparison, and the page never holds the pairs (a town hall of 10,000
 * questions where hundreds ask the same thing has millions). Where a worker cannot start, the
 * same session runs on the page after the paint. `pending` is true while an answer for the latest
 * list is awaited. Until the answer for the list shown arrives, the previous suggestions stay,
 * less any whose questions the list no longer shows or that were dismissed.
 */
export function useDuplicateSuggestions(
  townhallId: string,
  all: readonly Question[],
  shown: readonly Question[],
  raised: ReadonlyMap<string, number>,
  dismissed: ReadonlySet<string>,
  limit: number,
): { suggestions: DuplicateSuggestion[]; pending: boolean } {
  const [answer, setAnswer] = useState<DuplicatesAnswer>(() => channel?.answer ?? { seq: -1, view: -1, suggestions: [] });
  const [asked, setAsked] = useState(() => channel?.asked ?? 0);
  const [onPage, setOnPage] = useState(() => pageChannel() === null);
  const latest = useRef({ all, raised });
  latest.current = { all, raised };
  const scope = townhallId;
  // Which list and dismissals each view sent was of (those not answered yet, and the last answered).
  const views = useRef(new Map<number, { shown: readonly Question[]; dismissed: ReadonlySet<string> }>());

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

  // The page fallback: one session for the screen's lifetime, answered after the paint.
  const pageSession = useMemo(() => (onPage ? { session: new DuplicatesSession(), sent: new Map<string, string>(), seq: 0, views: 0 } : null), [onPage]);

  // The town hall's questions: only what changed goes to the worker, with the raised counts.
  // Sent after the next paint: the list shows first, and opening a 10,000-question town hall does
  // not wait for its first send (a structured clone of every question) to the worker.
  useEffect(
    () =>
      afterPaint(() => {
        if (pageSession) {
          const { upserts, removed } = changesSince(pageSession.sent, latest.current.all);
          if (upserts.length === 0 && removed.length === 0 && pageSession.seq > 0) return;
          const seq = ++pageSession.seq;
          pageSession.session.update({ kind: 'update', seq, upserts, removed, raised: [...latest.current.raised] });
          setAnswer(pageSession.session.answer());
          setAsked(seq);
          return;
        }
        const seq = pageChannel()?.update(scope, latest.current.all, latest.current.raised);
        if (seq) setAsked(seq);
      }),
    [all, raised, scope, pageSession],
  );

  // What the screen shows: sent after the paint, so a key typed paints its list first.
  useEffect(
    () =>
      afterPaint(() => {
        const view = { townhallId: scope, shown: shown.length === all.length ? null : shown.map((q) => q.id), dismissed: [...dismissed], limit };
        if (pageSession) {
          const v = ++pageSession.views;
          views.current.set(v, { shown, dismissed });
          pageSession.session.show({ kind: 'view', view: v, ...view });
          setAnswer(pageSession.session.answer());
          return;
        }
        const c = pageChannel();
        if (!c) return;
        views.current.set(c.show(view), { shown, dismissed });
      }),
    [scope, all, shown, dismissed, limit, pageSession],
  );

  for (const v of views.current.keys()) if (v < answer.view) views.current.delete(v);
  // An answer for another list than the one shown (typed since, another screen's, or not sent
  // yet): only its suggestions whose two questions are still shown and not dismissed, until the
  // answer for this list comes.
  const answered = views.current.get(answer.view);
  const stale = answer.suggestions.length > 0 && (answered?.shown !== shown || answered.dismissed !== dismissed);
  const suggestions = useMemo(() => {
    if (!stale) return answer.suggestions;
    const ids = new Set(shown.map((q) => q.id));
    return answer.suggestions.filter((s) => ids.has(s.keepId) && ids.has(s.mergeId) && !dismissed.has(pairKey(s.keepId, s.mergeId)));
  }, [answer, stale, shown, dismissed]);
  return { suggestions, pending: answer.seq < asked };
}

/** Runs `fn` after the next frame is painted; answers the cancel function. */
function afterPaint(fn: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer) clearTimeout(timer);
  };
}
