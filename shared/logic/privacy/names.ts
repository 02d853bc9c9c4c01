import type { FoldedText } from './folded';
import { isFirstName, isHonorificWord, isLastName, isOrdinaryWord as isOrdinary, STOPWORDS } from './name-lexicon';

/**
 * Person names in what a resident said, in any case and with or without accents:
 * 1. after a self-introduction at any point of a sentence: "My name is…", "I'm…", "This is…",
 *    "Me llamo…", "Mi nombre es…", "Soy…", "Nazywam się…", "Mam na imię…", "Jestem…", and the
 *    same in Portuguese, French, Italian, German, Tagalog and Vietnamese. Strong introductions
 *    ("my name is") take whatever word follows; weak ones ("I'm", "soy", "jestem") only a word
 *    that is a known given name, or a capitalized word that is not an ordinary word ("I'm
 *    worried", "soy madre" stay);
 * 2. after a relative or neighbour and "named": "my son Jamal", "mi vecina Rosa", "a man named Tony";
 * 3. after an honorific: "Mr. Lopez", "Sra. Gómez", "Pani Kowalska", "Officer Smith";
 * 4. a known given name written as a name (capitalized in mixed-case text, or followed by a known
 *    family name in any case: "maria lopez"), unless a place word follows ("Grant Park");
 * 5. a signature: "Thanks, Maria", "Gracias, Rosa I.", "— Jordan" at the end.
 * A name runs on over following words that are capitalized, known names, or (in text typed all
 * in one case) not ordinary words, up to four words. Linear: one pass over the words, a hash
 * lookup per word. `places` (folded words of the workspace's area and place names: "pilsen",
 * "englewood") are ordinary words here. Returns [start, end) ranges in the folded text.
 */

interface Token {
  start: number;
  end: number;
  word: string;
  capital: boolean;
}

const STRONG_INTROS = [
  // English
  'my name is', "my name's", 'my names', 'name is', 'my full name is', 'call me', 'named', 'by the name of', 'signed', 'sincerely', 'regards',
  // Spanish
  'mi nombre es', 'me llamo', 'se llama', 'llamado', 'llamada', 'de nombre', 'atentamente', 'firmado', 'firma', 'mi nombre',
  // Polish
  'nazywam sie', 'mam na imie', 'na imie mam', 'o imieniu', 'imieniem', 'nazywa sie', 'z powazaniem', 'pozdrawiam',
  // Portuguese, French, Italian, German, Tagalog, Vietnamese
  'meu nome e', 'je m\'appelle', 'je mappelle', 'mon nom est', 'mi chiamo', 'il mio nome e', 'ich heisse', 'mein name ist', 'ang pangalan ko ay', 'pangalan ko ay', 'ako si', 'ten toi la', 'toi ten',
];
const WEAK_INTROS = [
  "i'm", 'im', 'i am', 'this is', "it's", 'its', 'it is', 'here is', "here's", 'thanks', 'thank you',
  'soy', 'yo soy', 'habla', 'le habla', 'gracias', 'saludos',
  'jestem', 'tu', 'z tej strony', 'mowi', 'dziekuje', 'dzieki',
  'sou', 'eu sou', 'je suis', 'sono', 'ich bin',
];
const RELATIVES = [
  'son', 'daughter', 'husband', 'wife', 'brother', 'sister', 'mother', 'father', 'mom', 'dad', 'grandson', 'granddaughter', 'grandma', 'grandpa', 'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'neighbor', 'neighbour', 'friend', 'boyfriend', 'girlfriend', 'partner', 'kid', 'child', 'landlord', 'tenant', 'roommate', 'coworker',
  'hijo', 'hija', 'esposo', 'esposa', 'marido', 'hermano', 'hermana', 'madre', 'padre', 'mama', 'papa', 'nieto', 'nieta', 'sobrino', 'sobrina', 'primo', 'prima', 'tio', 'tia', 'vecino', 'vecina', 'amigo', 'amiga', 'novio', 'novia', 'abuela', 'abuelo', 'casero', 'casera', 'companero', 'companera',
  'syn', 'corka', 'coreczka', 'synek', 'maz', 'zona', 'brat', 'siostra', 'matka', 'ojciec', 'wnuk', 'wnuczka', 'sasiad', 'sasiadka', 'kolega', 'kolezanka', 'przyjaciel', 'przyjaciolka', 'wujek', 'ciocia', 'kuzyn', 'kuzynka', 'tata',
];
const POSSESSIVES = ['my', 'our', 'mi', 'mis', 'nuestro', 'nuestra', 'moj', 'moja', 'mojego', 'mojej', 'moim', 'moja', 'nasz', 'nasza', 'his', 'her', 'their', 'su', 'a', 'the', 'el', 'la'];
const HONORIFICS = [
  'mr', 'mrs', 'ms', 'miss', 'mister', 'dr', 'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'don', 'dona', 'pan', 'pani', 'panna', 'panu', 'pana', 'pania',
  'officer', 'ofc', 'sgt', 'sergeant', 'detective', 'det', 'lt', 'lieutenant', 'oficial', 'agente', 'profe', 'profesor', 'profesora', 'maestra', 'maestro', 'coach', 'pastor', 'father', 'padre', 'sister', 'hermana', 'brother', 'ksiadz',
];
// Words after a given name that make it a place, school or street ("Grant Park", "Maria Saucedo Academy").
const PLACE_WORDS = new Set(
  ('park parks school elementary high middle academy college university library center centre hospital clinic church parish street st avenue ave av road rd boulevard blvd drive dr lane ln ' +
    'court ct place pl way terrace highway expressway station field fields beach pool homes apartments towers plaza square playground gardens garden community ' +
    'district ward village heights hills manor lake river bridge foundation fund association club house hall market store shop restaurant cafe ' +
    'parque escuela colegio biblioteca centro hospital clinica iglesia calle avenida plaza jardin mercado tienda puente ' +
    'szkola park ulica ulicy aleja kosciol szpital plac osiedle').split(' '),
);
const SENTENCE_END = /[.!?¡¿\n]/;
// Given names that are also everyday English words, months or virtues.
const AMBIGUOUS_FIRST = new Set(
  ('mark grant chase hope faith joy grace will may june april august summer autumn dawn rose ray bob art pat jack sue guy lane dale glen wade drew bill gene jean iris ivy holly ' +
    'crystal amber ruby pearl max sunny sky rich frank earnest miles price cash christian king lee young brown green white black page love hunter chance justice destiny ' +
    'unique precious major royal sterling angel star storm river rain hunter penny joy sandy rusty jewel harmony melody patience trinity sol luz paz rocio').split(' '),
);
// Words that end a name typed in one case ("my name is rosa please fix…", "me llamo jose y quiero…").
const CONTINUATION = new Set(
  ('please when where why how what who which can could would will want need needs live lives living am is are was have has had from and but so because about ' +
    'por favor cuando donde porque como que quien quiero quisiera necesito vivo tengo soy estoy y pero ' +
    'prosze kiedy gdzie dlaczego jak co kto chce chcialbym chcialabym potrzebuje mieszkam mam jestem i ale').split(' '),
);

const phrase = (list: string[]) =>
  list
    .slice()
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "[']?" : `\\${c}`)).replace(/ /g, '\\s+'))
    .join('|');
const STRONG_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrase(STRONG_INTROS)})(?![\\p{L}\\p{N}])`, 'gu');
const WEAK_RE = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${phrase(WEAK_INTROS)})(?![\\p{L}\\p{N}])`, 'gu');
const RELATIVE_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrase(POSSESSIVES)})\\s+(?:${phrase(RELATIVES)})(?![\\p{L}\\p{N}])`, 'gu');
const HONORIFIC_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrase(HONORIFICS)})\\.?(?![\\p{L}\\p{N}])`, 'gu');
const TOKEN_RE = /[\p{L}][\p{L}\p{M}'-]*/gu;

function tokenize(f: FoldedText): Token[] {
  const out: Token[] = [];
  for (const m of f.folded.matchAll(TOKEN_RE)) {
    let word = m[0];
    while (word.endsWith("'") || word.endsWith('-')) word = word.slice(0, -1);
    const first = f.original[f.origin[m.index]] ?? '';
    out.push({ start: m.index, end: m.index + word.length, word, capital: /\p{Lu}/u.test(first) });
  }
  return out;
}

/** Index of the first token starting at or after `pos`. */
function tokenAt(tokens: Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findNames(f: FoldedText, places: ReadonlySet<string> = new Set()): [number, number][] {
  const text = f.folded;
  const isOrdinaryWord = (w: string) => places.has(w) || isOrdinary(w);
  const tokens = tokenize(f);
  if (tokens.length === 0) return [];
  const hasUpper = /\p{Lu}/u.test(f.original);
  const hasLower = /\p{Ll}/u.test(f.original);
  // In text typed all in one case, capitals say nothing.
  const caseInformative = hasUpper && hasLower;
  const found: [number, number][] = [];
  const gapIs = (from: number, to: number, allowed: RegExp) => allowed.test(text.slice(from, to));
  const nameLike = (t: Token) => !STOPWORDS.has(t.word) && (isFirstName(t.word) || isLastName(t.word) || (caseInformative ? t.capital && !isOrdinaryWord(t.word) : !isOrdinaryWord(t.word)));

  /**
   * Extends a name that starts at token i over the name-like words right after it. `greedy`
   * (after "my name is" in text typed all in one case) takes any word that is not a function word.
   */
  const extend = (i: number, greedy = false): number => {
    let last = i;
    for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
      if (!gapIs(tokens[j - 1].end, tokens[j].start, /^\s{1,3}$|^\.\s?$|^-$/)) break;
      const t = tokens[j];
      // Particles inside family names: "de la Cruz", "van der Berg", when a capitalized word follows.
      if (['de', 'del', 'la', 'las', 'los', 'van', 'von', 'der', 'da', 'di', 'y'].includes(t.word) && caseInformative) {
        const next = tokens[j + 1];
        if (next && next.capital && !isOrdinaryWord(next.word) && gapIs(t.end, next.start, /^\s{1,3}$/)) continue;
        break;
      }
      if (PLACE_WORDS.has(t.word)) return -1;
      const ok = caseInformative
        ? t.capital && !STOPWORDS.has(t.word) && (!isOrdinaryWord(t.word) || isLastName(t.word))
        : !STOPWORDS.has(t.word) && !CONTINUATION.has(t.word) && (greedy || isLastName(t.word) || !isOrdinaryWord(t.word));
      if (!ok) break;
      last = j;
    }
    // A single initial after the name ("Rosa I.") is part of it.
    const after = tokens[last + 1];
    if (after && after.word.length === 1 && gapIs(tokens[last].end, after.start, /^\s$/) && text[after.end] === '.') return last + 1;
    return last;
  };
  const add = (i: number, j: number) => {
    const end = tokens[j].word.length === 1 && text[tokens[j].end] === '.' ? tokens[j].end + 1 : tokens[j].end;
    found.push([tokens[i].start, end]);
  };
  const afterTrigger = (end: number): number => {
    const i = tokenAt(tokens, end);
    if (i >= tokens.length) return -1;
    return gapIs(end, tokens[i].start, /^[\s:,"'“”-]{0,4}$/) ? i : -1;
  };

  for (const m of text.matchAll(STRONG_RE)) {
    const i = afterTrigger(m.index + m[0].length);
    if (i < 0) continue;
    const t = tokens[i];
    if (STOPWORDS.has(t.word) || (isOrdinaryWord(t.word) && !(caseInformative && t.capital) && !isFirstName(t.word))) continue;
    const j = extend(i, true);
    if (j >= 0) add(i, j);
  }
  for (const m of text.matchAll(WEAK_RE)) {
    const i = afterTrigger(m.index + m[0].length);
    if (i < 0) continue;
    const t = tokens[i];
    if (STOPWORDS.has(t.word)) continue;
    const known = isFirstName(t.word) && (!isOrdinaryWord(t.word) || (caseInformative && t.capital));
    const capitalUnknown = caseInformative && t.capital && !isOrdinaryWord(t.word) && !PLACE_WORDS.has(t.word);
    if (!known && !capitalUnknown) continue;
    const j = extend(i);
    if (j >= 0) add(i, j);
  }
  for (const m of text.matchAll(RELATIVE_RE)) {
    let i = afterTrigger(m.index + m[0].length);
    if (i < 0) continue;
    if (['named', 'llamado', 'llamada', 'o imieniu'].includes(tokens[i].word)) i++;
    const t = tokens[i];
    if (!t || STOPWORDS.has(t.word)) continue;
    if (!((caseInformative && t.capital && !isOrdinaryWord(t.word)) || (isFirstName(t.word) && !isOrdinaryWord(t.word)))) continue;
    const j = extend(i);
    if (j >= 0) add(i, j);
  }
  for (const m of text.matchAll(HONORIFIC_RE)) {
    const i = afterTrigger(m.index + m[0].length);
    if (i < 0) continue;
    const t = tokens[i];
    const word = m[0].replace(/\.$/, '');
    const strongHonorific = isHonorificWord(word) || m[0].endsWith('.');
    const ok = !STOPWORDS.has(t.word) && (caseInformative ? t.capital && (!isOrdinaryWord(t.word) || isLastName(t.word)) : isLastName(t.word) || isFirstName(t.word) || (strongHonorific && !isOrdinaryWord(t.word)));
    if (!ok) continue;
    const j = extend(i);
    if (j >= 0) add(i, j);
  }
  // Known given names standing as names.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isFirstName(t.word)) continue;
    const next = tokens[i + 1];
    const nextAdjacent = next && gapIs(t.end, next.start, /^\s{1,3}$/);
    if (nextAdjacent && PLACE_WORDS.has(next.word)) continue;
    const prev = tokens[i - 1];
    if (prev && gapIs(prev.end, t.start, /^\s{1,3}$/) && PLACE_WORDS.has(prev.word)) continue; // "parque Maria", "calle Rosa"
    const pairedWithSurname = nextAdjacent && isLastName(next.word) && !STOPWORDS.has(next.word);
    let standsAsName = false;
    if (caseInformative) {
      if (t.capital && !isOrdinaryWord(t.word)) {
        const sentenceStart = i === 0 || SENTENCE_END.test(text.slice(tokens[i - 1].end, t.start));
        // At a sentence start a capital says nothing: a given name that is also a common word
        // ("Mark my words", "Grant money") needs a surname or another capitalized word after it.
        standsAsName = !sentenceStart || !AMBIGUOUS_FIRST.has(t.word) || (nextAdjacent && next.capital && !isOrdinaryWord(next.word)) || pairedWithSurname;
      } else if (t.capital && pairedWithSurname && next.capital) standsAsName = true;
    } else standsAsName = pairedWithSurname && !isOrdinaryWord(t.word);
    if (!standsAsName) continue;
    const j = extend(i);
    if (j >= 0) {
      add(i, j);
      i = j;
    }
  }
  // A signature: a dash and a capitalized name ending the text ("— Jordan F.").
  const sig = /(?:^|\s)-{1,2}\s*([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*\.?){0,2})\s*[.!]?\s*$/u.exec(text.slice(Math.max(0, text.length - 80)));
  if (sig) {
    const base = Math.max(0, text.length - 80) + sig.index + sig[0].indexOf(sig[1]);
    const i = tokenAt(tokens, base);
    if (i < tokens.length && tokens[i].capital && !STOPWORDS.has(tokens[i].word) && (!isOrdinaryWord(tokens[i].word) || isFirstName(tokens[i].word))) {
      const j = extend(i);
      if (j >= 0) add(i, j);
    }
  }
  return found;
}
