import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AppHeader } from '../../app/AppHeader';
import { markAppReady } from '../../app/app-ready';
import { ErrorAlert } from '../../app/ErrorAlert';
import { UndoProvider } from '../../app/undo/UndoToast';
import { CapturePanel } from '../capture/CapturePanel';
import { ModerationPanel } from '../moderation/ModerationPanel';
import { useTownHallData } from '../use-townhall-data';
import '../townhall.css';

/**
 * A device that joined a town hall by code: the capture view (note-taker) or the moderation view
 * (moderator) of that one town hall, with no navigation to anything else.
 */
export function RoomDevice({ role, townhallId }: { role: 'note-taker' | 'moderator'; townhallId: string }) {
  const { t } = useTranslation();
  const { data, loadError, reload } = useTownHallData(townhallId, { roomDevice: true });
  useEffect(() => {
    if (data || loadError) markAppReady();
  }, [data, loadError]);
  // The moderation view offers undo (merges, deletes) as the whole app does.
  return (
    <UndoProvider>
    <div className="app">
      <AppHeader />
      <main id="main-content" tabIndex={-1} className="app-main">
        <div className="app-main-inner th-scope">
          <h1>{data?.townhall.title ?? t('townhall.title')}</h1>
          <p className="muted">{t('townhall.room.device', { role: t(`townhall.room.role.${role}`), title: data?.townhall.title ?? '' })}</p>
          <ErrorAlert message={loadError} onRetry={() => void reload()} />
          {data && role === 'note-taker' && <CapturePanel data={data} />}
          {data && role === 'moderator' && <ModerationPanel data={data} />}
        </div>
      </main>
    </div>
    </UndoProvider>
  );
}
