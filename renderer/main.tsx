import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createDefaultApiClient } from './api';
import { ApiProvider } from './app/api-context';
import { Root } from './app/Root';
import { setupI18n } from './app/i18n';
import { presentTarget } from './exercises/present/present-location';
import { PresentView } from './exercises/present/PresentView';
import { RoomProjector } from './townhall/room/RoomProjector';
import './app/styles.css';

const i18n = setupI18n();
const api = createDefaultApiClient({
  unreachable: () => i18n.t('errors.unreachable'),
  badResponse: () => i18n.t('errors.badResponse'),
});

// The projector view (see exercises/present/present-location.ts) is a page of its own: no shell.
const present = presentTarget(window.location);
// The room projector (`#/present-room/<townhallId>`): approved, redacted questions and the join QR code.
const roomProjector = /^#\/present-room\/([^/?#]+)\/?$/.exec(window.location.hash);

let page = <Root />;
if (present) page = <PresentView exerciseId={present.exerciseId} />;
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
