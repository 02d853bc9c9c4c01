import type { QuestionCreateInput } from '../../../shared/model';

/** One capture not yet confirmed by the laptop: its input carries the clientId that makes a resend safe. */
export interface OutboxItem {
  /** Order of capture on this device (IndexedDB key, increasing). */
  seq: number;
  townhallId: string;
  input: QuestionCreateInput & { clientId: string };
}

export interface Outbox {
  add(item: Omit<OutboxItem, 'seq'>): Promise<number>;
  remove(seq: number): Promise<void>;
  /** This town hall's unsent captures, oldest first. */
  list(townhallId: string): Promise<OutboxItem[]>;
}

const DB = 'convene-outbox';
const STORE = 'captures';

function request<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

/** Memory only: where IndexedDB is missing or refused (private windows of some browsers). */
function memoryOutbox(): Outbox {
  const items = new Map<number, OutboxItem>();
  let next = 1;
  return {
    async add(item) {
      const seq = next++;
      items.set(seq, { ...item, seq });
      return seq;
    },
    async remove(seq) {
      items.delete(seq);
    },
    async list(townhallId) {
      return [...items.values()].filter((i) => i.townhallId === townhallId).sort((a, b) => a.seq - b.seq);
    },
  };
}

let shared: Promise<Outbox> | null = null;

/**
 * The device's durable outbox (IndexedDB `convene-outbox`): a capture is written here before it is
 * sent and removed once the laptop has confirmed it, so a closed tab, a lost Wi-Fi or a laptop that
 * restarted loses nothing; on the next start the items go out again, in capture order, and their
 * clientIds make the laptop store each exactly once.
 */
export function openOutbox(): Promise<Outbox> {
  if (shared) return shared;
  shared = (async () => {
    if (typeof indexedDB === 'undefined') return memoryOutbox();
    try {
      const open = indexedDB.open(DB, 1);
      open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'seq', autoIncrement: true });
      const db = await request(open);
      const tx = (mode: IDBTransactionMode) => db.transaction(STORE, mode).objectStore(STORE);
      return {
        async add(item) {
          return Number(await request(tx('readwrite').add(item)));
        },
        async remove(seq) {
          await request(tx('readwrite').delete(seq));
        },
        async list(townhallId) {
          const all = (await request(tx('readonly').getAll())) as OutboxItem[];
          return all.filter((i) => i.townhallId === townhallId).sort((a, b) => a.seq - b.seq);
        },
      };
    } catch {
      return memoryOutbox();
    }
  })();
  return shared;
}
