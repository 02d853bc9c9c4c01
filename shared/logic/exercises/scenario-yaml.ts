import { parseDocument, stringify } from 'yaml';
import { ScenarioContent, type FileIssue } from '../../model';
import { fileIssues } from './issue-location';

export type ParsedScenario = { ok: true; content: ScenarioContent } | { ok: false; issues: FileIssue[] };

/**
 * Reads a scenario YAML file. Any problem refuses the whole file: YAML syntax errors by line and
 * column, schema problems by location (`modules[2].injects[0].time: expected a time like 00:15`).
 */
export function parseScenarioYaml(text: string): ParsedScenario {
  if (!text.trim()) return { ok: false, issues: [{ location: '(file)', message: 'the file is empty' }] };
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => ({
        location: e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '(file)',
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ location: '(file)', message: 'expected a scenario with overview, objectives and modules' }] };
  }
  const parsed = ScenarioContent.safeParse(data);
  return parsed.success ? { ok: true, content: parsed.data } : { ok: false, issues: fileIssues(parsed.error) };
}

/** Drops empty optional fields so the file a person reads holds only what was written. */
function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined || v === '' || (k === 'es' && !v)) continue;
      out[k] = prune(v);
    }
    return out;
  }
  return value;
}

export const SCENARIO_YAML_HEADER = '# yaml-language-server: $schema=./schema.json\n# Convene tabletop scenario. Text fields take English (en) and Spanish (es).\n';

export function scenarioToYaml(content: ScenarioContent): string {
  return SCENARIO_YAML_HEADER + stringify(prune(content), { lineWidth: 100, blockQuote: 'literal' });
}
