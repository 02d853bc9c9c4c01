import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { useBi } from '../use-bi';

/** Confirms deleting one of the workspace's scenarios; says that exercises keep their own copy. */
export function DeleteScenarioDialog({ scenario, onClose, onDeleted }: { scenario: Scenario; onClose: () => void; onDeleted: (title: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const bi = useBi();
  const dialog = useRef<HTMLDialogElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = bi(scenario.content.overview.title);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const confirm = async () => {
    setBusy(true);
    try {
      await api.call('scenarios.delete', { id: scenario.id });
      onDeleted(title);
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="delete-scenario-title" onClose={onClose}>
      <h2 id="delete-scenario-title" className="dialog-title">
        {t('tabletop.library.deleteTitle', { title })}
      </h2>
      <p>{scenario.usedBy > 0 ? t('tabletop.library.deleteUsed', { count: scenario.usedBy }) : t('tabletop.library.deleteUnused')}</p>
      <ErrorAlert message={error} />
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
          {t('tabletop.common.cancel')}
        </button>
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          {t('tabletop.library.deleteConfirm')}
        </button>
      </div>
    </dialog>
  );
}
