import { isMap, isScalar, parseDocument, stringify, visit, type Document } from 'yaml';
import { ScenarioContent, type FileIssue } from '../../model';
import { fileIssues } from './issue-location';

export type ParsedScenario = { ok: true; content: ScenarioContent } | { ok: false; issues: FileIssue[] };

/**
 * Reads a scenario YAML file. Any problem refuses the whole file: YAML syntax errors by line and
 * column, schema problems by location (`modules[2].injects[0].time: expected a time like 00:15`).
 */
export function parseScenarioYaml(text: string): ParsedScenario {
  if (!text.trim()) return { ok: false, issues: [{ location: '(file)', message: 'the file is empty', key: 'yaml.empty', params: {} }] };
  // yaml's own uniqueKeys check compares every key with every other (quadratic: a 650 KB file took
  // 55 s); duplicateKeys() below does the same check in one pass.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.slice(0, 200).map((e) => ({
        location: e.linePos?.[0] ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '(file)',
        ...(e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : {}),
        message: e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
      })),
    };
  }
  const duplicates = duplicateKeys(doc, text);
  if (duplicates.length > 0) return { ok: false, issues: duplicates };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // An alias bomb ("billion laughs"): aliases that expand to more than 100 copies are refused.
    if (error instanceof ReferenceError || (error instanceof Error && /alias/i.test(error.message))) {
      return {
        ok: false,
        issues: [{ location: '(file)', key: 'yaml.aliasBomb', params: {}, message: 'the file repeats anchored parts (*aliases) too many times to be a scenario (more than 100 expansions); write the content out instead of using aliases.' }],
      };
    }
    throw error;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, issues: [{ location: '(file)', message: 'expected a scenario with overview, objectives and modules' }] };
  }
  const parsed = ScenarioContent.safeParse(data);
  return parsed.success ? { ok: true, content: parsed.data } : { ok: false, issues: fileIssues(parsed.error) };
}

/** 1-based line and column of a character offset, counting lines once for all keys (offsets ascend). */
function lineCounter(text: string) {
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  return (offset: number) => {
    if (offset < scanned) {
      line = 1;
      lineStart = 0;
      scanned = 0;
    }
    for (let i = text.indexOf('\n', scanned); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    scanned = offset;
    return { line, col: offset - lineStart + 1 };
  };
}

/** Keys written twice in one mapping, found in one pass with a Set per mapping (linear in the file). */
function duplicateKeys(doc: Document, text: string): FileIssue[] {
  const issues: FileIssue[] = [];
  const where = lineCounter(text);
  visit(doc, {
    Map(_key, node) {
      if (!isMap(node) || issues.length >= 50) return;
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const k = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(k)) {
          seen.add(k);
          continue;
        }
        const pos = isScalar(pair.key) && pair.key.range ? where(pair.key.range[0]) : null;
        issues.push({ location: pos ? `line ${pos.line}, column ${pos.col}` : '(file)', ...(pos ? { line: pos.line, column: pos.col } : {}), key: 'yaml.duplicateKey', params: { name: String(k) }, message: `the key ${String(k)} appears twice in the same place; keep one` });
      }
    },
  });
  return issues;
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
