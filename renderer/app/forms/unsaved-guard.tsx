import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../undo/ConfirmDialog';

/** The forms on screen that hold changes not yet saved, by a per-form id. */
const dirtyForms = new Set<string>();

/**
 * Marks the calling form as holding unsaved changes while `dirty` is true. Then a reload or
 * closing the window asks first (the browser's own "leave site?" prompt: the only way a page can
 * stop a reload), and a link inside the app opens Convene's own dialog (see `LeaveGuard`).
 */
export function useUnsavedGuard(dirty: boolean): void {
  const id = useId();
  useEffect(() => {
    if (!dirty) return;
    dirtyForms.add(id);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      dirtyForms.delete(id);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, id]);
}

const CONFIRM_LEAVE = 'convene:confirm-leave';

/**
 * For in-page moves that are not links (closing an editor, opening another record in its place):
 * runs `proceed` at once when no form holds unsaved changes, else asks first with the same dialog
 * as a link (see `LeaveGuard`) and runs it only if the person chooses to leave without saving.
 */
export function confirmLeave(proceed: () => void): void {
  if (dirtyForms.size === 0) return proceed();
  window.dispatchEvent(new CustomEvent<() => void>(CONFIRM_LEAVE, { detail: proceed }));
}

/**
 * Mounted once in the shell: a click on an in-app link (or a `confirmLeave` move) while a form
 * holds unsaved changes is held back and the person chooses to stay (the default) or leave
 * without saving.
 */
export function LeaveGuard() {
  const { t } = useTranslation();
  const [target, setTarget] = useState<string | (() => void) | null>(null);
  useEffect(() => {
    const onConfirm = (event: Event) => {
      const proceed = (event as CustomEvent<() => void>).detail;
      setTarget(() => proceed);
    };
    window.addEventListener(CONFIRM_LEAVE, onConfirm);
    return () => window.removeEventListener(CONFIRM_LEAVE, onConfirm);
  }, []);
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (dirtyForms.size === 0 || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href^="#/"]');
      const href = link?.getAttribute('href');
      if (!href || href === window.location.hash) return;
      event.preventDefault();
      event.stopPropagation();
      setTarget(href);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);
  if (!target) return null;
  // A `confirmLeave` move stays on the page (closing an editor): it asks to discard the changes;
  // a link goes elsewhere: it asks to leave the page.
  const inPage = typeof target === 'function';
  return (
    <ConfirmDialog
      title={t(inPage ? 'unsaved.discardTitle' : 'unsaved.title')}
      confirmLabel={t(inPage ? 'unsaved.discard' : 'unsaved.leave')}
      cancelLabel={t(inPage ? 'unsaved.keep' : 'unsaved.stay')}
      onCancel={() => setTarget(null)}
      onConfirm={() => {
        dirtyForms.clear();
        setTarget(null);
        if (typeof target === 'function') target();
        else window.location.hash = target;
      }}
    >
      <p>{t(inPage ? 'unsaved.discardBody' : 'unsaved.body')}</p>
    </ConfirmDialog>
  );
}
