import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHIPPED_SCENARIO_FILES, shippedScenarios } from '../../../electron/services/exercises/shipped-scenarios';
import { injectCount, parseScenarioYaml, scenarioGaps } from '../../../shared/logic';
import { scenarioJsonSchemaText } from '../../../shared/model';

const SCENARIOS = resolve(import.meta.dirname, '../../../scenarios');
const yamlFiles = readdirSync(SCENARIOS).filter((f) => f.endsWith('.yaml'));

describe('shipped scenarios', () => {
  it('are all bundled into the app', () => {
    expect(Object.keys(SHIPPED_SCENARIO_FILES).map((s) => `${s}.yaml`).sort()).toEqual([...yamlFiles].sort());
    expect(yamlFiles.length).toBeGreaterThanOrEqual(4);
  });

  it.each(yamlFiles)('%s validates against the schema and is a complete bilingual case', (file) => {
    const parsed = parseScenarioYaml(readFileSync(resolve(SCENARIOS, file), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.location}: ${i.message}`).join('\n'));
    const s = parsed.content;
    expect(scenarioGaps(s)).toEqual([]);
    expect(s.modules.length).toBeGreaterThanOrEqual(3);
    expect(s.modules.length).toBeLessThanOrEqual(4);
    expect(injectCount(s)).toBeGreaterThanOrEqual(s.modules.length);
    expect(s.overview.contentNote?.es).toBeTruthy();
  });

  it('load as read-only records with stable ids', () => {
    expect(shippedScenarios().map((s) => s.id)).toContain('shipped-school-dismissal-shooting');
  });
});

describe('scenarios/schema.json', () => {
  it('matches the zod schema (run `npm run scenarios:schema` after changing it)', () => {
    expect(readFileSync(resolve(SCENARIOS, 'schema.json'), 'utf8')).toBe(scenarioJsonSchemaText());
  });
});
