import type { FileIssue, FileReading, MselMapping, ScenarioContent } from '../../model';
import { readImportText } from '../text/read-import-file';
import { parseMselCsv } from './msel-csv';
import { parseScenarioYaml } from './scenario-yaml';

export interface ScenarioFileResult {
  content: ScenarioContent | null;
  issues: FileIssue[];
  reading: FileReading;
  headers: string[];
  mapping: MselMapping | null;
}

/**
 * A scenario file's bytes (YAML, or an MSEL spreadsheet as CSV) read through the one decoder and
 * parsed; the title of an MSEL scenario comes from the file name. Pure, so it can run in a worker.
 */
export function readScenarioFile(bytes: Uint8Array, format: 'yaml' | 'csv', fileName: string, mapping?: MselMapping): ScenarioFileResult {
  const file = readImportText(bytes, fileName, format);
  const refused = file.problems.map((p) => ({ location: p.line ? `line ${p.line}` : '(file)', ...(p.line ? { line: p.line } : {}), message: p.message, key: p.key, params: p.params }));
  if (format === 'yaml') {
    if (refused.length > 0) return { content: null, issues: refused, reading: file.reading, headers: [], mapping: null };
    const parsed = parseScenarioYaml(file.text);
    return { content: parsed.ok ? parsed.content : null, issues: parsed.ok ? [] : parsed.issues, reading: file.reading, headers: [], mapping: null };
  }
  const title = fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  const parsed = parseMselCsv(file.text, title, { delimiter: file.reading.delimiter ?? undefined, mapping, fileName });
  if (refused.length > 0) return { content: null, issues: refused, reading: file.reading, headers: parsed.headers, mapping: parsed.mapping };
  return { content: parsed.ok ? parsed.content : null, issues: parsed.ok ? [] : parsed.issues, reading: file.reading, headers: parsed.headers, mapping: parsed.mapping };
}
