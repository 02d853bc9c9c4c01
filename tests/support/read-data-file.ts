import { existsSync, readFileSync } from 'node:fs';
import { applyOps, type JournalOp } from '../../electron/services/store/journal-ops';

/**
 * The workspace as a fresh process would read it from disk: the data file with its change
 * journal (`<file>.journal`) applied. Tests check "it is on disk" with this, never with memory.
 */
export function readDataFile<T = Record<string, unknown>>(file: string): T {
  let doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const journal = `${file}.journal`;
  if (existsSync(journal)) {
    const lines = readFileSync(journal, 'utf8').split('\n');
    lines.pop();
    for (const line of lines) doc = applyOps(doc, JSON.parse(line) as JournalOp[]);
  }
  return doc as T;
}
