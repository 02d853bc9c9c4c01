import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TownHallListItem } from '../../shared/contract/methods/townhalls';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { exportReport } from '../reports/export-report';
import type { TownHallData } from './use-townhall-data';

/** Exports the summary PDF for this town hall or its whole series, in English or Spanish, public or internal. */
export function ReportPanel({ data }: { data: TownHallData }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [language, setLanguage] = useState<'en' | 'es'>('en');
  const [audience, setAudience] = useState<'public' | 'internal'>('public');
  const [personal, setPersonal] = useState(false);
  const [wholeSeries, setWholeSeries] = useState(false);
  const [series, setSeries] = useState<TownHallListItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!data.townhall.series) return;
    void api.call('townhalls.list', {}).then((all) => setSeries(all.filter((x) => x.series === data.townhall.series)), () => setSeries([]));
  }, [api, data.townhall.series]);

  const run = async () => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const input = wholeSeries && series.length > 1 ? { kind: 'townhall-series' as const, ids: series.map((s) => s.id) } : { kind: 'townhall' as const, id: data.townhall.id };
      const out = await exportReport(api, { ...input, language, audience, includePersonalDetails: audience === 'internal' && personal }, t('errors.unreachable'));
      setNotice(out.saved ? t('townhall.report.exported', { file: out.path ?? out.fileName }) : t('townhall.report.cancelled'));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.report.title')}
      </h2>
      <p className="card-intro">{t('townhall.report.intro')}</p>
      <div className="th-grid">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('townhall.report.language')}</label>
          <select id={`${id}-lang`} value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'es')}>
            <option value="en">{t('language.en')}</option>
            <option value="es">{t('language.es')}</option>
          </select>
        </div>
        <fieldset className="field">
          <legend>{t('townhall.report.audience')}</legend>
          <label className="check">
            <input type="radio" name={`${id}-audience`} checked={audience === 'public'} onChange={() => setAudience('public')} />
            <span>{t('townhall.report.public')}</span>
          </label>
          <label className="check">
            <input type="radio" name={`${id}-audience`} checked={audience === 'internal'} onChange={() => setAudience('internal')} />
            <span>{t('townhall.report.internal')}</span>
          </label>
        </fieldset>
      </div>
      {audience === 'internal' && (
        <label className="check">
          <input type="checkbox" checked={personal} onChange={(e) => setPersonal(e.target.checked)} />
          <span>{t('townhall.report.personal')}</span>
        </label>
      )}
      {series.length > 1 && (
        <label className="check">
          <input type="checkbox" checked={wholeSeries} onChange={(e) => setWholeSeries(e.target.checked)} />
          <span>{t('townhall.report.wholeSeries', { series: data.townhall.series, count: series.length })}</span>
        </label>
      )}
      <p className="hint">{audience === 'public' ? t('townhall.report.publicHint') : t('townhall.report.internalHint')}</p>
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      <button type="button" className="button button-primary" disabled={busy} onClick={() => void run()}>
        {busy ? t('townhall.report.working') : t('townhall.report.export')}
      </button>
    </section>
  );
}
