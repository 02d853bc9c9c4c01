import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoomInfo } from '../../../shared/contract';
import type { RoomRole } from '../../../shared/model';
import { useApi, useReloadOnChange } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import type { TownHallData } from '../use-townhall-data';
import { ConfirmDialog } from '../../app/undo/ConfirmDialog';

/** An SVG string from the host's QR encoder, as an image (never injected as markup). */
const svgSrc = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/**
 * "Open to the room": opens the town hall to the venue's network and shows, per role, the code,
 * the link and a QR code big enough to scan from the back of a room; replaces a code; closes the room.
 */
export function RoomPanel({ data }: { data: TownHallData }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const townhallId = data.townhall.id;
  const [room, setRoom] = useState<RoomInfo | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setRoom(await api.call('townhalls.roomStatus', { id: townhallId }));
      setError(null);
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setLoaded(true);
    }
  }, [api, townhallId, t]);
  useEffect(() => void load(), [load]);
  useReloadOnChange(['rooms'], load);

  const act = async (action: () => Promise<string>) => {
    setBusy(true);
    setError(null);
    try {
      setNotice(await action());
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  const open = () =>
    act(async () => {
      setRoom(await api.call('townhalls.openRoom', { id: townhallId }));
      return '';
    });
  // Both cut devices off at once: asked first, in the app (no native dialog).
  const [confirming, setConfirming] = useState<{ kind: 'close' } | { kind: 'replace'; role: RoomRole } | null>(null);
  const close = () =>
    act(async () => {
      await api.call('townhalls.closeRoom', { id: townhallId });
      setRoom(null);
      setConfirming(null);
      return t('townhall.room.closed');
    });
  const replace = (role: RoomRole) =>
    act(async () => {
      setRoom(await api.call('townhalls.revokeInvite', { id: townhallId, role }));
      setConfirming(null);
      return t('townhall.room.replaced', { role: t(`townhall.room.role.${role}`) });
    });

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.room.title')}
      </h2>
      <p className="muted">{t('townhall.room.intro')}</p>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {loaded && !room && (
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void open()}>
          {busy ? t('townhall.room.opening') : t('townhall.room.open')}
        </button>
      )}
      {room && (
        <>
          {room.urls.length === 0 ? (
            <p className="th-chip th-chip-warning" role="alert">
              {t('townhall.room.noNetwork')}
            </p>
          ) : (
            <p>{t('townhall.room.servedAt', { urls: room.urls.join(', ') })}</p>
          )}
          <div className="room-invites">
            {room.invites.map((invite) => {
              const role = t(`townhall.room.role.${invite.role}`);
              return (
                <section key={invite.role} className="room-invite" aria-label={role}>
                  <h3>{role}</h3>
                  <p className="muted">{t(`townhall.room.roleHelp.${invite.role}`)}</p>
                  <p>
                    {t('townhall.room.code')}: <strong className="room-code" data-testid={`code-${invite.role}`}>{invite.code}</strong>
                  </p>
                  {invite.url && (
                    <p>
                      {t('townhall.room.link')}: <a href={invite.url} data-testid={`link-${invite.role}`}>{invite.url}</a>
                    </p>
                  )}
                  {invite.qrSvg && <img className="room-qr" src={svgSrc(invite.qrSvg)} alt={t('townhall.room.qr', { role })} />}
                  <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setConfirming({ kind: 'replace', role: invite.role })}>
                    {t('townhall.room.replace')}
                  </button>
                </section>
              );
            })}
          </div>
          <p>
            <a href={`#/present-room/${encodeURIComponent(townhallId)}`} target="_blank" rel="noopener">
              {t('townhall.room.projector')}
            </a>
          </p>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => setConfirming({ kind: 'close' })}>
            {t('townhall.room.close')}
          </button>
        </>
      )}
      {confirming?.kind === 'close' && (
        <ConfirmDialog title={t('townhall.room.closeTitle')} confirmLabel={t('townhall.room.close')} busy={busy} error={error} onConfirm={() => void close()} onCancel={() => setConfirming(null)}>
          <p>{t('townhall.room.closeBody')}</p>
        </ConfirmDialog>
      )}
      {confirming?.kind === 'replace' && (
        <ConfirmDialog title={t('townhall.room.replaceTitle', { role: t(`townhall.room.role.${confirming.role}`) })} confirmLabel={t('townhall.room.replaceConfirm')} busy={busy} error={error} onConfirm={() => void replace(confirming.role)} onCancel={() => setConfirming(null)}>
          <p>{t('townhall.room.replaceBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
