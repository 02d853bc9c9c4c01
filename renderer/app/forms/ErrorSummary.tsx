import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** One problem in the summary: the field's label, what is wrong, and the field's element id. */
export interface SummaryItem {
  /** The id of the field's input (or of an element holding it: its first control takes focus). */
  id: string;
  label: string;
  message: string;
  /** Moves focus to the field when it is not found by `id` alone (e.g. the scenario editor's paths). */
  focus?: () => boolean;
}

/**
 * Moves focus to a form field by its element id (or to the first control inside that element) and
 * scrolls it to the middle of the view, so a person sees the field and its problem together.
 */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const control = el.matches('input, select, textarea, button, [tabindex]') ? el : el.querySelector<HTMLElement>('input, select, textarea, button, [tabindex]');
  const target = control ?? el;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return document.activeElement === target;
}

/**
 * The GOV.UK error-summary pattern: after a failed submit, a box at the top of the form titled
 * "There is a problem" takes focus (and so scrolls into view and is read out), listing each
 * problem as "<field label>: <message>"; each item is a link that moves focus to its field. It
 * takes focus again at every failed attempt (`attempt` grows) and shrinks as fields are corrected.
 */
export function ErrorSummary({ items, attempt, title }: { items: readonly SummaryItem[]; attempt: number; /** The heading, when the form says it its own way. */ title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const shown = items.length > 0;
  useEffect(() => {
    if (attempt === 0 || !ref.current) return;
    ref.current.scrollIntoView({ block: 'start' });
    ref.current.focus({ preventScroll: true });
    // Only a new failed attempt moves focus; corrections while typing must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt, shown]);
  if (!shown) return null;
  return (
    <div ref={ref} className="alert alert-error error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="alert-heading error-summary-title">
        {title ?? t('forms.problemTitle', { count: items.length })}
      </h2>
      <ul className="error-lines">
        {items.map((item, n) => (
          <li key={`${n}:${item.id}`}>
            <a
              href={`#${item.id}`}
              onClick={(event) => {
                event.preventDefault();
                if (!item.focus?.()) focusField(item.id);
              }}
            >
              {item.label}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The summary's items for the fields that have a problem, in the form's order. */
export function summaryItems<F extends string>(errors: Partial<Record<F, string>>, fields: readonly { field: F; id: string; label: string }[]): SummaryItem[] {
  return fields.filter((f) => errors[f.field]).map((f) => ({ id: f.id, label: f.label, message: errors[f.field]! }));
}
