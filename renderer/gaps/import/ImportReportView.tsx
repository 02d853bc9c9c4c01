import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/logic';
import { localizedServerMessage } from '../../app/server-messages';
import { counted } from '../../app/i18n/counted';

const SHOWN_ISSUES = 200;

/** What an import did or would do: counts by record type, new categories, and every problem by file and row. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const kinds = ['organizations', 'services', 'locations'] as const;
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  return (
    <div className="import-report" data-testid="import-report">
      {report.blocked ? (
        <p role="alert" className="alert alert-error">
          {t('resources.import.blocked', { reason: localizedServerMessage(report.issues.find((i) => i.severity === 'error' && i.message === report.blocked) ?? { message: report.blocked }) })}
        </p>
      ) : (
        <table className="table table-compact">
          <caption>{t('resources.import.countsCaption', { source: report.source, format: report.format ? t(`resources.import.format.${report.format}`) : '' })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('resources.import.records')}</th>
              <th scope="col" className="numeric">{t('resources.import.added')}</th>
              <th scope="col" className="numeric">{t('resources.import.updated')}</th>
              <th scope="col" className="numeric">{t('resources.import.unchanged')}</th>
              <th scope="col" className="numeric">{t('resources.import.skipped')}</th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k}>
                <th scope="row">{t(`resources.import.kind.${k}`)}</th>
                <td className="numeric">{report.counts[k].added}</td>
                <td className="numeric">{report.counts[k].updated}</td>
                <td className="numeric">{report.counts[k].unchanged}</td>
                <td className="numeric">{report.counts[k].skipped}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.tables.length > 0 && (
        <table className="table table-compact import-tables">
          <caption>{t('resources.import.tables.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('resources.import.tables.table')}</th>
              <th scope="col" className="numeric">{t('resources.import.tables.rows')}</th>
              <th scope="col" className="numeric">{t('resources.import.tables.kept')}</th>
              <th scope="col" className="numeric">{t('resources.import.tables.skipped')}</th>
              <th scope="col">{t('resources.import.tables.why')}</th>
            </tr>
          </thead>
          <tbody>
            {report.tables.map((table) => (
              <tr key={table.file}>
                <th scope="row">
                  {table.table === 'spreadsheet' ? table.file : `${table.table} (${table.file})`}
                </th>
                <td className="numeric">{table.rows}</td>
                <td className="numeric">{table.kept}</td>
                <td className="numeric">{table.skipped}</td>
                <td>
                  {table.reasons.length === 0 ? (
                    <span className="muted">{t('resources.import.tables.noProblems')}</span>
                  ) : (
                    <ul className="reason-list">
                      {table.reasons.slice(0, 8).map((r) => (
                        <li key={r.reason}>{t('resources.import.tables.reason', { count: r.count, reason: r.key ? localizedServerMessage({ message: r.reason, key: r.key, params: r.params }) : r.reason })}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.newCategories.length > 0 && <p>{t('resources.import.newCategories', { list: report.newCategories.join(', ') })}</p>}
      {report.issues.length > 0 && (
        <>
          <h4 className="preview-title">{t('resources.import.issuesTitle', { errors: counted(t, 'error', errors), warnings: counted(t, 'warning', report.issues.length - errors + report.moreIssues) })}</h4>
          <ul className="issue-list">
            {report.issues.slice(0, SHOWN_ISSUES).map((i, n) => (
              <li key={n} className={`issue issue-${i.severity}`}>
                <span className="issue-where">{i.row ? t('resources.import.where', { file: i.file, row: i.row }) : i.file}</span>{' '}
                <span className="badge">{t(`resources.import.severity.${i.severity}`)}</span> {i.column ? `${t('resources.import.column', { column: i.column })} ` : ''}
                {localizedServerMessage(i)}
              </li>
            ))}
          </ul>
          {report.issues.length + report.moreIssues > SHOWN_ISSUES && <p className="muted">{t('resources.import.moreIssues', { count: report.issues.length + report.moreIssues - SHOWN_ISSUES })}</p>}
        </>
      )}
    </div>
  );
}
