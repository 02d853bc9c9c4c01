import { useTranslation } from 'react-i18next';
import type { Phone } from '../../../shared/model';
import { isPhoneText } from '../../../shared/model/resources/contact-rules';

/** The phone types HSDS names; a source's own word is kept and offered too. */
const PHONE_TYPES = ['voice', 'fax', 'text', 'cell', 'video', 'pager', 'textphone'] as const;

/**
 * Edits a list of phone numbers (an organization's main line, hotline, fax): number with its
 * extension as written, HSDS type and a short description. Empty rows are dropped on save by the caller.
 */
export function PhonesEditor({ idPrefix, phones, onChange, error }: { idPrefix: string; phones: Phone[]; onChange: (phones: Phone[]) => void; /** The list's problem, in the UI's language. */ error?: string }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<Phone>) => onChange(phones.map((p, n) => (n === i ? { ...p, ...patch } : p)));
  return (
    <fieldset className="phones-editor" id={`${idPrefix}-phones`}>
      <legend>{t('resources.phone.legend')}</legend>
      {phones.length === 0 && <p className="muted">{t('resources.phone.none')}</p>}
      {error && (
        <p id={`${idPrefix}-phones-error`} className="field-error">
          {error}
        </p>
      )}
      {phones.map((p, i) => {
        const types = PHONE_TYPES.includes(p.type as (typeof PHONE_TYPES)[number]) || !p.type ? PHONE_TYPES : [...PHONE_TYPES, p.type];
        return (
          <div key={i} className="editor-grid phone-row">
            <div className="field">
              <label htmlFor={`${idPrefix}-phone-${i}`}>{t('resources.phone.number', { n: i + 1 })}</label>
              <input
                id={`${idPrefix}-phone-${i}`}
                type="tel"
                value={p.number}
                maxLength={100}
                onChange={(e) => set(i, { number: e.target.value })}
                aria-invalid={error && p.number.trim() && !isPhoneText(p.number) ? true : undefined}
                aria-describedby={error && p.number.trim() && !isPhoneText(p.number) ? `${idPrefix}-phones-error` : undefined}
              />
            </div>
            <div className="field">
              <label htmlFor={`${idPrefix}-phone-type-${i}`}>{t('resources.phone.type', { n: i + 1 })}</label>
              <select id={`${idPrefix}-phone-type-${i}`} value={p.type || 'voice'} onChange={(e) => set(i, { type: e.target.value })}>
                {types.map((type) => (
                  <option key={type} value={type}>
                    {t(`resources.phone.types.${type}`, { defaultValue: type })}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${idPrefix}-phone-desc-${i}`}>{t('resources.phone.description', { n: i + 1 })}</label>
              <input id={`${idPrefix}-phone-desc-${i}`} value={p.description} maxLength={500} onChange={(e) => set(i, { description: e.target.value })} />
            </div>
            <div className="field">
              <button type="button" className="button button-quiet button-small" onClick={() => onChange(phones.filter((_, n) => n !== i))} aria-label={t('resources.phone.remove', { number: p.number || i + 1 })}>
                {t('resources.phone.removeShort')}
              </button>
            </div>
          </div>
        );
      })}
      {phones.length < 50 && (
        <button type="button" className="button button-secondary button-small" onClick={() => onChange([...phones, { number: '', type: 'voice', description: '' }])}>
          {t('resources.phone.add')}
        </button>
      )}
    </fieldset>
  );
}
