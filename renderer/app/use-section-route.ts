import { useEffect, useState } from 'react';
import { DEFAULT_SECTION, routeFromHash, type SectionId } from './routes';

/**
 * The current section (and the feature's own sub-path) from the URL hash. `navigated` is true
 * once the person has moved between sections, so the new section's heading can take focus (not
 * on first load, and not when only the sub-path changes).
 */
export function useSectionRoute(): { section: SectionId; path: string[]; navigated: boolean } {
  const [state, setState] = useState(() => {
    const route = routeFromHash(window.location.hash);
    return { section: route?.section ?? DEFAULT_SECTION, path: route?.path ?? [], navigated: false };
  });
  useEffect(() => {
    const onHashChange = () => {
      const next = routeFromHash(window.location.hash);
      if (next) setState((prev) => ({ section: next.section, path: next.path, navigated: prev.navigated || next.section !== prev.section }));
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return state;
}
