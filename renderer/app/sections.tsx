import { lazy, type ComponentType } from 'react';
import { whenIdle } from './when-idle';
import type { SectionId } from './routes';

/** What every section component takes. */
export type SectionProps = { focusHeading: boolean; path?: string[] };

/**
 * Each section is its own chunk, loaded when first shown, so the first screen downloads and
 * parses only its own code (the gap map's canvas library, for one, only on the gap map).
 * `loadSection` returns the same promise each time (modules are cached), so the shell can wait
 * for the current section before it marks the app ready.
 */
const loaders: Record<SectionId, () => Promise<{ default: ComponentType<SectionProps> }>> = {
  exercises: () => import('../exercises/ExercisesSection').then((m) => ({ default: m.ExercisesSection })),
  townhalls: () => import('../townhall/TownHallsSection').then((m) => ({ default: m.TownHallsSection })),
  gaps: () => import('../gaps/GapsSection').then((m) => ({ default: m.GapsSection })),
  reports: () => import('../reports/ReportsSection').then((m) => ({ default: m.ReportsSection })),
  settings: () => import('../settings/SettingsSection').then((m) => ({ default: m.SettingsSection })),
  help: () => import('../help/HelpSection').then((m) => ({ default: m.HelpSection })),
};

export function loadSection(id: SectionId): Promise<unknown> {
  return loaders[id]();
}

/** Loads every section's code when the browser is idle (after the first screen); returns a cancel function. */
export function prefetchSections(): () => void {
  const run = () => {
    for (const id of Object.keys(loaders) as SectionId[]) void loaders[id]().catch(() => undefined);
  };
  return whenIdle(run, 3000, 1000);
}

export const SECTION_COMPONENTS: Record<SectionId, ComponentType<SectionProps>> = {
  exercises: lazy(loaders.exercises),
  townhalls: lazy(loaders.townhalls),
  gaps: lazy(loaders.gaps),
  reports: lazy(loaders.reports),
  settings: lazy(loaders.settings),
  help: lazy(loaders.help),
};
