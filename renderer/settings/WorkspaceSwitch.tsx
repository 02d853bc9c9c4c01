import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';

/** The last part of a path, whichever separator the system uses. */
const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/** An example path in the folder of the open data file, with that system's separator. */
function examplePath(dataFile: string): string {
  const sep = dataFile.includes('\\') && !dataFile.includes('/') ? '\\' : '/';
  const cut = dataFile.lastIndexOf(sep);
  return `${cut >= 0 ? dataFile.slice(0, cut) : ''}${sep}other-workspace.json`;
}

/**
 * "Open workspace…" and "New workspace…" in Settings: the user types the full path of a data file
 * (the browser cannot hand a page a file's path; the desktop app's File menu shows the system's
 * dialogs and makes the same call). Says what switching does before it is done, and what happened
 * after; a refusal comes back in the user's language and leaves the open workspace as it was. The
 * lists reload on their own: the host tells every window that every collection changed.
 */
export function WorkspaceSwitch({ dataFile, onSwitched }: { dataFile: string; onSwitched: () => Promise<void> }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function go(mode: 'open' | 'new', event?: FormEvent) {
    event?.preventDefault();
    setError(null);
    setDone(null);
    if (!path.trim()) {
      setError(t('data.pathRequired'));
      input.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const r = await api.call(mode === 'open' ? 'workspace.open' : 'workspace.create', { path: path.trim() });
      const names = { file: r.dataFile, previous: fileName(r.previous) };
      setDone(t(r.created ? 'data.created' : r.recovery ? 'data.openedRepaired' : 'data.opened', names));
      setPath('');
      await onSwitched();
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      input.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="workspace-switch" aria-labelledby={`${id}-title`} onSubmit={(e) => void go('open', e)} noValidate>
      <h3 id={`${id}-title`} className="subheading">
        {t('data.workspaceTitle')}
      </h3>
      <p className="muted">{t('data.workspaceIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-path`}>{t('data.workspacePath')}</label>
        <input
          ref={input}
          id={`${id}-path`}
          type="text"
          className="path-input"
          value={path}
          spellCheck={false}
          autoComplete="off"
          placeholder={examplePath(dataFile)}
          aria-describedby={`${id}-help`}
          onChange={(e) => setPath(e.target.value)}
        />
        <p id={`${id}-help`} className="hint">
          {t('data.workspacePathHelp', { example: examplePath(dataFile) })}
        </p>
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('data.openWorkspace')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void go('new')}>
          {t('data.newWorkspace')}
        </button>
      </div>
      {done && (
        <p role="status" className="notice notice-success">
          {done}
        </p>
      )}
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
    </form>
  );
}
