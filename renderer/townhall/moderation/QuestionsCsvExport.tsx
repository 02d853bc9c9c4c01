import { useTranslation } from 'react-i18next';
import { questionsToCsv } from '../../../shared/logic';
import type { Question } from '../../../shared/model';
import type { TownHallData } from '../use-townhall-data';

/**
 * Downloads questions as CSV with every field a CSV can hold (see `questionsToCsv`): the ones shown
 * (after filters), or the whole town hall in capture order, merged questions included, which
 * Import reads back into the same town hall.
 */
export function QuestionsCsvExport({ data, questions }: { data: TownHallData; questions: Question[] }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.language === 'es' ? 'es' : 'en';
  const all = [...data.questions].sort((a, b) => a.number - b.number);
  const download = (questions: Question[]) => {
    const numbers = new Map(data.questions.map((q) => [q.id, q.number]));
    const csv = questionsToCsv(questions, {
      raised: data.raised,
      topicName: (id) => (id ? (data.topics.find((x) => x.id === id)?.name[ui] ?? '') : ''),
      areaName: (id) => (id ? (data.areas.find((x) => x.id === id)?.name ?? '') : ''),
      numberOf: (id) => (id ? String(numbers.get(id) ?? '') : ''),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${data.townhall.title.replace(/[\\/:*?"<>|]+/g, '').replace(/\s+/g, '-').slice(0, 60) || 'questions'}-${data.townhall.date}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <p className="actions">
      <button type="button" className="button button-secondary" onClick={() => download(questions)} disabled={questions.length === 0}>
        {t('townhall.moderate.exportCsv', { count: questions.length })}
      </button>
      <button type="button" className="button button-secondary" onClick={() => download(all)} disabled={all.length === 0}>
        {t('townhall.moderate.exportAllCsv', { count: all.length })}
      </button>
    </p>
  );
}
