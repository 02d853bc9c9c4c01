/** The sample document shared by the kit tests and render-kit-sample.ts. */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createReport, type Report, type ReportLanguage } from '../../../electron/services/reports/kit';

export const FONTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../electron/services/reports/fonts');

export const SAMPLE = {
  title: 'Riverside Town Hall: Questions and Follow-up',
  headings: ['Summary', 'Participation', 'Questions by topic', 'Open questions', 'Notes in other languages', 'Long note'],
  tableHeader: ['Question', 'Topic', 'Votes'],
  spanish: 'Señalización en la avenida: ¿quién decide? ¡Pronto! Árbol, camión, país, acción, pingüino.',
  spanishWords: ['Señalización', '¿quién', '¡Pronto!', 'Árbol', 'camión', 'pingüino'],
  polish: 'Zażółć gęślą jaźń: ćwiczenia łączności, źródło, żółw, ósmy, ńa.',
  polishWords: ['Zażółć', 'gęślą', 'jaźń', 'ćwiczenia', 'łączności', 'źródło', 'żółw'],
  chinese: '社区安全会议将在下周三晚上七点举行。',
  emoji: 'Thanks everyone 🙏🏽 see you next time 👨‍👩‍👧! Tamil has no font here: தமிழ் — kept around it.',
  rowCount: 120,
};

export function buildSample(language: ReportLanguage, generatedAt = new Date('2025-03-05T19:30:00Z')): Report {
  const r = createReport({
    fontsDir: FONTS_DIR,
    language,
    title: SAMPLE.title,
    subtitle: language === 'es' ? 'Resumen para el equipo de seguridad comunitaria' : 'Summary for the community-safety team',
    author: 'Convene sample',
    subject: 'Town hall Q&A',
    keywords: ['town hall', 'questions', 'sample'],
    cover: {
      lines: [
        { label: language === 'es' ? 'Sesión' : 'Session', value: 'Riverside Community Center, Room B' },
        { label: language === 'es' ? 'Preguntas' : 'Questions', value: String(SAMPLE.rowCount) },
      ],
      note: language === 'es' ? 'Este informe no incluye nombres, teléfonos ni direcciones de residentes.' : 'This report does not include residents’ names, phone numbers or addresses.',
    },
    generatedAt,
  });
  const topics = ['Traffic', 'Lighting', 'Youth programs', 'Emergency alerts', 'Parks', 'Housing'];
  r.heading(SAMPLE.headings[0], 1)
    .paragraph('Residents asked 120 questions across six topics. Traffic calming and street lighting drew the most votes; several questions about emergency alerts are still open and are listed below with their owners.')
    .keyValues([
      { label: 'Questions', value: '120' },
      { label: 'Answered in session', value: '87' },
      { label: 'Follow-up owners', value: 'Public Works; Parks & Recreation; Office of Emergency Management' },
    ])
    .bullets(['Publish answers within two weeks.', 'Share the lighting survey with the neighborhood association.', SAMPLE.spanish])
    .heading(SAMPLE.headings[1], 1)
    .heading('Votes by topic', 2)
    .barChart({ title: 'Votes by topic', valueLabel: 'Votes', data: topics.map((t, i) => ({ label: t, value: [42, 35, 18, 27, 9, 14][i] })) })
    .barChart({ title: 'Votes from the online form', data: [] })
    .heading(SAMPLE.headings[2], 1)
    .table({
      caption: 'All questions, most voted first',
      columns: [{ header: SAMPLE.tableHeader[0], width: 5 }, { header: SAMPLE.tableHeader[1], width: 1.6 }, { header: SAMPLE.tableHeader[2], width: 0.8, align: 'right' }],
      rows: Array.from({ length: SAMPLE.rowCount }, (_, i) => [
        i % 7 === 3
          ? `Question ${i + 1}: when will the crossing at Fifth and Main get a signal, and can the city share the traffic study that was mentioned at the last meeting?`
          : `Question ${i + 1}: ${['Street lights on Oak Ave', 'Bus stop shelter', 'Speed bumps near school', 'Park hours'][i % 4]}`,
        topics[i % topics.length],
        String(120 - i),
      ]),
    })
    .heading(SAMPLE.headings[3], 1)
    .table({ columns: [{ header: 'Question' }, { header: 'Owner' }], rows: [], emptyText: 'Every question has an owner.' })
    .heading(SAMPLE.headings[4], 1)
    .heading('Español', 2)
    .paragraph(SAMPLE.spanish)
    .heading('Polski', 2)
    .paragraph(SAMPLE.polish)
    .heading('中文', 2)
    .paragraph(SAMPLE.chinese)
    .paragraph(`Mixed: the meeting notice said “${SAMPLE.chinese}” and then ${SAMPLE.emoji}`)
    .heading(SAMPLE.headings[5], 1)
    .paragraph('', { muted: true })
    .paragraph(longText(20000), { muted: true })
    .paragraph('Supercalifragilisticexpialidocious'.repeat(12));
  return r;
}

export function longText(chars: number): string {
  const words = ['community', 'safety', 'meeting', 'resident', 'lighting', 'crossing', 'follow-up', 'question', 'answer', 'neighborhood'];
  let s = '';
  for (let i = 0; s.length < chars; i++) s += words[i % words.length] + (i % 17 === 16 ? '. ' : ' ');
  return s.slice(0, chars);
}
