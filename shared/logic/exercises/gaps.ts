import type { ScenarioContent } from '../../model';

export type ScenarioGap =
  | { kind: 'overview-field'; field: 'summary' | 'scope' | 'threat' | 'communityArea' | 'contentNote' }
  | { kind: 'no-objectives' }
  | { kind: 'no-capabilities' }
  | { kind: 'module-without-injects'; module: number }
  | { kind: 'module-without-questions'; module: number }
  | { kind: 'module-without-narrative'; module: number }
  | { kind: 'missing-spanish'; count: number };

/** Every bilingual text in the scenario, with a flag for whether it has Spanish. */
function* texts(value: unknown): Generator<{ en: string; es?: string }> {
  if (Array.isArray(value)) for (const v of value) yield* texts(v);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string' && Object.keys(o).every((k) => k === 'en' || k === 'es')) yield o as { en: string; es?: string };
    else for (const v of Object.values(o)) yield* texts(v);
  }
}

/**
 * What a complete, runnable case still lacks. A scenario with gaps can be saved and even run (a
 * module without injects is a discussion-only module); the editor and library show the list.
 */
export function scenarioGaps(s: ScenarioContent): ScenarioGap[] {
  const gaps: ScenarioGap[] = [];
  for (const field of ['summary', 'scope', 'threat', 'communityArea', 'contentNote'] as const) if (!s.overview[field]) gaps.push({ kind: 'overview-field', field });
  if (s.objectives.length === 0) gaps.push({ kind: 'no-objectives' });
  if (s.capabilities.length === 0) gaps.push({ kind: 'no-capabilities' });
  s.modules.forEach((m, i) => {
    if (!m.narrative) gaps.push({ kind: 'module-without-narrative', module: i });
    if (m.injects.length === 0) gaps.push({ kind: 'module-without-injects', module: i });
    if (m.questionGroups.length === 0) gaps.push({ kind: 'module-without-questions', module: i });
  });
  const noSpanish = [...texts(s)].filter((t) => !t.es).length;
  if (noSpanish > 0) gaps.push({ kind: 'missing-spanish', count: noSpanish });
  return gaps;
}

export function injectCount(s: ScenarioContent): number {
  return s.modules.reduce((n, m) => n + m.injects.length, 0);
}
