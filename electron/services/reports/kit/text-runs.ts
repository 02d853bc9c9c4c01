/**
 * Pure text preparation: normalise a string and split it into runs, each drawn with one
 * font. CJK goes to Noto Sans SC, everything else to Noto Sans; characters no font has
 * (emoji, rare scripts) become a visible substitute instead of tofu or an exception.
 */
import type { FontKey, GlyphCoverage } from './fonts';

export interface TextRun {
  font: FontKey;
  text: string;
}

/** Drawn in place of a character no embedded font covers (U+FFFD, in Noto Sans). */
export const SUBSTITUTE = '\uFFFD';

const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x2fdf], // CJK radicals, Kangxi
  [0x2ff0, 0x2fff], // ideographic description
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0x3040, 0x309f], // Hiragana
  [0x30a0, 0x30ff], // Katakana
  [0x3100, 0x312f], // Bopomofo
  [0x3130, 0x318f], // Hangul compatibility Jamo
  [0x3190, 0x31ff], // Kanbun, Bopomofo ext, CJK strokes, Katakana ext
  [0x3200, 0x33ff], // enclosed CJK, compatibility
  [0x3400, 0x4dbf], // CJK ext A
  [0x4e00, 0x9fff], // CJK unified
  [0xa960, 0xa97f], // Hangul Jamo ext A
  [0xac00, 0xd7ff], // Hangul syllables, Jamo ext B
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe1f], // vertical forms
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // halfwidth and fullwidth forms
  [0x20000, 0x3134f], // CJK ext B..G
];

export function isCjk(codePoint: number): boolean {
  if (codePoint < 0x1100) return false;
  for (const [lo, hi] of CJK_RANGES) if (codePoint >= lo && codePoint <= hi) return true;
  return false;
}

/** Joiners, variation selectors and emoji modifiers: invisible parts of a sequence. */
function isSequencePart(cp: number): boolean {
  return (
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0x1f3fb && cp <= 0x1f3ff) ||
    (cp >= 0xe0020 && cp <= 0xe007f) ||
    cp === 0x20e3
  );
}

/** Line endings to \n, tabs to spaces, other control characters dropped. Never throws. */
export function normalizeText(input: unknown): string {
  if (input === null || input === undefined) return '';
  const s = typeof input === 'string' ? input : String(input);
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\u2028\u2029]/g, '\n');
}

/**
 * Splits text into font runs. `base` is the Latin face (regular or bold). Whitespace
 * joins the current run so CJK sentences with spaces stay one run.
 */
export function toRuns(text: string, base: 'regular' | 'bold', coverage: GlyphCoverage): TextRun[] {
  const runs: TextRun[] = [];
  let current: TextRun | null = null;
  let lastWasSubstitute = false;
  let joinNext = false;
  const push = (font: FontKey, chunk: string): void => {
    if (current && current.font === font) current.text += chunk;
    else {
      current = { font, text: chunk };
      runs.push(current);
    }
  };
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (ch === ' ' || ch === '\n') {
      push(current ? (current as TextRun).font : base, ch);
      lastWasSubstitute = joinNext = false;
      continue;
    }
    // Modifiers, selectors and joiners after a substituted character belong to it.
    if (lastWasSubstitute && isSequencePart(cp)) {
      if (cp === 0x200d) joinNext = true;
      continue;
    }
    let font: FontKey | null;
    if (isCjk(cp)) font = coverage.covers('cjk', cp) ? 'cjk' : coverage.covers(base, cp) ? base : null;
    else font = coverage.covers(base, cp) ? base : coverage.covers('cjk', cp) ? 'cjk' : null;
    if (font === null) {
      // One substitute per unknown sequence (e.g. a family emoji joined by ZWJ).
      if (!(lastWasSubstitute && joinNext)) push(coverage.covers(base, 0xfffd) ? base : 'regular', SUBSTITUTE);
      lastWasSubstitute = true;
      joinNext = false;
      continue;
    }
    lastWasSubstitute = joinNext = false;
    push(font, ch);
  }
  return runs;
}

/** The font most of the visible characters use; for quick single-font measuring. */
export function dominantFont(runs: TextRun[], fallback: FontKey): FontKey {
  const counts = new Map<FontKey, number>();
  for (const r of runs) counts.set(r.font, (counts.get(r.font) ?? 0) + r.text.replace(/\s/g, '').length);
  let best = fallback;
  let n = -1;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}
