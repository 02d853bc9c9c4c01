import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

const NODE_BUILTINS = /^(node:|fs$|path$|os$|child_process$|crypto$|http$|url$)/;

describe('room boundaries (DESIGN.md)', () => {
  it('shared/ never imports electron, Node or the DOM', () => {
    for (const file of sourceFiles('shared')) {
      for (const spec of imports(file)) {
        expect(spec, file).not.toMatch(/^electron/);
        expect(spec, file).not.toMatch(NODE_BUILTINS);
        expect(spec.startsWith('../../electron') || spec.startsWith('../../renderer'), `${file} imports ${spec}`).toBe(false);
      }
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(window|document|localStorage)\./);
    }
  });

  it('renderer/ never imports electron or Node', () => {
    for (const file of sourceFiles('renderer')) {
      for (const spec of imports(file)) {
        expect(spec, file).not.toMatch(/^electron/);
        expect(spec, file).not.toMatch(NODE_BUILTINS);
        expect(spec, file).not.toMatch(/\/electron\//);
      }
    }
  });

  it('only electron/main.ts, electron/preload.ts and their own folders import electron', () => {
    for (const file of sourceFiles('electron')) {
      const allowed = /^electron\/(main|preload)(\.ts|\/)/.test(file);
      if (!allowed) expect(imports(file).filter((s) => s === 'electron'), file).toEqual([]);
    }
  });
});
