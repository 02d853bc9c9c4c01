import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api-context';
import { messageOf } from '../ErrorAlert';

/** How long the toast offers undo (paused while the pointer or keyboard focus is on it). */
export const UNDO_TOAST_MS = 10_000;
/** How long "Undone" or a failure stays (paused the same way). */
export const RESULT_TOAST_MS = 6_000;

/** What a toast says: a text, or a catalog key and its values, said in the UI's language when shown (so a language switch says it again). */
export type ToastMessage = string | { key: string; params?: Record<string, unknown> };

interface Toast {
  id: number;
  message: ToastMessage;
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
  announce(message: ToastMessage, undoToken?: string, onUndone?: () => void): void;
}

const UndoContext = createContext<UndoApi | null>(null);

/** The one toast and undo mechanism every delete and merge uses (see shared/contract/undo.ts). */
export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const [toast, setToast] = useState<Toast | null>(null);
  const counter = useRef(0);
  const box = useRef<HTMLDivElement>(null);
  // Paused while the pointer is over the toast or focus is inside it (WCAG 2.2.1: a person who
  // reads or reaches for it is never cut off); the time left runs on when both leave.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const left = useRef<{ id: number; ms: number }>({ id: 0, ms: 0 });

  const announce = useCallback((message: ToastMessage, undoToken?: string, onUndone?: () => void) => {
    counter.current += 1;
    setToast({ id: counter.current, message, undoToken, onUndone, state: 'shown' });
  }, []);

  // Each toast (a new id) gets its full time; a focused control that disappears (the Undo button
  // once used) fires no blur, so focus and hover are read again from the document at every change.
  useEffect(() => {
    if (!toast) return;
    if (left.current.id !== toast.id) left.current = { id: toast.id, ms: toast.state === 'shown' ? UNDO_TOAST_MS : RESULT_TOAST_MS };
    setFocused(!!box.current?.contains(document.activeElement));
    // A toast that was closed under the pointer fired no mouseleave: ask the element itself.
    setHovered(!!box.current?.matches(':hover'));
  }, [toast]);

  useEffect(() => {
    if (!toast || toast.state === 'undoing' || hovered || focused) return;
    const started = performance.now();
    const timer = setTimeout(() => setToast((cur) => (cur?.id === toast.id ? null : cur)), left.current.ms);
    return () => {
      clearTimeout(timer);
      if (left.current.id === toast.id) left.current.ms = Math.max(0, left.current.ms - (performance.now() - started));
    };
  }, [toast, hovered, focused]);

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

  const say = (m: ToastMessage): string => (typeof m === 'string' ? m : String(t(m.key, m.params as never)));
  const value = useMemo(() => ({ announce }), [announce]);
  return (
    <UndoContext.Provider value={value}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div
            ref={box}
            className={`toast toast-${toast.state}`}
            onMouseEnter={() => setHovered(true)}
            onMouseLeave={() => setHovered(false)}
            onFocus={() => setFocused(true)}
            onBlur={(e) => setFocused(!!e.relatedTarget && e.currentTarget.contains(e.relatedTarget as Node))}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setToast(null);
            }}
          >
            <span className="toast-text">{toast.state === 'undone' ? t('undo.undone', { what: say(toast.message) }) : toast.state === 'failed' ? toast.error : say(toast.message)}</span>
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
