import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, migrate, steps, UnsupportedVersionError, V2_COLLECTIONS, Workspace, type MigrationStep } from '../../../shared/model';

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

describe('step 4 → 5', () => {
  it('gives every stored record version 1, an exercise’s entries too, and keeps everything else', () => {
    const v2 = {
      schemaVersion: 2,
      areas: [{ id: 'a' }],
      questions: [{ id: 'q', text: 'Lights' }],
      exercises: [{ id: 'e', entries: [{ id: 'n1' }, { id: 'n2', version: 4 }] }],
      scenarios: [{ id: 's', version: 7 }],
      improvementItems: [],
      links: [{ id: 'l' }],
    };
    const v3 = steps[4](v2);
    expect(v3.areas).toEqual([{ id: 'a', version: 1 }]);
    expect(v3.questions).toEqual([{ id: 'q', text: 'Lights', version: 1 }]);
    expect(v3.exercises).toEqual([{ id: 'e', version: 1, entries: [{ id: 'n1', version: 1 }, { id: 'n2', version: 4 }] }]);
    // A scenario already counted its saves: that count is kept.
    expect(v3.scenarios).toEqual([{ id: 's', version: 7 }]);
    expect(v3.links).toEqual([{ id: 'l', version: 1 }]);
    expect(v2.areas).toEqual([{ id: 'a' }]);
  });

  it('upgrades a whole version-1 file to one the current schema reads', () => {
    const { data } = migrate({ schemaVersion: 1, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', areas: [{ id: 'a', number: 1, name: 'Rogers Park', priority: false, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' }] });
    const ws = Workspace.parse(data);
    expect(ws.areas[0].version).toBe(1);
    expect(ws.topics.every((t) => t.version === 1)).toBe(true);
    expect(ws.categories.every((c) => c.version === 1)).toBe(true);
  });
});

describe('step 6 → 7 (room supports by id)', () => {
  it("gives each resident's me too its id, the question and device pair, and drops a repeat of a pair", () => {
    const at = '2026-10-14T18:00:00.000Z';
    const out = steps[6]({
      schemaVersion: 6,
      supports: [
        { questionId: 'q1', deviceId: 'dev-a', clientId: 'c1', at },
        { questionId: 'q1', deviceId: 'dev-b', clientId: 'c2', at },
        { questionId: 'q1', deviceId: 'dev-a', clientId: 'c3', at },
      ],
    });
    expect(out.supports).toEqual([
      { id: 'q1:dev-a', questionId: 'q1', deviceId: 'dev-a', clientId: 'c1', at },
      { id: 'q1:dev-b', questionId: 'q1', deviceId: 'dev-b', clientId: 'c2', at },
    ]);
    expect(steps[6]({ schemaVersion: 6 })).toEqual({ schemaVersion: 6 });
  });
});

describe('step 7 → 8 ("Not a duplicate" decisions stored)', () => {
  it('adds an empty duplicateDismissals collection and keeps everything else as it was', async () => {
    const { duplicateDismissalsStep } = await import('../../../shared/model');
    const before = { schemaVersion: 7, questions: [{ id: 'q1', text: 'Lights?' }], supports: [] };
    const after = steps[7](before);
    expect(after).toEqual({ schemaVersion: 7, questions: [{ id: 'q1', text: 'Lights?' }], supports: [], duplicateDismissals: [] });
    expect(before).toEqual({ schemaVersion: 7, questions: [{ id: 'q1', text: 'Lights?' }], supports: [] });
    expect(steps[7]).toBe(duplicateDismissalsStep);
  });

  it('keeps a list a file already has', () => {
    const kept = [{ id: 'd1', townhallId: 't', questionIds: ['a', 'b'] }];
    expect(steps[7]({ schemaVersion: 7, duplicateDismissals: kept }).duplicateDismissals).toBe(kept);
  });

  it('a version-7 file opens as a valid current workspace with no decisions', () => {
    const v1 = { schemaVersion: 1, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', areas: [] };
    const { data } = migrate(v1);
    expect(data.schemaVersion).toBe(8);
    expect(data.duplicateDismissals).toEqual([]);
    expect(Workspace.safeParse(data).success).toBe(true);
  });
});
