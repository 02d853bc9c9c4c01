import type { Workspace } from '../../../shared/model';
import type { JournalOp } from './journal-ops';
import type { RecordIndex, Touched } from './record-index';

/** The workspace's collections of records with a string id, by name. */
export type CollectionName = {
  [K in keyof Workspace]: Workspace[K] extends readonly (infer R)[] ? (R extends { id: string } ? K : never) : never;
}[keyof Workspace];
export type RecordOf<C extends CollectionName> = Workspace[C] extends readonly (infer R)[] ? R : never;

/**
 * What a change made with `store.change` sees: the workspace as it is now, and writes by id that
 * cost the size of the record, not of the collection. Each write is applied at once (a later
 * read in the same change, and the next change in the same write group, see it) and noted as a
 * journal operation; if the change throws, or the journal cannot be written, every write is
 * undone in reverse order and the workspace is as it was.
 */
export interface StoreTx {
  /** The workspace now (read only: change it only through put/delete/set). */
  readonly data: Workspace;
  /** The record with this id, or undefined (a map lookup). */
  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  /**
   * Replaces the record with the same id in place, or adds it at the end. Answers the record as
   * stored (its `version` counted when the store counts versions).
   */
  put<C extends CollectionName>(collection: C, record: RecordOf<C>): RecordOf<C>;
  /** Deletes the record with this id; answers it, or undefined when there was none. */
  delete<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined;
  /** Sets a top-level value that is not a collection (e.g. `updatedAt`). */
  set<K extends keyof Workspace>(key: K, value: Workspace[K]): void;
}

/** How a put is stamped (the version rule); identity when versions are not counted. */
export type StampPut = (collection: string, prev: object | undefined, next: object) => object;

type Rec = { id: string };

/** A StoreTx over `ws`, writing in place and keeping what it did to journal or undo it. */
export class Tx implements StoreTx {
  readonly ops: JournalOp[] = [];
  readonly touched: Touched[] = [];
  private readonly undo: (() => void)[] = [];

  constructor(
    readonly data: Workspace,
    private readonly index: RecordIndex,
    private readonly stamp: StampPut,
  ) {}

  private list(collection: string): Rec[] {
    const ws = this.data as unknown as Record<string, unknown>;
    let list = ws[collection];
    if (!Array.isArray(list)) {
      list = [];
      const had = Object.prototype.hasOwnProperty.call(ws, collection);
      ws[collection] = list;
      this.undo.push(() => (had ? (ws[collection] = undefined) : delete ws[collection]));
    }
    return list as Rec[];
  }

  get<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined {
    const list = this.list(collection);
    const at = this.index.of(collection, list).get(id);
    return at === undefined ? undefined : (list[at] as RecordOf<C>);
  }

  put<C extends CollectionName>(collection: C, record: RecordOf<C>): RecordOf<C> {
    const list = this.list(collection);
    const index = this.index.of(collection, list);
    const id = (record as Rec).id;
    const at = index.get(id);
    const prev = at === undefined ? undefined : list[at];
    const stored = this.stamp(collection, prev, record as object) as Rec;
    if (at === undefined) {
      list.push(stored);
      index.set(id, list.length - 1);
      this.undo.push(() => {
        list.pop();
        index.delete(id);
      });
    } else {
      list[at] = stored;
      this.undo.push(() => (list[at] = prev!));
    }
    this.ops.push({ c: collection, put: [stored] });
    this.touched.push({ collection, before: prev ?? null, after: stored, index: at ?? list.length - 1 });
    return stored as RecordOf<C>;
  }

  delete<C extends CollectionName>(collection: C, id: string): RecordOf<C> | undefined {
    const list = this.list(collection);
    const index = this.index.of(collection, list);
    const at = index.get(id);
    if (at === undefined) return undefined;
    const [gone] = list.splice(at, 1);
    index.delete(id);
    // Records after it moved up one place.
    for (let i = at; i < list.length; i++) index.set(list[i].id, i);
    this.undo.push(() => {
      list.splice(at, 0, gone);
      for (let i = at; i < list.length; i++) index.set(list[i].id, i);
    });
    this.ops.push({ c: collection, del: [id] });
    this.touched.push({ collection, before: gone, after: null, index: at });
    return gone as RecordOf<C>;
  }

  set<K extends keyof Workspace>(key: K, value: Workspace[K]): void {
    const ws = this.data as unknown as Record<string, unknown>;
    const had = Object.prototype.hasOwnProperty.call(ws, key);
    const prev = ws[key as string];
    ws[key as string] = value;
    this.undo.push(() => (had ? (ws[key as string] = prev) : delete ws[key as string]));
    this.ops.push({ k: key as string, v: value });
  }

  /** Undoes every write of this change, newest first. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) this.undo[i]();
    this.undo.length = 0;
  }
}
