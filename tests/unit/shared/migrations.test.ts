import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrate, steps, UnsupportedVersionError, V2_COLLECTIONS, type MigrationStep } from '../../../shared/model';

describe('migrate', () => {
  it('has one step for every version below the current one', () => {
    for (let v = 1; v < CURRENT_SCHEMA_VERSION; v++) expect(steps[v], `step ${v} -> ${v + 1}`).toBeTypeOf('function');
  });

  it('leaves a current file as it is', () => {
    const data = { schemaVersion: CURRENT_SCHEMA_VERSION, areas: [] };
    expect(migrate(data)).toEqual({ data, from: CURRENT_SCHEMA_VERSION });
  });

  it('applies each step in order, once, and stamps each version', () => {
    const seen: number[] = [];
    const chain: Record<number, MigrationStep> = {
      1: (d) => (seen.push(d.schemaVersion as number), { ...d, b: 'added in 2' }),
      2: (d) => (seen.push(d.schemaVersion as number), { ...d, c: `${d.b} then 3` }),
    };
    const out = migrate({ schemaVersion: 1, a: 1 }, 3, chain);
    expect(seen).toEqual([1, 2]);
    expect(out).toEqual({ from: 1, data: { schemaVersion: 3, a: 1, b: 'added in 2', c: 'added in 2 then 3' } });
  });

  it('does not modify its input', () => {
    const input = { schemaVersion: 1, list: [1] };
    migrate(input, 2, { 1: (d) => ({ ...d, list: [...(d.list as number[]), 2] }) });
    expect(input).toEqual({ schemaVersion: 1, list: [1] });
  });

  it('refuses a newer version with a message that says to update', () => {
    expect(() => migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toThrow(/newer version of Convene/);
  });

  it.each([null, [], 'text', { schemaVersion: '1' }, { schemaVersion: 0 }, { schemaVersion: 1.5 }, {}])('refuses %j', (input) => {
    expect(() => migrate(input)).toThrow(UnsupportedVersionError);
  });
});

describe('step 1 → 2', () => {
  it('adds every new collection empty and keeps what was there', () => {
    const v1 = { schemaVersion: 1, createdAt: 'c', updatedAt: 'u', areas: [{ id: 'a' }] };
    const v2 = steps[1](v1);
    expect(v2.areas).toEqual([{ id: 'a' }]);
    for (const name of V2_COLLECTIONS.filter((n) => n !== 'categories' && n !== 'topics')) expect(v2[name], name).toEqual([]);
    expect((v2.categories as { code: string }[]).map((c) => c.code)).toContain('street-outreach');
    expect((v2.topics as { code: string }[]).map((c) => c.code)).toContain('policing');
    expect(v1).toEqual({ schemaVersion: 1, createdAt: 'c', updatedAt: 'u', areas: [{ id: 'a' }] });
  });

  it('keeps a collection a file already has', () => {
    expect(steps[1]({ schemaVersion: 1, areas: [], scenarios: [{ id: 's' }] }).scenarios).toEqual([{ id: 's' }]);
  });
});

describe('the room step (version 3 to 4)', () => {
  it('makes every earlier question public as before, with no clientId or device, and adds rooms and supports', async () => {
    const { roomStep } = await import('../../../shared/model');
    const before = { schemaVersion: 3, questions: [{ id: 'q1', text: 'Lights?' }, { id: 'q2', text: 'Parks?', visibility: 'pending' }] };
    const after = roomStep(before);
    expect(after.questions).toEqual([
      { id: 'q1', text: 'Lights?', visibility: 'shown', clientId: null, deviceId: null },
      { id: 'q2', text: 'Parks?', visibility: 'pending', clientId: null, deviceId: null },
    ]);
    expect(after.rooms).toEqual([]);
    expect(after.supports).toEqual([]);
    expect(before.questions[0]).toEqual({ id: 'q1', text: 'Lights?' });
  });
});
