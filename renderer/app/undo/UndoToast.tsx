import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api-context';
import { messageOf } from '../ErrorAlert';

/** How long the toast offers undo. */
export const UNDO_TOAST_MS = 8000;

interface Toast {
  id: number;
  message: string;
  /** The token from the answer of the delete or merge; no token, no undo button. */
  undoToken?: string;
  /** Called after the change is undone, e.g. to reload a list or reopen what was deleted. */
  onUndone?: () => void;
  state: 'shown' | 'undoing' | 'undone' | 'failed';
  error?: string;
}

interface UndoApi {
  /**
   * Says what was just deleted or merged, with an Undo button for a few seconds. Pass the answer's
   * `undoToken`; `onUndone` runs once the server has put everything back.
   */
  announce(message: string, undoToken?: string, onUndone?: () => void): void;
}

const UndoContext = createContext<UndoApi | null>(null);

/** The one toast and undo mechanism every delete and merge uses (see shared/contract/undo.ts). */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const [toast, setToast] = useState<Toast | null>(null);
  const counter = useRef(0);
  const hovered = useRef(false);

  const announce = useCallback((message: string, undoToken?: string, onUndone?: () => void) => {
    counter.current += 1;
    setToast({ id: counter.current, message, undoToken, onUndone, state: 'shown' });
  }, []);

  useEffect(() => {
    if (!toast || toast.state === 'undoing') return;
    // The toast stays while the pointer or focus is on it, so a slow reader can still use it.
    const timer = setInterval(() => {
      if (!hovered.current) setToast((cur) => (cur?.id === toast.id ? null : cur));
    }, toast.state === 'shown' ? UNDO_TOAST_MS : UNDO_TOAST_MS / 2);
    return () => clearInterval(timer);
  }, [toast]);

  const undo = async () => {
    if (!toast?.undoToken) return;
    const current = toast;
    setToast({ ...current, state: 'undoing' });
    try {
      await api.call('workspace.undo', { token: current.undoToken! });
      setToast({ ...current, id: ++counter.current, state: 'undone', undoToken: undefined });
      current.onUndone?.();
    } catch (e) {
      setToast({ ...current, id: ++counter.current, state: 'failed', error: messageOf(e, t('errors.unexpected')), undoToken: undefined });
    }
  };

  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <UndoContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div
            className={`toast toast-${toast.state}`}
            onMouseEnter={() => (hovered.current = true)}
            onMouseLeave={() => (hovered.current = false)}
            onFocus={() => (hovered.current = true)}
            onBlur={() => (hovered.current = false)}
          >
            <span className="toast-text">{toast.state === 'undone' ? t('undo.undone', { what: toast.message }) : toast.state === 'failed' ? toast.error : toast.message}</span>
            {toast.undoToken && toast.state !== 'failed' && (
              <button type="button" className="button button-small toast-undo" disabled={toast.state === 'undoing'} onClick={() => void undo()}>
                {t('undo.undo')}
              </button>
            )}
            <button type="button" className="button button-quiet button-small toast-close" aria-label={t('undo.close')} onClick={() => setToast(null)}>
              ×
            </button>
          </div>
        )}
      </div>
    </UndoContext.Provider>
  );
}

/** The shared undo toast. */
export function useUndo(): UndoApi {
  const value = useContext(UndoContext);
  if (!value) throw new Error('useUndo needs an UndoProvider above it.');
  return value;
}
