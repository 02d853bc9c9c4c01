import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanJournal } from '../../../electron/services/store/journal-format';
import { Store } from '../../../electron/services/store/store';
import { emptySeed, namesOf, noSyncFs, putArea } from './crash-support';

/**
 * ALICE/CrashMonkey-style: a crash can leave the journal cut at any byte, or with a zero-filled or
 * garbage tail where the file system had reserved space. For every such state: open, write more,
 * crash again, reopen. Every change acknowledged before the cut (whole records before it) and every
 * change acknowledged after the first reopen must be there, and nothing else.
 */
let tmp: { dir: string; cleanup: () => void };
let pristine: string; // a folder with the data file and the full journal of N acknowledged changes
let journal: Buffer;
let recordEnds: number[];
const N = 4;

beforeAll(async () => {
  // Memory-backed where there is one: thousands of small files, no disk wear.
  const root = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(root, 'convene-crash-'));
  tmp = { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  pristine = join(tmp.dir, 'pristine');
  const store = await Store.open({ file: join(pristine, 'data.json'), seed: emptySeed, fs: noSyncFs });
  for (let i = 0; i < N; i++) await putArea(store, `a${i}`, `Área ${i} — 東京`, i + 1);
  await store.simulateCrash();
  journal = readFileSync(join(pristine, 'data.json.journal'));
  const scanned = scanJournal(journal);
  expect(scanned.records).toHaveLength(N);
  recordEnds = scanned.records.map((r) => r.end);
});
afterAll(() => tmp.cleanup(), 60_000);

let case_ = 0;
/** Puts the data file, backups and `journalBytes` in a fresh folder; returns its data file. */
function crashedCopy(journalBytes: Buffer): string {
  const dir = join(tmp.dir, `case-${case_++}`);
  cpSync(pristine, dir, { recursive: true });
  writeFileSync(join(dir, 'data.json.journal'), journalBytes);
  return join(dir, 'data.json');
}

async function checkCut(journalBytes: Buffer, wholeRecords: number): Promise<void> {
  const file = crashedCopy(journalBytes);
  const first = await Store.open({ file, seed: emptySeed, fs: noSyncFs });
  const expected = new Map<string, string>();
  for (let i = 0; i < wholeRecords; i++) expected.set(`a${i}`, `Área ${i} — 東京`);
  expect(namesOf(first.data)).toEqual(expected);
  // Bytes that were not a whole record are kept aside, never silently dropped.
  const extra = journalBytes.length - (wholeRecords === 0 ? 0 : recordEnds[wholeRecords - 1]);
  if (extra > 0) expect(first.recovery?.setAside?.length ?? 0).toBeGreaterThan(0);
  expect(first.recovery?.summary ?? '').not.toMatch(/new workspace/);
  await putArea(first, 'after-1', 'After one', 101);
  await putArea(first, 'a0', 'Renamed after', 1);
  await first.simulateCrash();
  expected.set('after-1', 'After one');
  expected.set('a0', 'Renamed after');
  const second = await Store.open({ file, seed: emptySeed, fs: noSyncFs });
  expect(namesOf(second.data)).toEqual(expected);
  expect(second.recovery).toBeNull();
  await second.close();
  rmSync(join(file, '..'), { recursive: true, force: true });
}

const whole = (cut: number) => recordEnds.filter((e) => e <= cut).length;

describe('crash consistency of the journal', () => {
  it('keeps every acknowledged change for every byte prefix of the journal', async () => {
    for (let cut = 0; cut <= journal.length; cut++) await checkCut(journal.subarray(0, cut), whole(cut));
  }, 120_000);

  it('keeps every acknowledged change when the tail after any cut is zero-filled', async () => {
    for (let cut = 0; cut <= journal.length; cut += 7) {
      const bytes = Buffer.concat([journal.subarray(0, cut), Buffer.alloc(journal.length - cut + 4096)]);
      await checkCut(bytes, whole(cut));
    }
  }, 120_000);

  it('keeps every acknowledged change when the tail after any cut is garbage', async () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256;
    for (let cut = 0; cut <= journal.length; cut += 11) {
      const garbage = Buffer.from(Array.from({ length: 1 + (cut % 300) }, random));
      await checkCut(Buffer.concat([journal.subarray(0, cut), garbage]), whole(cut));
    }
  }, 120_000);

  it('keeps damaged tails in private .damaged files', async () => {
    const file = crashedCopy(Buffer.concat([journal, Buffer.alloc(512)]));
    const store = await Store.open({ file, seed: emptySeed, fs: noSyncFs });
    const aside = readdirSync(join(file, '..')).filter((n) => n.includes('.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(file, '..', aside[0]))).toEqual(Buffer.alloc(512));
    const { statSync } = await import('node:fs');
    expect(statSync(join(file, '..', aside[0])).mode & 0o777).toBe(0o600);
    await store.close();
  });
});
