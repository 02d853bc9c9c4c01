import type { Faq, Question, TownHall, Workspace } from '../../model';
import { raisedCounts } from './merge';
import { reportedStatus } from './answer-status';

export interface ThemeCount {
  topicId: string | null;
  /** People who raised something on this theme (questions, "me too"s and merged duplicates). */
  raised: number;
  /** Distinct concerns (questions not merged into another). */
  questions: number;
}

export interface FaqSummary {
  faq: Faq;
  raised: number;
  questions: Question[];
}

/** What a town-hall summary report says, before any wording or redaction. Pure. */
export interface TownHallSummary {
  townhalls: TownHall[];
  /** Every question, merged ones included, by town hall date then number. */
  questions: Question[];
  /** Questions not merged into another, most raised first. */
  concerns: Question[];
  raised: ReadonlyMap<string, number>;
  totals: { captured: number; concerns: number; raised: number; answered: number; followUps: number; attendance: number | null };
  themes: ThemeCount[];
  /** Theme × area: raised counts, areas by most raised. */
  byThemeAndArea: { topicId: string | null; areaId: string | null; raised: number; questions: number }[];
  faqs: FaqSummary[];
  /** Concerns raised by two or more people, or answered, that no FAQ covers: the other common questions. */
  common: Question[];
  followUps: Question[];
  areaIds: string[];
  departments: string[];
  languages: string[];
}

// A question stored "new" with an answer counts as answered (reportedStatus): a saved answer never vanishes from a report.
const ANSWERED = new Set(['answered-live', 'answered-writing']);

export function summarizeTownHalls(ws: Pick<Workspace, 'townhalls' | 'questions' | 'faqs'>, townhallIds: readonly string[], opts: { commonLimit?: number } = {}): TownHallSummary {
  const wanted = new Set(townhallIds);
  const townhalls = ws.townhalls.filter((t) => wanted.has(t.id)).sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
  const order = new Map(townhalls.map((t, i) => [t.id, i]));
  const questions = ws.questions.filter((q) => wanted.has(q.townhallId)).sort((a, b) => order.get(a.townhallId)! - order.get(b.townhallId)! || a.number - b.number);
  const raised = raisedCounts(questions);
  const concerns = questions.filter((q) => q.status !== 'merged').sort((a, b) => raised.get(b.id)! - raised.get(a.id)! || a.number - b.number);

  const themeMap = new Map<string | null, ThemeCount>();
  const cellMap = new Map<string, { topicId: string | null; areaId: string | null; raised: number; questions: number }>();
  for (const q of concerns) {
    const r = raised.get(q.id)!;
    const theme = themeMap.get(q.topicId) ?? { topicId: q.topicId, raised: 0, questions: 0 };
    theme.raised += r;
    theme.questions += 1;
    themeMap.set(q.topicId, theme);
    const key = `${q.topicId}|${q.areaId}`;
    const cell = cellMap.get(key) ?? { topicId: q.topicId, areaId: q.areaId, raised: 0, questions: 0 };
    cell.raised += r;
    cell.questions += 1;
    cellMap.set(key, cell);
  }
  const themes = [...themeMap.values()].sort((a, b) => b.raised - a.raised || b.questions - a.questions);
  const themeRank = new Map(themes.map((t, i) => [t.topicId, i]));
  const byThemeAndArea = [...cellMap.values()].sort((a, b) => themeRank.get(a.topicId)! - themeRank.get(b.topicId)! || b.raised - a.raised);

  const series = new Set(townhalls.map((t) => t.series));
  const byId = new Map(questions.map((q) => [q.id, q]));
  const faqs = ws.faqs
    .filter((f) => series.has(f.series) || f.questionIds.some((id) => byId.has(id)))
    .map((faq) => {
      const qs = faq.questionIds.map((id) => byId.get(id)).filter((q): q is Question => q !== undefined);
      return { faq, questions: qs, raised: qs.reduce((sum, q) => sum + (q.status === 'merged' ? 0 : raised.get(q.id)!), 0) };
    })
    .filter((f) => f.questions.length > 0 || townhalls.some((t) => t.series !== '' && t.series === f.faq.series))
    .sort((a, b) => b.raised - a.raised || a.faq.question.localeCompare(b.faq.question));
  const inFaq = new Set(faqs.flatMap((f) => f.faq.questionIds));
  const common = concerns.filter((q) => !inFaq.has(q.id) && (raised.get(q.id)! >= 2 || ANSWERED.has(reportedStatus(q)))).slice(0, opts.commonLimit ?? 40);
  const followUps = concerns
    .filter((q) => q.followUp !== null || q.status === 'needs-follow-up')
    .sort((a, b) => (a.followUp?.due ?? '9999').localeCompare(b.followUp?.due ?? '9999') || raised.get(b.id)! - raised.get(a.id)!);

  const attendanceKnown = townhalls.filter((t) => t.attendance !== null);
  const unique = <T>(xs: T[]) => [...new Set(xs)];
  return {
    townhalls,
    questions,
    concerns,
    raised,
    totals: {
      captured: questions.length,
      concerns: concerns.length,
      raised: concerns.reduce((sum, q) => sum + raised.get(q.id)!, 0),
      answered: concerns.filter((q) => ANSWERED.has(reportedStatus(q))).length,
      followUps: followUps.length,
      attendance: attendanceKnown.length === 0 ? null : attendanceKnown.reduce((sum, t) => sum + (t.attendance ?? 0), 0),
    },
    themes,
    byThemeAndArea,
    faqs,
    common,
    followUps,
    areaIds: unique(townhalls.flatMap((t) => t.areaIds)),
    departments: unique(townhalls.flatMap((t) => t.departments)),
    languages: unique(townhalls.flatMap((t) => t.languages)),
  };
}
