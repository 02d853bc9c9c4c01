import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createDefaultApiClient } from './api';
import { ApiProvider } from './app/api-context';
import { Root } from './app/Root';
import { setupI18n } from './app/i18n';
import { presentTarget } from './exercises/present/present-location';
import { RoomProjector } from './townhall/room/RoomProjector';
import './app/styles.css';

const i18n = setupI18n();
const api = createDefaultApiClient({
  unreachable: () => i18n.t('errors.unreachable'),
  badResponse: () => i18n.t('errors.badResponse'),
});

// The desktop menu follows the UI language (the browser host has no menu of its own).
if (api.kind !== 'http') {
  const tellMenu = (language: string) => void api.call('workspace.setLanguage', { language: language === 'es' ? 'es' : 'en' }).catch(() => undefined);
  tellMenu(i18n.language);
  i18n.on('languageChanged', tellMenu);
}

// The projector view (see exercises/present/present-location.ts) is a page of its own: no shell.
const present = presentTarget(window.location);
// Its own chunk: the projector loads none of the shell's sections, and the shell none of it.
const PresentView = lazy(() => import('./exercises/present/PresentView').then((m) => ({ default: m.PresentView })));
// The room projector (`#/present-room/<townhallId>`): approved, redacted questions and the join QR code.
const roomProjector = /^#\/present-room\/([^/?#]+)\/?$/.exec(window.location.hash);

let page = <Root />;
if (present)
  page = (
    <Suspense>
      <PresentView exerciseId={present.exerciseId} />
    </Suspense>
  );
if (roomProjector) page = <RoomProjector townhallId={decodeURIComponent(roomProjector[1])} />;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        {page}
      </ApiProvider>
    </I18nextProvider>
  </StrictMode>,
);
