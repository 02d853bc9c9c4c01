import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract, METHOD_NAMES } from '../../../shared/contract';

const COLLECTIONS = ['areas', 'scenarios', 'exercises', 'townhalls', 'questions', 'resources', 'needs', 'links', 'reports', 'workspace'];

describe('the contract', () => {
  it('names every method <collection>.<verb> with a known collection', () => {
    for (const name of METHOD_NAMES) {
      const [collection, verb, ...rest] = name.split('.');
      expect(rest, name).toEqual([]);
      expect(COLLECTIONS, name).toContain(collection);
      expect(verb, name).toMatch(/^[a-z][a-zA-Z]*$/);
    }
  });

  it('gives every method an input and output schema that JSON Schema can describe', () => {
    for (const name of METHOD_NAMES) {
      const spec = contract[name];
      expect(spec.input).toBeInstanceOf(z.ZodType);
      expect(spec.output).toBeInstanceOf(z.ZodType);
      expect(spec.summary.length, name).toBeGreaterThan(10);
      expect(() => z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' })).not.toThrow();
    }
  });

  it('normalises typed labels: trims, collapses spaces, composes accents, refuses empty', () => {
    const parse = contract['areas.create'].input.parse;
    expect(parse({ name: '  Pen\u0303a   Norte ' }).name).toBe('Peña Norte');
    expect(() => parse({ name: ' \t ' })).toThrow(/must not be empty/);
    expect(() => parse({ name: 'x'.repeat(201) })).toThrow(/at most 200/);
  });
});
