import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';

type Checked = { fileName: string; format: 'yaml' | 'csv'; text: string; result: MethodOutput<'scenarios.import'> };

/**
 * Import a scenario from a YAML file or an MSEL spreadsheet (CSV). The file is checked first:
 * an invalid one is refused whole, with every problem listed by location; nothing is half-imported.
 */
export function ScenarioImport({ onImported }: { onImported: (scenarioId: string, title: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setChecked(null);
    const format = /\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'yaml';
    setBusy(true);
    try {
      const text = await file.text();
      const result = await api.call('scenarios.import', { format, text, fileName: file.name, dryRun: true });
      setChecked({ fileName: file.name, format, text, result });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!checked) return;
    setBusy(true);
    try {
      const result = await api.call('scenarios.import', { format: checked.format, text: checked.text, fileName: checked.fileName });
      if (result.applied && result.scenarioId) {
        setChecked(null);
        onImported(result.scenarioId, result.title);
      } else setChecked({ ...checked, result });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const issues = checked?.result.issues ?? [];
  return (
    <section className="csv-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subheading">
        {t('tabletop.import.title')}
      </h3>
      <p className="muted">{t('tabletop.import.intro')}</p>
      <div className="file-picker">
        <input ref={input} id={`${id}-file`} className="file-input visually-hidden" type="file" accept=".yaml,.yml,.csv,text/csv,application/yaml" disabled={busy} onChange={(e) => void pick(e)} />
        <label htmlFor={`${id}-file`} className="file-label button button-secondary">
          {t('tabletop.import.choose')}
        </label>
      </div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {checked && issues.length > 0 && (
        <div role="alert" className="alert alert-error import-issues">
          <p className="alert-heading">{t('tabletop.import.refused', { file: checked.fileName, count: issues.length })}</p>
          <ul className="error-lines">
            {issues.slice(0, 200).map((i, n) => (
              <li key={n}>
                <code>{i.location}</code>: {i.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checked && issues.length === 0 && (
        <div className="csv-preview">
          <p className="preview-title">{t('tabletop.import.ready', { file: checked.fileName, title: checked.result.title, modules: checked.result.modules, injects: checked.result.injects })}</p>
          <div className="actions">
            <button type="button" className="button button-primary" disabled={busy} onClick={() => void apply()}>
              {t('tabletop.import.apply')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => setChecked(null)}>
              {t('tabletop.common.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
