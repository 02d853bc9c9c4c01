import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../ErrorAlert';
import { ConfirmDialog } from './ConfirmDialog';
import { useUndo, type ToastMessage } from './UndoToast';

/**
 * A delete button for one record. When the delete takes other records with it, `cascade` says
 * what, and the in-app dialog asks first; otherwise it deletes at once. Either way the shared
 * toast then says what was deleted, with Undo for a few seconds. `onDeleted` should move focus
 * somewhere sensible (the list's next row or heading), since this button is gone.
 */
export function DeleteButton({
  label,
  accessibleName,
  confirmTitle,
  confirmLabel,
  cascade,
  deletedMessage,
  run,
  onDeleted,
  onUndone,
  className = 'button button-danger-quiet button-small',
}: {
  label: string;
  accessibleName: string;
  confirmTitle: string;
  confirmLabel: string;
  cascade: ReactNode | null;
  /** Best a key and values (`{ key, params }`), so the toast follows a language switch. */
  deletedMessage: ToastMessage;
  run: () => Promise<{ undoToken?: string }>;
  onDeleted?: () => void;
  onUndone?: () => void;
  className?: string;
}) {
  const { t } = useTranslation();
  const undo = useUndo();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      const answer = await run();
      setAsking(false);
      undo.announce(deletedMessage, answer.undoToken, onUndone);
      onDeleted?.();
    } catch (e) {
      const message = messageOf(e, t('errors.unexpected'));
      if (asking) setError(message);
      else undo.announce(message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className={className} disabled={busy} aria-label={accessibleName} onClick={() => (cascade ? setAsking(true) : void remove())}>
        {label}
      </button>
      {asking && (
        <ConfirmDialog title={confirmTitle} confirmLabel={confirmLabel} busy={busy} error={error} onConfirm={() => void remove()} onCancel={() => setAsking(false)}>
          {cascade}
          <p>{t('undo.canUndo')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
