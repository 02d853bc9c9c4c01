/**
 * The import worker: reads and checks an imported file off the host's event loop (see
 * `../workers/pool.ts`), so saves keep being answered while a city's directory, a scenario or a
 * paper-slip spreadsheet is parsed. Each task is pure work on the file's bytes plus the little of
 * the workspace it is checked against (sent with the task); the store write stays on the host.
 *
 * - `resources`: an HSDS package (zip) or a spreadsheet (CSV): unzipped (with the zip-bomb limits),
 *   decoded, parsed and planned against the areas, categories and organization ids, once.
 * - `scenario`: a scenario YAML file or an MSEL spreadsheet, decoded and parsed.
 * - `questions`: town-hall questions from paper slips (CSV), decoded, parsed and checked.
 * - `areas`: a community-area list (CSV), decoded and parsed.
 */
import type { DateOrder, MselMapping } from '../../../shared/model';
import {
  checkQuestionsCsv,
  parseAreasCsv,
  planImport,
  readCsv,
  readImportSource,
  readImportText,
  readScenarioFile,
  type ImportSource,
  type ImportTarget,
} from '../../../shared/logic';
import { readZipFiles } from '../resources/zip-files';
import { workerTask } from '../workers/task';

type Bytes = Uint8Array;

export interface ResourcesImportTask {
  kind: 'resources';
  bytes: Bytes;
  source: { kind: 'zip' } | { kind: 'csv'; mapping: Record<string, string | undefined> };
  fileName: string;
  dateOrder?: DateOrder;
  target: ImportTarget;
}

export interface ScenarioImportTask {
  kind: 'scenario';
  bytes: Bytes;
  format: 'yaml' | 'csv';
  fileName: string;
  mapping?: MselMapping;
}

export interface QuestionsImportTask {
  kind: 'questions';
  bytes: Bytes;
  fileName: string;
  mapping: Parameters<typeof checkQuestionsCsv>[1];
  lookups: Parameters<typeof checkQuestionsCsv>[2];
}

export interface AreasImportTask {
  kind: 'areas';
  bytes: Bytes;
  fileName: string;
}

export type ImportTask = ResourcesImportTask | ScenarioImportTask | QuestionsImportTask | AreasImportTask;

/** Reads, parses and plans a directory import: what `planImport` answers. */
export function runResourcesImport(task: ResourcesImportTask): ReturnType<typeof planImport> {
  const source: ImportSource =
    task.source.kind === 'zip'
      ? { kind: 'package', files: readZipFiles(task.bytes, task.fileName) }
      : { kind: 'spreadsheet', bytes: task.bytes, fileName: task.fileName, mapping: task.source.mapping as never };
  return planImport(task.target, readImportSource(source), task.fileName, { dateOrder: task.dateOrder });
}

/** Decodes, parses and checks a slips spreadsheet. */
export function runQuestionsImport(task: QuestionsImportTask) {
  const file = readImportText(task.bytes, task.fileName, 'csv');
  const parsed = readCsv(file.text, file.reading.delimiter ?? undefined);
  const check = file.problems.length > 0 ? { rows: [], errors: [] } : checkQuestionsCsv(parsed, task.mapping, task.lookups);
  return { headers: parsed.headers, check, problems: file.problems, reading: file.reading };
}

/** Decodes and parses a community-area list. */
export function runAreasImport(task: AreasImportTask) {
  const file = readImportText(task.bytes, task.fileName, 'csv');
  const refused = file.problems.map((p) => ({ line: p.line ?? 1, message: p.message, key: p.key, params: p.params }));
  const parsed = refused.length > 0 ? { areas: [], errors: refused } : parseAreasCsv(file.text, file.reading.delimiter ?? ',');
  return { ...parsed, reading: file.reading };
}

export type ImportTaskResult<T extends ImportTask> = T extends ResourcesImportTask
  ? ReturnType<typeof runResourcesImport>
  : T extends ScenarioImportTask
    ? ReturnType<typeof readScenarioFile>
    : T extends QuestionsImportTask
      ? ReturnType<typeof runQuestionsImport>
      : ReturnType<typeof runAreasImport>;

/** Runs one task of any kind (the worker's entry, and what tests call directly). */
export function runImportTask(task: ImportTask): unknown {
  switch (task.kind) {
    case 'resources':
      return runResourcesImport(task);
    case 'scenario':
      return readScenarioFile(task.bytes, task.format, task.fileName, task.mapping);
    case 'questions':
      return runQuestionsImport(task);
    case 'areas':
      return runAreasImport(task);
  }
}

export default workerTask<ImportTask, unknown>((task) => runImportTask(task));
