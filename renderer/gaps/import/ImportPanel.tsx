import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { peekCsvHeaders, REQUIRED_SPREADSHEET_FIELDS, SPREADSHEET_FIELDS, unusedColumns, type ColumnMapping, type ImportReport } from '../../../shared/logic';
import { initialMapping, rememberMapping } from './remembered-mapping';
import { RESOURCE_IMPORT_MAX_BYTES, type DateOrder } from '../../../shared/model';
import { FileReadingNote } from '../../app/FileReadingNote';
import { useApi } from '../../app/api-context';
import { ErrorAlert, messageOf } from '../../app/ErrorAlert';
import { formatDate } from '../format-date';
import type { GapsData } from '../use-gaps-data';
import { ImportReportView } from './ImportReportView';
import { downloadBase64, sendImport, TooLargeError, zipFolder, type ImportUpload } from './send-import';

type State =
  | { step: 'idle' }
  | { step: 'reading'; name: string }
  | { step: 'mapping'; upload: ImportUpload; headers: string[]; remembered: boolean }
  | { step: 'report'; upload: ImportUpload; report: ImportReport; applying: boolean; dateOrder?: DateOrder; headers?: string[] }
  | { step: 'done'; report: ImportReport };

const MB = RESOURCE_IMPORT_MAX_BYTES / 1024 / 1024;

/**
 * Import an HSDS data package (zip or folder) or a spreadsheet CSV: a dry run first, whose report
 * says what would be added, updated and skipped; nothing changes until the person applies it, and
 * rows with errors are only skipped when they say so.
 */
export function ImportPanel({ data }: { data: GapsData }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const id = useId();
  const [state, setState] = useState<State>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const inputs = useRef<HTMLInputElement[]>([]);

  const fail = (e: unknown) => {
    setError(e instanceof TooLargeError ? t('resources.import.tooLarge', { mb: MB }) : messageOf(e, t('errors.unexpected')));
    setState({ step: 'idle' });
  };
  const check = async (upload: ImportUpload, dateOrder?: DateOrder, headers?: string[]) => {
    try {
      const report = await sendImport(api, upload, { dryRun: true, acceptErrors: false, dateOrder });
      setState({ step: 'report', upload, report, applying: false, dateOrder, headers });
    } catch (e) {
      fail(e);
    }
  };
  const choose = async (event: ChangeEvent<HTMLInputElement>, kind: 'zip' | 'folder' | 'csv') => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setError(null);
    const name = kind === 'folder' ? ((files[0] as File & { webkitRelativePath?: string }).webkitRelativePath?.split('/')[0] ?? files[0].name) : files[0].name;
    if (kind !== 'folder' && files[0].size > RESOURCE_IMPORT_MAX_BYTES) return fail(new TooLargeError());
    setState({ step: 'reading', name });
    try {
      if (kind === 'csv') {
        // The header row as the services will read it (same decoder and delimiter); the file goes as its bytes.
        const bytes = new Uint8Array(await files[0].arrayBuffer());
        // As the file spells them (shown); the mapping names them in lower case, as the services read them.
        const headers = peekCsvHeaders(bytes).headers;
        const { mapping, remembered } = initialMapping(headers.map((h) => h.toLowerCase()));
        setState({ step: 'mapping', upload: { kind: 'csv', name, bytes, mapping }, headers, remembered });
        return;
      }
      const bytes = kind === 'folder' ? await zipFolder(files) : new Uint8Array(await files[0].arrayBuffer());
      await check({ kind: 'zip', name, bytes });
    } catch (e) {
      fail(e);
    }
  };
  const apply = async (acceptErrors: boolean) => {
    if (state.step !== 'report') return;
    setState({ ...state, applying: true });
    setError(null);
    try {
      const report = await sendImport(api, state.upload, { dryRun: false, acceptErrors, dateOrder: state.dateOrder });
      setState(report.applied ? { step: 'done', report } : { step: 'report', upload: state.upload, report, applying: false, dateOrder: state.dateOrder, headers: state.headers });
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
      setState({ ...state, applying: false });
    }
  };
  const exportPackage = async () => {
    setError(null);
    try {
      const r = await api.call('resources.export', {});
      downloadBase64(r.fileName, r.base64, 'application/zip');
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  };

  const busy = state.step === 'reading' || (state.step === 'report' && state.applying);
  const picker = (kind: 'zip' | 'folder' | 'csv', n: number) => (
    <span className="file-picker">
      <input
        ref={(el) => {
          if (el) inputs.current[n] = el;
          if (el && kind === 'folder') el.setAttribute('webkitdirectory', '');
        }}
        id={`${id}-${kind}`}
        type="file"
        className="visually-hidden file-input"
        accept={kind === 'zip' ? '.zip,application/zip' : kind === 'csv' ? '.csv,text/csv' : undefined}
        disabled={busy}
        onChange={(e) => void choose(e, kind)}
      />
      <label htmlFor={`${id}-${kind}`} className="button button-secondary file-label">
        {t(`resources.import.choose.${kind}`)}
      </label>
    </span>
  );
  const errors = state.step === 'report' ? state.report.issues.filter((i) => i.severity === 'error').length + (state.report.moreIssues > 0 ? 1 : 0) : 0;

  return (
    <>
      <section className="card" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} className="card-title">
          {t('resources.import.title')}
        </h2>
        <p className="muted">{t('resources.import.intro', { mb: MB })}</p>
        <div className="actions">
          {picker('zip', 0)}
          {picker('folder', 1)}
          {picker('csv', 2)}
        </div>
        {state.step === 'reading' && (
          <p role="status" className="muted">
            {t('resources.import.reading', { name: state.name })}
          </p>
        )}
        <ErrorAlert message={error} onDismiss={() => setError(null)} />
        {state.step === 'mapping' && (
          <ColumnMappingForm
            headers={state.headers}
            mapping={state.upload.mapping ?? {}}
            remembered={state.remembered}
            onCancel={() => setState({ step: 'idle' })}
            onSubmit={(mapping) => {
              rememberMapping(state.headers.map((h) => h.toLowerCase()), mapping);
              setState({ step: 'reading', name: state.upload.name });
              void check({ ...state.upload, mapping }, undefined, state.headers);
            }}
          />
        )}
        {state.step === 'report' && (
          <section aria-labelledby={`${id}-preview`} className="import-preview">
            <h3 id={`${id}-preview`} className="subheading">
              {state.report.applied ? t('resources.import.appliedTitle') : t('resources.import.previewTitle', { name: state.upload.name })}
            </h3>
            <FileReadingNote fileName={state.upload.name} reading={state.report.reading} />
            {state.report.dateOrder.source === 'needed' && (
              <fieldset className="field date-order">
                <legend>{t('resources.import.dateOrder.question')}</legend>
                {(['mdy', 'dmy'] as const).map((o) => (
                  <button key={o} type="button" className="button button-secondary" onClick={() => void check(state.upload, o)}>
                    {t(`resources.import.dateOrder.${o}`)}
                  </button>
                ))}
              </fieldset>
            )}
            {state.report.dateOrder.source !== 'needed' && state.report.dateOrder.order && state.report.dateOrder.source !== 'unambiguous' && (
              <p className="muted">{t(`resources.import.dateOrder.read.${state.report.dateOrder.order}`)}</p>
            )}
            <ImportReportView report={state.report} />
            {!state.report.blocked && (
              <p className="muted">{errors > 0 ? t('resources.import.errorsHelp') : t('resources.import.readyHelp')}</p>
            )}
            <div className="actions">
              {!state.report.blocked && errors === 0 && (
                <button type="button" className="button button-primary" disabled={state.applying} onClick={() => void apply(false)}>
                  {t('resources.import.apply')}
                </button>
              )}
              {!state.report.blocked && errors > 0 && (
                <button type="button" className="button button-primary" disabled={state.applying} onClick={() => void apply(true)}>
                  {t('resources.import.applySkipping')}
                </button>
              )}
              {state.upload.kind === 'csv' && state.headers && (
                <button type="button" className="button button-secondary" disabled={state.applying} onClick={() => setState({ step: 'mapping', upload: state.upload, headers: state.headers!, remembered: false })}>
                  {t('resources.import.changeMapping')}
                </button>
              )}
              <button type="button" className="button button-secondary" onClick={() => setState({ step: 'idle' })}>
                {t('resources.import.cancel')}
              </button>
            </div>
          </section>
        )}
        {state.step === 'done' && (
          <section className="import-preview" aria-labelledby={`${id}-done`}>
            <h3 id={`${id}-done`} className="subheading" role="status">
              {t('resources.import.doneTitle', { name: state.report.source })}
            </h3>
            <ImportReportView report={state.report} />
          </section>
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-sources`}>
        <h2 id={`${id}-sources`} className="card-title">
          {t('resources.import.sourcesTitle')}
        </h2>
        {data.imports.length === 0 ? (
          <p className="empty">{t('resources.import.noSources')}</p>
        ) : (
          <table className="table table-compact">
            <thead>
              <tr>
                <th scope="col">{t('resources.import.source')}</th>
                <th scope="col">{t('resources.import.formatLabel')}</th>
                <th scope="col">{t('resources.import.asOf')}</th>
                <th scope="col" className="numeric">{t('resources.import.added')}</th>
                <th scope="col" className="numeric">{t('resources.import.updated')}</th>
                <th scope="col" className="numeric">{t('resources.import.skipped')}</th>
              </tr>
            </thead>
            <tbody>
              {[...data.imports].reverse().map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.source}</th>
                  <td>{t(`resources.import.format.${r.format}`)}</td>
                  <td>{formatDate(r.asOf, i18n.language)}</td>
                  <td className="numeric">{r.added}</td>
                  <td className="numeric">{r.updated}</td>
                  <td className="numeric">{r.skipped}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3 className="subheading">{t('resources.import.exportTitle')}</h3>
        <p className="muted">{t('resources.import.exportIntro')}</p>
        <button type="button" className="button button-secondary" onClick={() => void exportPackage()} disabled={data.services.length === 0 && data.organizations.length === 0}>
          {t('resources.import.export')}
        </button>
      </section>
    </>
  );
}

/** Which column of the spreadsheet fills which directory field; guessed from the headers, changed by the person. */
function ColumnMappingForm({ headers, mapping, remembered, onSubmit, onCancel }: { headers: string[]; mapping: ColumnMapping; remembered: boolean; onSubmit: (m: ColumnMapping) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState<ColumnMapping>(mapping);
  const missing = REQUIRED_SPREADSHEET_FIELDS.filter((f) => !current[f]);
  const unused = unusedColumns(headers, current);
  const columns = headers.map((h) => ({ value: h.trim().toLowerCase(), label: h.trim() }));
  return (
    <form
      className="editor"
      aria-labelledby="mapping-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (missing.length === 0) onSubmit(current);
      }}
    >
      <h3 id="mapping-title" className="subheading">
        {t('resources.import.mappingTitle')}
      </h3>
      <p className="muted">{remembered ? t('resources.import.mappingRemembered') : t('resources.import.mappingIntro')}</p>
      <div className="editor-grid">
        {SPREADSHEET_FIELDS.map((f) => (
          <div className="field" key={f}>
            <label htmlFor={`map-${f}`}>
              {t(`resources.import.field.${f}`)}
              {REQUIRED_SPREADSHEET_FIELDS.includes(f) ? ` ${t('resources.import.required')}` : ''}
            </label>
            <select id={`map-${f}`} value={current[f] ?? ''} onChange={(e) => setCurrent({ ...current, [f]: e.target.value || undefined })}>
              <option value="">{t('resources.import.noColumn')}</option>
              {columns.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <p className="muted" data-testid="unused-columns">
        {unused.length > 0 ? t('resources.import.unusedColumns', { columns: unused.join(', '), count: unused.length }) : t('resources.import.allColumnsUsed')}
      </p>
      {missing.length > 0 && <p className="field-error">{t('resources.import.mappingMissing')}</p>}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={missing.length > 0}>
          {t('resources.import.check')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('resources.import.cancel')}
        </button>
      </div>
    </form>
  );
}
