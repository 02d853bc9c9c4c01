import { existsSync, readFileSync } from 'node:fs';
import { scanJournal } from '../../electron/services/store/journal-format';
import { Replayer } from '../../electron/services/store/journal-replay';

/**
 * The workspace as a fresh process would read it from disk: the data file with the records of its
 * change journal (`<file>.journal`) that it does not hold yet applied. Tests check "it is on disk"
 * with this, never with memory.
 */
export function readDataFile<T = Record<string, unknown>>(file: string): T {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const seq = typeof doc.journalSeq === 'number' ? doc.journalSeq : 0;
  const journal = `${file}.journal`;
  if (!existsSync(journal)) return doc as T;
  const replayer = new Replayer(doc);
  for (const r of scanJournal(readFileSync(journal)).records) if (r.seq === null || r.seq > seq) replayer.apply(r.ops);
  return replayer.result() as T;
}
