import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FieldDifference, Side } from './field-choices';

/**
 * The conflict dialog: someone else saved the record this editor was based on. Lists every field
 * where the person's value and the saved one differ, both values side by side, and lets them keep
 * either per field (radio buttons in a fieldset named by the field). The side that changed a field
 * is chosen for them; a field both changed waits for a choice before saving. Escape or Cancel
 * goes back to the editor with nothing saved and nothing lost.
 */
export function ConflictDialog({
  diffs,
  initial,
  label,
  show,
  onSave,
  onCancel,
}: {
  diffs: readonly FieldDifference[];
  initial: Record<string, Side>;
  label: (key: string) => string;
  show: (key: string, value: unknown) => string;
  onSave: (choices: Record<string, Side>) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [choices, setChoices] = useState<Record<string, Side>>(initial);
  const done = useRef(false);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    d?.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
  }, []);
  const unchosen = diffs.filter((d) => !choices[d.key]).length;
  const finish = (result: Record<string, Side> | null) => {
    if (done.current) return;
    done.current = true;
    dialog.current?.close();
    if (result) onSave(result);
    else onCancel();
  };
  const value = (key: string, v: unknown) => {
    const text = show(key, v);
    return text.trim() ? text : t('conflict.empty');
  };
  // In a portal (an editor may hold it inside its own form), with keys kept from the editor's own
  // shortcuts (Escape there closes the editor; here it only closes the dialog).
  return createPortal(
    <dialog ref={dialog} className="dialog conflict-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} onClose={() => finish(null)} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id={`${id}-title`} className="dialog-title">
        {t('conflict.title')}
      </h2>
      <p id={`${id}-body`}>{t('conflict.body', { count: diffs.length })}</p>
      <div>
        {diffs.map((d, n) => {
          const name = `${id}-field-${n}`;
          const note = d.changedByMe && d.changedByThem ? t('conflict.both') : d.changedByThem ? t('conflict.theyChanged') : t('conflict.youChanged');
          return (
            <fieldset key={d.key} className="conflict-field" aria-describedby={`${name}-note`}>
              <legend>{label(d.key)}</legend>
              <p id={`${name}-note`} className="hint">
                {note}
              </p>
              {(['theirs', 'mine'] as const).map((side) => (
                <label key={side} className={`conflict-choice${choices[d.key] === side ? ' conflict-choice-chosen' : ''}`}>
                  <input type="radio" name={name} value={side} checked={choices[d.key] === side} onChange={() => setChoices((c) => ({ ...c, [d.key]: side }))} />
                  <span>
                    <strong>{side === 'theirs' ? t('conflict.theirs') : t('conflict.yours')}</strong> <span className="conflict-value">{value(d.key, side === 'theirs' ? d.theirs : d.mine)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          );
        })}
        {unchosen > 0 && <p className="hint">{t('conflict.chooseAll', { count: unchosen })}</p>}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={() => finish(null)}>
            {t('conflict.cancel')}
          </button>
          <button type="button" className="button button-primary" disabled={unchosen > 0} onClick={() => finish(choices)}>
            {t('conflict.save')}
          </button>
        </div>
      </div>
    </dialog>,
    document.body,
  );
}
