import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { raisedCounts, warmSearchIndex } from '../../shared/logic';
import type { Area, Category, Faq, Question, Topic, TownHall } from '../../shared/model';
import { useApi, useReloadOnChange } from '../app/api-context';
import { messageOf } from '../app/ErrorAlert';

export interface TownHallData {
  townhall: TownHall;
  questions: Question[];
  topics: Topic[];
  areas: Area[];
  faqs: Faq[];
  raised: Map<string, number>;
}

/** One town hall with its questions, topics, areas and FAQs; refetched on every change to them. */
/** `roomDevice`: a note-taker's or moderator's device, which reads only its town hall (no FAQ of other series). */
export function useTownHallData(id: string, options: { roomDevice?: boolean } = {}) {
  const roomDevice = options.roomDevice ?? false;
  const api = useApi();
  const { t } = useTranslation();
  const [data, setData] = useState<Omit<TownHallData, 'raised'> | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const [townhall, questions, topics, areas, faqs] = await Promise.all([
        api.call('townhalls.get', { id }),
        api.call('questions.list', { townhallIds: [id] }),
        api.call('townhalls.listTopics', {}),
        api.call('areas.list', {}),
        roomDevice ? Promise.resolve([]) : api.call('questions.listFaqs', {}),
      ]);
      setData({ townhall, questions, topics, areas, faqs });
      setLoadError(null);
      // The first search then answers at once, even with thousands of questions.
      setTimeout(() => warmSearchIndex(questions), 0);
    } catch (error) {
      setLoadError(messageOf(error, t('errors.unexpected')));
    }
  }, [api, id, t, roomDevice]);

  useEffect(() => {
    void reload();
  }, [reload]);

  useReloadOnChange(['questions', 'townhalls', 'areas'], reload);

  const raised = useMemo(() => raisedCounts(data?.questions ?? []), [data?.questions]);
  return { data: data ? { ...data, raised } : null, loadError, reload, setData };
}

/** The need categories, for promoting a question to a need. */
export function useCategories(): Category[] {
  const api = useApi();
  const [categories, setCategories] = useState<Category[]>([]);
  useEffect(() => {
    void api.call('townhalls.listCategories', {}).then(setCategories, () => setCategories([]));
  }, [api]);
  return categories;
}
