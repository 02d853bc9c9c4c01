import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../shared/contract';
import { bytesToBase64 } from '../../../shared/logic';
import { MSEL_FIELDS, REQUIRED_MSEL_FIELDS, type FileIssue, type MselMapping } from '../../../shared/model';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { fileBytes, FileReadingNote } from '../../app/FileReadingNote';
import { localizedServerMessage } from '../../app/server-messages';
import { counted } from '../../app/i18n/counted';

type Checked = { fileName: string; format: 'yaml' | 'csv'; base64: string; mapping: MselMapping | undefined; result: MethodOutput<'scenarios.import'> };

/**
 * Import a scenario from a YAML file or an MSEL spreadsheet (CSV). The file is checked first:
 * an MSEL gets a column-mapping step (headers of HSEEP, Conducttr and T3SF templates are
 * recognised), an invalid file is refused whole with every problem listed by line and column,
 * and nothing is half-imported.
 */
export function ScenarioImport({ onImported }: { onImported: (scenarioId: string, title: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (next: Omit<Checked, 'result'>) => {
    setBusy(true);
    try {
      const result = await api.call('scenarios.import', { format: next.format, base64: next.base64, fileName: next.fileName, mapping: next.mapping, dryRun: true });
      setChecked({ ...next, mapping: next.mapping ?? result.mapping ?? undefined, result });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setError(null);
    setChecked(null);
    const format = /\.(csv|tsv|txt)$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'yaml';
    try {
      const base64 = bytesToBase64(await fileBytes(file));
      await check({ fileName: file.name, format, base64, mapping: undefined });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };

  const apply = async () => {
    if (!checked) return;
    setBusy(true);
    try {
      const result = await api.call('scenarios.import', { format: checked.format, base64: checked.base64, fileName: checked.fileName, mapping: checked.mapping });
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
  const mapping = checked?.mapping ?? {};
  const missing = REQUIRED_MSEL_FIELDS.filter((f) => !mapping[f]);
  return (
    <section className="csv-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="subheading">
        {t('tabletop.import.title')}
      </h3>
      <p className="muted">{t('tabletop.import.intro')}</p>
      <div className="file-picker">
        <input ref={input} id={`${id}-file`} className="file-input visually-hidden" type="file" accept=".yaml,.yml,.csv,.tsv,text/csv,application/yaml" disabled={busy} onChange={(e) => void pick(e)} />
        <label htmlFor={`${id}-file`} className="file-label button button-secondary">
          {t('tabletop.import.choose')}
        </label>
      </div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {checked && <FileReadingNote fileName={checked.fileName} reading={checked.result.reading} />}
      {checked && checked.format === 'csv' && checked.result.headers.length > 0 && (
        <form
          className="editor"
          aria-labelledby={`${id}-mapping`}
          onSubmit={(e) => {
            e.preventDefault();
            if (missing.length === 0) void check(checked);
          }}
        >
          <h4 id={`${id}-mapping`} className="preview-title">
            {t('tabletop.import.mappingTitle')}
          </h4>
          <p className="muted">{t('tabletop.import.mappingIntro')}</p>
          <div className="editor-grid">
            {MSEL_FIELDS.map((f) => (
              <div className="field" key={f}>
                <label htmlFor={`${id}-map-${f}`}>
                  {t(`tabletop.import.field.${f}`)}
                  {REQUIRED_MSEL_FIELDS.includes(f) ? ` ${t('tabletop.import.required')}` : ''}
                </label>
                <select id={`${id}-map-${f}`} value={mapping[f] ?? ''} onChange={(e) => setChecked({ ...checked, mapping: { ...mapping, [f]: e.target.value || undefined } })}>
                  <option value="">{t('tabletop.import.noColumn')}</option>
                  {checked.result.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <div className="actions">
            <button type="submit" className="button button-secondary" disabled={busy || missing.length > 0}>
              {t('tabletop.import.check')}
            </button>
          </div>
        </form>
      )}
      {checked && issues.length > 0 && (
        <div role="alert" className="alert alert-error import-issues">
          <p className="alert-heading">{t('tabletop.import.refused', { file: checked.fileName, count: issues.length })}</p>
          <ul className="error-lines">
            {issues.slice(0, 200).map((i, n) => (
              <li key={n}>
                {issueWhere(i, t)}
                {localizedServerMessage(i)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {checked && issues.length === 0 && (
        <div className="csv-preview">
          <p className="preview-title">{t('tabletop.import.ready', { file: checked.fileName, title: checked.result.title, modules: counted(t, 'module', checked.result.modules), injects: counted(t, 'inject', checked.result.injects) })}</p>
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

/**
 * Where a problem is, in the UI's language ("Line 4, column 7: " / "Línea 4, columna 7: "), or
 * nothing when the translated message already says which line it is on (MSEL messages do).
 * Locations the services write in another form (a schema path) are shown as they are, in code.
 */
function issueWhere(issue: FileIssue, t: (key: string, options?: Record<string, unknown>) => string) {
  if (issue.key && issue.params && 'line' in issue.params) return null;
  if (issue.location === '(file)') return null;
  if (issue.line !== undefined) {
    const where = typeof issue.column === 'number' ? t('tabletop.import.lineColumn', { line: issue.line, column: issue.column }) : typeof issue.column === 'string' ? t('tabletop.import.lineField', { line: issue.line, column: issue.column }) : t('tabletop.import.line', { line: issue.line });
    return `${where}: `;
  }
  return (
    <>
      <code>{issue.location}</code>:{' '}
    </>
  );
}
