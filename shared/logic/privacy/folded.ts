/**
 * Text folded for personal-detail matching, with a map back to the original: lower case, accents
 * off ("Nazywam się" → "nazywam sie", "ł" → "l"), compatibility forms unified (full-width "７７３"
 * → "773"), every script's decimal digits as ASCII digits ("٧٧٣" → "773"), invisible format
 * characters (zero-width spaces, joiners) dropped. Linear in the text's length.
 *
 * `origin[i]` is the index in the original text of the character that produced folded character
 * `i`; `originEnd(j)` turns a folded end offset into an original end offset.
 */
export interface FoldedText {
  readonly original: string;
  readonly folded: string;
  readonly origin: Int32Array;
  /** Original [start, end) of the folded range [start, end). */
  span(start: number, end: number): [number, number];
}

// Zero code point of each Unicode decimal-digit block (\p{Nd}), ascending.
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810,
  0x1946, 0x19d0, 0x1a80, 0x1a90, 0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
];
// Letters NFKD does not decompose but people type without their mark.
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ı: 'i', '’': "'", 'ʼ': "'", '‘': "'", '＠': '@', '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-' };
const INVISIBLE = /^[\p{Cf}]$/u;
const MARKS = /\p{M}+/gu;
const cache = new Map<number, string>();

function foldCodePoint(cp: number, ch: string): string {
  let out = cache.get(cp);
  if (out !== undefined) return out;
  if (SPECIAL[ch] !== undefined) out = SPECIAL[ch];
  else if (INVISIBLE.test(ch)) out = '';
  else if (/^\p{Nd}$/u.test(ch)) {
    let zero = 0x30;
    for (const z of DIGIT_ZEROS) if (z <= cp) zero = z;
    out = cp - zero < 10 ? String(cp - zero) : ch;
  } else if (/^\s$/u.test(ch)) out = ch === '\n' || ch === '\r' ? '\n' : ' ';
  else out = ch.normalize('NFKD').replace(MARKS, '').toLowerCase();
  if (cache.size < 50_000) cache.set(cp, out);
  return out;
}

export function foldWithMap(text: string): FoldedText {
  let folded = '';
  let origin = new Int32Array(text.length + 16);
  let n = 0;
  const push = (c: string, at: number) => {
    if (n === origin.length) {
      const bigger = new Int32Array(origin.length * 2);
      bigger.set(origin);
      origin = bigger;
    }
    folded += c;
    origin[n++] = at;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 ? ' ' : text[i], i);
      i++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const f = foldCodePoint(cp, text.slice(i, i + width));
    for (let k = 0; k < f.length; k++) push(f[k], i);
    i += width;
  }
  const map = origin.subarray(0, n);
  const endOf = (j: number): number => {
    if (j <= 0) return 0;
    const at = map[j - 1];
    const cp = text.codePointAt(at)!;
    return at + (cp > 0xffff ? 2 : 1);
  };
  return {
    original: text,
    folded,
    origin: map,
    span: (start, end) => [start < map.length ? map[start] : text.length, endOf(end)],
  };
}

/** The folded form alone (for comparing a released detail or a known name with detected text). */
export function foldForMatch(text: string): string {
  return foldWithMap(text).folded.replace(/\s+/g, ' ').trim();
}
