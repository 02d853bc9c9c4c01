import { useCallback, useEffect, useMemo, useState } from 'react';
import { pairKey } from '../../../shared/logic';
import type { DuplicateDismissal } from '../../../shared/model';
import { useApi, useReloadOnChange } from '../../app/api-context';
import { newClientId } from '../../app/client-id';

/**
 * A town hall's "Not a duplicate" decisions as stored in the workspace (`questions.listDismissals`),
 * read again whenever any screen (another browser, a room device, an undo) changes them, deletes
 * or merges questions. `dismissed` holds each decided pair's `pairKey`,
 * plus the pairs this screen has just dismissed and whose answer has not come yet (so a click
 * hides the pair at once); its identity changes only when the set does.
 *
 * `dismiss(a, b)` stores a decision (with a clientId, so a retry stores it once) and answers the
 * stored decision with its undo token; `suggestAgain(d)` takes one back, based on its version.
 * Both throw the service's error (the pair is then shown as stored).
 */
export function useDuplicateDismissals(townhallId: string) {
  const api = useApi();
  const [list, setList] = useState<DuplicateDismissal[]>([]);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());

  const reload = useCallback(async () => {
    try {
      const got = await api.call('questions.listDismissals', { townhallIds: [townhallId] });
      setList(got);
    } catch {
      // The town hall is gone or the screen is leaving: the list stays as it was.
    }
  }, [api, townhallId]);

  useEffect(() => {
    setList([]);
    void reload();
  }, [reload]);
  useReloadOnChange(['duplicateDismissals', 'questions', 'townhalls'], reload);

  const dismissed = useMemo(() => new Set([...list.map((d) => pairKey(d.questionIds[0], d.questionIds[1])), ...pending]), [list, pending]);

  const dismiss = useCallback(
    async (a: string, b: string) => {
      const key = pairKey(a, b);
      setPending((p) => new Set(p).add(key));
      try {
        const stored = await api.call('questions.dismissDuplicate', { townhallId, questionIds: [a, b], clientId: newClientId() });
        setList((l) => (l.some((d) => d.id === stored.id) ? l : [...l, stored]));
        return stored;
      } finally {
        setPending((p) => {
          const next = new Set(p);
          next.delete(key);
          return next;
        });
      }
    },
    [api, townhallId],
  );

  const suggestAgain = useCallback(
    async (d: DuplicateDismissal) => {
      await api.call('questions.suggestDuplicateAgain', { id: d.id, version: d.version });
      setList((l) => l.filter((x) => x.id !== d.id));
    },
    [api],
  );

  return { list, dismissed, dismiss, suggestAgain, reload };
}
