import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseSummary } from '../../shared/contract/methods/exercises';
import type { TownHallListItem } from '../../shared/contract/methods/townhalls';
import { useApi, useReloadOnChange } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';

const WATCHED = ['exercises', 'townhalls', 'questions'];

/** What reports can be about: the workspace's exercises and town halls, kept live. */
export function useReportSubjects() {
  const api = useApi();
  const { t } = useTranslation();
  const [exercises, setExercises] = useState<ExerciseSummary[] | null>(null);
  const [townhalls, setTownhalls] = useState<TownHallListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [e, th] = await Promise.all([api.call('exercises.list', {}), api.call('townhalls.list', {})]);
      setExercises(e);
      setTownhalls(th);
      setError(null);
    } catch (err) {
      setError(messageOf(err, t('errors.unexpected')));
    }
  }, [api, t]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useReloadOnChange(WATCHED, reload);

  return { exercises, townhalls, error, reload };
}
