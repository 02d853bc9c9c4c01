import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicQuestion, RoomInfo } from '../../../shared/contract';
import { useApi, useReloadOnChange } from '../../app/api-context';
import { markAppReady } from '../../app/app-ready';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import '../townhall.css';

/**
 * The room on the projector: the questions a moderator has shown, redacted by the services (never
 * who asked), most raised first with live "me too" counts, and the residents' join code and QR code.
 */
export function RoomProjector({ townhallId }: { townhallId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const language = i18n.language === 'es' ? 'es' : 'en';
  const [questions, setQuestions] = useState<PublicQuestion[]>([]);
  const [room, setRoom] = useState<RoomInfo | null>(null);
  const [title, setTitle] = useState('');
  const [loaded, setLoaded] = useState(false);

  const load = useCallback(async () => {
    try {
      const [list, status, townhall] = await Promise.all([api.call('townhalls.publicQuestions', { id: townhallId, language }), api.call('townhalls.roomStatus', { id: townhallId }), api.call('townhalls.get', { id: townhallId })]);
      setQuestions(list);
      setRoom(status);
      setTitle(townhall.title);
    } catch {
      /* the next change event tries again */
    } finally {
      setLoaded(true);
    }
  }, [api, townhallId, language]);
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (loaded) markAppReady();
    document.title = `${t('townhall.room.projectorTitle')} · ${t('app.name')}`;
  }, [loaded, t]);
  useReloadOnChange(['questions', 'rooms', 'townhalls'], load);
  const resident = room?.invites.find((i) => i.role === 'resident');

  return (
    <div className="present room-projector">
      <div className="present-lang">
        <LanguageSwitch />
      </div>
      <main className="room-projector-main">
        <section className="room-projector-questions" aria-label={t('townhall.room.projectorTitle')}>
          <h1 className="present-title">{title || t('townhall.room.projectorTitle')}</h1>
          {loaded && questions.length === 0 && <p className="present-wait">{t('townhall.room.projectorEmpty')}</p>}
          <ol className="room-projector-list" aria-live="polite">
            {questions.map((q) => (
              <li key={q.id} data-testid="projector-question">
                <p>{q.text}</p>
                <span className="room-projector-raised">{t('townhall.room.projectorRaised', { count: q.raised })}</span>
              </li>
            ))}
          </ol>
        </section>
        <aside className="room-projector-join" aria-label={t('townhall.room.projectorJoin')}>
          {resident?.qrSvg ? (
            <>
              <h2>{t('townhall.room.projectorJoin')}</h2>
              <img className="room-qr" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(resident.qrSvg)}`} alt={t('townhall.room.qr', { role: t('townhall.room.role.resident') })} />
              <p className="room-code">{resident.code}</p>
              <p>{resident.url}</p>
            </>
          ) : (
            loaded && !room && <p className="present-wait">{t('townhall.room.projectorClosed')}</p>
          )}
        </aside>
      </main>
    </div>
  );
}
