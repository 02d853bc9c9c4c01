import Papa from 'papaparse';
import type { Area, Question, QuestionPrivacy as Privacy, QuestionStatus, QuestionVisibility, Topic } from '../../model';
import { DateOnly, EMPTY_PRIVACY, QUESTION_MAX_CHARS, QUESTION_SOURCES, QUESTION_STATUSES, QUESTION_VISIBILITIES, QuestionPrivacy, Timestamp } from '../../model';
import { redactForPublic, type PublicInput } from '../privacy/public-view';
import { foldText } from './fold';

/**
 * The fields a town-hall CSV can fill; only the question text is required. A paper-slip file uses
 * the first few; a file Convene exported holds them all, so export then import gives the same town
 * hall: numbers, merges (by number), statuses, answers, follow-ups, visibility, privacy decisions,
 * and the moderators' "Not a duplicate" decisions (by number, on both rows of each pair).
 */
export const CSV_FIELDS = [
  'text',
  'translation',
  'translationLanguage',
  'topic',
  'area',
  'department',
  'language',
  'askedBy',
  'meToo',
  'number',
  'status',
  'mergedInto',
  'statusBeforeMerge',
  'notDuplicateOf',
  'answer',
  'answerLanguage',
  'answerTranslation',
  'answeredBy',
  'followUpOwner',
  'followUpDue',
  'visibility',
  'source',
  'createdAt',
  'privacy',
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];
/** Field → the header of the column that fills it (absent: not imported). */
export type CsvMapping = Partial<Record<CsvField, string>>;

/** Headers (folded: see `foldText`) each field is guessed from; the first of each is what the export writes. */
const HEADER_GUESSES: Record<CsvField, string[]> = {
  text: ['text', 'question', 'questions', 'concern', 'pregunta', 'preguntas', 'texto', 'inquietud', 'comentario', 'comment'],
  translation: ['translation', 'traduccion'],
  translationLanguage: ['translation language', 'idioma de la traduccion'],
  topic: ['topic', 'theme', 'tema', 'category', 'categoria'],
  area: ['area', 'community area', 'neighborhood', 'area comunitaria', 'barrio', 'vecindario', 'comunidad'],
  department: ['department', 'dept', 'departamento', 'agency', 'agencia', 'for'],
  language: ['language', 'lang', 'idioma', 'lengua'],
  askedBy: ['asked by', 'name', 'resident', 'nombre', 'quien pregunta', 'residente'],
  meToo: ['me too', 'metoo', 'votes', 'raised hands', 'count', 'yo tambien', 'votos', 'manos'],
  number: ['number', 'no', 'numero', 'question number', 'n'],
  status: ['status', 'estado'],
  mergedInto: ['merged into', 'fusionada en', 'unida a'],
  statusBeforeMerge: ['status before merge', 'estado antes de fusionar'],
  notDuplicateOf: ['not a duplicate of', 'not duplicate of', 'no es duplicado de', 'no duplicada de'],
  answer: ['answer', 'respuesta'],
  answerLanguage: ['answer language', 'idioma de la respuesta'],
  answerTranslation: ['answer translation', 'traduccion de la respuesta'],
  answeredBy: ['answered by', 'respondida por', 'respondido por'],
  followUpOwner: ['follow up owner', 'follow up', 'responsable del seguimiento', 'seguimiento'],
  followUpDue: ['follow up due', 'due', 'fecha limite del seguimiento', 'fecha limite'],
  visibility: ['visibility', 'visibilidad'],
  source: ['source', 'origen'],
  createdAt: ['created at', 'creada', 'fecha de captura'],
  privacy: ['privacy', 'privacidad'],
};

/** The export's header for each field (snake case of the first guess), in the export's column order. */
const EXPORT_HEADERS: Record<CsvField, string> = {
  number: 'number',
  text: 'text',
  translation: 'translation',
  translationLanguage: 'translation_language',
  topic: 'topic',
  area: 'area',
  department: 'department',
  language: 'language',
  meToo: 'me_too',
  status: 'status',
  statusBeforeMerge: 'status_before_merge',
  mergedInto: 'merged_into',
  notDuplicateOf: 'not_duplicate_of',
  answer: 'answer',
  answerLanguage: 'answer_language',
  answerTranslation: 'answer_translation',
  answeredBy: 'answered_by',
  followUpOwner: 'follow_up_owner',
  followUpDue: 'follow_up_due',
  askedBy: 'asked_by',
  visibility: 'visibility',
  source: 'source',
  createdAt: 'created_at',
  privacy: 'privacy',
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

type QuestionSource = (typeof QUESTION_SOURCES)[number];

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
  /** The number the file gives the question (to keep it, and to resolve `mergedInto`), or null. */
  number: number | null;
  /** Status; `merged` exactly when `mergedInto` is set. */
  status: QuestionStatus;
  /** The file's number of the question this one was merged into, or null. */
  mergedInto: number | null;
  statusBeforeMerge: QuestionStatus | null;
  /** The file's numbers of the questions a moderator said this one is not a duplicate of (none: []). */
  notDuplicateOf: number[];
  answer: string;
  /** The language of `translation`, or null when not recorded. */
  translationLanguage: string | null;
  /** The report language (`en`, `es`) `answer` is written in, or null. */
  answerLanguage: 'en' | 'es' | null;
  /** The answer in the other report language, or ''. */
  answerTranslation: string;
  answeredBy: string;
  followUp: { owner: string; due: string | null } | null;
  visibility: QuestionVisibility;
  source: QuestionSource;
  /** When it was captured (ISO timestamp), or null for "now". */
  createdAt: string | null;
  privacy: Privacy;
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

/** A value named by its code (`answered-live`) or its words (`answered live`, any case or accents). */
function readChoice<T extends string>(choices: readonly T[], value: string): T | undefined {
  const v = foldText(value).replace(/ /g, '-');
  return choices.find((c) => c === v);
}

/** A cell Excel or LibreOffice would run as a formula gets a leading apostrophe; so does one that already starts with apostrophes before such a character, so reading it back is exact. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const safeCell = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);
/** The reverse of `safeCell`. */
const unsafeCell = (value: string) => (value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value);

/**
 * Checks every row against the mapping; returns the questions or every row's problem. Numbers are
 * spreadsheet rows: the header is row 1, a cell with a quoted newline stays one row, blank rows count.
 * Merges are checked across the file: `mergedInto` names another row's `number`, never itself, never a loop.
 */
export function checkQuestionsCsv(parsed: ParsedCsv, mapping: CsvMapping, lookups: { topics: readonly Topic[]; areas: readonly Area[] }): CsvImportCheck {
  const errors: CsvImportCheck['errors'] = parsed.fileErrors.map((message) => ({ line: 1, message }));
  const rows: CsvQuestionRow[] = [];
  if (!mapping.text) errors.push({ line: 1, message: 'Choose the column that holds the question text.' });
  if (mapping.mergedInto && !mapping.number) errors.push({ line: 1, message: 'Merged questions name the number of the question they joined: choose the column that holds the numbers too.' });
  if (mapping.notDuplicateOf && !mapping.number) errors.push({ line: 1, message: '"Not a duplicate of" names the numbers of other questions: choose the column that holds the numbers too.' });
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
    const raw = (field: CsvField) => (index[field] === undefined ? '' : unsafeCell(cells[index[field]!] ?? ''));
    const cell = (field: CsvField) => raw(field).trim();
    if (cells.length > parsed.headers.length && cells.slice(parsed.headers.length).some((c) => c.trim() !== '')) {
      errors.push({ line, message: `This row has ${cells.length} cells but the header names ${parsed.headers.length} columns.` });
      return;
    }
    const fail = (message: string) => void errors.push({ line, message });
    const text = cell('text').normalize('NFC');
    if (!text) return fail('The question text is empty.');
    if (text.length > QUESTION_MAX_CHARS) return fail(`The question is longer than ${QUESTION_MAX_CHARS.toLocaleString('en-US')} characters.`);
    const topicValue = cell('topic');
    const topic = topicValue ? findTopic(lookups.topics, topicValue) : undefined;
    if (topicValue && !topic) return fail(`No topic is called "${topicValue}".`);
    const areaValue = cell('area');
    const area = areaValue ? findArea(lookups.areas, areaValue) : undefined;
    if (areaValue && !area) return fail(`No community area is called or numbered "${areaValue}".`);
    const meTooValue = cell('meToo');
    const meToo = meTooValue === '' ? 0 : Number(meTooValue);
    if (!Number.isInteger(meToo) || meToo < 0 || meToo > 1_000_000) return fail(`"${meTooValue}" is not a whole number of "me too" raises.`);
    const numberValue = cell('number');
    const number = numberValue === '' ? null : Number(numberValue);
    if (number !== null && (!Number.isInteger(number) || number < 1 || number > 10_000_000)) return fail(`"${numberValue}" is not a question number (a whole number from 1).`);
    const mergedValue = cell('mergedInto');
    const mergedInto = mergedValue === '' ? null : Number(mergedValue);
    if (mergedInto !== null && (!Number.isInteger(mergedInto) || mergedInto < 1)) return fail(`"${mergedValue}" is not the number of a question to merge into.`);
    const notValue = cell('notDuplicateOf');
    const notDuplicateOf = notValue === '' ? [] : notValue.split(/[\s,;]+/).filter((x) => x !== '').map((x) => Number(x.replace(/^#/, '')));
    if (notDuplicateOf.some((n) => !Number.isInteger(n) || n < 1 || n > 10_000_000)) return fail(`"${notValue}" is not a list of question numbers (like "12; 15").`);
    const statusValue = cell('status');
    const status = statusValue === '' ? (mergedInto !== null ? 'merged' : 'new') : readChoice(QUESTION_STATUSES, statusValue);
    if (!status) return fail(`"${statusValue}" is not a status (${QUESTION_STATUSES.join(', ')}).`);
    if (status === 'merged' && mergedInto === null) return fail('This question is marked merged but does not say which question it was merged into.');
    if (status !== 'merged' && mergedInto !== null) return fail(`This question says it was merged into ${mergedInto} but its status is "${statusValue}".`);
    const beforeValue = cell('statusBeforeMerge');
    const statusBeforeMerge = status !== 'merged' ? null : beforeValue === '' ? 'new' : readChoice(QUESTION_STATUSES, beforeValue);
    if (status === 'merged' && (!statusBeforeMerge || statusBeforeMerge === 'merged')) return fail(`"${beforeValue}" is not a status a question can have before a merge.`);
    const answerLanguageValue = cell('answerLanguage');
    const answerLanguage = answerLanguageValue === '' ? null : readChoice(['en', 'es'] as const, answerLanguageValue);
    if (answerLanguage === undefined) return fail(`"${answerLanguageValue}" is not a report language (en, es).`);
    const owner = cell('followUpOwner').slice(0, 200);
    const due = cell('followUpDue');
    if (due && !owner) return fail('A follow-up due date needs the department that owns the follow-up.');
    if (due && !DateOnly.safeParse(due).success) return fail(`"${due}" is not a date like 2025-03-14.`);
    const visibilityValue = cell('visibility');
    const visibility = visibilityValue === '' ? 'shown' : readChoice(QUESTION_VISIBILITIES, visibilityValue);
    if (!visibility) return fail(`"${visibilityValue}" is not a visibility (${QUESTION_VISIBILITIES.join(', ')}).`);
    const sourceValue = cell('source');
    const source = sourceValue === '' ? 'slip' : readChoice(QUESTION_SOURCES, sourceValue);
    if (!source) return fail(`"${sourceValue}" is not a source (${QUESTION_SOURCES.join(', ')}).`);
    const createdValue = cell('createdAt');
    if (createdValue && !Timestamp.safeParse(createdValue).success) return fail(`"${createdValue}" is not a date and time like 2025-03-14T18:30:00.000Z.`);
    const privacyValue = cell('privacy');
    let privacy: Privacy = EMPTY_PRIVACY;
    if (privacyValue) {
      let json: unknown;
      try {
        json = JSON.parse(privacyValue);
      } catch {
        json = undefined;
      }
      const read = QuestionPrivacy.safeParse(json);
      if (!read.success) return fail('The privacy column cannot be read: leave it as Convene exported it, or empty.');
      privacy = read.data;
    }
    rows.push({
      line,
      text,
      topicId: topic?.id ?? null,
      areaId: area?.id ?? null,
      department: cell('department').slice(0, 200) || null,
      language: cell('language').slice(0, 60) || null,
      askedBy: cell('askedBy').slice(0, 200) || null,
      meToo,
      translation: raw('translation').slice(0, QUESTION_MAX_CHARS),
      number,
      status,
      mergedInto,
      statusBeforeMerge: statusBeforeMerge ?? null,
      notDuplicateOf: [...new Set(notDuplicateOf)],
      answer: raw('answer').slice(0, QUESTION_MAX_CHARS),
      translationLanguage: cell('translationLanguage').slice(0, 60) || null,
      answerLanguage,
      answerTranslation: raw('answerTranslation').slice(0, QUESTION_MAX_CHARS),
      answeredBy: raw('answeredBy').slice(0, 200),
      followUp: owner ? { owner, due: due || null } : null,
      visibility,
      source,
      createdAt: createdValue || null,
      privacy,
    });
  });
  if (errors.length === 0) checkMerges(rows, errors);
  return { rows: errors.length > 0 ? [] : rows, errors };
}

/** Numbers unique; every `mergedInto` and `notDuplicateOf` names another row of the file; no loop of merges. */
function checkMerges(rows: readonly CsvQuestionRow[], errors: CsvImportCheck['errors']): void {
  const byNumber = new Map<number, CsvQuestionRow>();
  for (const r of rows) {
    if (r.number === null) continue;
    const first = byNumber.get(r.number);
    if (first) errors.push({ line: r.line, message: `Question number ${r.number} is also on row ${first.line}: each question needs its own number.` });
    else byNumber.set(r.number, r);
  }
  for (const r of rows) {
    for (const other of r.notDuplicateOf) {
      if (other === r.number) errors.push({ line: r.line, message: 'A question cannot be marked as not a duplicate of itself.' });
      else if (!byNumber.has(other)) errors.push({ line: r.line, message: `This question is marked as not a duplicate of number ${other}, which is not in the file.` });
    }
  }
  for (const r of rows) {
    if (r.mergedInto === null) continue;
    if (r.mergedInto === r.number) errors.push({ line: r.line, message: 'A question cannot be merged into itself.' });
    else if (!byNumber.has(r.mergedInto)) errors.push({ line: r.line, message: `This question was merged into number ${r.mergedInto}, which is not in the file.` });
    else {
      const seen = new Set<number>([r.number!]);
      let next: CsvQuestionRow | undefined = byNumber.get(r.mergedInto);
      while (next && next.mergedInto !== null) {
        if (seen.has(next.number!)) {
          errors.push({ line: r.line, message: `The merges starting at question ${r.number} go round in a loop.` });
          break;
        }
        seen.add(next.number!);
        next = byNumber.get(next.mergedInto);
      }
    }
  }
}

/**
 * Questions as CSV (UTF-8 with BOM so spreadsheet programs read accents), in the order given:
 * every field a CSV can hold, under headers `guessMapping` maps back, so `checkQuestionsCsv` reads
 * it into the same questions. `raised` (the question plus its "me too"s plus what was merged into
 * it) is there for reading only: it is derived, never imported. `privacy` is JSON.
 */
export function questionsToCsv(
  questions: readonly Question[],
  lookups: {
    topicName: (id: string | null) => string;
    areaName: (id: string | null) => string;
    raised: ReadonlyMap<string, number>;
    numberOf: (id: string | null) => string;
    /** The numbers a moderator said the question is not a duplicate of, as written ("12; 15"); none: ''. */
    notDuplicateOf?: (id: string) => string;
  },
): string {
  const fields = Object.keys(EXPORT_HEADERS) as CsvField[];
  const header = fields.flatMap((f) => (f === 'meToo' ? ['raised', EXPORT_HEADERS[f]] : [EXPORT_HEADERS[f]]));
  const value = (q: Question, f: CsvField): string => {
    switch (f) {
      case 'number':
        return String(q.number);
      case 'text':
        return q.text;
      case 'translation':
        return q.translation;
      case 'topic':
        return lookups.topicName(q.topicId);
      case 'area':
        return lookups.areaName(q.areaId);
      case 'department':
        return q.department ?? '';
      case 'language':
        return q.language ?? '';
      case 'meToo':
        return String(q.meToo);
      case 'status':
        return q.status;
      case 'statusBeforeMerge':
        return q.statusBeforeMerge ?? '';
      case 'mergedInto':
        return lookups.numberOf(q.mergedInto);
      case 'notDuplicateOf':
        return lookups.notDuplicateOf?.(q.id) ?? '';
      case 'answer':
        return q.answer;
      case 'translationLanguage':
        return q.translationLanguage ?? '';
      case 'answerLanguage':
        return q.answerLanguage ?? '';
      case 'answerTranslation':
        return q.answerTranslation ?? '';
      case 'answeredBy':
        return q.answeredBy;
      case 'followUpOwner':
        return q.followUp?.owner ?? '';
      case 'followUpDue':
        return q.followUp?.due ?? '';
      case 'askedBy':
        return q.askedBy ?? '';
      case 'visibility':
        return q.visibility;
      case 'source':
        return q.source;
      case 'createdAt':
        return q.createdAt;
      case 'privacy':
        return q.privacy.hide.length || q.privacy.release.length || q.privacy.reviewedAt ? JSON.stringify(q.privacy) : '';
    }
  };
  const rows = questions.map((q) => fields.flatMap((f) => (f === 'meToo' ? [String(lookups.raised.get(q.id) ?? 1 + q.meToo), value(q, f)] : [value(q, f)])).map(safeCell));
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

/**
 * The "Not a duplicate" cell of each question for `questionsToCsv`: the numbers of the questions
 * each one was decided not to duplicate, lowest first, joined by "; " (a pair is written on both of
 * its rows, so either row tells a reader). `numberOf` maps a question id to its number.
 */
export function notDuplicateNumbers(decisions: readonly { questionIds: readonly [string, string] }[], numberOf: (id: string) => number | undefined): (id: string) => string {
  const others = new Map<string, number[]>();
  const add = (id: string, other: string) => {
    const n = numberOf(other);
    if (n === undefined || numberOf(id) === undefined) return;
    let list = others.get(id);
    if (!list) others.set(id, (list = []));
    list.push(n);
  };
  for (const d of decisions) {
    add(d.questionIds[0], d.questionIds[1]);
    add(d.questionIds[1], d.questionIds[0]);
  }
  return (id) => [...new Set(others.get(id) ?? [])].sort((a, b) => a - b).join('; ');
}
