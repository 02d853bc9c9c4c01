import type { JournalOp } from './journal-ops';

type Doc = Record<string, unknown>;
type Rec = { id: string };

interface Working {
  list: (Rec | undefined)[];
  index: Map<string, number>;
  holes: number;
}

/**
 * Applies journal operations to a workspace in place, with an index by id per collection, so
 * replaying thousands of records over a workspace of 100,000 costs the size of the records, not
 * records x workspace. Same result as `applyOps` applied one by one: puts replace in place or
 * append, deletes remove. The input document is not modified (collections are copied once, on
 * first touch).
 */
export class Replayer {
  private readonly doc: Doc;
  private readonly working = new Map<string, Working>();
  /**
   * Record slots visited so far (collections copied and indexed, records put or deleted, holes
   * compacted): the work replay did, counted so a test can hold it to records + changes without a
   * clock.
   */
  visited = 0;

  constructor(start: Doc) {
    this.doc = { ...start };
  }

  private collection(c: string): Working {
    let w = this.working.get(c);
    if (!w) {
      const list = ((this.doc[c] as Rec[] | undefined) ?? []).slice();
      const index = new Map<string, number>();
      for (let i = 0; i < list.length; i++) index.set(list[i].id, i);
      this.visited += list.length;
      w = { list, index, holes: 0 };
      this.working.set(c, w);
    }
    return w;
  }

  apply(ops: JournalOp[]): void {
    for (const op of ops) {
      if ('k' in op) {
        this.working.delete(op.k);
        this.doc[op.k] = op.v;
      } else if ('del' in op) {
        const w = this.collection(op.c);
        this.visited += op.del.length;
        for (const id of op.del) {
          const at = w.index.get(id);
          if (at === undefined) continue;
          w.list[at] = undefined;
          w.index.delete(id);
          w.holes++;
        }
      } else {
        const w = this.collection(op.c);
        this.visited += op.put.length;
        for (const record of op.put) {
          const at = w.index.get(record.id);
          if (at === undefined) {
            w.index.set(record.id, w.list.length);
            w.list.push(record);
          } else w.list[at] = record;
        }
      }
    }
  }

  result(): Doc {
    for (const [c, w] of this.working) {
      if (w.holes > 0) this.visited += w.list.length;
      this.doc[c] = w.holes > 0 ? w.list.filter((r) => r !== undefined) : w.list;
    }
    this.working.clear();
    return this.doc;
  }
}
