import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionsImportResult } from '../../shared/contract/methods/townhalls';
import { bytesToBase64, CSV_FIELDS, guessMapping, peekCsvHeaders, type CsvField, type CsvMapping } from '../../shared/logic';
import type { FileReading } from '../../shared/model';
import { fileBytes, FileReadingNote } from '../app/FileReadingNote';
import { localizedServerMessage } from '../app/server-messages';
import { useApi } from '../app/api-context';
import { ErrorAlert, messageOf } from '../app/ErrorAlert';
import type { TownHallData } from './use-townhall-data';

/** What a paper-slip file holds; the other fields come from a town hall exported by Convene. */
const SLIP_FIELDS: readonly CsvField[] = ['text', 'translation', 'topic', 'area', 'department', 'language', 'askedBy', 'meToo'];
const EXPORT_FIELDS = CSV_FIELDS.filter((f) => !SLIP_FIELDS.includes(f));

/**
 * Questions from CSV (paper-slip transcriptions, or a town hall Convene exported: numbers, merges,
 * statuses, answers, follow-ups, visibility): map the columns, preview, then import all or nothing.
 */
export function ImportPanel({ data }: { data: TownHallData }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const [reading, setReading] = useState<FileReading | null>(null);
  const [fileName, setFileName] = useState('');
    const [headers, setHeaders] = useState<string[]>([]);
  const [mapping, setMapping] = useState<CsvMapping>({});
  const [result, setResult] = useState<QuestionsImportResult | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    setResult(null);
    setNotice('');
    setError(null);
    if (!file) return;
    // The header row as the services will read it (same decoder); the file goes as its bytes.
    const bytes = await fileBytes(file);
    const peek = peekCsvHeaders(bytes);
    setCsv(bytesToBase64(bytes));
    setFileName(file.name);
    setReading(peek.reading);
    setHeaders(peek.headers);
    setMapping(guessMapping(peek.headers));
  };

  const send = async (dryRun: boolean) => {
    if (csv === null) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.call('questions.import', { townhallId: data.townhall.id, fileName, base64: csv, mapping, dryRun });
      setResult(r);
      if (r.applied) {
        setNotice(t('townhall.import.done', { count: r.count }));
        setCsv(null);
      }
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  const fieldSelect = (field: CsvField) => (
    <div className="field" key={field}>
      <label htmlFor={`${id}-${field}`}>{t(`townhall.import.fields.${field}`)}</label>
      <select id={`${id}-${field}`} value={mapping[field] ?? ''} onChange={(e) => setMapping((m) => ({ ...m, [field]: e.target.value || undefined }))}>
        <option value="">{t('townhall.import.notImported')}</option>
        {headers.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
    </div>
  );

  const topicName = (tid: string | null) => (tid ? (data.topics.find((x) => x.id === tid)?.name.en ?? '') : '');
  const areaName = (aid: string | null) => (aid ? (data.areas.find((x) => x.id === aid)?.name ?? '') : '');

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card-title">
        {t('townhall.import.title')}
      </h2>
      <p className="card-intro">{t('townhall.import.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('townhall.import.file')}</label>
        <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {csv !== null && <FileReadingNote fileName={fileName} reading={result?.reading ?? reading} />}
      {csv !== null && (
        <>
          <h3 className="subheading">{t('townhall.import.mapping')}</h3>
          <div className="th-grid">{SLIP_FIELDS.map(fieldSelect)}</div>
          <details className="import-more" open={EXPORT_FIELDS.some((f) => mapping[f])}>
            <summary>{t('townhall.import.moreFields')}</summary>
            <p className="hint">{t('townhall.import.moreFieldsHint')}</p>
            <div className="th-grid">{EXPORT_FIELDS.map(fieldSelect)}</div>
          </details>
          <div className="actions">
            <button type="button" className="button button-secondary" disabled={busy} onClick={() => void send(true)}>
              {t('townhall.import.preview')}
            </button>
            <button type="button" className="button button-primary" disabled={busy || !result || result.errors.length > 0} onClick={() => void send(false)}>
              {t('townhall.import.apply', { count: result?.count ?? 0 })}
            </button>
          </div>
        </>
      )}
      <p role="status" className="notice-line">
        {notice}
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {result && result.errors.length > 0 && (
        <div role="alert" className="alert alert-error">
          <p className="alert-text">{t('townhall.import.errors', { count: result.errors.length })}</p>
          <ul className="error-lines">
            {result.errors.slice(0, 50).map((e, i) => (
              <li key={i}>{t('townhall.import.errorLine', { line: e.line, message: localizedServerMessage(e) })}</li>
            ))}
          </ul>
        </div>
      )}
      {result && result.errors.length === 0 && !result.applied && (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption>{t('townhall.import.previewCaption', { count: result.count })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('townhall.import.line')}</th>
                <th scope="col">{t('townhall.fields.question')}</th>
                <th scope="col">{t('townhall.fields.topic')}</th>
                <th scope="col">{t('townhall.fields.area')}</th>
                <th scope="col">{t('townhall.fields.raised')}</th>
              </tr>
            </thead>
            <tbody>
              {result.preview.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>{r.text.slice(0, 200)}</td>
                  <td>{topicName(r.topicId)}</td>
                  <td>{areaName(r.areaId)}</td>
                  <td>{1 + r.meToo}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
