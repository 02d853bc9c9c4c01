/**
 * The fonts the kit embeds (TTF only: WOFF2 breaks accented text in pdfkit) and the
 * question "which font can draw this character?". The folder comes from the caller;
 * the kit never guesses paths.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type PDFDocument from 'pdfkit';

export type FontKey = 'regular' | 'bold' | 'cjk';

export const FONT_FILES: Record<FontKey, string> = {
  regular: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
  cjk: 'NotoSansSC-Regular.ttf',
};

/** Name each font is registered under in a pdfkit document. */
export const FONT_NAMES: Record<FontKey, string> = {
  regular: 'convene-regular',
  bold: 'convene-bold',
  cjk: 'convene-cjk',
};

export interface GlyphCoverage {
  covers(font: FontKey, codePoint: number): boolean;
}

export interface FontSet extends GlyphCoverage {
  /** Registers the three fonts in a document under FONT_NAMES. */
  register(doc: PDFKit.PDFDocument): void;
}

/** Minimal view of the fontkit font pdfkit keeps on `doc._font.font`. */
interface FontkitLike {
  hasGlyphForCodePoint(codePoint: number): boolean;
}

const fontSetCache = new Map<string, FontSet>();

/** Reads the TTFs once per folder. Throws a clear error when a file is missing. */
export function loadFonts(fontsDir: string, probe: typeof PDFDocument): FontSet {
  const cached = fontSetCache.get(fontsDir);
  if (cached) return cached;
  const buffers = {} as Record<FontKey, Buffer>;
  for (const key of Object.keys(FONT_FILES) as FontKey[]) {
    const file = join(fontsDir, FONT_FILES[key]);
    if (!existsSync(file)) throw new Error(`Report font missing: ${file}`);
    buffers[key] = readFileSync(file);
  }
  const register = (doc: PDFKit.PDFDocument): void => {
    for (const key of Object.keys(buffers) as FontKey[]) doc.registerFont(FONT_NAMES[key], buffers[key]);
  };
  // Open each font once in a throw-away document to reach fontkit's cmap.
  const probeDoc = new probe({ autoFirstPage: false });
  register(probeDoc);
  const fontkit = {} as Record<FontKey, FontkitLike>;
  for (const key of Object.keys(buffers) as FontKey[]) {
    probeDoc.font(FONT_NAMES[key]);
    fontkit[key] = (probeDoc as unknown as { _font: { font: FontkitLike } })._font.font;
  }
  const memo = new Map<number, boolean>();
  const set: FontSet = {
    register,
    covers(font, codePoint) {
      const k = codePoint * 4 + (font === 'regular' ? 0 : font === 'bold' ? 1 : 2);
      let v = memo.get(k);
      if (v === undefined) {
        v = fontkit[font].hasGlyphForCodePoint(codePoint);
        memo.set(k, v);
      }
      return v;
    },
  };
  fontSetCache.set(fontsDir, set);
  return set;
}
