/**
 * Where each record of a collection sits, by id: what lets one change find, replace, add or
 * delete a record without copying or scanning the collection. One `RecordIndex` per store; a
 * collection's map is built on first use (one pass) and kept in step by the store's id-indexed
 * writes; when a whole-workspace `mutate` swaps the array for a new one, the map is built again
 * the next time it is used (the array's identity is checked on every use).
 */
type Rec = { id: string };

interface Entry {
  list: Rec[];
  at: Map<string, number>;
}

export class RecordIndex {
  private readonly entries = new Map<string, Entry>();

  /** The collection's array and where each id is in it (built now if the array is new). */
  of(collection: string, list: Rec[]): Map<string, number> {
    const cached = this.entries.get(collection);
    if (cached && cached.list === list) return cached.at;
    const at = new Map<string, number>();
    for (let i = 0; i < list.length; i++) at.set(list[i].id, i);
    this.entries.set(collection, { list, at });
    return at;
  }

  /** Forgets a collection's map (after a change to it was rolled back). */
  drop(collection: string): void {
    this.entries.delete(collection);
  }
}

/** One record a change touched: what it was (null: added) and is (null: deleted), and where it was. */
export interface Touched {
  collection: string;
  before: Rec | null;
  after: Rec | null;
  index: number;
}
