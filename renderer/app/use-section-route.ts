import { useEffect, useState } from 'react';
import { DEFAULT_SECTION, sectionFromHash, type SectionId } from './routes';

/**
 * The current section from the URL hash. `navigated` is true once the person has moved between
 * sections, so the new section's heading can take focus (not on first load).
 */
export function useSectionRoute(): { section: SectionId; navigated: boolean } {
  const [state, setState] = useState(() => ({ section: sectionFromHash(window.location.hash) ?? DEFAULT_SECTION, navigated: false }));
  useEffect(() => {
    const onHashChange = () => {
      const next = sectionFromHash(window.location.hash);
      if (next) setState({ section: next, navigated: true });
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return state;
}
