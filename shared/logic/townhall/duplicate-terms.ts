import { foldText } from './fold';
import { isStopword, normalizeWord, stem } from './similarity';

/**
 * The words of one question field (its text, or its translation) as the duplicate suggestions
 * compare them: integer term ids (one per stem, shared by every town hall), an opinion sign
 * ("we want" / "we don't want") and antonym polarities ("more" / "less").
 *
 * The rule (unchanged from the first string-based version, see duplicates.ts): the field's text,
 * with "n't" spelled " not" and apostrophes dropped, is folded (`foldText`: accents, case,
 * punctuation) and split into words; each word that is longer than one letter, not a stopword
 * of English or Spanish and not a bare number becomes the stem of its street-abbreviation
 * spelling (`normalizeWord`, `stem`).
 *
 * Speed, for questions of thousands of words: the text is scanned once by character code; a
 * run of characters between ASCII separators is looked up, without building a string, in a hash
 * table of runs already seen, which answers the run's folded words (usually one). Only a run
 * never seen before goes through `foldText`. Folding a run on its own gives the same words as
 * folding the whole text, because folding is per character except for the Greek capital sigma
 * (its lower case depends on the next letter): a text with one is folded whole.
 */

export interface FieldProfile {
  /** Distinct term ids, ascending. */
  terms: Int32Array;
  /** +1 wants something, -1 says it does not want it, 0 neither. */
  stance: number;
  /** Antonym group → sum of the signs of its words in the field (+ "more", - "less"; "don't want more" counts as "less"). */
  polarity: Map<number, number>;
  /**
   * What each stance verb is about: the first term after it (its object's head, "want [more]
   * *patrols*") → +1 wanted, -1 not wanted ("we don't want patrols, we want jobs": patrol -1,
   * job +1); 0 when the field says both of one term.
   */
  heads: Map<number, number>;
}

const ANTONYMS: [string[], string[]][] = [
  [['more', 'mas', 'wiecej', 'extra', 'additional', 'adicional'], ['less', 'fewer', 'menos', 'mniej']],
  [['increase', 'raise', 'expand', 'aumentar', 'aumenten', 'ampliar', 'zwiekszyc', 'zwiekszenie'], ['decrease', 'reduce', 'cut', 'cuts', 'reducir', 'reduzcan', 'recortar', 'recorten', 'disminuir', 'zmniejszyc', 'ograniczyc']],
  [['open', 'opening', 'reopen', 'abrir', 'abran', 'reabrir', 'otworzyc', 'otworzcie'], ['close', 'closing', 'shut', 'cerrar', 'cierren', 'zamknac', 'zamknijcie']],
  [['add', 'install', 'put', 'build', 'agregar', 'instalar', 'pongan', 'poner', 'construir', 'dodac', 'zainstalowac', 'postawic'], ['remove', 'take', 'tear', 'quitar', 'quiten', 'retirar', 'eliminar', 'usunac', 'zlikwidowac']],
  [['allow', 'permit', 'legalize', 'permitir', 'permitan', 'pozwolic', 'zezwolic'], ['ban', 'prohibit', 'forbid', 'prohibir', 'prohiban', 'zakazac', 'zabronic']],
  [['support', 'favor', 'apoyo', 'apoyamos', 'apoyar', 'popieram', 'popieramy'], ['oppose', 'against', 'contra', 'oponemos', 'oponer', 'przeciw', 'sprzeciwiamy']],
  [['keep', 'maintain', 'mantener', 'mantengan', 'conservar', 'utrzymac', 'zachowac'], ['end', 'stop', 'eliminate', 'terminar', 'acabar', 'detener', 'zakonczyc', 'zatrzymac']],
];
const ANTONYM_INDEX = new Map<string, number>();
ANTONYMS.forEach(([pos, neg], g) => {
  for (const w of pos) ANTONYM_INDEX.set(w, g * 2 + 1);
  for (const w of neg) ANTONYM_INDEX.set(w, g * 2 + 2);
});
const NEGATIONS = new Set(['not', 'no', 'dont', 'doesnt', 'never', 'nobody', 'nunca', 'ni', 'tampoco', 'nie', 'nigdy', 'without', 'sin', 'bez', 'cannot', 'wont', 'shouldnt']);
const STANCE_VERBS = new Set([
  'want', 'wants', 'need', 'needs', 'support', 'like', 'agree', 'approve', 'welcome',
  'quiero', 'queremos', 'quieren', 'necesitamos', 'necesito', 'apoyamos', 'gusta', 'aprobamos', 'acuerdo',
  'chce', 'chcemy', 'potrzebujemy', 'popieramy', 'zgadzamy', 'lubimy',
]);

interface WordState {
  stance: number;
  polarity: Map<number, number>;
  heads: Map<number, number>;
}

const NEGATION = 1;
const STANCE = 2;

/** Folded words (ids) with what the profile needs of each: term id, antonym code, negation/stance flags. */
class Words {
  private readonly ids = new Map<string, number>();
  term: Int32Array = new Int32Array(1024);
  anto: Int8Array = new Int8Array(1024);
  flags: Uint8Array = new Uint8Array(1024);
  size = 0;

  constructor(private readonly terms: TermDictionary) {}

  id(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    id = this.size++;
    if (id === this.term.length) {
      this.term = grow(this.term, id * 2) as Int32Array;
      this.anto = grow(this.anto, id * 2) as Int8Array;
      this.flags = grow(this.flags, id * 2) as Uint8Array;
    }
    const n = normalizeWord(word);
    this.term[id] = n.length > 1 && !isStopword(n) && !/^\d+$/.test(n) ? this.terms.id(stem(n)) : -1;
    this.anto[id] = ANTONYM_INDEX.get(word) ?? 0;
    this.flags[id] = (NEGATIONS.has(word) ? NEGATION : 0) | (STANCE_VERBS.has(word) ? STANCE : 0);
    this.ids.set(word, id);
    return id;
  }
}

/** Stems ↔ term ids. Ids are dense from 0 and never reused, so they index typed arrays. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();
  readonly stems: string[] = [];
  id(stemmed: string): number {
    let id = this.ids.get(stemmed);
    if (id === undefined) {
      id = this.stems.length;
      this.stems.push(stemmed);
      this.ids.set(stemmed, id);
    }
    return id;
  }
  get size(): number {
    return this.stems.length;
  }
}

function grow<T extends Int32Array | Int8Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as { new (n: number): T })(Math.max(size, 16));
  b.set(a);
  return b;
}

const EMPTY: number[] = [];

/**
 * Runs of characters between ASCII separators, each with the ids of its folded words. An
 * open-addressing table whose slot holds a run's two 32-bit hashes (independent: FNV-1a and a
 * Murmur-style mix), its length and its row, side by side: a lookup that hits touches one slot
 * and builds no string. A run is known by its hashes and length; two different runs among a
 * million share all three with a chance of about 10^-8 (n^2 / 2^65), and would then read as the
 * same word.
 */
class Runs {
  /** Per slot: [hash 1, hash 2, length, run + 1] (0: empty). */
  private slots = new Int32Array(1 << 18);
  /** Per run: its word id, -1 none, -2 several (in `many`). */
  private rows = new Int32Array(1 << 15);
  count = 0;
  private many = new Map<number, number[]>();

  constructor(private readonly words: Words) {}

  /** The run of text[start, end), whose hashes are `h1`, `h2`. */
  lookup(text: string, start: number, end: number, h1: number, h2: number): number {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    const len = end - start;
    for (let s = h1 & mask; ; s = (s + 1) & mask) {
      const b = s << 2;
      const r = slots[b + 3] - 1;
      if (r < 0) return this.add(text.slice(start, end), h1, h2, s);
      if (slots[b] === h1 && slots[b + 1] === h2 && slots[b + 2] === len) return r;
    }
  }

  /** The run's word id: -1 none, -2 several (`wordsOf`). */
  single(r: number): number {
    return this.rows[r];
  }

  wordsOf(r: number): number[] {
    return this.many.get(r) ?? EMPTY;
  }

  private add(run: string, h1: number, h2: number, slot: number): number {
    const r = this.count++;
    if (this.count > this.rows.length) this.rows = grow(this.rows, this.rows.length * 2);
    // ASCII letters and digits only (most runs): folding is lower-casing.
    const words = /^[A-Za-z0-9]+$/.test(run) ? [this.words.id(run.toLowerCase())] : foldText(run.replace(/n't\b/gi, ' not').replace(/[’']/g, '')).split(' ').filter(Boolean).map((w) => this.words.id(w));
    this.rows[r] = words.length === 1 ? words[0] : words.length === 0 ? -1 : -2;
    if (words.length > 1) this.many.set(r, words);
    const b = slot << 2;
    this.slots[b] = h1;
    this.slots[b + 1] = h2;
    this.slots[b + 2] = run.length;
    this.slots[b + 3] = r + 1;
    if (this.count * 8 > this.slots.length) this.rehash();
    return r;
  }

  private rehash() {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    const mask = (slots.length >> 2) - 1;
    for (let s = 0; s < old.length; s += 4) {
      if (old[s + 3] === 0) continue;
      let t = old[s] & mask;
      while (slots[(t << 2) + 3] !== 0) t = (t + 1) & mask;
      slots.set(old.subarray(s, s + 4), t << 2);
    }
    this.slots = slots;
  }
}

/** A run's characters: everything but ASCII punctuation, spaces and controls ("_" and "'" stay, as the original rule's `\b` and apostrophe removal read them). */
function isRunChar(c: number): boolean {
  return c >= 128 || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39;
}

/** Turns field texts into profiles; one per process (the worker's, the page's), caching what it has read. */
export class FieldReader {
  readonly terms = new TermDictionary();
  private words = new Words(this.terms);
  private runs = new Runs(this.words);
  // Scratch for one field.
  private seen = new Uint8Array(1024);
  private ids: number[] = [];
  private recent = [-1, -1, -1];
  /** Words left after a negated stance verb in which an antonym counts as negated ("don't want [any] more"). */
  private flip = 0;
  /** The sign of the last stance verb, until the first term after it takes it (see `heads`). */
  private pending = 0;

  /** The profile of one field's text. */
  read(text: string): FieldProfile {
    // A run cache grown past a million distinct runs starts again (term ids stay valid).
    if (this.runs.count > 1_000_000) this.runs = new Runs(this.words);
    this.ids.length = 0;
    this.recent[0] = this.recent[1] = this.recent[2] = -1;
    this.flip = 0;
    this.pending = 0;
    const state: WordState = { stance: 0, polarity: new Map(), heads: new Map() };
    if (text.includes('Σ')) {
      for (const w of foldText(text.replace(/n't\b/gi, ' not').replace(/[’']/g, '')).split(' ')) if (w) this.word(this.words.id(w), state);
    } else {
      const runs = this.runs;
      let start = -1;
      let h = 0;
      let h2 = 0;
      const n = text.length;
      for (let i = 0; i <= n; i++) {
        const c = i < n ? text.charCodeAt(i) : 32;
        if (isRunChar(c)) {
          if (start < 0) {
            start = i;
            h = 0x811c9dc5 | 0;
            h2 = 0x9747b28c | 0;
          }
          h = Math.imul(h ^ c, 16777619);
          h2 = Math.imul(h2 ^ c, 0x5bd1e995);
          h2 ^= h2 >>> 13;
        } else if (start >= 0) {
          const r = runs.lookup(text, start, i, h, h2);
          const one = runs.single(r);
          if (one >= 0) this.word(one, state);
          else if (one === -2) for (const w of runs.wordsOf(r)) this.word(w, state);
          start = -1;
        }
      }
    }
    const terms = Int32Array.from(this.ids).sort();
    for (const t of this.ids) this.seen[t] = 0;
    return { terms, stance: Math.sign(state.stance), polarity: state.polarity, heads: state.heads };
  }

  private word(w: number, state: WordState) {
    const { words, recent } = this;
    const prev = recent[2];
    const a = words.anto[w];
    if (a) {
      const group = (a - 1) >> 1;
      const sign = a & 1 ? 1 : -1;
      // "no more" is "less", and so is "don't want more".
      const negated = (prev >= 0 && (words.flags[prev] & NEGATION) !== 0) || this.flip > 0;
      state.polarity.set(group, (state.polarity.get(group) ?? 0) + (negated ? -sign : sign));
    }
    const stanceWord = (words.flags[w] & STANCE) !== 0;
    if (stanceWord) {
      let negated = false;
      for (const r of recent) if (r >= 0 && words.flags[r] & NEGATION) negated = true;
      state.stance += negated ? -1 : 1;
      this.flip = negated ? 2 : 0;
      this.pending = negated ? -1 : 1;
    } else if (this.flip > 0) this.flip--;
    const t = words.term[w];
    if (t >= 0) {
      if (t >= this.seen.length) this.seen = grow(this.seen, Math.max(t + 1, this.seen.length * 2));
      if (!this.seen[t]) {
        this.seen[t] = 1;
        this.ids.push(t);
      }
      if (this.pending !== 0 && !stanceWord && !a) {
        const old = state.heads.get(t);
        state.heads.set(t, old === undefined || old === this.pending ? this.pending : 0);
        this.pending = 0;
      }
    }
    recent[0] = recent[1];
    recent[1] = recent[2];
    recent[2] = w;
  }
}
