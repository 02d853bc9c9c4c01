/** The delimiters spreadsheets write: comma (most), semicolon (Excel in Spanish and other decimal-comma locales), tab ("Text" / TSV). */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

export const DELIMITER_NAMES: Record<CsvDelimiter, { en: string; es: string }> = {
  ',': { en: 'comma', es: 'coma' },
  ';': { en: 'semicolon', es: 'punto y coma' },
  '\t': { en: 'tab', es: 'tabulador' },
};

/**
 * Which delimiter a CSV uses, from its first records (up to 50 or 64 KB): the one that splits the
 * header into the most columns and gives the following records the same count, outside quotes.
 * Falls back to the comma when nothing splits (a one-column file).
 */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024);
  const counts: Record<CsvDelimiter, number>[] = [];
  let current: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let blank = true;
  for (let i = 0; i < sample.length && counts.length < 50; i++) {
    const c = sample[i];
    if (c === '"') {
      quoted = !quoted;
      blank = false;
    } else if (!quoted && (c === '\n' || c === '\r')) {
      if (!blank) counts.push(current);
      current = { ',': 0, ';': 0, '\t': 0 };
      blank = true;
    } else if (!quoted && (c === ',' || c === ';' || c === '\t')) {
      current[c]++;
      blank = false;
    } else if (c !== ' ') blank = false;
  }
  if (!blank && counts.length < 50) counts.push(current);
  if (counts.length === 0) return ',';
  let best: CsvDelimiter = ',';
  let bestScore = 0;
  for (const d of CSV_DELIMITERS) {
    const header = counts[0][d];
    if (header === 0) continue;
    const rest = counts.slice(1);
    const agree = rest.length === 0 ? 1 : rest.filter((r) => r[d] === header).length / rest.length;
    // Agreement matters most; among delimiters that agree as well, more columns wins.
    const score = agree * 1000 + Math.min(header, 999);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
