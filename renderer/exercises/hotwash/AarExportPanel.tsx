import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { exportReport } from '../../reports/export-report';

/** Exports the AAR/IP as PDF: language, audience, and whether participants' names go in (internal only). */
export function AarExportPanel({ exerciseId }: { exerciseId: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const [language, setLanguage] = useState<'en' | 'es'>(i18n.language === 'es' ? 'es' : 'en');
  const [audience, setAudience] = useState<'public' | 'internal'>('public');
  const [names, setNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const run = async () => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const out = await exportReport(api, { kind: 'aar', id: exerciseId, language, audience, includePersonalDetails: audience === 'internal' && names }, t('errors.unreachable'));
      setNotice(out.saved ? (out.path ? t('tabletop.aar.savedTo', { path: out.path }) : t('tabletop.aar.downloaded', { file: out.fileName })) : t('tabletop.aar.cancelled'));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`} className="card-title">
        {t('tabletop.aar.title')}
      </h2>
      <p className="card-intro">{t('tabletop.aar.intro')}</p>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('tabletop.aar.language')}</label>
          <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'es')}>
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-aud`}>{t('tabletop.aar.audience')}</label>
          <select id={`${id}-aud`} value={audience} onChange={(e) => setAudience(e.target.value as 'public' | 'internal')}>
            <option value="public">{t('tabletop.aar.public')}</option>
            <option value="internal">{t('tabletop.aar.internal')}</option>
          </select>
        </div>
        <div className="field field-check">
          <label className="check">
            <input type="checkbox" checked={audience === 'internal' && names} disabled={audience !== 'internal'} onChange={(e) => setNames(e.target.checked)} />
            <span>{t('tabletop.aar.names')}</span>
          </label>
        </div>
        <div className="field field-submit">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
            {busy ? t('tabletop.aar.exporting') : t('tabletop.aar.export')}
          </button>
        </div>
      </div>
      <p className="hint">{audience === 'internal' ? t('tabletop.aar.internalHint') : t('tabletop.aar.publicHint')}</p>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
    </section>
  );
}
