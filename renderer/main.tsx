import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createDefaultApiClient } from './api';
import { ApiProvider } from './app/api-context';
import { App } from './app/App';
import { setupI18n } from './app/i18n';
import { presentTarget } from './exercises/present/present-location';
import './app/styles.css';

const i18n = setupI18n();
const api = createDefaultApiClient({
  unreachable: () => i18n.t('errors.unreachable'),
  badResponse: () => i18n.t('errors.badResponse'),
});

// The projector view (see exercises/present/present-location.ts) is a page of its own: no shell.
const present = presentTarget(window.location);
// Its own chunk: the projector loads none of the shell's sections, and the shell none of it.
const PresentView = lazy(() => import('./exercises/present/PresentView').then((m) => ({ default: m.PresentView })));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        {present ? (
          <Suspense>
            <PresentView exerciseId={present.exerciseId} />
          </Suspense>
        ) : (
          <App />
        )}
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
