import { useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ExercisesSection } from '../exercises/ExercisesSection';
import { GapsSection } from '../gaps/GapsSection';
import { ReportsSection } from '../reports/ReportsSection';
import { SettingsSection } from '../settings/SettingsSection';
import { TownHallsSection } from '../townhall/TownHallsSection';
import { markAppReady } from './app-ready';
import { AppHeader } from './AppHeader';
import { ErrorAlert } from './ErrorAlert';
import { Navigation } from './Navigation';
import { RecoveryNotice } from './RecoveryNotice';
import { UndoProvider } from './undo/UndoToast';
import { useSectionRoute } from './use-section-route';
import { useWorkspaceStatus } from './use-workspace-status';

/** The shell: skip link, header, left navigation and the current section. */
export function App() {
  const { t } = useTranslation();
  const { section, path, navigated } = useSectionRoute();
  const main = useRef<HTMLElement>(null);
  const { status, error, reload } = useWorkspaceStatus();

  useEffect(() => {
    // The first answer, data or error, means the app has loaded.
    if (status || error) markAppReady();
  }, [status, error]);

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
      <AppHeader />
      <div className="app-body">
        <Navigation current={section} />
        <main id="main-content" ref={main} tabIndex={-1} className="app-main">
          <div className="app-main-inner">
            <ErrorAlert message={error} onRetry={() => void reload()} />
            {status?.recovery && section !== 'settings' && <RecoveryNotice />}
            {section === 'exercises' && <ExercisesSection focusHeading={navigated} path={path} />}
            {section === 'townhalls' && <TownHallsSection focusHeading={navigated} path={path} />}
            {section === 'gaps' && <GapsSection focusHeading={navigated} path={path} />}
            {section === 'reports' && <ReportsSection focusHeading={navigated} path={path} />}
            {section === 'settings' && <SettingsSection focusHeading={navigated} path={path} />}
          </div>
        </main>
      </div>
    </div>
    </UndoProvider>
  );
}
