import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeRecord } from '../../../electron/services/store/journal-format';
import { Store } from '../../../electron/services/store/store';
import { deleteArea, emptySeed, namesOf, noSyncFs, putArea } from './crash-support';

/**
 * Random sequences of writes, deletes, backups, clean closes and crashes (with a torn,
 * never-acknowledged write left at the end of the journal, or a zero-filled tail) against a plain
 * Map: after every reopen the workspace is exactly the acknowledged state.
 */
type Op =
  | { kind: 'put'; id: number; name: string }
  | { kind: 'del'; id: number }
  | { kind: 'backup' }
  | { kind: 'close' }
  | { kind: 'crash'; tail: 'none' | 'torn' | 'zeros'; cut: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('put' as const), id: fc.integer({ min: 0, max: 8 }), name: fc.string({ minLength: 1, maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('del' as const), id: fc.integer({ min: 0, max: 8 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'backup' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'close' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('crash' as const), tail: fc.constantFrom('none' as const, 'torn' as const, 'zeros' as const), cut: fc.integer({ min: 1, max: 200 }) }) },
);

describe('the store against an in-memory model', () => {
  it('holds exactly the acknowledged changes through random operations, crashes and torn writes', async () => {
    const root = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 25 }), async (ops) => {
        const dir = mkdtempSync(join(root, 'convene-prop-'));
        const file = join(dir, 'data.json');
        const model = new Map<string, string>();
        let store = await Store.open({ file, seed: emptySeed, fs: noSyncFs });
        try {
          for (const o of ops) {
            if (o.kind === 'put') {
              const name = o.name.trim() || 'x';
              await putArea(store, `a${o.id}`, name, o.id + 1);
              model.set(`a${o.id}`, name);
            } else if (o.kind === 'del') {
              await deleteArea(store, `a${o.id}`);
              model.delete(`a${o.id}`);
            } else if (o.kind === 'backup') {
              await store.backupNow();
            } else {
              if (o.kind === 'close') await store.close();
              else {
                const next = store.lastSeq + 1;
                await store.simulateCrash();
                const journal = `${file}.journal`;
                if (o.tail === 'torn') {
                  // A write that was under way when the power went: never acknowledged.
                  const record = encodeRecord(next, Date.now(), [{ c: 'areas', put: [{ id: 'ghost' }] }]);
                  writeFileSync(journal, Buffer.concat([readFileSync(journal), record.subarray(0, Math.min(o.cut, record.length - 1))]));
                } else if (o.tail === 'zeros') {
                  const size = existsSync(journal) ? statSync(journal).size : 0;
                  writeFileSync(journal, Buffer.concat([existsSync(journal) ? readFileSync(journal) : Buffer.alloc(0), Buffer.alloc(o.cut)]));
                  truncateSync(journal, size + o.cut);
                }
              }
              store = await Store.open({ file, seed: emptySeed, fs: noSyncFs });
              expect(namesOf(store.data)).toEqual(model);
              expect(store.recovery?.changesLost ?? 0).toBe(0);
            }
          }
          await store.close();
          const reopened = await Store.open({ file, seed: emptySeed, fs: noSyncFs });
          expect(namesOf(reopened.data)).toEqual(model);
          await reopened.close();
        } finally {
          await store.close().catch(() => {});
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
