import { routeHref } from '../app/routes';

/** Every place inside the Exercises section, as hash routes. */
export const exerciseRoutes = {
  home: () => routeHref('exercises'),
  scenario: (id: string) => routeHref('exercises', 'scenarios', id),
  editScenario: (id: string) => routeHref('exercises', 'scenarios', id, 'edit'),
  newExercise: (scenarioId: string) => routeHref('exercises', 'new', scenarioId),
  console: (id: string) => routeHref('exercises', 'run', id),
  setup: (id: string) => routeHref('exercises', 'run', id, 'setup'),
  hotWash: (id: string) => routeHref('exercises', 'run', id, 'hotwash'),
};

export function go(href: string): void {
  window.location.hash = href.slice(1);
}
