import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportExportInput } from '../../shared/contract';
import { useApi } from '../app/api-context';
import { ConfirmDialog } from '../app/undo/ConfirmDialog';

interface Pending {
  input: ReportExportInput;
  unreviewed: number;
  questions: number;
  /** The town hall of the first question not reviewed: where "Review first" goes. */
  townhallId: string;
}

/** The town halls a report request is about, or null for a report with no residents' questions. */
function townhallsOf(input: ReportExportInput): string[] | null {
  if ((input.audience ?? 'public') !== 'public') return null;
  if (input.kind === 'townhall' && input.id) return [input.id];
  if (input.kind === 'townhall-series' && input.ids?.length) return input.ids;
  return null;
}

/**
 * Before a public town-hall (or series) report is exported, checks the personal-details review as
 * stored now (`questions.privacyReview`): if questions with details to hide have not been reviewed
 * by a person, asks first, in the app's own dialog, with the count; the user reviews first or
 * exports anyway. Internal reports and reports without residents' words export at once.
 *
 * `run(input)` is the export to run; `onReviewFirst(townhallId)` takes the user to the review
 * (the town hall of the first question not reviewed).
 */
export function useUnreviewedExportCheck(run: (input: ReportExportInput) => void | Promise<void>, onReviewFirst: (townhallId: string) => void) {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState<Pending | null>(null);
  const [checking, setChecking] = useState(false);

  const request = async (input: ReportExportInput) => {
    const ids = townhallsOf(input);
    if (!ids) return run(input);
    setChecking(true);
    let items: { reviewedAt: string | null; townhallId: string }[];
    try {
      items = await api.call('questions.privacyReview', { townhallIds: ids });
    } catch {
      // The export reports the host's error itself (in the user's language); nothing is lost by trying it.
      setChecking(false);
      return run(input);
    }
    setChecking(false);
    const unreviewed = items.filter((i) => !i.reviewedAt);
    if (unreviewed.length === 0) return run(input);
    setPending({ input, unreviewed: unreviewed.length, questions: items.length, townhallId: unreviewed[0].townhallId });
  };

  const dialog = pending && (
    <ConfirmDialog
      title={t('reportsHub.reviewCheck.title')}
      confirmLabel={t('reportsHub.reviewCheck.exportAnyway')}
      cancelLabel={t('reportsHub.reviewCheck.reviewFirst')}
      onConfirm={() => {
        const { input } = pending;
        setPending(null);
        void run(input);
      }}
      onCancel={() => {
        const { townhallId } = pending;
        setPending(null);
        onReviewFirst(townhallId);
      }}>
      <p>{t('reportsHub.reviewCheck.body', { count: pending.unreviewed, questions: pending.questions })}</p>
      <p>{t('reportsHub.reviewCheck.note', { count: pending.questions, reviewed: pending.questions - pending.unreviewed })}</p>
    </ConfirmDialog>
  );

  return { request, checking, dialog };
}
