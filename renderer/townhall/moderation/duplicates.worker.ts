/// <reference lib="webworker" />
import { suggestDuplicates } from '../../../shared/logic/townhall/duplicates';
import type { DuplicatesRequest } from './use-duplicate-suggestions';

/** Finds likely duplicates off the page's thread: with thousands of questions it takes seconds. */
self.onmessage = (event: MessageEvent<DuplicatesRequest>) => {
  const { questions, raised, dismissed, limit } = event.data;
  self.postMessage(suggestDuplicates(questions as never, new Map(raised), { dismissed: new Set(dismissed), limit }));
};
