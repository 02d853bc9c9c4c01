/**
 * The kit's text engine: every string a report prints goes through here, for measuring and for
 * drawing alike (the same layout object serves both, so they can never disagree).
 *
 * 1. Prepare a paragraph (`prepare`): each character gets a face from the fallback chain
 *    (`fonts.ts`: the script's own face first, then the text face, then the rest); combining marks,
 *    joiners and neutral punctuation stay with the face before them when it has them. Characters
 *    no face has become one visible marker `[?]` per run (counted: the report says so); the text
 *    around them is kept. Embedding levels come from the Unicode bidi algorithm (bidi-js,
 *    paragraph direction from its first strong character), break opportunities from Unicode line
 *    breaking (UAX #14, the `linebreak` package).
 * 2. Lay out for a width (`layoutParagraph`): words (text between break opportunities) are split
 *    into pieces of one face and one level, each shaped by fontkit (joined Arabic, Indic
 *    conjuncts, kerning) and cached for the process; lines are filled greedily; only a word wider
 *    than the whole width is cut, between grapheme clusters, with a hyphen when letters continue.
 * 3. Draw (`drawLines`): each line's pieces are put in visual order (bidi reordering, mirrored
 *    brackets in right-to-left runs), right-to-left paragraphs aligned to the right, and the
 *    shaped glyphs written straight into the page as PDF text (subset per document, with
 *    ToUnicode so the text can be searched and copied).
 *
 * Units: widths in 1/1000 em until multiplied by the font size (points).
 */
import bidiFactory from 'bidi-js';
import LineBreaker from 'linebreak';
import { FONT_NAMES, type FontKey, type FontSet } from './fonts';

const bidi = bidiFactory();

/** Printed in place of characters no shipped font has (one per run). */
export const MISSING_MARKER = '[?]';

/** Line height as a multiple of the size: Noto Sans' ascender + descender (1.069 + 0.293). */
export const LINE_HEIGHT = 1.362;
const ASCENT = 1.069;

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
  align?: 'left' | 'right' | 'center' | 'justify';
  lineGap?: number;
}

interface Shaped {
  ids: number[];
  codePoints: number[][];
  /** Glyph advance widths as the font states them (1/1000 em), for the PDF's width table. */
  advances: number[];
  xAdvance: number[];
  xOffset: number[];
  yOffset: number[];
  width: number;
}

/** A piece of one word with one face and one embedding level. */
interface Piece {
  start: number;
  end: number;
  face: FontKey;
  level: number;
  shaped: Shaped;
  /** Width without trailing spaces. */
  inkWidth: number;
}

interface Word {
  pieces: Piece[];
  width: number;
  inkWidth: number;
  start: number;
  end: number;
}

export interface Prepared {
  text: string;
  base: 'regular' | 'bold';
  faces: (FontKey | null)[];
  levels: Uint8Array;
  rtl: boolean;
  words: Word[];
  /** Characters that no face has, replaced by markers. */
  missing: number;
}

export interface Line {
  pieces: Piece[];
  /** Visible width in 1/1000 em (trailing spaces excluded). */
  width: number;
  rtl: boolean;
  hyphen: Shaped | null;
}

export interface LaidOut {
  lines: Line[];
  missing: number;
}

// ---------------------------------------------------------------------------------------------
// Caches (per process: in the report worker they live as long as the worker).

const MAX_CACHE = 50_000;
const shapeCache = new Map<string, Shaped>();
const preparedCache = new Map<string, Prepared[]>();
const layoutCache = new Map<string, LaidOut>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(key, value);
  return value;
}

function shape(fonts: FontSet, face: FontKey, text: string, rtl: boolean): Shaped {
  const key = `${face}${rtl ? '<' : '>'}${text}`;
  const hit = shapeCache.get(key);
  if (hit) return hit;
  const { font, scale } = fonts.faces[face];
  const run = font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  const n = run.glyphs.length;
  const s: Shaped = { ids: new Array(n), codePoints: new Array(n), advances: new Array(n), xAdvance: new Array(n), xOffset: new Array(n), yOffset: new Array(n), width: 0 };
  for (let i = 0; i < n; i++) {
    const g = run.glyphs[i];
    const p = run.positions[i];
    s.ids[i] = g.id;
    s.codePoints[i] = g.codePoints;
    s.advances[i] = g.advanceWidth * scale;
    s.xAdvance[i] = p.xAdvance * scale;
    s.xOffset[i] = p.xOffset * scale;
    s.yOffset[i] = p.yOffset * scale;
    s.width += s.xAdvance[i];
  }
  return remember(shapeCache, key, s);
}

// ---------------------------------------------------------------------------------------------
// Characters.

const MARK = /\p{M}/u;
/** Faces whose spaces, digits and punctuation keep a run together (shaping, right-to-left runs). */
const STICKY = new Set<FontKey>(['arabic', 'hebrew', 'devanagari', 'bengali', 'gurmukhi', 'gujarati', 'thai', 'ethiopic']);
const NEUTRAL = /[\p{P}\p{S}\p{N}\p{Zs}]/u;

/** Zero-width parts of a sequence: joiners, variation selectors, emoji modifiers and tags. */
function isInvisible(cp: number): boolean {
  return cp === 0x200b || cp === 0x200c || cp === 0x200d || cp === 0x2060 || cp === 0xfeff || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0x200e && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** Bidi controls stay in the text for the algorithm but draw nothing. */
function isBidiControl(cp: number): boolean {
  return cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
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
 * Replaces each run of characters no face has with the marker and drops invisible sequence parts
 * no face draws; returns the text and a face per UTF-16 unit (null for a unit drawn by no glyph).
 */
function assignFaces(fonts: FontSet, input: string, base: 'regular' | 'bold'): { text: string; faces: (FontKey | null)[]; missing: number } {
  let text = '';
  const faces: (FontKey | null)[] = [];
  let missing = 0;
  let prev: FontKey | null = null;
  let inMissing = false;
  for (const ch of input) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x20 || cp === 0xa0) {
      text += ch;
      faces.push(prev && STICKY.has(prev) && fonts.covers(prev, cp) ? prev : base);
      inMissing = false;
      continue;
    }
    if (isBidiControl(cp)) {
      text += ch;
      faces.push(null);
      continue;
    }
    if (inMissing && (MARK.test(ch) || isInvisible(cp))) continue;
    let face: FontKey | null = null;
    if (prev && (MARK.test(ch) || isInvisible(cp) || (STICKY.has(prev) && NEUTRAL.test(ch))) && fonts.covers(prev, cp)) face = prev;
    else if (isInvisible(cp)) continue;
    else face = fonts.faceFor(cp, base);
    if (face === null) {
      missing++;
      if (!inMissing) {
        text += MISSING_MARKER;
        for (let i = 0; i < MISSING_MARKER.length; i++) faces.push(base);
        inMissing = true;
      }
      continue;
    }
    inMissing = false;
    prev = face;
    text += ch;
    faces.push(face);
    if (ch.length === 2) faces.push(face);
  }
  return { text, faces, missing };
}

function mirrored(text: string): string {
  let out = '';
  for (const ch of text) out += bidi.getMirroredCharacter(ch) ?? ch;
  return out;
}

/** One hard-line paragraph, prepared for any width. */
function prepareParagraph(fonts: FontSet, para: string, base: 'regular' | 'bold'): Prepared {
  const { text, faces, missing } = assignFaces(fonts, para, base);
  const embedding = bidi.getEmbeddingLevels(text, 'auto');
  const levels = embedding.levels;
  const rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1;
  const words: Word[] = [];
  const breaker = new LineBreaker(text);
  let last = 0;
  for (let br = breaker.nextBreak(); br; br = breaker.nextBreak()) {
    if (br.position > last) words.push(makeWord(fonts, text, faces, levels, last, br.position));
    last = br.position;
  }
  if (last < text.length) words.push(makeWord(fonts, text, faces, levels, last, text.length));
  return { text, base, faces, levels, rtl, words, missing };
}

function makeWord(fonts: FontSet, text: string, faces: (FontKey | null)[], levels: Uint8Array, start: number, end: number): Word {
  const pieces: Piece[] = [];
  let i = start;
  while (i < end) {
    if (faces[i] === null) {
      i++;
      continue;
    }
    const face = faces[i]!;
    const level = levels[i];
    let j = i + 1;
    while (j < end && faces[j] === face && levels[j] === level) j++;
    const raw = text.slice(i, j);
    const rtl = level % 2 === 1;
    const shaped = shape(fonts, face, rtl ? mirrored(raw) : raw, rtl);
    const trimmed = raw.replace(/[ \u00a0]+$/, '');
    const inkWidth = trimmed.length === raw.length ? shaped.width : trimmed.length === 0 ? 0 : shape(fonts, face, rtl ? mirrored(trimmed) : trimmed, rtl).width;
    pieces.push({ start: i, end: j, face, level, shaped, inkWidth });
    i = j;
  }
  let width = 0;
  for (const p of pieces) width += p.shaped.width;
  // Trailing spaces only ever sit in the last piece.
  const lastPiece = pieces[pieces.length - 1];
  const inkWidth = lastPiece ? width - lastPiece.shaped.width + lastPiece.inkWidth : 0;
  return { pieces, width, inkWidth, start, end };
}

/** Hard lines of a text, each prepared (cached per text and weight). */
export function prepare(fonts: FontSet, input: unknown, base: 'regular' | 'bold'): Prepared[] {
  const text = normalizeText(input);
  const key = `${base}\u0000${text}`;
  const hit = preparedCache.get(key);
  if (hit) return hit;
  return remember(
    preparedCache,
    key,
    text.split('\n').map((p) => prepareParagraph(fonts, p, base)),
  );
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts a word wider than `max` between grapheme clusters; each cut ends in a hyphen when letters continue. */
function splitLongWord(fonts: FontSet, p: Prepared, word: Word, max: number): Word[] {
  const out: Word[] = [];
  const hyphen = shape(fonts, p.base, '-', false).width;
  const graphemes = [...segmenter.segment(p.text.slice(word.start, word.end))].map((g) => ({ start: word.start + g.index, end: word.start + g.index + g.segment.length }));
  let startIdx = 0;
  while (startIdx < graphemes.length) {
    let endIdx = startIdx + 1;
    let piece = makeWord(fonts, p.text, p.faces, p.levels, graphemes[startIdx].start, graphemes[endIdx - 1].end);
    while (endIdx < graphemes.length) {
      const next = makeWord(fonts, p.text, p.faces, p.levels, graphemes[startIdx].start, graphemes[endIdx].end);
      if (next.inkWidth + hyphen > max) break;
      piece = next;
      endIdx++;
    }
    out.push(piece);
    startIdx = endIdx;
  }
  return out;
}

const LETTER = /\p{L}/u;

/** Lines of `input` within `width` points at `style.size` (cached per text, weight, size and width). */
export function layoutText(fonts: FontSet, input: unknown, width: number, style: Pick<TextStyle, 'size' | 'bold'>): LaidOut {
  const base = style.bold ? 'bold' : 'regular';
  const text = normalizeText(input);
  const key = `${base}\u0000${style.size}\u0000${Math.round(width * 100)}\u0000${text}`;
  const hit = layoutCache.get(key);
  if (hit) return hit;
  const max = width > 0 ? (width * 1000) / style.size : Infinity;
  const lines: Line[] = [];
  let missing = 0;
  for (const p of prepare(fonts, text, base)) {
    missing += p.missing;
    let current: Word[] = [];
    let used = 0;
    const flush = (hyphenate: boolean) => {
      lines.push(finishLine(fonts, p, current, hyphenate));
      current = [];
      used = 0;
    };
    if (p.words.length === 0) {
      lines.push({ pieces: [], width: 0, rtl: p.rtl, hyphen: null });
      continue;
    }
    for (const word of p.words) {
      if (current.length > 0 && used + word.inkWidth > max) flush(false);
      if (word.inkWidth > max) {
        const parts = splitLongWord(fonts, p, word, max);
        parts.forEach((part, k) => {
          if (k < parts.length - 1) {
            current.push(part);
            const cut = p.text.slice(part.end - 1, part.end);
            const nextCh = p.text.slice(parts[k + 1].start, parts[k + 1].start + 1);
            flush(LETTER.test(cut) && LETTER.test(nextCh));
          } else {
            current.push(part);
            used = part.width;
          }
        });
        continue;
      }
      current.push(word);
      used += word.width;
    }
    if (current.length > 0) flush(false);
  }
  return remember(layoutCache, key, { lines, missing });
}

function finishLine(fonts: FontSet, p: Prepared, words: Word[], hyphenate: boolean): Line {
  const pieces = words.flatMap((w) => w.pieces);
  if (pieces.length === 0) return { pieces: [], width: 0, rtl: p.rtl, hyphen: null };
  // Trailing spaces of the line are not drawn.
  const lastWord = words[words.length - 1];
  let width = 0;
  for (const w of words) width += w === lastWord ? w.inkWidth : w.width;
  const hyphen = hyphenate ? shape(fonts, p.base, '-', false) : null;
  if (hyphen) width += hyphen.width;
  // Visual order: the bidi algorithm's reordering of this line's characters, grouped back into pieces.
  const start = pieces[0].start;
  const end = pieces[pieces.length - 1].end;
  let visual = pieces;
  let hasRtl = false;
  for (const piece of pieces) if (piece.level > 0) hasRtl = true;
  if (hasRtl) {
    const order = bidi.getReorderedIndices(p.text, { levels: p.levels, paragraphs: [{ start: 0, end: p.text.length - 1, level: p.rtl ? 1 : 0 }] }, start, end - 1);
    const pieceAt = new Map<number, Piece>();
    for (const piece of pieces) for (let i = piece.start; i < piece.end; i++) pieceAt.set(i, piece);
    const seen = new Set<Piece>();
    visual = [];
    for (const i of order) {
      const piece = pieceAt.get(i);
      if (piece && !seen.has(piece)) {
        seen.add(piece);
        visual.push(piece);
      }
    }
  }
  const trimmedLast = pieces[pieces.length - 1];
  return { pieces: visual.map((x) => (x === trimmedLast ? { ...x, shaped: trimShaped(fonts, p, x) } : x)), width, rtl: p.rtl, hyphen };
}

/** The last piece of a line without its trailing spaces. */
function trimShaped(fonts: FontSet, p: Prepared, piece: Piece): Shaped {
  const raw = p.text.slice(piece.start, piece.end);
  const trimmed = raw.replace(/[ \u00a0]+$/, '');
  if (trimmed.length === raw.length) return piece.shaped;
  const rtl = piece.level % 2 === 1;
  return shape(fonts, piece.face, rtl ? mirrored(trimmed) : trimmed, rtl);
}

/** Height in points of laid-out lines. */
export function heightOf(laid: LaidOut, style: Pick<TextStyle, 'size' | 'lineGap'>): number {
  return laid.lines.length * (style.size * LINE_HEIGHT + (style.lineGap ?? 0));
}

// ---------------------------------------------------------------------------------------------
// Drawing.

interface EmbeddedFontLike {
  id: string;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  ref(): unknown;
}

interface DocInternals {
  _font: EmbeddedFontLike;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(s: string): void;
}

const num = (n: number) => (Math.round(n * 1000) / 1000).toString();

const missingByDoc = new WeakMap<PDFKit.PDFDocument, number>();

/** Characters replaced by the marker in everything drawn in `doc` so far. */
export function missingCharacters(doc: PDFKit.PDFDocument): number {
  return missingByDoc.get(doc) ?? 0;
}

function hex(embedded: EmbeddedFontLike, s: Shaped, i: number): string {
  const gid = embedded.subset.includeGlyph(s.ids[i]);
  if (embedded.widths[gid] == null) embedded.widths[gid] = s.advances[i];
  if (embedded.unicode[gid] == null) embedded.unicode[gid] = s.codePoints[i];
  return `0000${gid.toString(16)}`.slice(-4);
}

/**
 * Draws laid-out lines with their first line's top at (x, y) in a box `width` wide; with `flow`,
 * a line that would pass `flow.bottom` goes to a new page. Returns the y below the last line (on
 * the page drawn last). The fill color is set from the style.
 */
export interface PageFlow {
  /** Lowest y a line may reach on this page. */
  bottom: number;
  /** Starts a new page and answers the top of its text area. */
  next: () => number;
}

export function drawLines(doc: PDFKit.PDFDocument, laid: LaidOut, x: number, y: number, width: number, style: TextStyle, flow?: PageFlow): number {
  const lineH = style.size * LINE_HEIGHT + (style.lineGap ?? 0);
  if (laid.lines.length === 0) return y;
  if (laid.missing > 0) missingByDoc.set(doc, (missingByDoc.get(doc) ?? 0) + laid.missing);
  const d = doc as unknown as DocInternals;
  doc.fillColor(style.color ?? '#000000');
  doc.save();
  doc.transform(1, 0, 0, -1, 0, d.page.height);
  d.addContent('BT');
  const scale = style.size / 1000;
  let currentFace: FontKey | null = null;
  let embedded: EmbeddedFontLike | null = null;
  const useFace = (face: FontKey) => {
    if (face === currentFace) return;
    doc.font(FONT_NAMES[face]);
    embedded = d._font;
    if (d.page.fonts[embedded.id] == null) d.page.fonts[embedded.id] = embedded.ref();
    d.addContent(`/${embedded.id} ${num(style.size)} Tf`);
    currentFace = face;
  };
  const emit = (s: Shaped, penX: number, baseline: number): number => {
    const e = embedded!;
    let parts: string[] = [];
    let runX = penX;
    const flush = () => {
      if (parts.length > 0) d.addContent(`[${parts.join(' ')}] TJ`);
      parts = [];
    };
    d.addContent(`1 0 0 1 ${num(penX)} ${num(baseline)} Tm`);
    let hadOffset = false;
    for (let i = 0; i < s.ids.length; i++) {
      if (s.xOffset[i] || s.yOffset[i]) {
        flush();
        d.addContent(`1 0 0 1 ${num(runX + s.xOffset[i] * scale)} ${num(baseline + s.yOffset[i] * scale)} Tm`);
        parts.push(`<${hex(e, s, i)}>`);
        flush();
        hadOffset = true;
      } else {
        if (hadOffset) {
          d.addContent(`1 0 0 1 ${num(runX)} ${num(baseline)} Tm`);
          hadOffset = false;
        }
        const adjust = s.xAdvance[i] - s.advances[i];
        parts.push(adjust !== 0 ? `<${hex(e, s, i)}> ${num(-adjust)}` : `<${hex(e, s, i)}>`);
      }
      runX += s.xAdvance[i] * scale;
    }
    flush();
    return runX;
  };
  let top = y;
  let drawnHere = 0;
  for (const line of laid.lines) {
    if (flow && drawnHere > 0 && top + style.size * LINE_HEIGHT > flow.bottom) {
      d.addContent('ET');
      doc.restore();
      top = flow.next();
      drawnHere = 0;
      currentFace = null;
      doc.fillColor(style.color ?? '#000000');
      doc.save();
      doc.transform(1, 0, 0, -1, 0, d.page.height);
      d.addContent('BT');
    }
    drawnHere++;
    const w = line.width * scale;
    // A right-to-left paragraph starts at the right edge unless the text is centered.
    const align = style.align === 'center' ? 'center' : style.align === 'right' || line.rtl ? 'right' : 'left';
    let penX = align === 'right' ? x + width - w : align === 'center' ? x + (width - w) / 2 : x;
    const baseline = d.page.height - (top + style.size * ASCENT);
    // A hyphen goes after the text it ends: on the right of a left-to-right line, on the left of a right-to-left one.
    if (line.hyphen && line.rtl) {
      useFace(style.bold ? 'bold' : 'regular');
      penX = emit(line.hyphen, penX, baseline);
    }
    for (const piece of line.pieces) {
      if (piece.shaped.ids.length === 0) continue;
      useFace(piece.face);
      penX = emit(piece.shaped, penX, baseline);
    }
    if (line.hyphen && !line.rtl) {
      useFace(style.bold ? 'bold' : 'regular');
      emit(line.hyphen, penX, baseline);
    }
    top += lineH;
  }
  d.addContent('ET');
  doc.restore();
  return top;
}
