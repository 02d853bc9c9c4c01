import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeEvent, MethodOutput } from '../../shared/contract';
import { useApi, useReloadOnChange } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';

/**
 * Loads something through the API and loads it again whenever one of `collections` changes
 * (in this window or any other, the projector page included).
 */
export function useLive<T>(load: () => Promise<T>, collections: string[], deps: unknown[]) {
  const { t } = useTranslation();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  // Loads overlap (a change event while an earlier load is on its way): only the newest answer
  // is shown, so a slow, older answer never puts back data from before a change.
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    try {
      const value = await load();
      if (ticket !== latest.current) return;
      setData(value);
      setError(null);
    } catch (e) {
      if (ticket !== latest.current) return;
      setError(messageOf(e, t('errors.unexpected')));
    } finally {
      if (ticket === latest.current) setLoaded(true);
    }
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  useReloadOnChange(collections, reload);
  return { data, error, loaded, reload, setData };
}

export function useScenarios() {
  const api = useApi();
  return useLive(() => api.call('scenarios.list', {}), ['scenarios', 'exercises'], [api]);
}

export function useExercises() {
  const api = useApi();
  return useLive(() => api.call('exercises.list', {}), ['exercises'], [api]);
}

export function useExercise(id: string) {
  const api = useApi();
  return useLive(() => api.call('exercises.get', { id }), ['exercises'], [api, id]);
}

export function useAreaList() {
  const api = useApi();
  return useLive(() => api.call('areas.list', {}), ['areas'], [api]);
}

export function usePlan(exerciseId: string) {
  const api = useApi();
  return useLive(() => api.call('exercises.plan', { exerciseId }), ['improvementItems', 'exercises'], [api, exerciseId]);
}

export type ExerciseSummary = MethodOutput<'exercises.list'>[number];
