/// <reference lib="webworker" />
import { hasPersonalDetails } from '../../../shared/logic/privacy';

/** A batch of texts to check: answers `[key, hasPersonalDetails]` for each, in one message. */
export interface PersonalFlagJob {
  key: string;
  text: string;
  known: string[];
}

/** Finds personal details off the page's thread: names are found by parsing the text, a few ms each. */
self.onmessage = (event: MessageEvent<PersonalFlagJob[]>) => {
  self.postMessage(event.data.map((job) => [job.key, hasPersonalDetails(job.text, job.known)] as const));
};
