import type { Question } from '../../shared/model';
import { foldText } from '../../shared/logic/townhall/fold';
import { isStopword, normalizeWord, stem } from '../../shared/logic/townhall/similarity';

/**
 * THE PREVIOUS IMPLEMENTATION (string terms, full posting lists, Map weights), kept as the
 * benchmark's baseline and as a reference the new index is checked against in tests.
 *
 * Duplicate suggestions across languages, with less noise:
 * - each question is compared as its text and as its translation, against the other's text and
 *   translation: the pair's score is the best of the (up to four) comparisons, so a Spanish slip
 *   whose note-taker translation repeats an English question is found (field case 10);
 * - words weigh by their rarity in the town hall (IDF, `ln((N + 1) / df) + 1` over the questions
 *   of one town hall, a word counted once per question): the place name most questions share
 *   weighs little; the score is the weighted Jaccard of two stem sets (0 to 1);
 * - candidates never miss a pair scoring at or above the threshold: a weighted Jaccard of t or
 *   more needs shared weight ≥ t·W(a) (because S ≥ t(W(a) + W(b) − S) and W(b) ≥ S), so a pair
 *   must share one of a's rarest words whose weights add up past (1 − t)·W(a) (a prefix filter);
 *   each of those words' full posting lists is read, and every candidate is scored exactly;
 * - opposite opinions on the same subject are not offered: one asks for more, the other for less
 *   (antonym groups in English, Spanish and Polish: more/less, open/close, add/remove, allow/ban,
 *   support/oppose, increase/cut…), or one wants something and the other says it does not
 *   ("we want cameras" / "we don't want cameras": a negation within three words before a verb of
 *   wanting, needing or supporting). A question that merely contains "not" is not an opinion.
 * Profiles are cached per question text, so re-running as the list changes only reads new text.
 */

export interface DuplicateSuggestion {
  /** The question to keep: the one raised most, then the earlier one. */
  keepId: string;
  mergeId: string;
  score: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.45;

interface FieldProfile {
  terms: string[];
  stance: number;
  polarity: Map<number, number>;
  heads: Map<string, number>;
}
interface Profile {
  fields: FieldProfile[];
  terms: Set<string>;
}

const ANTONYMS: [string[], string[]][] = [
  [['more', 'mas', 'wiecej', 'extra', 'additional', 'adicional'], ['less', 'fewer', 'menos', 'mniej', 'no more']],
  [['increase', 'raise', 'expand', 'aumentar', 'aumenten', 'ampliar', 'zwiekszyc', 'zwiekszenie'], ['decrease', 'reduce', 'cut', 'cuts', 'reducir', 'reduzcan', 'recortar', 'recorten', 'disminuir', 'zmniejszyc', 'ograniczyc']],
  [['open', 'opening', 'reopen', 'abrir', 'abran', 'reabrir', 'otworzyc', 'otworzcie'], ['close', 'closing', 'shut', 'cerrar', 'cierren', 'zamknac', 'zamknijcie']],
  [['add', 'install', 'put', 'build', 'agregar', 'instalar', 'pongan', 'poner', 'construir', 'dodac', 'zainstalowac', 'postawic'], ['remove', 'take', 'tear', 'quitar', 'quiten', 'retirar', 'eliminar', 'usunac', 'zlikwidowac']],
  [['allow', 'permit', 'legalize', 'permitir', 'permitan', 'pozwolic', 'zezwolic'], ['ban', 'prohibit', 'forbid', 'prohibir', 'prohiban', 'zakazac', 'zabronic']],
  [['support', 'favor', 'apoyo', 'apoyamos', 'apoyar', 'popieram', 'popieramy'], ['oppose', 'against', 'contra', 'oponemos', 'oponer', 'przeciw', 'sprzeciwiamy']],
  [['keep', 'maintain', 'mantener', 'mantengan', 'conservar', 'utrzymac', 'zachowac'], ['end', 'stop', 'eliminate', 'terminar', 'acabar', 'detener', 'zakonczyc', 'zatrzymac']],
];
const ANTONYM_INDEX = new Map<string, [number, number]>();
ANTONYMS.forEach(([pos, neg], g) => {
  for (const w of pos) ANTONYM_INDEX.set(w, [g, 1]);
  for (const w of neg) ANTONYM_INDEX.set(w, [g, -1]);
});
const NEGATIONS = new Set(['not', 'no', 'dont', 'doesnt', 'never', 'nobody', 'nunca', 'ni', 'tampoco', 'nie', 'nigdy', 'without', 'sin', 'bez', 'cannot', 'wont', 'shouldnt']);
const STANCE_VERBS = new Set([
  'want', 'wants', 'need', 'needs', 'support', 'like', 'agree', 'approve', 'welcome',
  'quiero', 'queremos', 'quieren', 'necesitamos', 'necesito', 'apoyamos', 'gusta', 'aprobamos', 'acuerdo',
  'chce', 'chcemy', 'potrzebujemy', 'popieramy', 'zgadzamy', 'lubimy',
]);

function fieldProfile(text: string): FieldProfile {
  const words = foldText(text.replace(/n't\b/gi, ' not').replace(/[’']/g, '')).split(' ').filter(Boolean);
  const terms = new Set<string>();
  let stance = 0;
  const polarity = new Map<number, number>();
  const heads = new Map<string, number>();
  // The last stance verb's position and sign (its object's head is the first term after it).
  let verbAt = -10;
  let verbNegated = false;
  let pending = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const anto = ANTONYM_INDEX.get(w);
    // "no more" is "less", and so is "don't want more" (the antonym one or two words after a negated stance verb).
    if (anto) {
      const negated = (i > 0 && NEGATIONS.has(words[i - 1])) || (verbNegated && i - verbAt <= 2);
      polarity.set(anto[0], (polarity.get(anto[0]) ?? 0) + (negated ? -anto[1] : anto[1]));
    }
    const isVerb = STANCE_VERBS.has(w);
    if (isVerb) {
      const negated = words.slice(Math.max(0, i - 3), i).some((x) => NEGATIONS.has(x));
      stance += negated ? -1 : 1;
      verbAt = i;
      verbNegated = negated;
      pending = negated ? -1 : 1;
    }
    const n = normalizeWord(w);
    if (n.length > 1 && !isStopword(n) && !/^\d+$/.test(n)) {
      const term = stem(n);
      terms.add(term);
      if (pending !== 0 && !isVerb && !anto) {
        const old = heads.get(term);
        heads.set(term, old === undefined || old === pending ? pending : 0);
        pending = 0;
      }
    }
  }
  return { terms: [...terms], stance: Math.sign(stance), polarity, heads };
}

const cache = new Map<string, FieldProfile>();
function cachedField(text: string): FieldProfile {
  let p = cache.get(text);
  if (!p) {
    p = fieldProfile(text);
    if (cache.size > 20_000) cache.clear();
    cache.set(text, p);
  }
  return p;
}

function profileOfQuestion(q: Pick<Question, 'text' | 'translation'>): Profile {
  const fields = [cachedField(q.text)];
  if (q.translation.trim() && q.translation.trim() !== q.text.trim()) fields.push(cachedField(q.translation));
  const terms = new Set<string>();
  for (const f of fields) for (const t of f.terms) terms.add(t);
  return { fields, terms };
}

/** Opposite opinions on the same subject: an antonym group pulling the two ways, or wanting against not wanting. */
export function opposite(a: FieldProfile, b: FieldProfile): boolean {
  if (a.stance * b.stance < 0) return true;
  for (const [g, v] of a.polarity) {
    const w = b.polarity.get(g);
    if (w !== undefined && Math.sign(v) * Math.sign(w) < 0) return true;
  }
  for (const [t, v] of a.heads) {
    const w = b.heads.get(t);
    if (w !== undefined && v * w < 0) return true;
  }
  return false;
}

/** Weighted Jaccard of two term lists (each without repeats) under `weight`. */
function weightedJaccard(a: string[], b: string[], weight: (t: string) => number, bSet?: Set<string>): number {
  const set = bSet ?? new Set(b);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of a) {
    const w = weight(t);
    wa += w;
    if (set.has(t)) shared += w;
  }
  for (const t of b) wb += weight(t);
  const union = wa + wb - shared;
  return union > 0 ? shared / union : 0;
}

/** The best comparison of two questions' fields, and whether those fields are opposite opinions. */
function compare(a: Profile, b: Profile, weight: (t: string) => number): { score: number; opposite: boolean } {
  let best = 0;
  let opp = false;
  for (const fa of a.fields) {
    for (const fb of b.fields) {
      const s = weightedJaccard(fa.terms, fb.terms, weight);
      if (s > best) {
        best = s;
        opp = opposite(fa, fb);
      }
    }
  }
  return { score: best, opposite: opp };
}

/** 0 to 1: how alike two questions are (text and translation), weighted by `weight` (1 for every word when omitted). */
export function questionSimilarity(a: Pick<Question, 'text' | 'translation'>, b: Pick<Question, 'text' | 'translation'>, weight: (t: string) => number = () => 1) {
  return compare(profileOfQuestion(a), profileOfQuestion(b), weight);
}

/**
 * Pairs of open (not merged) questions of the same town hall that probably ask the same thing,
 * best first, opposite opinions left out. Exact: every pair scoring ≥ threshold is found.
 */
export function suggestDuplicates(
  questions: readonly Question[],
  raised: ReadonlyMap<string, number>,
  opts: { threshold?: number; limit?: number; dismissed?: ReadonlySet<string> } = {},
): DuplicateSuggestion[] {
  const threshold = opts.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const out: DuplicateSuggestion[] = [];
  const byTownHall = new Map<string, Question[]>();
  for (const q of questions) {
    if (q.status === 'merged') continue;
    let list = byTownHall.get(q.townhallId);
    if (!list) byTownHall.set(q.townhallId, (list = []));
    list.push(q);
  }
  for (const open of byTownHall.values()) {
    const profiles = open.map(profileOfQuestion);
    const df = new Map<string, number>();
    for (const p of profiles) for (const t of p.terms) df.set(t, (df.get(t) ?? 0) + 1);
    const n = open.length;
    const weights = new Map<string, number>();
    for (const [t, d] of df) weights.set(t, Math.log((n + 1) / d) + 1);
    const weight = (t: string) => weights.get(t) ?? 1;
    // Posting lists: question indexes per term.
    const postings = new Map<string, number[]>();
    profiles.forEach((p, i) => {
      for (const t of p.terms) {
        let list = postings.get(t);
        if (!list) postings.set(t, (list = []));
        list.push(i);
      }
    });
    const seen = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const touched: number[] = [];
      for (const f of profiles[i].fields) {
        // The field's rarest terms until what is left weighs less than threshold × its weight.
        const sorted = f.terms.slice().sort((x, y) => weight(y) - weight(x));
        let total = 0;
        for (const t of sorted) total += weight(t);
        let rest = total;
        for (const t of sorted) {
          if (rest < threshold * total) break;
          rest -= weight(t);
          for (const j of postings.get(t)!) {
            if (j <= i || seen[j]) continue;
            seen[j] = 1;
            touched.push(j);
          }
        }
      }
      for (const j of touched) {
        seen[j] = 0;
        const { score, opposite: opp } = compare(profiles[i], profiles[j], weight);
        if (score < threshold || opp) continue;
        const [keep, merge] = keepFirst(open[i], open[j], raised);
        if (opts.dismissed?.has(pairKey(keep.id, merge.id))) continue;
        out.push({ keepId: keep.id, mergeId: merge.id, score });
      }
    }
  }
  out.sort((x, y) => y.score - x.score);
  return opts.limit ? out.slice(0, opts.limit) : out;
}

function keepFirst(a: Question, b: Question, raised: ReadonlyMap<string, number>): [Question, Question] {
  const ra = raised.get(a.id) ?? 1;
  const rb = raised.get(b.id) ?? 1;
  if (ra !== rb) return ra > rb ? [a, b] : [b, a];
  return a.number <= b.number ? [a, b] : [b, a];
}

/** The same two questions in either order. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
