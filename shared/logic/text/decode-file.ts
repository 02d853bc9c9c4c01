/**
 * The one way Convene turns an imported file's bytes into text (every import: directory zip and
 * CSV, paper-slip CSV, MSEL CSV, scenario YAML, community-area CSV).
 *
 * - UTF-8, with or without a byte-order mark (BOM dropped).
 * - UTF-16 LE/BE: by its BOM (what Excel's "Unicode Text" and some "CSV UTF-16" saves write), or,
 *   without one, by the NUL bytes every other byte of ASCII text has.
 * - Anything that is not valid UTF-8 is read as Windows-1252: what Excel writes for "CSV" in
 *   Spanish and English locales on Windows (á é í ó ú ñ ü ¿ ¡ € “ ” …).
 *
 * The result says which encoding was used, and lists the lines that still hold U+FFFD (a file
 * already damaged before it reached Convene), so a caller can report them: U+FFFD is never stored
 * silently. Pure: uses only `TextDecoder` (WHATWG Encoding, present in browsers and Node).
 */
export const TEXT_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** A BOM was present (and removed). */
  bom: boolean;
  /** 1-based line numbers (at most 20) whose text holds U+FFFD, the replacement character. */
  replacementLines: number[];
  /** The bytes look like a binary file (NUL bytes in 8-bit text): not a CSV or YAML file at all. */
  binary: boolean;
}

/** English names people know from Excel's and editors' save dialogs. */
export const ENCODING_LABELS: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Western European, ANSI)',
};

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function linesWithReplacement(text: string): number[] {
  const out: number[] = [];
  let at = text.indexOf('\uFFFD');
  if (at < 0) return out;
  let line = 1;
  let counted = 0;
  while (at >= 0 && out.length < 20) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      counted = i + 1;
    }
    if (out[out.length - 1] !== line) out.push(line);
    at = text.indexOf('\uFFFD', at + 1);
  }
  return out;
}

/**
 * Windows-1252 by its own table: Node's TextDecoder reads the label as ISO-8859-1 and turns the
 * curly quotes, dashes and euro sign of 0x80-0x9F into invisible control characters; browsers do
 * not. Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D (unassigned) stay as their C1 code points, as WHATWG says.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const chunk: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    chunk.push(b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b);
    if (chunk.length === 8192) {
      out += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return out + String.fromCharCode(...chunk);
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Decodes a file's bytes as described above. Never throws. */
export function decodeFile(bytes: Uint8Array): DecodedText {
  const finish = (text: string, encoding: TextEncodingName, bom: boolean, binary = false): DecodedText => ({ text, encoding, bom, replacementLines: linesWithReplacement(text), binary });
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(3)), 'utf-8', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16le', true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes.subarray(2)), 'utf-16be', true);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return finish(new TextDecoder(utf16, { ignoreBOM: true }).decode(bytes), utf16, false);
  const binary = hasNul(bytes);
  try {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), 'utf-8', false, binary);
  } catch {
    return finish(decodeWindows1252(bytes), 'windows-1252', false, binary);
  }
}

/** Base64 (as the contract carries a file) to bytes, without Node's Buffer. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Bytes to base64, in chunks so a large file never overflows the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, Array.from(bytes.subarray(i, i + 0x8000)));
  return btoa(s);
}
