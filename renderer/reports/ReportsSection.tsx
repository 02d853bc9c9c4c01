import { FutureSection } from '../app/FutureSection';

/** PDF reports: what the section will hold until the feature lands. */
export function ReportsSection({ focusHeading }: { focusHeading: boolean; path?: string[] }) {
  return <FutureSection section="reports" focusHeading={focusHeading} />;
}
