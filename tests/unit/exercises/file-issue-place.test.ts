import { describe, expect, it } from 'vitest';
import { parseScenarioYaml, readScenarioFile } from '../../../shared/logic';

// Where a problem is must travel as numbers and names, not as English words the UI would have to
// parse: the Spanish UI says "Línea 3, columna 5" from these fields.
describe('file problems say where, as data', () => {
  it('a YAML syntax error carries its line and column', () => {
    const parsed = parseScenarioYaml('title: Heat\nmodules:\n  - title: [unclosed\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]).toEqual(expect.objectContaining({ line: expect.any(Number), column: expect.any(Number) }));
    expect(parsed.issues[0].location).toBe(`line ${parsed.issues[0].line}, column ${parsed.issues[0].column}`);
  });

  it('a key written twice carries the line and column of the second one', () => {
    const parsed = parseScenarioYaml('title: Heat\ntitle: Cold\nmodules: []\n');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues[0]).toEqual(expect.objectContaining({ key: 'yaml.duplicateKey', line: 2, column: 1 }));
  });

  it('an MSEL row that breaks the scenario rules carries its spreadsheet line and column name', () => {
    const csv = 'Time,Title,Description,Audience\n00:05,,The radio goes quiet,room\n';
    const r = readScenarioFile(new TextEncoder().encode(csv), 'csv', 'msel.csv');
    const placed = r.issues.filter((i) => i.line !== undefined);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed[0]).toEqual(expect.objectContaining({ line: 2 }));
  });
});

describe('MSEL problems found row by row', () => {
  it('a time that cannot be read carries its line and the time column', () => {
    const csv = 'Time,Title,Description,Audience\n00:05,Radio,The radio goes quiet,room\nsoon,Phones,Phones ring,room\n';
    const r = readScenarioFile(new TextEncoder().encode(csv), 'csv', 'msel.csv');
    expect(r.issues).toContainEqual(expect.objectContaining({ key: 'msel.badTime', line: 3, column: 'Time' }));
  });
});
