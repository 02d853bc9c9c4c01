import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../shared/contract';
import { useApi, useReloadOnChange } from './api-context';
import { messageOf } from './ErrorAlert';

/** The data file's status; refetched after any change, since every save changes its size and may add a backup. */
export function useWorkspaceStatus() {
  const api = useApi();
  const { t } = useTranslation();
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setStatus(await api.call('workspace.status', {}));
      setError(null);
    } catch (e) {
      setError(messageOf(e, t('errors.unexpected')));
    }
  }, [api, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useReloadOnChange('all', reload);

  return { status, error, reload };
}
