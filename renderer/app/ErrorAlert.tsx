import { ApiError } from '../../shared/contract';
import { localizedServerMessage } from './server-messages';
import { useTranslation } from 'react-i18next';

/**
 * A failed call, said in one plain sentence (the error's message), never a stack trace. Rendered
 * only while there is an error, so assistive technology announces it when it appears.
 */
export function ErrorAlert({ message, onDismiss, onRetry }: { message: string | null; onDismiss?: () => void; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (!message) return null;
  return (
    <div role="alert" className="alert alert-error">
      <p className="alert-text">{message}</p>
      {(onRetry || onDismiss) && (
        <div className="alert-actions">
          {onRetry && (
            <button type="button" className="button button-secondary button-small" onClick={onRetry}>
              {t('app.retry')}
            </button>
          )}
          {onDismiss && (
            <button type="button" className="button button-quiet button-small" onClick={onDismiss}>
              {t('errors.dismiss')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

/** The sentence to show for anything a call threw: the ApiError's message (in the UI's language when known), else `fallback`. */
export function messageOf(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.message ? localizedServerMessage(error) : fallback;
}
