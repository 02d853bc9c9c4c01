/**
 * Builds `shared/logic/privacy/name-lexicon.data.json` from compromise's English lexicon: which
 * words are given names, family names, honorifics, and which are ordinary words. compromise takes
 * hundreds of milliseconds to load (it unpacks and conjugates its whole lexicon), too slow for the
 * renderer's start and every worker, so the name lookup ships the derived lists instead.
 * `npm run privacy:lexicon` rewrites the file; `tests/unit/privacy/lexicon.test.ts` checks it is
 * current with the installed compromise.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';

export const LEXICON_FILE = fileURLToPath(new URL('../../shared/logic/privacy/name-lexicon.data.json', import.meta.url));

const fold = (w: string) => w.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

export function buildNameLexicon(): { source: string; first: string[]; last: string[]; honorific: string[]; ordinary: string[] } {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const first = new Set<string>();
  const last = new Set<string>();
  const honorific = new Set<string>();
  const ordinary = new Set<string>();
  for (const [word, value] of Object.entries(lexicon)) {
    if (!/^[\p{L}'-]+$/u.test(word)) continue;
    const w = fold(word);
    const tags = Array.isArray(value) ? value : [value];
    const isFirst = tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'Person');
    if (isFirst) first.add(w);
    if (tags.includes('LastName')) last.add(w);
    if (tags.includes('Honorific')) honorific.add(w);
    if (!isFirst && !tags.includes('LastName')) ordinary.add(w);
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return { source: `compromise ${(nlp as unknown as { version: string }).version} lexicon`, first: sorted(first), last: sorted(last), honorific: sorted(honorific), ordinary: sorted(ordinary) };
}

export function serialize(lex: ReturnType<typeof buildNameLexicon>): string {
  return `${JSON.stringify(lex)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const next = serialize(buildNameLexicon());
  let current = '';
  try {
    current = readFileSync(LEXICON_FILE, 'utf8');
  } catch {
    /* first run */
  }
  if (current === next) console.log('name lexicon is current');
  else {
    writeFileSync(LEXICON_FILE, next);
    console.log(`wrote ${LEXICON_FILE} (${next.length.toLocaleString('en-US')} bytes)`);
  }
}
