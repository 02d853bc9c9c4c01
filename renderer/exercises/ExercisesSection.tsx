import { FutureSection } from '../app/FutureSection';

/** Tabletop exercises: what the section will hold until the feature lands. */
export function ExercisesSection({ focusHeading }: { focusHeading: boolean; path?: string[] }) {
  return <FutureSection section="exercises" focusHeading={focusHeading} />;
}
