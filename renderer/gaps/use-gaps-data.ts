import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Directory } from '../../shared/contract/methods/resources';
import type { Area, Category, CoverLink, Need } from '../../shared/model';
import { sortAreas } from '../../shared/logic';
import { useApi, useReloadOnChange } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';

const WATCHED = ['resources', 'categories', 'needs', 'links', 'areas'];

export interface GapsData extends Directory {
  areas: Area[];
  needs: Need[];
  links: CoverLink[];
}

/** Everything the resources-and-gaps screens show, reloaded whenever any of it changes (in this window or another). */
export function useGapsData() {
  const api = useApi();
  const { t } = useTranslation();
  const [data, setData] = useState<GapsData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [directory, needs, links, areas] = await Promise.all([api.call('resources.list', {}), api.call('needs.list', {}), api.call('links.list', {}), api.call('areas.list', {})]);
      setData({ ...directory, needs, links, areas: sortAreas(areas) });
      setLoadError(null);
    } catch (error) {
      setLoadError(messageOf(error, t('errors.unexpected')));
    }
  }, [api, t]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useReloadOnChange(WATCHED, reload);
  return { data, loadError, reload };
}

/** A category's name in the UI language. */
export function useCategoryName() {
  const { i18n } = useTranslation();
  const es = i18n.language.startsWith('es');
  return useCallback((c: Category | undefined) => (c ? (es ? c.name.es : c.name.en) : ''), [es]);
}

export function useLookups(data: GapsData | null) {
  return useMemo(
    () => ({
      category: new Map((data?.categories ?? []).map((c) => [c.id, c])),
      area: new Map((data?.areas ?? []).map((a) => [a.id, a])),
      organization: new Map((data?.organizations ?? []).map((o) => [o.id, o])),
      service: new Map((data?.services ?? []).map((s) => [s.id, s])),
      need: new Map((data?.needs ?? []).map((n) => [n.id, n])),
    }),
    [data],
  );
}
