import { raisedCounts, redactPersonalDetails, type PersonalDetailKind } from '../../../shared/logic';
import type { PublicQuestion } from '../../../shared/contract';
import type { Workspace } from '../../../shared/model';

const LABELS: Record<'en' | 'es', Record<PersonalDetailKind, string>> = {
  en: { phone: 'phone number', email: 'email', address: 'address', name: 'name' },
  es: { phone: 'teléfono', email: 'correo', address: 'dirección', name: 'nombre' },
};

/**
 * The questions of a town hall the public may see (projector, residents' page): `shown` ones that
 * are not merged into another, with personal details redacted, most raised first (then oldest).
 * Never who asked, never the device. The one room-side door to the redaction layer: when the shared
 * public-redaction function lands (issue 10), it replaces `redactPersonalDetails` here only.
 */
export function publicQuestions(ws: Workspace, townhallId: string, language: 'en' | 'es', limit = 300): PublicQuestion[] {
  const mine = ws.questions.filter((q) => q.townhallId === townhallId);
  const raised = raisedCounts(mine);
  const topics = new Map(ws.topics.map((t) => [t.id, t.name[language]]));
  const knownNames = mine.flatMap((q) => (q.askedBy ? [q.askedBy] : []));
  return mine
    .filter((q) => q.visibility === 'shown' && q.status !== 'merged' && q.mergedInto === null)
    .map((q) => ({
      id: q.id,
      number: q.number,
      text: redactPersonalDetails(q.text, LABELS[language], knownNames),
      raised: raised.get(q.id) ?? 1,
      topic: q.topicId ? (topics.get(q.topicId) ?? null) : null,
    }))
    .sort((a, b) => b.raised - a.raised || a.number - b.number)
    .slice(0, limit);
}
