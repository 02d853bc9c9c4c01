import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../shared/model';
import { useApi, useReloadOnChange } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';

/** The workspace's areas as the server orders them (priority first), refetched on every `areas` change. */
export function useAreas() {
  const api = useApi();
  const { t } = useTranslation();
  const [areas, setAreas] = useState<Area[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setAreas(await api.call('areas.list', {}));
      setLoadError(null);
    } catch (error) {
      setLoadError(messageOf(error, t('errors.unexpected')));
    }
  }, [api, t]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useReloadOnChange(['areas'], reload);

  return { areas, loadError, reload };
}
