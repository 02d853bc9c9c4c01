import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { questionsToCsv, questionsToPublicCsv } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import type { TownHallData } from '../use-townhall-data';

/**
 * Downloads questions as CSV: the ones shown (after filters) as a public file through the one
 * redaction layer (personal details hidden, no "asked by") or as the internal file with everything
 * as stored, and the whole town hall (internal, capture order, merged questions included), which
 * Import reads back into the same town hall (`questionsToCsv` holds every field a CSV can).
 * The file name says which, and never repeats between them: "public", "internal-with-personal-details"
 * (the questions shown) and "all-questions-internal-with-personal-details" (the whole town hall),
 * in the UI's language. Memoized: a key typed re-renders it only once the list shown has changed.
 */
export const QuestionsCsvExport = memo(function QuestionsCsvExport({ data, questions }: { data: TownHallData; questions: Question[] }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'es' ? 'es' : 'en';
  // Sorted when the whole town hall is downloaded, not on every render (10,000 questions).
  const all = () => [...data.questions].sort((a, b) => a.number - b.number);
  const download = (audience: 'public' | 'internal' | 'all', questions: Question[]) => {
    const numbers = new Map(data.questions.map((q) => [q.id, q.number]));
    const lookups = {
      raised: data.raised,
      topicName: (id: string | null) => (id ? (data.topics.find((x) => x.id === id)?.name[ui] ?? '') : ''),
      areaName: (id: string | null) => (id ? (data.areas.find((x) => x.id === id)?.name ?? '') : ''),
      numberOf: (id: string | null) => (id ? String(numbers.get(id) ?? '') : ''),
    };
    const csv =
      audience === 'public'
        ? questionsToPublicCsv({ townhalls: [data.townhall], questions: data.questions, faqs: [], places: data.areas.map((a) => a.name) }, questions, lookups, ui)
        : questionsToCsv(questions, lookups);
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    const name = data.townhall.title.replace(/[\\/:*?"<>|]+/g, '').replace(/\s+/g, '-').slice(0, 60) || 'questions';
    link.download = `${name}-${data.townhall.date}-${t(`townhall.moderate.csvFile.${audience}`)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <p className="actions">
      <button type="button" className="button button-secondary" onClick={() => download('public', questions)} disabled={questions.length === 0}>
        {t('townhall.moderate.exportPublicCsv', { count: questions.length })}
      </button>
      <button type="button" className="button button-quiet" onClick={() => download('internal', questions)} disabled={questions.length === 0}>
        {t('townhall.moderate.exportCsv', { count: questions.length })}
      </button>
      <button type="button" className="button button-secondary" onClick={() => download('all', all())} disabled={data.questions.length === 0}>
        {t('townhall.moderate.exportAllCsv', { count: data.questions.length })}
      </button>
    </p>
  );
});
