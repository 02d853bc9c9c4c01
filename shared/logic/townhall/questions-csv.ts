import Papa from 'papaparse';
import type { Area, Question, Topic } from '../../model';
import { QUESTION_MAX_CHARS } from '../../model';
import { redactForPublic, type PublicInput } from '../privacy/public-view';
import { foldText } from './fold';

/** The fields a paper-slip CSV can fill; only the question text is required. */
export const CSV_FIELDS = ['text', 'topic', 'area', 'department', 'language', 'askedBy', 'meToo', 'translation'] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Field → the header of the column that fills it (absent: not imported). */
export type CsvMapping = Partial<Record<CsvField, string>>;

const HEADER_GUESSES: Record<CsvField, string[]> = {
  text: ['text', 'question', 'questions', 'concern', 'pregunta', 'preguntas', 'texto', 'inquietud', 'comentario', 'comment'],
  topic: ['topic', 'theme', 'tema', 'category', 'categoria'],
  area: ['area', 'community area', 'neighborhood', 'area comunitaria', 'barrio', 'vecindario', 'comunidad'],
  department: ['department', 'dept', 'departamento', 'agency', 'agencia', 'for'],
  language: ['language', 'lang', 'idioma', 'lengua'],
  askedBy: ['name', 'asked by', 'resident', 'nombre', 'quien pregunta', 'residente'],
  meToo: ['me too', 'metoo', 'votes', 'raised hands', 'count', 'yo tambien', 'votos', 'manos'],
  translation: ['translation', 'traduccion'],
};

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  /** Problems with the file as a whole (encoding, no header, no rows). */
  fileErrors: string[];
}

/** Reads CSV text: a BOM is dropped, quoted newlines kept, delimiter as given or detected (comma, semicolon or tab). */
export function readCsv(csv: string, delimiter?: string): ParsedCsv {
  const text = csv.replace(/^\uFEFF/, '');
  const fileErrors: string[] = [];
  if (text.includes('\uFFFD')) fileErrors.push('The file contains characters that could not be read: save it as UTF-8 (CSV UTF-8 in Excel) and try again.');
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, ...(delimiter ? { delimiter } : { delimitersToGuess: [',', ';', '\t'] }) });
  // Blank rows are kept as empty arrays so every row keeps its number (a spreadsheet's row number).
  const data = result.data.map((cells) => (cells.every((c) => c.trim() === '') ? [] : cells));
  while (data.length > 0 && data[data.length - 1].length === 0) data.pop();
  const [header, ...rows] = data;
  const headers = (header ?? []).map((h) => h.trim());
  if (headers.length === 0 || headers.every((h) => h === '')) fileErrors.push('The file is empty: the first line must name the columns.');
  else if (rows.every((r) => r.length === 0)) fileErrors.push('The file has a header line but no questions.');
  for (const e of result.errors) if (e.type === 'Quotes') fileErrors.push(`Row ${(e.row ?? 0) + 1}: a quoted cell is not closed.`);
  return { headers, rows, fileErrors };
}

/** Maps each field to the first header that looks like it (English or Spanish). */
export function guessMapping(headers: readonly string[]): CsvMapping {
  const mapping: CsvMapping = {};
  const folded = headers.map((h) => foldText(h));
  for (const field of CSV_FIELDS) {
    const i = folded.findIndex((h) => HEADER_GUESSES[field].includes(h));
    if (i !== -1 && !Object.values(mapping).includes(headers[i])) mapping[field] = headers[i];
  }
  return mapping;
}

export interface CsvQuestionRow {
  line: number;
  text: string;
  topicId: string | null;
  areaId: string | null;
  department: string | null;
  language: string | null;
  askedBy: string | null;
  meToo: number;
  translation: string;
}

export interface CsvImportCheck {
  rows: CsvQuestionRow[];
  errors: { line: number; message: string }[];
}

function findTopic(topics: readonly Topic[], value: string): Topic | undefined {
  const v = foldText(value);
  return topics.find((t) => [t.code, t.name.en, t.name.es].some((n) => foldText(n) === v));
}

function findArea(areas: readonly Area[], value: string): Area | undefined {
  const v = value.trim();
  if (/^\d+$/.test(v)) return areas.find((a) => a.number === Number(v));
  return areas.find((a) => foldText(a.name) === foldText(v));
}

/**
 * Checks every row against the mapping; returns the questions or every row's problem. Numbers are
 * spreadsheet rows: the header is row 1, a cell with a quoted newline stays one row, blank rows count.
 */
export function checkQuestionsCsv(parsed: ParsedCsv, mapping: CsvMapping, lookups: { topics: readonly Topic[]; areas: readonly Area[] }): CsvImportCheck {
  const errors: CsvImportCheck['errors'] = parsed.fileErrors.map((message) => ({ line: 1, message }));
  const rows: CsvQuestionRow[] = [];
  if (!mapping.text) errors.push({ line: 1, message: 'Choose the column that holds the question text.' });
  const index: Partial<Record<CsvField, number>> = {};
  for (const field of CSV_FIELDS) {
    const header = mapping[field];
    if (!header) continue;
    const i = parsed.headers.indexOf(header);
    if (i === -1) errors.push({ line: 1, message: `The file has no column named "${header}".` });
    else index[field] = i;
  }
  if (errors.length > 0) return { rows, errors };
  parsed.rows.forEach((cells, n) => {
    const line = n + 2;
    if (cells.length === 0) return;
    const cell = (field: CsvField) => (index[field] === undefined ? '' : (cells[index[field]!] ?? '').trim());
    if (cells.length > parsed.headers.length && cells.slice(parsed.headers.length).some((c) => c.trim() !== '')) {
      errors.push({ line, message: `This row has ${cells.length} cells but the header names ${parsed.headers.length} columns.` });
      return;
    }
    const text = cell('text').normalize('NFC');
    if (!text) return void errors.push({ line, message: 'The question text is empty.' });
    if (text.length > QUESTION_MAX_CHARS) return void errors.push({ line, message: `The question is longer than ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters.` });
    const topicValue = cell('topic');
    const topic = topicValue ? findTopic(lookups.topics, topicValue) : undefined;
    if (topicValue && !topic) return void errors.push({ line, message: `No topic is called "${topicValue}".` });
    const areaValue = cell('area');
    const area = areaValue ? findArea(lookups.areas, areaValue) : undefined;
    if (areaValue && !area) return void errors.push({ line, message: `No community area is called or numbered "${areaValue}".` });
    const meTooValue = cell('meToo');
    const meToo = meTooValue === '' ? 0 : Number(meTooValue);
    if (!Number.isInteger(meToo) || meToo < 0 || meToo > 1_000_000) return void errors.push({ line, message: `"${meTooValue}" is not a whole number of "me too" raises.` });
    rows.push({
      line,
      text,
      topicId: topic?.id ?? null,
      areaId: area?.id ?? null,
      department: cell('department').slice(0, 200) || null,
      language: cell('language').slice(0, 60) || null,
      askedBy: cell('askedBy').slice(0, 200) || null,
      meToo,
      translation: cell('translation').slice(0, QUESTION_MAX_CHARS),
    });
  });
  return { rows: errors.length > 0 ? [] : rows, errors };
}

/** A cell Excel or LibreOffice would run as a formula gets a leading apostrophe. */
const safeCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** Questions as CSV (UTF-8 with BOM so spreadsheet programs read accents), in the order given. */
export function questionsToCsv(
  questions: readonly Question[],
  lookups: { topicName: (id: string | null) => string; areaName: (id: string | null) => string; raised: ReadonlyMap<string, number>; numberOf: (id: string | null) => string },
): string {
  const header = ['number', 'text', 'translation', 'topic', 'area', 'department', 'language', 'raised', 'me_too', 'status', 'merged_into', 'answer', 'answered_by', 'follow_up_owner', 'follow_up_due', 'asked_by', 'source', 'created_at', 'answer_translation'];
  const rows = questions.map((q) =>
    [
      String(q.number),
      q.text,
      q.translation,
      lookups.topicName(q.topicId),
      lookups.areaName(q.areaId),
      q.department ?? '',
      q.language ?? '',
      String(lookups.raised.get(q.id) ?? 1 + q.meToo),
      String(q.meToo),
      q.status,
      lookups.numberOf(q.mergedInto),
      q.answer,
      q.answeredBy,
      q.followUp?.owner ?? '',
      q.followUp?.due ?? '',
      q.askedBy ?? '',
      q.source,
      q.createdAt,
      q.answerTranslation ?? '',
    ].map(safeCell),
  );
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}`;
}

/**
 * The public CSV of a town hall's questions: the rows go through the one redaction layer
 * (`redactForPublic`, with every question of the town hall so the names of those who asked and of
 * staff are known), and the columns a public file must not carry are left out (who asked, how a
 * question came in, when). Answers and follow-up owners come out as the public report prints them
 * (staff names replaced by their department). `selected` is the rows to write, in order.
 */
export function questionsToPublicCsv(
  context: PublicInput,
  selected: readonly Question[],
  lookups: { topicName: (id: string | null) => string; areaName: (id: string | null) => string; raised: ReadonlyMap<string, number>; numberOf: (id: string | null) => string },
  language: string,
): string {
  const view = redactForPublic(context, { language, audience: 'public' });
  const safe = new Map(view.questions.map((q) => [q.id, q]));
  const header = ['number', 'text', 'translation', 'topic', 'area', 'department', 'language', 'raised', 'status', 'merged_into', 'answer', 'answer_translation', 'answered_by', 'follow_up_owner', 'follow_up_due'];
  const rows = selected.map((original) => {
    // A question not in the context is redacted on its own: never written as stored.
    const q = safe.get(original.id) ?? redactForPublic({ townhalls: context.townhalls, questions: [original], places: context.places }, { language, audience: 'public' }).questions[0];
    return [
      String(q.number),
      q.text,
      q.translation,
      lookups.topicName(q.topicId),
      lookups.areaName(q.areaId),
      q.department ?? '',
      q.language ?? '',
      String(lookups.raised.get(q.id) ?? 1 + q.meToo),
      q.status,
      lookups.numberOf(q.mergedInto),
      q.answer,
      q.answerTranslation ?? '',
      q.answeredBy,
      q.followUp?.owner ?? '',
      q.followUp?.due ?? '',
    ].map(safeCell);
  });
  return `\uFEFF${Papa.unparse([header, ...rows], { newline: '\r\n' })}`;
}
