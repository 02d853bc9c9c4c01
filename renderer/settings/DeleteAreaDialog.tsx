import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../shared/model';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';

/**
 * Asks before deleting an area. The server refuses (409) an area that records use; its sentence
 * is shown here and the area stays.
 */
export function DeleteAreaDialog({ area, onClose, onDeleted }: { area: Area; onClose: () => void; onDeleted: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Layout effect: the dialog must close (and give focus back) before React removes it.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    cancelButton.current?.focus();
    return () => d?.close();
  }, []);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await api.call('areas.delete', { id: area.id });
      onDeleted(t('areas.deleted', { name: area.name }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {t('areas.deleteDialog.title', { name: area.name })}
      </h2>
      <p id={`${id}-body`}>{t('areas.deleteDialog.body', { name: area.name, number: area.number })}</p>
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button ref={cancelButton} type="button" className="button button-secondary" onClick={onClose}>
          {t('areas.deleteDialog.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {t('areas.deleteDialog.confirm')}
        </button>
      </div>
    </dialog>
  );
}
