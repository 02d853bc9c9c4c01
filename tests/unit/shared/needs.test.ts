import { describe, expect, it } from 'vitest';
import { areaUsage, needsCiting, newNeed, withEvidence } from '../../../shared/logic';
import { migrate, Workspace } from '../../../shared/model';

const now = new Date('2026-11-27T18:00:00Z');
const ws = (needs: unknown[]) =>
  Workspace.parse({ ...migrate({ schemaVersion: 1, createdAt: now.toISOString(), updatedAt: now.toISOString(), areas: [] }).data, needs });

describe('needs', () => {
  it('makes an open need from a draft, with defaults and trimmed title', () => {
    const need = newNeed({ title: '  Broken alley lights  ', source: 'exercise', areaId: 'a68', evidence: [{ kind: 'exercise-entry', exerciseId: 'e1', entryId: 'n1' }] }, 'need-1', now);
    expect(need).toEqual({
      version: 1,
      id: 'need-1',
      title: 'Broken alley lights',
      description: '',
      categoryId: null,
      areaId: 'a68',
      severity: 'medium',
      status: 'open',
      source: 'exercise',
      evidence: [{ kind: 'exercise-entry', exerciseId: 'e1', entryId: 'n1' }],
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    });
  });

  it('refuses an empty title', () => {
    expect(() => newNeed({ title: '   ', source: 'manual' }, 'x', now)).toThrow();
  });

  it('adds evidence once', () => {
    const need = newNeed({ title: 'Vigil support', source: 'townhall' }, 'n', now);
    const q = { kind: 'question' as const, townhallId: 't', questionId: 'q' };
    const once = withEvidence(need, q, now);
    expect(withEvidence(once, q, now)).toBe(once);
    expect(once.evidence).toEqual([q]);
  });

  it('finds needs citing a record, and counts them as uses of their area', () => {
    const need = newNeed({ title: 'Late-night youth space', source: 'townhall', areaId: 'area-68', evidence: [{ kind: 'question', townhallId: 't', questionId: 'q9' }] }, 'n1', now);
    const workspace = ws([need]);
    expect(needsCiting(workspace, (e) => e.kind === 'question' && e.questionId === 'q9').map((n) => n.id)).toEqual(['n1']);
    expect(areaUsage(workspace, 'area-68')).toEqual([{ collection: 'needs', count: 1 }]);
    expect(areaUsage(workspace, 'area-1')).toEqual([]);
  });
});
