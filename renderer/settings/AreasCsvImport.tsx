import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedServerMessage } from '../app/server-messages';
import type { AreaImportResult } from '../../shared/model';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import { fileBytes, FileReadingNote } from '../app/FileReadingNote';
import { bytesToBase64 } from '../../shared/logic';

const PREVIEW_ROWS = 5;

type State =
  | { step: 'idle' }
  | { step: 'checking'; file: string }
  | { step: 'preview'; file: string; base64: string; result: AreaImportResult }
  | { step: 'applying'; file: string; base64: string; result: AreaImportResult };

/**
 * "Replace list from CSV…": reads the chosen file, asks the server for a dry run, shows the
 * preview (or every error by line), and replaces the whole list only when asked. A file with any
 * error is refused whole.
 */
export function AreasCsvImport({ onReplaced }: { onReplaced: (message: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);

  const reset = () => {
    setState({ step: 'idle' });
    if (input.current) input.current.value = '';
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    setState({ step: 'checking', file: file.name });
    try {
      const base64 = bytesToBase64(await fileBytes(file));
      const result = await api.call('areas.import', { fileName: file.name, base64, dryRun: true });
      setState({ step: 'preview', file: file.name, base64, result });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      reset();
    }
  };

  const apply = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'applying' });
    setError(null);
    try {
      const result = await api.call('areas.import', { fileName: state.file, base64: state.base64, dryRun: false });
      if (result.applied) {
        reset();
        onReplaced(t('csv.applied', { count: result.areas.length }));
        input.current?.focus();
      } else {
        setState({ step: 'preview', file: state.file, base64: state.base64, result });
      }
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      setState({ ...state, step: 'preview' });
    }
  };

  const preview = state.step === 'preview' || state.step === 'applying' ? state : null;
  const hasErrors = !!preview && preview.result.errors.length > 0;

  return (
    <div className="csv-import">
      <h3 className="subheading">{t('csv.title')}</h3>
      <p className="muted">{t('csv.intro')}</p>
      <div className="file-picker">
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv"
          className="visually-hidden file-input"
          disabled={state.step === 'checking' || state.step === 'applying'}
          onChange={(e) => void onFile(e)}
        />
        <label htmlFor={`${id}-file`} className="button button-secondary file-label">
          {t('csv.choose')}
        </label>
        {state.step === 'checking' && (
          <span className="muted" role="status">
            {t('csv.reading', { file: state.file })}
          </span>
        )}
      </div>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {preview && hasErrors && (
        <div role="alert" className="alert alert-error csv-errors">
          <p className="alert-heading">{t('csv.errorsTitle', { count: preview.result.errors.length })}</p>
          <FileReadingNote fileName={preview.file} reading={preview.result.reading} />
          <ul className="error-lines">
            {preview.result.errors.map((e, n) => (
              <li key={n}>{t('csv.errorLine', { line: e.line, message: localizedServerMessage(e) })}</li>
            ))}
          </ul>
          <p>{t('csv.errorsHelp')}</p>
          <div className="alert-actions">
            <button type="button" className="button button-secondary button-small" onClick={reset}>
              {t('csv.cancel')}
            </button>
          </div>
        </div>
      )}
      {preview && !hasErrors && (
        <section className="csv-preview" aria-labelledby={`${id}-preview-title`}>
          <h4 id={`${id}-preview-title`} className="preview-title">
            {t('csv.previewTitle', { file: preview.file })}
          </h4>
          <FileReadingNote fileName={preview.file} reading={preview.result.reading} />
          <p>{t('csv.previewCount', { count: preview.result.areas.length })}</p>
          <table className="table table-compact">
            <caption className="visually-hidden">{t('csv.previewFirst')}</caption>
            <thead>
              <tr>
                <th scope="col" className="numeric col-number">
                  {t('areas.columns.number')}
                </th>
                <th scope="col">{t('areas.columns.name')}</th>
                <th scope="col">{t('areas.columns.priority')}</th>
              </tr>
            </thead>
            <tbody>
              {preview.result.areas.slice(0, PREVIEW_ROWS).map((a) => (
                <tr key={a.number}>
                  <td className="numeric">{a.number}</td>
                  <td>{a.name}</td>
                  <td>{a.priority ? t('csv.yes') : t('csv.no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {preview.result.areas.length > PREVIEW_ROWS && <p className="muted">{t('csv.moreRows', { count: preview.result.areas.length - PREVIEW_ROWS })}</p>}
          <div className="actions">
            <button type="button" className="button button-primary" disabled={preview.step === 'applying'} onClick={() => void apply()}>
              {t('csv.apply', { count: preview.result.areas.length })}
            </button>
            <button type="button" className="button button-secondary" onClick={reset}>
              {t('csv.cancel')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
