import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ReportOptions {
  language: 'en' | 'es';
  audience: 'public' | 'internal';
  /** Internal reports only: keep the personal details people gave. */
  personal: boolean;
}

/** A report's options, starting in the UI's language, public, without personal details. */
export function useReportOptions() {
  const { i18n } = useTranslation();
  const [options, setOptions] = useState<ReportOptions>({ language: i18n.language.startsWith('es') ? 'es' : 'en', audience: 'public', personal: false });
  const update = (patch: Partial<ReportOptions>) => setOptions((o) => ({ ...o, ...patch }));
  /** What the export request carries: personal details only for an internal report that asks for them. */
  const request = { language: options.language, audience: options.audience, includePersonalDetails: options.audience === 'internal' && options.personal };
  return { options, update, request };
}

/**
 * The choices every report shares: the language it is written in (whatever the UI language) and
 * who it is for. `personalLabel` adds the checkbox for personal details, offered for internal
 * reports only.
 */
export function ReportOptionsFields({
  options,
  onChange,
  personalLabel,
  publicHint,
  internalHint,
}: {
  options: ReportOptions;
  onChange: (patch: Partial<ReportOptions>) => void;
  personalLabel?: string;
  publicHint: string;
  internalHint: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('reportsHub.language')}</label>
          <select id={`${id}-lang`} value={options.language} onChange={(e) => onChange({ language: e.target.value as 'en' | 'es' })}>
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-aud`}>{t('reportsHub.audience')}</label>
          <select id={`${id}-aud`} value={options.audience} onChange={(e) => onChange({ audience: e.target.value as 'public' | 'internal' })}>
            <option value="public">{t('reportsHub.public')}</option>
            <option value="internal">{t('reportsHub.internal')}</option>
          </select>
        </div>
        {personalLabel && (
          <div className="field field-check">
            <label className="check">
              <input type="checkbox" checked={options.audience === 'internal' && options.personal} disabled={options.audience !== 'internal'} onChange={(e) => onChange({ personal: e.target.checked })} />
              <span>{personalLabel}</span>
            </label>
          </div>
        )}
      </div>
      <p className="hint">{options.audience === 'internal' ? internalHint : publicHint}</p>
    </>
  );
}
