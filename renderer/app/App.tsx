import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { markAppReady } from './app-ready';
import { AppHeader } from './AppHeader';
import { ErrorAlert } from './ErrorAlert';
import { Navigation } from './Navigation';
import { RecoveryNotice } from './RecoveryNotice';
import { UndoProvider } from './undo/UndoToast';
import { LeaveGuard } from './forms/unsaved-guard';
import { loadSection, prefetchSections, SECTION_COMPONENTS } from './sections';
import { useSectionRoute } from './use-section-route';
import { useWorkspaceStatus } from './use-workspace-status';
import { useWorkspaceGeneration } from './use-workspace-generation';

/** The shell: skip link, header, left navigation and the current section. */
export function App() {
  const { t } = useTranslation();
  const { section, path, navigated } = useSectionRoute();
  const main = useRef<HTMLElement>(null);
  const { status, error, reload } = useWorkspaceStatus();
  const Section = SECTION_COMPONENTS[section];
  // Another workspace opened: every section starts afresh (Settings keeps its own switch message).
  const generation = useWorkspaceGeneration(status?.dataFile);

  useEffect(() => {
    // The first answer, data or error, and the current section's code mean the app has loaded.
    if (status || error) void loadSection(section).then(markAppReady, markAppReady);
  }, [status, error, section]);
  // Once the first screen is up, the other sections load in the background so a later click is instant.
  useEffect(() => prefetchSections(), []);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    // The hash holds the route, so move focus instead of following the link.
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <UndoProvider>
    <div className="app">
      <a href="#main-content" className="skip-link" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <AppHeader dataFile={status?.dataFile} />
      <div className="app-body">
        <Navigation current={section} />
        <main id="main-content" ref={main} tabIndex={-1} className="app-main">
          <div className="app-main-inner">
            <ErrorAlert message={error} onRetry={() => void reload()} />
            {status?.recovery && section !== 'settings' && <RecoveryNotice kind={status.recovery.kind} />}
            <Suspense fallback={<p className="muted" role="status">{t('app.loading')}</p>}>
              <Section key={section === 'settings' ? 'settings' : generation} focusHeading={navigated} path={path} />
            </Suspense>
          </div>
        </main>
      </div>
    <LeaveGuard />
    </div>
    </UndoProvider>
  );
}
