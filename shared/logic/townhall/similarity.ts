import { eng, spa } from 'stopword';
import type { Question } from '../../model';
import { foldText } from './fold';

/**
 * Duplicate suggestions from local text similarity, for English and Spanish alike: words are folded
 * (accents, case), stopwords of both languages dropped, reduced to a short stem, and compared as
 * sets; character trigrams of the same words catch typos and split or joined words
 * ("streetlights" / "street lights").
 */

// The package's Spanish list is short; these are frequent in spoken questions and carry no topic.
const EXTRA_STOPWORDS = [
  'es', 'esta', 'estan', 'son', 'hay', 'va', 'van', 'vamos', 'puede', 'pueden', 'hacer', 'hace', 'han', 'ha', 'fue',
  'como', 'que', 'cuando', 'donde', 'porque', 'por', 'para', 'nuestro', 'nuestra', 'nuestros', 'nuestras', 'este', 'esto', 'estos', 'estas',
  'will', 'would', 'can', 'could', 'should', 'get', 'got', 'going', 'do', 'does', 'did', 'what', 'when', 'where', 'why', 'how', 'who',
  'our', 'we', 'us', 'they', 'them', 'there', 'here', 'anything', 'something', 'please', 'about',
];
const STOPWORDS = new Set([...eng, ...spa, ...EXTRA_STOPWORDS].map(foldText));

const SUFFIXES = ['aciones', 'iciones', 'amente', 'imiento', 'mientos', 'ciones', 'mente', 'acion', 'icion', 'cion', 'idades', 'idad', 'ings', 'ing', 'ness', 'ment', 'edly', 'ed', 'es', 's'];

/** A light stem for English and Spanish words: common suffixes off, then the first six letters. */
export function stem(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w.slice(0, 6);
}

export interface TextProfile {
  stems: Set<string>;
  trigrams: Set<string>;
}

// Street abbreviations residents and note-takers use interchangeably with the full word.
// A Map, not an object: "constructor" or "toString" typed by a resident is a word, not a method.
const ABBREVIATIONS = new Map(Object.entries({ st: 'street', ave: 'avenue', av: 'avenida', blvd: 'boulevard', hwy: 'highway', cpd: 'police' }));

/** A folded word with street abbreviations spelled out ("st" → "street"). */
export function normalizeWord(w: string): string {
  return ABBREVIATIONS.get(w) ?? w;
}

/** A function word of English or Spanish (folded), carrying no topic. */
export function isStopword(w: string): boolean {
  return STOPWORDS.has(w);
}

export function profileOf(text: string): TextProfile {
  const words = foldText(text)
    .split(' ')
    .map((w) => ABBREVIATIONS.get(w) ?? w)
    // Bare numbers (phone digits, counts) say little about the topic; "63rd" and "26th" stay.
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w));
  const stems = new Set(words.map(stem));
  const joined = words.join('');
  const trigrams = new Set<string>();
  for (let i = 0; i + 3 <= joined.length && trigrams.size < 2000; i++) trigrams.add(joined.slice(i, i + 3));
  return { stems, trigrams };
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** 0 (nothing in common) to 1 (same words). */
export function similarity(a: TextProfile, b: TextProfile): number {
  return 0.5 * jaccard(a.stems, b.stems) + 0.5 * dice(a.trigrams, b.trigrams);
}

export function textSimilarity(a: string, b: string): number {
  return similarity(profileOf(a), profileOf(b));
}
