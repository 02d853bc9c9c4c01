import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportInput } from '../../shared/contract';
import { useApi } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';
import { exportReport } from './export-report';

/** Runs one report export and says how it went: downloaded, saved to a path, or cancelled. */
export function useReportExport() {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const run = async (input: ReportExportInput) => {
    setBusy(true);
    setError(null);
    setNotice('');
    try {
      const out = await exportReport(api, input, t('errors.unreachable'));
      setNotice(!out.saved ? t('reportsHub.cancelled') : out.path ? t('reportsHub.savedTo', { path: out.path }) : t('reportsHub.downloaded', { file: out.fileName }));
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, notice, run, clearError: () => setError(null) };
}
