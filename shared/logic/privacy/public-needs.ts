import type { Need, Question, TownHall } from '../../model';
import { redactForPublic, type PublicOptions, type RedactionTally } from './public-view';

/**
 * The gap report's part of the one redaction layer: needs cite residents' questions as evidence,
 * and a need promoted from a question starts with the question's words as its title and
 * description. Every cited question goes through `redactForPublic` (with its town hall, so the
 * reviewer's decisions, who asked and the note-takers are known), and wherever a need's title or
 * description repeats a cited question's words, the redacted words take their place. What staff
 * wrote themselves in a need is kept as written (redaction applies to what residents said).
 *
 * Input: the records as stored; output: copies safe for a public report, with the tally.
 */
export function redactNeedsForPublic<W extends { needs: Need[]; questions: Question[]; townhalls: TownHall[]; areas?: readonly { name: string }[] }>(
  ws: W,
  options: PublicOptions,
): { ws: W; tally: RedactionTally | null } {
  const cited = new Set<string>();
  for (const need of ws.needs) for (const e of need.evidence) if (e.kind === 'question') cited.add(e.questionId);
  if (cited.size === 0) return { ws, tally: null };
  const questions = ws.questions.filter((q) => cited.has(q.id));
  const townhallIds = new Set(questions.map((q) => q.townhallId));
  const view = redactForPublic({ townhalls: ws.townhalls.filter((t) => townhallIds.has(t.id)), questions, places: (ws.areas ?? []).map((a) => a.name) }, options);
  const original = new Map(questions.map((q) => [q.id, q]));
  const redacted = new Map(view.questions.map((q) => [q.id, q]));
  const needs = ws.needs.map((need) => {
    let { title, description } = need;
    for (const e of need.evidence) {
      if (e.kind !== 'question') continue;
      const before = original.get(e.questionId);
      const after = redacted.get(e.questionId);
      if (!before || !after || before.text === after.text) continue;
      title = replaceQuoted(title, before.text, after.text);
      description = replaceQuoted(description, before.text, after.text);
    }
    return title === need.title && description === need.description ? need : { ...need, title, description };
  });
  return { ws: { ...ws, needs, questions: ws.questions.map((q) => redacted.get(q.id) ?? q) }, tally: view.tally };
}

/**
 * `text` with every repetition of the resident's words `said` replaced by `safe`; a title that is
 * the words cut short ("…") is cut from the safe words the same way.
 */
function replaceQuoted(text: string, said: string, safe: string): string {
  if (!text) return text;
  if (text.includes(said)) return text.split(said).join(safe);
  const cut = /^(.*)…$/su.exec(text);
  if (cut && cut[1].length > 0 && said.startsWith(cut[1])) return safe.length > cut[1].length ? `${safe.slice(0, cut[1].length)}…` : safe;
  return text;
}
