import { useEffect, useState } from 'react';
import { suggestDuplicates, type DuplicateSuggestion } from '../../../shared/logic';
import type { Question } from '../../../shared/model';

/** What the duplicates worker gets: only the fields the similarity needs, as plain data. */
export interface DuplicatesRequest {
  questions: Pick<Question, 'id' | 'text' | 'translation' | 'status' | 'townhallId' | 'number'>[];
  raised: [string, number][];
  dismissed: string[];
  limit: number;
}

/**
 * Duplicate suggestions computed in a Web Worker (a new one per change; the previous one is
 * stopped), so moderation of thousands of questions renders and scrolls at once while the
 * comparison runs. Where a worker cannot start, the same function runs on the page after the
 * first paint. `pending` is true until the current answer arrives.
 */
export function useDuplicateSuggestions(questions: readonly Question[], raised: ReadonlyMap<string, number>, dismissed: ReadonlySet<string>, limit: number): { suggestions: DuplicateSuggestion[]; pending: boolean } {
  const [state, setState] = useState<{ suggestions: DuplicateSuggestion[]; pending: boolean }>({ suggestions: [], pending: true });
  useEffect(() => {
    let done = false;
    setState((s) => ({ ...s, pending: true }));
    const finish = (suggestions: DuplicateSuggestion[]) => {
      if (done) return;
      done = true;
      setState({ suggestions, pending: false });
    };
    const onPage = () => setTimeout(() => finish(suggestDuplicates(questions, raised, { dismissed, limit })), 0);
    const request: DuplicatesRequest = {
      questions: questions.map((q) => ({ id: q.id, text: q.text, translation: q.translation, status: q.status, townhallId: q.townhallId, number: q.number })),
      raised: [...raised],
      dismissed: [...dismissed],
      limit,
    };
    let worker: Worker | null = null;
    let fallback: ReturnType<typeof setTimeout> | null = null;
    try {
      worker = new Worker(new URL('./duplicates.worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (e: MessageEvent<DuplicateSuggestion[]>) => finish(e.data);
      worker.onerror = () => {
        worker?.terminate();
        fallback = onPage();
      };
      worker.postMessage(request);
    } catch {
      fallback = onPage();
    }
    return () => {
      done = true;
      worker?.terminate();
      if (fallback) clearTimeout(fallback);
    };
  }, [questions, raised, dismissed, limit]);
  return state;
}
