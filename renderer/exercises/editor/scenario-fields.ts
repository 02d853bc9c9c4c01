import type { TFunction } from 'i18next';
import type { ScenarioContent, ScenarioModule } from '../../../shared/model';
import { showValue } from '../../app/conflicts/show-value';

/**
 * A scenario's content as the conflict dialog compares it (app/conflicts): each overview field,
 * the capability, objective, role and resource lists, and each module, as separate fields, so two
 * people editing different modules keep both edits. `contentOf` puts the fields back together.
 */
export type ScenarioFields = Record<string, unknown>;

const OVERVIEW = ['title', 'summary', 'scope', 'threat', 'communityArea', 'contentNote'] as const;

export function scenarioFields(c: ScenarioContent): ScenarioFields {
  const out: ScenarioFields = {};
  for (const f of OVERVIEW) out[`overview.${f}`] = c.overview[f];
  out.capabilities = c.capabilities;
  out.objectives = c.objectives;
  out.roles = c.roles;
  c.modules.forEach((m, i) => (out[`modules.${i}`] = m));
  out.resources = c.resources;
  return out;
}

export function contentOf(v: ScenarioFields): ScenarioContent {
  const overview = Object.fromEntries(OVERVIEW.filter((f) => v[`overview.${f}`] !== undefined).map((f) => [f, v[`overview.${f}`]]));
  const modules = Object.keys(v)
    .filter((k) => k.startsWith('modules.') && v[k] !== undefined)
    .sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)))
    .map((k) => v[k] as ScenarioModule);
  return { overview, capabilities: v.capabilities ?? [], objectives: v.objectives ?? [], roles: v.roles ?? [], modules, resources: v.resources ?? [] } as ScenarioContent;
}

/** A field's name as the editor labels it. */
export function scenarioFieldLabel(t: TFunction, key: string): string {
  if (key.startsWith('overview.')) return t(`tabletop.editor.overview.${key.slice(9)}`);
  if (key.startsWith('modules.')) return t('tabletop.editor.moduleN', { n: Number(key.slice(8)) + 1 });
  return t(`tabletop.editor.${key === 'resources' ? 'resources' : key}`);
}

/** A module as a person compares it: title, minutes, narrative, then one line per inject (time, title). */
export function showScenarioField(t: TFunction, language: string, key: string, value: unknown): string | undefined {
  if (!key.startsWith('modules.') || !value) return undefined;
  const m = value as ScenarioModule;
  const lines = [`${showValue(m.title, language, t)} · ${t('tabletop.editor.minutesShort', { count: m.minutes })}`];
  if (m.narrative) lines.push(showValue(m.narrative, language, t));
  for (const inj of m.injects) lines.push(`${inj.time} ${showValue(inj.title, language, t)}`);
  for (const g of m.questionGroups) lines.push(`${showValue(g.discipline, language, t)}: ${g.questions.length}`);
  return lines.join('\n');
}
