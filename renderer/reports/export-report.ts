import { ApiError, ApiErrorBody, type ReportExportInput } from '../../shared/contract';
import type { ApiClient } from '../api';

export interface ExportOutcome {
  fileName: string;
  /** Desktop: where the user saved it; null when they cancelled the save dialog. Browser: null (downloaded). */
  path: string | null;
  saved: boolean;
}

function fileNameFrom(disposition: string | null): string {
  const utf8 = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (utf8) return decodeURIComponent(utf8);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? 'report.pdf';
}

/**
 * Exports a PDF report. In the desktop app the main process asks where to save it; in the
 * browser host the server answers the PDF and the browser downloads it.
 */
export async function exportReport(api: ApiClient, input: ReportExportInput, unreachable: string): Promise<ExportOutcome> {
  if (api.kind !== 'http') {
    const r = await api.call('reports.export', input);
    return { fileName: r.fileName, path: r.path, saved: r.saved };
  }
  let response: Response;
  try {
    response = await fetch('/api/reports.export', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
  } catch {
    throw new ApiError('internal', unreachable);
  }
  if (!response.ok) {
    const body = await response.json().catch(() => null);
    const parsed = ApiErrorBody.safeParse(body?.error);
    throw parsed.success ? ApiError.fromBody(parsed.data) : new ApiError('internal', unreachable);
  }
  const fileName = fileNameFrom(response.headers.get('Content-Disposition'));
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Revoke after the click has been handled, or some browsers cancel the download.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { fileName, path: null, saved: true };
}
