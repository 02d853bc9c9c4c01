import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useIssueAt } from './scenario-issues';

export type Bi = { en: string; es?: string };

/** One bilingual text: English and Spanish side by side. */
export function BiField({ label, value, onChange, multiline = false, required = false, path }: { label: string; value: Bi | undefined; onChange: (v: Bi | undefined) => void; multiline?: boolean; required?: boolean; /** Where the server names this field in its problems, to show them beside it. */ path?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const issue = useIssueAt(path ?? '\u0000');
  const set = (lang: 'en' | 'es', text: string) => {
    const next = { en: value?.en ?? '', es: value?.es, [lang]: text };
    if (!required && !next.en && !next.es) onChange(undefined);
    else onChange({ en: next.en, ...(next.es ? { es: next.es } : {}) });
  };
  const Input = multiline ? 'textarea' : 'input';
  return (
    <fieldset className="bi-field" data-issue-path={path}>
      <legend>
        {label}
        {required && <span className="muted"> {t('tabletop.editor.required')}</span>}
      </legend>
      <div className="bi-row">
        {(['en', 'es'] as const).map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={`${id}-${lang}`}>{t(`tabletop.editor.lang.${lang}`)}</label>
            <Input id={`${id}-${lang}`} value={value?.[lang] ?? ''} rows={multiline ? 3 : undefined} onChange={(e) => set(lang, e.target.value)} aria-invalid={issue && lang === 'en' ? true : undefined} aria-describedby={issue && lang === 'en' ? `${id}-error` : undefined} />
          </div>
        ))}
      </div>
      {issue && (
        <p id={`${id}-error`} className="field-error">
          {issue}
        </p>
      )}
    </fieldset>
  );
}

/** A list of bilingual lines (expected actions, questions), edited as one line per item in each language. */
export function BiLines({ label, value, onChange }: { label: string; value: Bi[]; onChange: (v: Bi[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const lines = (lang: 'en' | 'es') => value.map((v) => v[lang] ?? '').join('\n');
  const set = (lang: 'en' | 'es', text: string) => {
    const other = lang === 'en' ? 'es' : 'en';
    const mine = text.split('\n');
    const theirs = value.map((v) => v[other] ?? '');
    const n = Math.max(mine.length, theirs.length);
    const next: Bi[] = [];
    for (let i = 0; i < n; i++) {
      const en = lang === 'en' ? (mine[i] ?? '') : (theirs[i] ?? '');
      const es = lang === 'es' ? (mine[i] ?? '') : (theirs[i] ?? '');
      if (en || es || i < n - 1) next.push({ en, ...(es ? { es } : {}) });
    }
    onChange(next);
  };
  return (
    <fieldset className="bi-field">
      <legend>
        {label} <span className="muted">{t('tabletop.editor.onePerLine')}</span>
      </legend>
      <div className="bi-row">
        {(['en', 'es'] as const).map((lang) => (
          <div className="field" key={lang}>
            <label htmlFor={`${id}-${lang}`}>{t(`tabletop.editor.lang.${lang}`)}</label>
            <textarea id={`${id}-${lang}`} rows={Math.max(2, value.length + 1)} value={lines(lang)} onChange={(e) => set(lang, e.target.value)} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Checkboxes for choosing ids (roles, capabilities) from the scenario's declared lists. */
export function IdChoices({ label, options, value, onChange }: { label: string; options: { id: string; name: string }[]; value: string[]; onChange: (v: string[]) => void }) {
  return (
    <fieldset className="choices">
      <legend>{label}</legend>
      {options.map((o) => (
        <label className="check" key={o.id}>
          <input type="checkbox" checked={value.includes(o.id)} onChange={(e) => onChange(e.target.checked ? [...value, o.id] : value.filter((x) => x !== o.id))} />
          <span>{o.name}</span>
        </label>
      ))}
    </fieldset>
  );
}
