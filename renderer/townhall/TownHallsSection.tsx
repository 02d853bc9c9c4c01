import { FutureSection } from '../app/FutureSection';

/** Town-hall question capture: what the section will hold until the feature lands. */
export function TownHallsSection({ focusHeading }: { focusHeading: boolean; path?: string[] }) {
  return <FutureSection section="townhalls" focusHeading={focusHeading} />;
}
