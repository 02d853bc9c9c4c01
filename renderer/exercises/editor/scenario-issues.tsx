import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { FieldIssue } from '../../../shared/contract';
import { issueText } from '../../settings/field-errors';

/**
 * The scenario editor's validation problems, each shown beside its field: the server names a
 * field by its path (`modules[3].injects[0].time`); the editor's inputs look theirs up here. The
 * list at the top of the form names each place in the editor's own words ("Module 4 › Inject 1 ›
 * Scenario time"), never the path.
 */
export const ScenarioIssues = createContext<ReadonlyMap<string, string>>(new Map());

/** Issues by path, in the UI's language (the first one per path). */
export function issuesByPath(issues: readonly FieldIssue[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const i of issues) if (!out.has(i.path)) out.set(i.path, issueText(i));
  return out;
}

/** The problem at `path` (or inside it: `title.en` counts for `title`), if any. */
export function useIssueAt(path: string): string | undefined {
  const issues = useContext(ScenarioIssues);
  const direct = issues.get(path);
  if (direct) return direct;
  for (const [p, text] of issues) if (p.startsWith(`${path}.`) || p.startsWith(`${path}[`)) return text;
  return undefined;
}

/** The problem at `path`, as the field's error line (nothing when there is none). */
export function IssueLine({ path, id }: { path: string; id?: string }) {
  const text = useIssueAt(path);
  return text ? (
    <p id={id} className="field-error" data-issue-path={path}>
      {text}
    </p>
  ) : null;
}

const LISTS: Readonly<Record<string, string>> = {
  capabilities: 'tabletop.editor.capabilityN',
  objectives: 'tabletop.editor.objectiveN',
  roles: 'tabletop.editor.roleN',
  modules: 'tabletop.editor.moduleN',
  injects: 'tabletop.editor.injectN',
  questionGroups: 'tabletop.editor.paths.questionGroupN',
  resources: 'tabletop.editor.paths.resourceN',
  expectedActions: 'tabletop.editor.paths.expectedActionN',
  questions: 'tabletop.editor.paths.questionN',
};

/** A field's name in a given place: what the editor labels it there. */
function leaf(t: TFunction, name: string, parent: string | undefined): string | null {
  if (parent === 'overview') return t(`tabletop.editor.overview.${name}`);
  const byName: Record<string, string> = {
    title: parent === 'modules' ? 'tabletop.editor.moduleTitle' : parent === 'injects' ? 'tabletop.editor.injectTitle' : 'tabletop.editor.paths.title',
    text: parent === 'injects' ? 'tabletop.editor.injectText' : 'tabletop.editor.paths.text',
    minutes: 'tabletop.editor.minutes',
    time: 'tabletop.editor.time',
    narrative: 'tabletop.editor.narrative',
    audience: 'tabletop.editor.audience',
    capability: 'tabletop.editor.capability',
    capabilities: parent === 'objectives' ? 'tabletop.editor.exercises' : 'tabletop.editor.capabilities',
    roles: parent === 'injects' ? 'tabletop.editor.injectRoles' : 'tabletop.editor.roles',
    expectedActions: 'tabletop.editor.expectedActions',
    discipline: 'tabletop.editor.discipline',
    questions: 'tabletop.editor.questionLines',
    questionGroups: 'tabletop.editor.questions',
    injects: 'tabletop.editor.injects',
    modules: 'tabletop.editor.paths.modules',
    overview: 'tabletop.editor.overviewTitle',
    objectives: 'tabletop.editor.objectives',
    resources: 'tabletop.editor.resources',
    name: 'tabletop.editor.paths.name',
    id: 'tabletop.editor.paths.id',
    en: 'tabletop.editor.lang.en',
    es: 'tabletop.editor.lang.es',
  };
  return byName[name] ? t(byName[name]) : null;
}

/** `modules[3].injects[0].time` → "Module 4 › Inject 1 › Scenario time (hh:mm)", in the UI's language. */
export function scenarioPathWords(t: TFunction, path: string): string {
  const tokens = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]));
  const words: string[] = [];
  let parent: string | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (typeof token === 'number') continue;
    const next = tokens[i + 1];
    if (typeof next === 'number' && LISTS[token]) {
      words.push(t(LISTS[token], { n: next + 1 }));
      parent = token;
      i++;
      continue;
    }
    const word = leaf(t, token, parent);
    if (word) words.push(word);
    parent = token;
  }
  return words.join(' › ') || t('tabletop.editor.paths.scenario');
}

const CONTROLS = 'input, select, textarea, button';

/** `modules[3].injects[0]` for `modules[3].injects[0].time`; '' at the top. */
export function parentPath(path: string): string {
  return path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
}

/**
 * Moves focus to the editor's field for a problem's path (`modules[3].injects[0].time`): the
 * control beside the problem's line, else the nearest enclosing place the editor marks with
 * `data-issue-path` (the inject, the module). Scrolls it to the middle of the view.
 */
export function focusScenarioPath(path: string, root: ParentNode = document): boolean {
  for (let p = path; p; p = parentPath(p)) {
    const marked = root.querySelector<HTMLElement>(`[data-issue-path="${CSS.escape(p)}"]`);
    if (!marked) continue;
    const control = marked.matches(CONTROLS) ? marked : marked.closest('.field, fieldset, .repeat, section')?.querySelector<HTMLElement>(CONTROLS);
    const target = control ?? marked;
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  return false;
}

/** The value at a problem's path in a scenario (`modules[3].injects[0].time`), or undefined. */
export function valueAtPath(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[m[2] !== undefined ? Number(m[2]) : m[1]];
  }
  return current;
}
