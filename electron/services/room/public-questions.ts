import { raisedCounts, redactForPublic } from '../../../shared/logic';
import type { PublicQuestion } from '../../../shared/contract';
import type { Question, Workspace } from '../../../shared/model';

/**
 * The questions of a town hall the public may see (projector, residents' page): `shown` ones that
 * are not merged into another, most raised first (then oldest), passed through the one public
 * redaction layer (`redactForPublic`, shared/logic/privacy) in the page's language. Never who
 * asked, never the device.
 *
 * A room's phones ask for this list every few seconds, and the redaction layer is the costly part
 * (name, address and number detection over every question), so its output is remembered per town
 * hall and language and reused while everything the layer reads is unchanged: the town hall, the
 * area names and the shown questions with every field but the ones a "me too" moves (`meToo`,
 * `updatedAt`, `version`), which the layer does not read. Counts are always computed fresh.
 */
export function publicQuestions(ws: Workspace, townhallId: string, language: string, limit = 300, revision?: string): PublicQuestion[] {
  // The store writes records in place (store.change), so the workspace object alone does not say
  // whether anything changed: a list is reused only for the same workspace and the same
  // `revision` (the store's revisionOf(PUBLIC_LIST_READS), which moves with every acknowledged
  // change to what the list reads). Without a revision the list is made afresh.
  if (revision === undefined) return computePublicQuestions(ws, townhallId, language, limit);
  const slot = `${townhallId}\u0000${language}\u0000${limit}`;
  let lists = listsOf.get(ws);
  if (lists?.revision !== revision) listsOf.set(ws, (lists = { revision, bySlot: new Map() }));
  const known = lists.bySlot.get(slot);
  if (known) return known;
  const list = computePublicQuestions(ws, townhallId, language, limit);
  lists.bySlot.set(slot, list);
  return list;
}

/** The collections a public list reads: pass `store.revisionOf(PUBLIC_LIST_READS)` as its revision. */
export const PUBLIC_LIST_READS = ['questions', 'townhalls', 'areas', 'topics'] as const;

/** The lists already made from one workspace at one revision (dropped with it). */
const listsOf = new WeakMap<Workspace, { revision: string; bySlot: Map<string, PublicQuestion[]> }>();

function computePublicQuestions(ws: Workspace, townhallId: string, language: string, limit: number): PublicQuestion[] {
  const mine = ws.questions.filter((q) => q.townhallId === townhallId);
  const raised = raisedCounts(mine);
  const shown = mine
    .filter((q) => q.visibility === 'shown' && q.status !== 'merged' && q.mergedInto === null)
    .sort((a, b) => (raised.get(b.id) ?? 1) - (raised.get(a.id) ?? 1) || a.number - b.number)
    .slice(0, limit);
  const townhalls = ws.townhalls.filter((t) => t.id === townhallId);
  const redacted = redactedTexts(townhalls, shown, ws.areas, language);
  const topicLanguage = language === 'es' ? 'es' : 'en';
  const topics = new Map(ws.topics.map((t) => [t.id, t.name[topicLanguage]]));
  return shown.map((q) => ({
    id: q.id,
    number: q.number,
    text: redacted.get(q.id)!,
    raised: raised.get(q.id) ?? 1,
    topic: q.topicId ? (topics.get(q.topicId) ?? null) : null,
  }));
}

interface CacheEntry {
  key: string;
  texts: Map<string, string>;
}

/** At most this many (town hall, language) lists are remembered. */
const CACHE_SIZE = 32;
const cache = new Map<string, CacheEntry>();

/** Everything of a question the redaction layer may read: all but what a "me too" changes (per question object: records are immutable). */
function redactionInput(q: Question): string {
  let text = inputs.get(q);
  if (text === undefined) {
    const { meToo: _m, updatedAt: _u, version: _v, ...rest } = q as Question & { version?: number };
    text = JSON.stringify(rest);
    inputs.set(q, text);
  }
  return text;
}
const inputs = new WeakMap<Question, string>();

/** Question id → its public text, from the redaction layer or from the last identical call. */
function redactedTexts(townhalls: Workspace['townhalls'], shown: Question[], areas: Workspace['areas'], language: string): Map<string, string> {
  const places = areas.map((a) => a.name);
  const ordered = [...shown].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const key = `${JSON.stringify(townhalls)}\n${JSON.stringify(places)}\n${ordered.map(redactionInput).join('\n')}`;
  const slot = `${townhalls[0]?.id ?? ''}\u0000${language}`;
  const hit = cache.get(slot);
  if (hit && hit.key === key) return hit.texts;
  const view = redactForPublic({ townhalls, questions: ordered, places }, { language, audience: 'public' });
  const texts = new Map(view.questions.map((q) => [q.id, q.text]));
  cache.delete(slot);
  cache.set(slot, { key, texts });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return texts;
}
