import Papa from 'papaparse';
import { ScenarioContent, type FileIssue, type ScenarioContentInput } from '../../model';
import { fileIssues } from './issue-location';

/** Column names a Master Scenario Events List may use, folded to letters only. */
const COLUMNS: Record<string, string[]> = {
  time: ['time', 'scenariotime', 'hora', 'tiempo'],
  title: ['title', 'synopsis', 'titulo', 'sinopsis'],
  text: ['text', 'inject', 'injecttext', 'texto'],
  audience: ['audience', 'audiencia', 'publico'],
  expected: ['expectedaction', 'expectedactions', 'accionesperadas', 'accionesesperadas'],
  roles: ['roles', 'intendedplayers', 'players'],
  module: ['module', 'modulo'],
  capability: ['capability', 'capacidad'],
  titleEs: ['titlees'],
  textEs: ['textes'],
};
const REQUIRED = ['time', 'title', 'text'] as const;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
export const slugify = (s: string) =>
  s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'item';

const AUDIENCE: Record<string, 'room' | 'facilitator'> = {
  '': 'room', room: 'room', wholeroom: 'room', all: 'room', sala: 'room', todos: 'room',
  facilitator: 'facilitator', facilitatoronly: 'facilitator', controller: 'facilitator', facilitador: 'facilitator',
};

export type ParsedMsel = { ok: true; content: ScenarioContent } | { ok: false; issues: FileIssue[] };

/**
 * Turns an MSEL spreadsheet (CSV: time, title, text, audience, expected action, roles; optional
 * module, capability) into a scenario: one module per distinct `module` value in file order,
 * roles and capabilities declared from the names used. Any bad row refuses the whole file.
 */
export function parseMselCsv(text: string, title: string): ParsedMsel {
  const csv = text.replace(/^\uFEFF/, '');
  if (!csv.trim()) return { ok: false, issues: [{ location: '(file)', message: 'the file is empty' }] };
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' });
  const issues: FileIssue[] = parsed.errors.map((e) => ({ location: `line ${(e.row ?? 0) + 1}`, message: e.message }));
  const [header, ...rows] = parsed.data;
  const index: Partial<Record<keyof typeof COLUMNS, number>> = {};
  header?.forEach((h, i) => {
    const key = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).find((k) => COLUMNS[k].includes(fold(h)));
    if (key && index[key] === undefined) index[key] = i;
  });
  for (const col of REQUIRED) if (index[col] === undefined) issues.push({ location: 'line 1', message: `missing the ${col} column (columns: time, title, text, audience, expected action, roles)` });
  if (rows.length === 0) issues.push({ location: '(file)', message: 'no injects: the file has a header but no rows' });
  if (issues.length > 0) return { ok: false, issues };

  const cell = (row: string[], key: keyof typeof COLUMNS) => (index[key] === undefined ? '' : (row[index[key]!] ?? '').trim());
  const list = (s: string) => s.split(/[;\n|]/).map((x) => x.trim()).filter(Boolean);
  const modules = new Map<string, NonNullable<ScenarioContentInput['modules']>[number]>();
  const roles = new Map<string, string>();
  const capabilities = new Map<string, string>();
  /** The spreadsheet line of each inject, by module: errors point at the line, not the scenario. */
  const lines = new Map<string, number[]>();
  rows.forEach((row, r) => {
    const line = r + 2;
    const audience = AUDIENCE[fold(cell(row, 'audience'))];
    if (!audience) issues.push({ location: `line ${line}, audience`, message: `expected room or facilitator, found ${JSON.stringify(cell(row, 'audience'))}` });
    const moduleName = cell(row, 'module') || '1';
    if (!modules.has(moduleName)) {
      const n = modules.size + 1;
      const named = cell(row, 'module') && !/^\d+$/.test(moduleName);
      modules.set(moduleName, { title: named ? { en: moduleName } : { en: `Module ${n}`, es: `Módulo ${n}` }, minutes: 30, injects: [] });
      lines.set(moduleName, []);
    }
    lines.get(moduleName)!.push(line);
    const roleIds = list(cell(row, 'roles')).map((name) => {
      const id = slugify(name);
      if (!roles.has(id)) roles.set(id, name);
      return id;
    });
    const capabilityName = cell(row, 'capability');
    const capability = capabilityName ? slugify(capabilityName) : undefined;
    if (capability && !capabilities.has(capability)) capabilities.set(capability, capabilityName);
    const optional = (en: string, es: string) => ({ en, ...(es ? { es } : {}) });
    modules.get(moduleName)!.injects!.push({
      time: cell(row, 'time'),
      title: optional(cell(row, 'title'), cell(row, 'titleEs')),
      text: optional(cell(row, 'text'), cell(row, 'textEs')),
      audience: audience ?? 'room',
      expectedActions: list(cell(row, 'expected')).map((en) => ({ en })),
      roles: roleIds,
      ...(capability ? { capability } : {}),
    });
  });
  if (issues.length > 0) return { ok: false, issues };

  const moduleList = [...modules.values()];
  const lineList = [...lines.values()];
  const content = ScenarioContent.safeParse({
    overview: { title: { en: title.trim() || 'Imported MSEL' } },
    capabilities: [...capabilities].map(([id, name]) => ({ id, name: { en: name } })),
    roles: [...roles].map(([id, name]) => ({ id, name: { en: name } })),
    modules: moduleList,
  });
  if (content.success) return { ok: true, content: content.data };
  return {
    ok: false,
    issues: content.error.issues.map((issue) => {
      const [a, m, b, i, field] = issue.path;
      if (a === 'modules' && b === 'injects' && typeof m === 'number' && typeof i === 'number') {
        return { location: `line ${lineList[m]?.[i] ?? '?'}, ${String(field ?? 'row')}`, message: issue.message };
      }
      return fileIssues({ issues: [issue] } as never)[0];
    }),
  };
}

