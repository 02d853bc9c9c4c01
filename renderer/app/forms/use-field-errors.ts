import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sameValue } from '../conflicts/field-choices';
import { sayAgain } from '../../settings/field-errors';

/** Problems by field, in the UI's language. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * A form's problems beside its fields, which clear as soon as a field is right again.
 *
 * `values` are the form's fields now (by the same names as the errors); `check` says what is wrong
 * with them now (the form's own rules and the contract's, see `contractErrors`). A reported problem
 * that `check` also sees follows `check` from then on: it goes as soon as the field is right (also
 * when another field fixed it, as a total that now covers the places available) and says the new
 * problem if it is wrong in another way. A problem only the service can see (a record that no
 * longer exists) stays while its field holds the value it was reported for. `attempt` counts
 * reports, so an error summary can take focus each time.
 */
export function useFieldErrors<F extends string>(values: Readonly<Record<string, unknown>>, check?: (values: Readonly<Record<string, unknown>>) => FieldErrors<F>) {
  const [reported, setReported] = useState<{ errors: FieldErrors<F>; at: Record<string, unknown>; live: ReadonlySet<string>; attempt: number }>({ errors: {}, at: {}, live: new Set(), attempt: 0 });
  const checker = useRef(check);
  checker.current = check;
  const latest = useRef(values);
  latest.current = values;
  // Problems are said in the UI's language: a switch says the ones on screen again at once.
  const { i18n } = useTranslation();
  const language = i18n.language;

  /** Shows these problems, for the fields' values as they are now. `{}` clears them all. */
  const report = useCallback((errors: FieldErrors<F>) => {
    const at: Record<string, unknown> = {};
    for (const f of Object.keys(errors)) at[f] = latest.current[f];
    const seen: FieldErrors<F> = Object.keys(errors).length > 0 && checker.current ? checker.current(latest.current) : {};
    const live = new Set(Object.keys(errors).filter((f) => seen[f as F]));
    setReported((r) => ({ errors, at, live, attempt: Object.keys(errors).length > 0 ? r.attempt + 1 : r.attempt }));
  }, []);

  const errors = useMemo(() => {
    const shown: FieldErrors<F> = {};
    let live: FieldErrors<F> | null = null;
    for (const f of Object.keys(reported.errors) as F[]) {
      if (!reported.live.has(f) && sameValue(values[f], reported.at[f])) {
        const said = reported.errors[f];
        shown[f] = said === undefined ? said : sayAgain(said);
        continue;
      }
      live ??= check ? check(values) : {};
      if (live[f]) shown[f] = live[f];
    }
    return shown;
    // `language`: the live check's texts are in the UI's language, so a switch checks again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reported, values, check, language]);

  return { errors, report, attempt: reported.attempt };
}
