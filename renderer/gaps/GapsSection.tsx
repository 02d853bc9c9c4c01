import { FutureSection } from '../app/FutureSection';

/** Resources directory and service gaps: what the section will hold until the feature lands. */
export function GapsSection({ focusHeading }: { focusHeading: boolean; path?: string[] }) {
  return <FutureSection section="gaps" focusHeading={focusHeading} />;
}
