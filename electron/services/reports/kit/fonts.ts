/**
 * The fonts the kit embeds and the fallback chain that picks one for each character.
 *
 * TTF only (WOFF2 breaks accented text in pdfkit, see TOOLCHAIN.md). Every face is parsed once per
 * process (fontkit) and the parsed font is handed to each new document, which subsets only the
 * glyphs it draws; in the report worker the parse is paid once for the worker's life. The folder
 * comes from the caller; the kit never guesses paths. What each file covers and where it comes
 * from: `../fonts/FONTS.md`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkit from 'fontkit';

/** One face of the chain. `regular` and `bold` are the Latin/Greek/Cyrillic text faces. */
export type FontKey =
  | 'regular'
  | 'bold'
  | 'arabic'
  | 'hebrew'
  | 'devanagari'
  | 'bengali'
  | 'gurmukhi'
  | 'gujarati'
  | 'thai'
  | 'ethiopic'
  | 'cjk'
  | 'korean'
  | 'emoji';

export const FONT_FILES: Record<FontKey, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  arabic: 'NotoSansArabic-Regular.ttf',
  hebrew: 'NotoSansHebrew-Regular.ttf',
  devanagari: 'NotoSansDevanagari-Regular.ttf',
  bengali: 'NotoSansBengali-Regular.ttf',
  gurmukhi: 'NotoSansGurmukhi-Regular.ttf',
  gujarati: 'NotoSansGujarati-Regular.ttf',
  thai: 'NotoSansThai-Regular.ttf',
  ethiopic: 'NotoSansEthiopic-Regular.ttf',
  cjk: 'NotoSansSC-Regular.ttf',
  korean: 'NotoSansKR-Hangul.ttf',
  emoji: 'NotoEmoji-Regular.ttf',
};

export const FONT_KEYS = Object.keys(FONT_FILES) as FontKey[];

/** Name each font is registered under in a pdfkit document. */
export const FONT_NAMES = Object.fromEntries(FONT_KEYS.map((k) => [k, `convene-${k}`])) as Record<FontKey, string>;

/** The part of a fontkit font the kit uses. */
export interface Face {
  key: FontKey;
  font: fontkit.Font;
  /** PDF text space units (1/1000 em) per font unit. */
  scale: number;
}

export interface GlyphCoverage {
  covers(font: FontKey, codePoint: number): boolean;
}

export interface FontSet extends GlyphCoverage {
  faces: Record<FontKey, Face>;
  /** Registers every face in a document under FONT_NAMES (no re-parse: the parsed fonts are shared). */
  register(doc: PDFKit.PDFDocument): void;
  /** The face the chain picks for a character (after `base`), or null when no face has it. */
  faceFor(codePoint: number, base: 'regular' | 'bold'): FontKey | null;
}

/** Script ranges whose own face is tried first (before the Latin face), in chain order. */
const SCRIPT_FACES: ReadonlyArray<readonly [number, number, FontKey]> = [
  [0x0590, 0x05ff, 'hebrew'],
  [0xfb1d, 0xfb4f, 'hebrew'],
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x0870, 0x08ff, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0x0980, 0x09ff, 'bengali'],
  [0x0a00, 0x0a7f, 'gurmukhi'],
  [0x0a80, 0x0aff, 'gujarati'],
  [0x0e00, 0x0e7f, 'thai'],
  [0x1200, 0x139f, 'ethiopic'],
  [0x2d80, 0x2ddf, 'ethiopic'],
  [0xab00, 0xab2f, 'ethiopic'],
  [0x1100, 0x11ff, 'korean'],
  [0x3130, 0x318f, 'korean'],
  [0xa960, 0xa97f, 'korean'],
  [0xac00, 0xd7ff, 'korean'],
  [0x2e80, 0x2fdf, 'cjk'],
  [0x3000, 0x30ff, 'cjk'],
  [0x3100, 0x312f, 'cjk'],
  [0x3190, 0x33ff, 'cjk'],
  [0x3400, 0x4dbf, 'cjk'],
  [0x4e00, 0x9fff, 'cjk'],
  [0xf900, 0xfaff, 'cjk'],
  [0xfe30, 0xfe4f, 'cjk'],
  [0xff00, 0xffef, 'cjk'],
  [0x20000, 0x3134f, 'cjk'],
  [0x1f000, 0x1faff, 'emoji'],
  [0x2600, 0x27bf, 'emoji'],
];

/** After the script's own face and the text face: the order the rest are tried in. */
const FALLBACK_ORDER: FontKey[] = ['regular', 'arabic', 'hebrew', 'devanagari', 'bengali', 'gurmukhi', 'gujarati', 'thai', 'ethiopic', 'cjk', 'korean', 'emoji'];

function scriptFace(cp: number): FontKey | null {
  if (cp < 0x0590) return null;
  for (const [lo, hi, key] of SCRIPT_FACES) if (cp >= lo && cp <= hi) return key;
  return null;
}

const fontSetCache = new Map<string, FontSet>();

/** Parses the faces once per folder and process. Throws a clear error when a file is missing. */
export function loadFonts(fontsDir: string, _legacyProbe?: unknown): FontSet {
  const cached = fontSetCache.get(fontsDir);
  if (cached) return cached;
  const faces = {} as Record<FontKey, Face>;
  for (const key of FONT_KEYS) {
    const file = join(fontsDir, FONT_FILES[key]);
    if (!existsSync(file)) throw new Error(`Report font missing: ${file}`);
    const font = fontkit.create(readFileSync(file)) as fontkit.Font;
    faces[key] = { key, font, scale: 1000 / font.unitsPerEm };
  }
  const memo = new Map<number, boolean>();
  const covers = (key: FontKey, cp: number): boolean => {
    const k = cp * 16 + FONT_KEYS.indexOf(key);
    let v = memo.get(k);
    if (v === undefined) {
      v = faces[key].font.hasGlyphForCodePoint(cp);
      memo.set(k, v);
    }
    return v;
  };
  const pick = new Map<number, FontKey | null>();
  const set: FontSet = {
    faces,
    covers,
    register(doc) {
      // pdfkit takes a parsed fontkit font as the source: the document subsets it, nothing is parsed again.
      for (const key of FONT_KEYS) doc.registerFont(FONT_NAMES[key], faces[key].font as unknown as Buffer);
    },
    faceFor(cp, base) {
      const k = base === 'bold' ? -cp - 1 : cp;
      if (pick.has(k)) return pick.get(k)!;
      let found: FontKey | null = null;
      const own = scriptFace(cp);
      if (own && covers(own, cp)) found = own;
      else if (covers(base, cp)) found = base;
      else found = FALLBACK_ORDER.find((key) => covers(key, cp)) ?? null;
      pick.set(k, found);
      return found;
    },
  };
  fontSetCache.set(fontsDir, set);
  return set;
}
