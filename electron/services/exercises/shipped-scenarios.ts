import communityEvent from '../../../scenarios/community-event-trauma-response.yaml?raw';
import hotSpot from '../../../scenarios/hot-spot-block.yaml?raw';
import schoolDismissal from '../../../scenarios/school-dismissal-shooting.yaml?raw';
import summerNights from '../../../scenarios/summer-nights-safe-spaces.yaml?raw';
import { parseScenarioYaml } from '../../../shared/logic';
import type { StoredScenario } from '../../../shared/model';

/** The cases that ship with Convene, bundled into the build (never read from disk at run time). */
export const SHIPPED_SCENARIO_FILES: Record<string, string> = {
  'school-dismissal-shooting': schoolDismissal,
  'summer-nights-safe-spaces': summerNights,
  'hot-spot-block': hotSpot,
  'community-event-trauma-response': communityEvent,
};

export const SHIPPED_PREFIX = 'shipped-';
const SHIPPED_AT = '2025-01-01T00:00:00.000Z';

let cache: StoredScenario[] | null = null;

/** Shipped scenarios as records. Read-only: duplicating one makes an editable copy in the workspace. */
export function shippedScenarios(): StoredScenario[] {
  cache ??= Object.entries(SHIPPED_SCENARIO_FILES).map(([slug, text]) => {
    const parsed = parseScenarioYaml(text);
    if (!parsed.ok) throw new Error(`The shipped scenario ${slug} is invalid: ${parsed.issues.map((i) => `${i.location}: ${i.message}`).join('; ')}`);
    return { id: `${SHIPPED_PREFIX}${slug}`, content: parsed.content, basedOn: null, version: 1, createdAt: SHIPPED_AT, updatedAt: SHIPPED_AT };
  });
  return cache;
}

export const isShipped = (id: string) => id.startsWith(SHIPPED_PREFIX);
