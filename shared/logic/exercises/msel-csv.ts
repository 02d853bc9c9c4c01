import Papa from 'papaparse';
import { MSEL_FIELDS, ScenarioContent, type FileIssue, type MselField, type MselMapping, type ScenarioContentInput } from '../../model';
import { fileIssues } from './issue-location';
import { CLOCK_TIME_HEADERS, MSEL_TIME_FORMS, readMselTime, toOffsets, toScenarioTime } from './msel-time';

/**
 * Column names MSEL templates use, folded to letters only: Convene's own, the HSEEP MSEL (Event/Inject
 * No., Scenario Time, Event Synopsis, Inject/Message, Responsible Controller, Intended Player,
 * Expected Player Action), Conducttr (Number, Time, From, To, Subject, Message) and T3SF (#, Real
 * Time, Subject, From, Player, Script), in English and Spanish.
 */
export const MSEL_HEADERS: Record<MselField, string[]> = {
  time: ['time', 'scenariotime', 'scenariotimet', 'timet', 'realtime', 'injecttime', 'deliverytime', 'clock', 'clocktime', 'timeofday', 'offset', 'elapsedtime', 'hora', 'tiempo', 'horareal'],
  title: ['title', 'synopsis', 'eventsynopsis', 'subject', 'event', 'eventtitle', 'injecttitle', 'headline', 'titulo', 'sinopsis', 'asunto', 'evento'],
  text: ['text', 'inject', 'injecttext', 'injectmessage', 'message', 'script', 'description', 'injectdescription', 'details', 'body', 'content', 'texto', 'mensaje', 'descripcion', 'guion'],
  audience: ['audience', 'audiencia', 'publico', 'visibility'],
  // The sender inside the story ("911 dispatcher"): its name opens the inject's text.
  from: ['from', 'sender', 'source', 'de', 'remitente', 'origen'],
  // Who on the control team delivers it: facilitator-only, never part of what the room sees.
  controller: ['responsiblecontroller', 'controller', 'deliveredby', 'controlador', 'controladorresponsable', 'responsable'],
  roles: ['roles', 'role', 'intendedplayers', 'intendedplayer', 'players', 'player', 'to', 'recipient', 'recipients', 'para', 'destinatario', 'jugadores'],
  expected: ['expectedaction', 'expectedactions', 'expectedplayeraction', 'expectedplayeractions', 'expectedoutcome', 'expectedresponse', 'accionesperadas', 'accionesesperadas', 'accionesperada'],
  module: ['module', 'modulo', 'phase', 'fase'],
  capability: ['capability', 'corecapability', 'capacidad'],
  titleEs: ['titlees'],
  textEs: ['textes'],
};

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
export const slugify = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'item';

const AUDIENCE: Record<string, 'room' | 'facilitator'> = {
  '': 'room', room: 'room', wholeroom: 'room', all: 'room', sala: 'room', todos: 'room', players: 'room', public: 'room',
  facilitator: 'facilitator', facilitatoronly: 'facilitator', controller: 'facilitator', controllers: 'facilitator', facilitador: 'facilitator', private: 'facilitator',
};

/** Proposes a mapping from the file's headers (each header used once); the person confirms or changes it. */
export function guessMselMapping(headers: readonly string[]): MselMapping {
  const folded = headers.map(fold);
  const mapping: MselMapping = {};
  const used = new Set<number>();
  for (const field of MSEL_FIELDS) {
    const i = folded.findIndex((h, n) => !used.has(n) && MSEL_HEADERS[field].includes(h));
    if (i >= 0) {
      used.add(i);
      mapping[field] = headers[i].trim();
    }
  }
  return mapping;
}

export type ParsedMsel = { ok: true; content: ScenarioContent; headers: string[]; mapping: MselMapping } | { ok: false; issues: FileIssue[]; headers: string[]; mapping: MselMapping };

const issue = (location: string, key: string, params: Record<string, string | number>, message: string): FileIssue => ({
  location,
  message,
  key: `msel.${key}`,
  params,
  ...(typeof params.line === 'number' ? { line: params.line } : {}),
  ...(typeof params.column === 'string' && params.column ? { column: params.column } : {}),
});

/**
 * Turns an MSEL spreadsheet into a scenario: one row per inject, one module per distinct `module`
 * value in file order (one module when there is none), roles and capabilities declared from the
 * names used. Columns come from `mapping`, or are recognised from common templates' headers.
 * Any row that cannot be read refuses the whole file, naming the line, the column and the value.
 */
export function parseMselCsv(text: string, title: string, options: { delimiter?: string; mapping?: MselMapping; fileName?: string } = {}): ParsedMsel {
  const csv = text.replace(/^\uFEFF/, '');
  const file = options.fileName || 'the file';
  if (!csv.trim()) return { ok: false, issues: [issue('(file)', 'empty', { file }, `${file} is empty: the first line must name the columns (time, title, text).`)], headers: [], mapping: {} };
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy', delimiter: options.delimiter ?? '' });
  const issues: FileIssue[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .map((e) => issue(`line ${(e.row ?? 0) + 2}`, 'csvRow', { line: (e.row ?? 0) + 2 }, e.code === 'MissingQuotes' ? 'a quoted cell is never closed; close the quote and import again' : e.message));
  const [rawHeader = [], ...rows] = parsed.data;
  const headers = rawHeader.map((h) => h.trim());
  const mapping = options.mapping ?? guessMselMapping(headers);
  const index: Partial<Record<MselField, number>> = {};
  for (const field of MSEL_FIELDS) {
    const column = mapping[field];
    if (!column) continue;
    const i = headers.indexOf(column);
    if (i < 0) issues.push(issue('line 1', 'noSuchColumn', { column, field }, `the file has no column "${column}" (chosen for ${field}); choose one of: ${headers.join(', ')}`));
    else index[field] = i;
  }
  for (const field of ['time', 'title'] as const) {
    if (!mapping[field]) {
      issues.push(issue('line 1', 'missingColumn', { field, headers: headers.join(', ') }, `no column is chosen for the inject ${field}; the file's columns are: ${headers.join(', ')}. Choose which column holds it.`));
    }
  }
  if (rows.length === 0) issues.push(issue('(file)', 'noRows', {}, 'no injects: the file has a header but no rows'));
  if (issues.length > 0) return { ok: false, issues, headers, mapping };

  const cell = (row: string[], key: MselField) => (index[key] === undefined ? '' : (row[index[key]!] ?? '').trim());
  const list = (s: string) => s.split(/[;\n|]/).map((x) => x.trim()).filter(Boolean);
  const timeColumn = mapping.time!;
  const clockColumn = CLOCK_TIME_HEADERS.includes(fold(timeColumn));
  const times = rows.map((row) => readMselTime(cell(row, 'time'), clockColumn));
  rows.forEach((row, r) => {
    if (times[r]) return;
    const value = cell(row, 'time');
    const line = r + 2;
    issues.push(
      issue(`line ${line}, ${timeColumn}`, 'badTime', { line, column: timeColumn, value, forms: MSEL_TIME_FORMS }, value
        ? `"${value}" is not a time. Write an offset from the start (00:15, 0:15:00, +00:15, T+1h, T+90m) or a clock time (9:30 AM); clock times count from the first row.`
        : `the time is empty. Write an offset from the start (00:15, 0:15:00, +00:15, T+1h, T+90m) or a clock time (9:30 AM).`),
    );
  });
  const offsets = toOffsets(times);
  if (offsets.mixed !== null) {
    const line = offsets.mixed + 2;
    issues.push(issue(`line ${line}, ${timeColumn}`, 'mixedTimes', { line, column: timeColumn }, `this row has a clock time but rows above it have offsets from the start; use one kind of time in the whole column (00:15 offsets or 9:30 AM clock times).`));
  }
  const modules = new Map<string, NonNullable<ScenarioContentInput['modules']>[number]>();
  const roles = new Map<string, string>();
  const capabilities = new Map<string, string>();
  /** The spreadsheet line of each inject, by module: errors point at the line, not the scenario. */
  const lines = new Map<string, number[]>();
  const lastMinute = new Map<string, number>();
  rows.forEach((row, r) => {
    const line = r + 2;
    const audienceValue = cell(row, 'audience');
    const audience = AUDIENCE[fold(audienceValue)];
    if (!audience) issues.push(issue(`line ${line}, ${mapping.audience}`, 'badAudience', { line, column: mapping.audience ?? '', value: audienceValue }, `expected room or facilitator, found ${JSON.stringify(audienceValue)}`));
    const minutes = offsets.minutes[r];
    const time = minutes === null ? null : toScenarioTime(minutes);
    if (minutes !== null && time === null) issues.push(issue(`line ${line}, ${timeColumn}`, 'timeTooLate', { line, column: timeColumn, value: cell(row, 'time') }, `"${cell(row, 'time')}" is more than 999 hours after the start.`));
    const moduleName = cell(row, 'module') || '1';
    if (!modules.has(moduleName)) {
      const n = modules.size + 1;
      const named = cell(row, 'module') && !/^\d+$/.test(moduleName);
      modules.set(moduleName, { title: named ? { en: moduleName } : { en: `Module ${n}`, es: `Módulo ${n}` }, minutes: 30, injects: [] });
      lines.set(moduleName, []);
    }
    lines.get(moduleName)!.push(line);
    if (minutes !== null) lastMinute.set(moduleName, Math.max(lastMinute.get(moduleName) ?? 0, minutes));
    const roleIds = list(cell(row, 'roles')).map((name) => {
      const id = slugify(name);
      if (!roles.has(id)) roles.set(id, name);
      return id;
    });
    const capabilityName = cell(row, 'capability');
    const capability = capabilityName ? slugify(capabilityName) : undefined;
    if (capability && !capabilities.has(capability)) capabilities.set(capability, capabilityName);
    const optional = (en: string, es: string) => ({ en, ...(es ? { es } : {}) });
    const from = cell(row, 'from');
    const body = cell(row, 'text') || cell(row, 'title');
    modules.get(moduleName)!.injects!.push({
      time: time ?? '00:00',
      title: optional(cell(row, 'title'), cell(row, 'titleEs')),
      text: optional(from ? `${from}: ${body}` : body, cell(row, 'textEs')),
      audience: audience ?? 'room',
      expectedActions: list(cell(row, 'expected')).map((en) => ({ en })),
      roles: roleIds,
      ...(capability ? { capability } : {}),
      ...(cell(row, 'controller') ? { controller: cell(row, 'controller').slice(0, 200) } : {}),
    });
  });
  if (issues.length > 0) return { ok: false, issues, headers, mapping };
  // A module lasts until a quarter hour after its last inject (at least the 30 minutes a module usually takes).
  for (const [name, m] of modules) {
    const start = Math.min(...(m.injects ?? []).map((i) => Number(i.time.split(':')[0]) * 60 + Number(i.time.split(':')[1])));
    m.minutes = Math.min(600, Math.max(30, (lastMinute.get(name) ?? 0) - (Number.isFinite(start) ? start : 0) + 15));
  }

  const moduleList = [...modules.values()];
  const lineList = [...lines.values()];
  const content = ScenarioContent.safeParse({
    overview: { title: { en: title.trim() || 'Imported MSEL' } },
    capabilities: [...capabilities].map(([id, name]) => ({ id, name: { en: name } })),
    roles: [...roles].map(([id, name]) => ({ id, name: { en: name } })),
    modules: moduleList,
  });
  if (content.success) return { ok: true, content: content.data, headers, mapping };
  return {
    ok: false,
    headers,
    mapping,
    issues: content.error.issues.map((problem) => {
      const [a, m, b, i, field] = problem.path;
      if (a === 'modules' && b === 'injects' && typeof m === 'number' && typeof i === 'number') {
        const column = mapping[field as MselField] ?? String(field ?? 'row');
        const line = lineList[m]?.[i];
        return { location: `line ${line ?? '?'}, ${column}`, ...(line ? { line } : {}), column, message: problem.message };
      }
      return fileIssues({ issues: [problem] } as never)[0];
    }),
  };
}
