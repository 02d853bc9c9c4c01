import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { exportReport } from '../../reports/export-report';
import type { GapsData } from '../use-gaps-data';

/** Export the service-gap report as PDF, in English or Spanish whatever the UI language. */
export function GapReportPanel({ data }: { data: GapsData }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [language, setLanguage] = useState<'en' | 'es'>(i18n.language.startsWith('es') ? 'es' : 'en');
  const [audience, setAudience] = useState<'public' | 'internal'>('public');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const r = await exportReport(api, { kind: 'gaps', language, audience }, t('errors.unreachable'));
      setDone(r.saved ? t('resources.report.saved', { file: r.path ?? r.fileName }) : t('resources.report.cancelled'));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="card" aria-labelledby="report-title">
      <h2 id="report-title" className="card-title">
        {t('resources.report.title')}
      </h2>
      <p className="muted">{t('resources.report.intro')}</p>
      <ul>
        <li>{t('resources.report.contents.method')}</li>
        <li>{t('resources.report.contents.inventory')}</li>
        <li>{t('resources.report.contents.matrix')}</li>
        <li>{t('resources.report.contents.gaps')}</li>
        <li>{t('resources.report.contents.stale')}</li>
      </ul>
      <form
        className="form-row"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="field">
          <label htmlFor="gap-report-lang">{t('resources.report.language')}</label>
          <select id="gap-report-lang" value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'es')}>
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="gap-report-audience">{t('resources.report.audience')}</label>
          <select id="gap-report-audience" value={audience} onChange={(e) => setAudience(e.target.value as 'public' | 'internal')}>
            <option value="public">{t('resources.report.public')}</option>
            <option value="internal">{t('resources.report.internal')}</option>
          </select>
        </div>
        <div className="field field-submit">
          <button type="submit" className="button button-primary" disabled={busy || (data.services.length === 0 && data.needs.length === 0)}>
            {t('resources.report.export')}
          </button>
        </div>
      </form>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
    </section>
  );
}
