import { raisedCounts, redactForPublic } from '../../../shared/logic';
import type { PublicQuestion } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';

/**
 * The questions of a town hall the public may see (projector, residents' page): `shown` ones that
 * are not merged into another, most raised first (then oldest), passed through the one public
 * redaction layer (`redactForPublic`, shared/logic/privacy) in the page's language. Never who
 * asked, never the device.
 */
export function publicQuestions(ws: Workspace, townhallId: string, language: string, limit = 300): PublicQuestion[] {
  const mine = ws.questions.filter((q) => q.townhallId === townhallId);
  const raised = raisedCounts(mine);
  const shown = mine
    .filter((q) => q.visibility === 'shown' && q.status !== 'merged' && q.mergedInto === null)
    .sort((a, b) => (raised.get(b.id) ?? 1) - (raised.get(a.id) ?? 1) || a.number - b.number)
    .slice(0, limit);
  const townhalls = ws.townhalls.filter((t) => t.id === townhallId);
  const view = redactForPublic({ townhalls, questions: shown, places: ws.areas.map((a) => a.name) }, { language, audience: 'public' });
  const topicLanguage = language === 'es' ? 'es' : 'en';
  const topics = new Map(ws.topics.map((t) => [t.id, t.name[topicLanguage]]));
  return view.questions.map((q) => ({
    id: q.id,
    number: q.number,
    text: q.text,
    raised: raised.get(q.id) ?? 1,
    topic: q.topicId ? (topics.get(q.topicId) ?? null) : null,
  }));
}
