import Papa from 'papaparse';
import type { AreaImportRowError, MessageParams } from '../model';

export interface ParsedArea {
  number: number;
  name: string;
  priority: boolean;
}

const rowError = (line: number, key: string, params: MessageParams, message: string): AreaImportRowError => ({ line, message, key: `areas.${key}`, params });

const HEADER_ALIASES: Record<'number' | 'name' | 'priority', string[]> = {
  number: ['number', 'area_number', 'area number', 'no', 'id', 'número', 'numero'],
  name: ['name', 'area', 'area_name', 'area name', 'community', 'community area', 'nombre'],
  priority: ['priority', 'prioridad'],
};

const TRUE_WORDS = new Set(['1', 'true', 'yes', 'y', 'x', 'priority', 'sí', 'si']);
const FALSE_WORDS = new Set(['', '0', 'false', 'no', 'n']);

function findColumn(headers: string[], key: keyof typeof HEADER_ALIASES): number {
  const wanted = HEADER_ALIASES[key];
  return headers.findIndex((h) => wanted.includes(h.normalize('NFC').trim().toLowerCase()));
}

/**
 * Reads a community-area list: a header row with `number` and `name` (optional `priority`),
 * one area per row. Pure: every problem is reported by line, nothing is guessed.
 */
export function parseAreasCsv(text: string, delimiter = ','): { areas: ParsedArea[]; errors: AreaImportRowError[] } {
  const errors: AreaImportRowError[] = [];
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy', delimiter });
  const rows = parsed.data;
  if (rows.length === 0) {
    errors.push(rowError(1, 'csv.empty', {}, 'The file is empty: expected a header row with number and name.'));
    return { areas: [], errors };
  }
  const headers = rows[0].map(String);
  const numberCol = findColumn(headers, 'number');
  const nameCol = findColumn(headers, 'name');
  const priorityCol = findColumn(headers, 'priority');
  if (numberCol < 0 || nameCol < 0) {
    const missing = [numberCol < 0 ? 'number' : null, nameCol < 0 ? 'name' : null].filter(Boolean).join(' and ');
    const found = headers.join(', ') || '(nothing)';
    errors.push(rowError(1, 'csv.missingColumn', { missing, found }, `Missing column ${missing}. The header row has: ${found}.`));
    return { areas: [], errors };
  }
  for (const e of parsed.errors) {
    if (e.code === 'MissingQuotes' || e.code === 'InvalidQuotes') {
      errors.push(rowError((e.row ?? 0) + 1, 'csv.unclosedQuote', {}, 'A quoted value is not closed.'));
    }
  }

  // Papa's row index counts records, not lines: track the physical line of each record.
  const areas: ParsedArea[] = [];
  const seenNumbers = new Map<number, number>();
  const seenNames = new Map<string, number>();
  for (let r = 1; r < rows.length; r++) {
    const line = r + 1;
    const row = rows[r].map((c) => String(c ?? ''));
    const rawNumber = (row[numberCol] ?? '').trim();
    const name = (row[nameCol] ?? '').normalize('NFC').trim().replace(/\s+/g, ' ');
    const rawPriority = priorityCol >= 0 ? (row[priorityCol] ?? '').trim().toLowerCase() : '';
    const number = Number(rawNumber);
    if (!/^\d+$/.test(rawNumber) || number < 1 || number > 100000) {
      const value = rawNumber.slice(0, 40);
      errors.push(rowError(line, 'csv.badNumber', { value }, `number "${value}" is not a whole number from 1 to 100000.`));
      continue;
    }
    if (!name) {
      errors.push(rowError(line, 'csv.noName', { number }, `Area ${number} has no name.`));
      continue;
    }
    if (name.length > 200) {
      errors.push(rowError(line, 'csv.nameTooLong', { number }, `Area ${number}: the name is longer than 200 characters.`));
      continue;
    }
    if (!TRUE_WORDS.has(rawPriority) && !FALSE_WORDS.has(rawPriority)) {
      const value = rawPriority.slice(0, 40);
      errors.push(rowError(line, 'csv.badPriority', { number, value }, `Area ${number}: priority "${value}" should be yes or no.`));
      continue;
    }
    const dupNumber = seenNumbers.get(number);
    if (dupNumber) {
      errors.push(rowError(line, 'csv.duplicateNumber', { number, other: dupNumber }, `Area number ${number} is already used on line ${dupNumber}.`));
      continue;
    }
    const key = name.toLocaleLowerCase();
    const dupName = seenNames.get(key);
    if (dupName) {
      errors.push(rowError(line, 'csv.duplicateName', { name, other: dupName }, `The name "${name}" is already used on line ${dupName}.`));
      continue;
    }
    seenNumbers.set(number, line);
    seenNames.set(key, line);
    areas.push({ number, name, priority: TRUE_WORDS.has(rawPriority) });
  }
  if (areas.length === 0 && errors.length === 0) {
    errors.push(rowError(2, 'csv.noRows', {}, 'The file has a header row but no areas.'));
  }
  return { areas, errors };
}
