import { crc32 } from 'node:zlib';
import type { JournalOp } from './journal-ops';

/**
 * The journal's on-disk record format. Each acknowledged write is one line:
 *
 *     @<payload bytes>:<crc-32 of the payload, 8 hex digits>:<payload JSON>\n
 *
 * where the payload is `{"s":<sequence>,"t":<ms since 1970>,"ops":[...]}`. The length and checksum
 * let a reader tell a whole record from a torn write (power cut), a NUL-filled tail (what ext4 can
 * leave after a crash) or flipped bits, and find the next good record after damage. The sequence
 * numbers every change of a workspace for its whole life (it continues across folds), so replay
 * knows which records a data file or backup already holds and can count any that are missing.
 *
 * Journals written before framing (one bare JSON array of operations per line) are still read:
 * such a line has no sequence and is always replayed (replay is idempotent). Pure: bytes in, records out.
 */
export interface JournalRecord {
  /** The change's sequence number; null for a legacy unframed line. */
  seq: number | null;
  /** When it was acknowledged (ms since 1970); null for a legacy line. */
  at: number | null;
  ops: JournalOp[];
  /** Byte offsets of the whole record in the file. */
  start: number;
  end: number;
}

/** A run of bytes that is not a record that can be trusted. */
export interface DamagedRange {
  start: number;
  end: number;
  /** `tail`: nothing good follows (a torn last write or a zero-filled end); `middle`: good records follow. */
  where: 'tail' | 'middle';
}

export interface ScannedJournal {
  records: JournalRecord[];
  damaged: DamagedRange[];
  /** Where the last good record ends: appends must start here. */
  goodEnd: number;
}

const AT = 0x40; // '@'
const NL = 0x0a;
const OPEN_BRACKET = 0x5b; // '['

/** One record as bytes, ready to append. */
export function encodeRecord(seq: number, at: number, ops: JournalOp[]): Buffer {
  const payload = Buffer.from(JSON.stringify({ s: seq, t: at, ops }), 'utf8');
  const header = Buffer.from(`@${payload.length}:${crc32(payload).toString(16).padStart(8, '0')}:`, 'latin1');
  return Buffer.concat([header, payload, Buffer.from('\n')]);
}

/** Tries to read one framed record at `pos`; null when the bytes there are not one. */
function readFramed(buf: Buffer, pos: number): JournalRecord | null {
  if (buf[pos] !== AT) return null;
  // Header: digits ':' 8 hex ':'. At most 12 digits: a longer length is damage, not a record.
  let i = pos + 1;
  let length = 0;
  const digitsStart = i;
  while (i < buf.length && buf[i] >= 0x30 && buf[i] <= 0x39 && i - digitsStart < 12) length = length * 10 + (buf[i++] - 0x30);
  if (i === digitsStart || buf[i] !== 0x3a) return null;
  const crcText = buf.toString('latin1', i + 1, i + 9);
  if (!/^[0-9a-f]{8}$/.test(crcText) || buf[i + 9] !== 0x3a) return null;
  const payloadStart = i + 10;
  const payloadEnd = payloadStart + length;
  if (payloadEnd >= buf.length || buf[payloadEnd] !== NL) return null;
  const payload = buf.subarray(payloadStart, payloadEnd);
  if (crc32(payload) !== parseInt(crcText, 16)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    return null;
  }
  const p = parsed as { s?: unknown; t?: unknown; ops?: unknown };
  if (typeof p !== 'object' || p === null || !Number.isSafeInteger(p.s) || typeof p.t !== 'number' || !Array.isArray(p.ops)) return null;
  return { seq: p.s as number, at: p.t, ops: p.ops as JournalOp[], start: pos, end: payloadEnd + 1 };
}

/** A legacy line: a JSON array followed by its newline. */
function readLegacy(buf: Buffer, pos: number): JournalRecord | null {
  if (buf[pos] !== OPEN_BRACKET) return null;
  const nl = buf.indexOf(NL, pos);
  if (nl < 0) return null;
  try {
    const ops = JSON.parse(buf.toString('utf8', pos, nl));
    if (!Array.isArray(ops)) return null;
    return { seq: null, at: null, ops, start: pos, end: nl + 1 };
  } catch {
    return null;
  }
}

const readRecord = (buf: Buffer, pos: number) => readFramed(buf, pos) ?? readLegacy(buf, pos);

/** The next position after `from` where a record could start: just after a newline. */
function nextCandidate(buf: Buffer, from: number): number {
  let i = from;
  for (;;) {
    const nl = buf.indexOf(NL, i);
    if (nl < 0 || nl + 1 >= buf.length) return -1;
    if (buf[nl + 1] === AT || buf[nl + 1] === OPEN_BRACKET) return nl + 1;
    i = nl + 1;
  }
}

/**
 * Reads every record that can be trusted. Damage is skipped to the next good record (kept as a
 * `middle` range) or, when nothing good follows, ends the scan (a `tail` range).
 */
export function scanJournal(buf: Buffer): ScannedJournal {
  const records: JournalRecord[] = [];
  const damaged: DamagedRange[] = [];
  let pos = 0;
  while (pos < buf.length) {
    const record = readRecord(buf, pos);
    if (record) {
      records.push(record);
      pos = record.end;
      continue;
    }
    // Damage starts here: look for the next record that reads whole.
    let next = nextCandidate(buf, pos);
    while (next >= 0 && !readRecord(buf, next)) next = nextCandidate(buf, next);
    if (next < 0) {
      damaged.push({ start: pos, end: buf.length, where: 'tail' });
      return { records, damaged, goodEnd: pos };
    }
    damaged.push({ start: pos, end: next, where: 'middle' });
    pos = next;
  }
  return { records, damaged, goodEnd: pos };
}
