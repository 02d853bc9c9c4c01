import { REDACTION_LABELS, type PersonalDetailKind } from '../../../../shared/logic';
import type { QuestionStatus } from '../../../../shared/model';

/** The town-hall report's own wording, in English and Spanish. */
export interface TownHallReportLabels {
  title: string;
  seriesTitle: (series: string) => string;
  subtitlePublic: string;
  subtitleInternal: string;
  cover: { dates: string; places: string; areas: string; attendance: string; departments: string; languages: string; townhalls: string; questions: string };
  notRecorded: string;
  summary: string;
  summaryText: (t: { captured: string; concerns: string; raised: string; answered: string; followUps: string }) => string;
  totals: { captured: string; concerns: string; raised: string; answered: string; followUps: string };
  themes: string;
  themesIntro: string;
  themesChart: string;
  raisedLabel: string;
  themeColumns: { theme: string; raised: string; questions: string };
  concerns: string;
  concernsIntro: string;
  concernsByArea: string;
  areaColumns: { theme: string; area: string; raised: string; questions: string };
  topConcerns: (theme: string) => string;
  common: string;
  commonIntro: string;
  faq: string;
  otherCommon: string;
  commonColumns: { question: string; raised: string; status: string; answer: string };
  noAnswerYet: string;
  noCommon: string;
  resources: string;
  resourcesIntro: string;
  resourcesNone: string;
  resourcesForTheme: (theme: string) => string;
  resourcesNoneForTheme: string;
  followUps: string;
  followUpsIntro: string;
  followUpColumns: { question: string; owner: string; due: string; status: string };
  noOwner: string;
  noDue: string;
  noFollowUps: string;
  method: string;
  methodText: (n: number) => string;
  /** After a text printed in the language it was asked or answered in, because no translation into the report's language exists. */
  originalMarker: (language: string | null) => string;
  /** Said once, in the method section, when any text carries the marker. */
  originalNote: (marker: string, n: number) => string;
  privacyPublic: string;
  privacyInternalRedacted: string;
  privacyInternalKept: string;
  appendix: string;
  appendixIntro: string;
  appendixColumns: { number: string; question: string; theme: string; area: string; raised: string; status: string };
  mergedInto: (n: number) => string;
  noTheme: string;
  noArea: string;
  status: Record<QuestionStatus, string>;
  redacted: Record<PersonalDetailKind, string>;
  internalMarker: string;
}

const en: TownHallReportLabels = {
  title: 'Town hall summary',
  seriesTitle: (series) => `Town hall series summary: ${series}`,
  subtitlePublic: 'Community concerns, answers to common questions, available resources and follow-ups',
  subtitleInternal: 'Internal report: community concerns, answers, resources and follow-ups',
  cover: { dates: 'Date', places: 'Place', areas: 'Community areas', attendance: 'Attendance', departments: 'Departments present', languages: 'Languages', townhalls: 'Town halls', questions: 'Questions and concerns' },
  notRecorded: 'Not recorded',
  summary: 'Summary of community concerns',
  summaryText: (t) =>
    `Residents raised ${t.raised} concerns, captured as ${t.captured} questions and grouped into ${t.concerns} distinct concerns after duplicates were merged. ${t.answered} were answered and ${t.followUps} need follow-up by a department.`,
  totals: { captured: 'Questions captured', concerns: 'Distinct concerns', raised: 'Times raised (including "me too")', answered: 'Answered', followUps: 'Needing follow-up' },
  themes: 'Top themes',
  themesIntro: 'How often each theme was raised, counting every resident who asked or said "me too".',
  themesChart: 'Times raised by theme',
  raisedLabel: 'Times raised',
  themeColumns: { theme: 'Theme', raised: 'Times raised', questions: 'Distinct concerns' },
  concerns: 'Concerns by theme and area',
  concernsIntro: 'Where each theme was raised, and the concerns raised most under each theme.',
  concernsByArea: 'Theme and community area',
  areaColumns: { theme: 'Theme', area: 'Community area', raised: 'Times raised', questions: 'Concerns' },
  topConcerns: (theme) => `Most raised: ${theme}`,
  common: 'Answers to common questions',
  commonIntro: 'Questions asked by several residents, with the answer given and its status.',
  faq: 'Frequently asked questions',
  otherCommon: 'Other common questions',
  commonColumns: { question: 'Question', raised: 'Raised', status: 'Status', answer: 'Answer' },
  noAnswerYet: 'No answer recorded yet.',
  noCommon: 'No question was raised by more than one resident or answered yet.',
  resources: 'Available resources',
  resourcesIntro: 'Services in the resource directory for the themes residents raised.',
  resourcesNone: 'The resource directory has no entries yet, so this report cannot list services. Add organizations and services in Resources & gaps.',
  resourcesForTheme: (theme) => theme,
  resourcesNoneForTheme: 'No service in the directory covers this theme yet.',
  followUps: 'Follow-ups',
  followUpsIntro: 'What departments committed to look into, with the owner and due date.',
  followUpColumns: { question: 'Question', owner: 'Owner', due: 'Due', status: 'Status' },
  noOwner: 'Owner not assigned',
  noDue: 'No date',
  noFollowUps: 'No question needs follow-up.',
  method: 'Method and privacy',
  methodText: (n) =>
    `Note-takers captured questions as residents spoke or handed in paper slips (${n} in all). Staff merged duplicates, keeping the originals, and counted everyone who raised the same concern. Themes and areas were assigned by the note-takers and reviewed by staff.`,
  privacyPublic: 'Residents were anonymous unless they gave a name. This public report leaves out every name, phone number, email and street address typed into a question; each is shown as a label in brackets.',
  privacyInternalRedacted: 'Internal report. Names, phone numbers, emails and street addresses are still left out, as in the public report.',
  privacyInternalKept: 'Internal report with personal details: names, phone numbers, emails and addresses residents gave are kept. Do not share it outside the team.',
  appendix: 'Appendix: all questions',
  originalMarker: (language) => (language ? `(original: ${language})` : '(original language)'),
  originalNote: (marker, n) =>
    `Questions and answers are printed in English where an English translation was recorded. ${n === 1 ? 'One text has' : `${n} texts have`} none yet: ${n === 1 ? 'it is' : 'they are'} printed as asked or answered, marked ${marker} or with the language ${n === 1 ? 'it is' : 'they are'} in.`,
  appendixIntro: 'Every question as captured, in order. Merged questions show the question they were merged into.',
  appendixColumns: { number: 'No.', question: 'Question', theme: 'Theme', area: 'Area', raised: 'Raised', status: 'Status' },
  mergedInto: (n) => `merged into no. ${n}`,
  noTheme: 'No theme',
  noArea: 'No area',
  status: { new: 'Not answered yet', 'answered-live': 'Answered live', 'answered-writing': 'Answered in writing', 'needs-follow-up': 'Needs follow-up', merged: 'Merged' },
  redacted: REDACTION_LABELS.en,
  internalMarker: 'Internal',
};

const es: TownHallReportLabels = {
  title: 'Resumen de la reunión comunitaria',
  seriesTitle: (series) => `Resumen de la serie de reuniones comunitarias: ${series}`,
  subtitlePublic: 'Inquietudes de la comunidad, respuestas a preguntas frecuentes, recursos disponibles y seguimientos',
  subtitleInternal: 'Informe interno: inquietudes de la comunidad, respuestas, recursos y seguimientos',
  cover: { dates: 'Fecha', places: 'Lugar', areas: 'Áreas comunitarias', attendance: 'Asistencia', departments: 'Departamentos presentes', languages: 'Idiomas', townhalls: 'Reuniones', questions: 'Preguntas e inquietudes' },
  notRecorded: 'Sin registrar',
  summary: 'Resumen de las inquietudes de la comunidad',
  summaryText: (t) =>
    `Los residentes plantearon ${t.raised} inquietudes, registradas como ${t.captured} preguntas y agrupadas en ${t.concerns} inquietudes distintas después de unir los duplicados. Se respondieron ${t.answered} y ${t.followUps} requieren seguimiento de algún departamento.`,
  totals: { captured: 'Preguntas registradas', concerns: 'Inquietudes distintas', raised: 'Veces planteadas (con los "yo también")', answered: 'Respondidas', followUps: 'Con seguimiento pendiente' },
  themes: 'Temas principales',
  themesIntro: 'Cuántas veces se planteó cada tema, contando a cada residente que preguntó o dijo "yo también".',
  themesChart: 'Veces planteado por tema',
  raisedLabel: 'Veces planteado',
  themeColumns: { theme: 'Tema', raised: 'Veces planteado', questions: 'Inquietudes distintas' },
  concerns: 'Inquietudes por tema y área',
  concernsIntro: 'Dónde se planteó cada tema y las inquietudes más planteadas en cada uno.',
  concernsByArea: 'Tema y área comunitaria',
  areaColumns: { theme: 'Tema', area: 'Área comunitaria', raised: 'Veces', questions: 'Inquietudes' },
  topConcerns: (theme) => `Lo más planteado: ${theme}`,
  common: 'Respuestas a preguntas frecuentes',
  commonIntro: 'Preguntas que hicieron varios residentes, con la respuesta dada y su estado.',
  faq: 'Preguntas frecuentes',
  otherCommon: 'Otras preguntas comunes',
  commonColumns: { question: 'Pregunta', raised: 'Veces', status: 'Estado', answer: 'Respuesta' },
  noAnswerYet: 'Todavía no hay respuesta registrada.',
  noCommon: 'Ninguna pregunta fue planteada por más de un residente ni respondida todavía.',
  resources: 'Recursos disponibles',
  resourcesIntro: 'Servicios del directorio de recursos para los temas que plantearon los residentes.',
  resourcesNone: 'El directorio de recursos todavía no tiene registros, así que este informe no puede mostrar servicios. Agregue organizaciones y servicios en Recursos y brechas.',
  resourcesForTheme: (theme) => theme,
  resourcesNoneForTheme: 'Ningún servicio del directorio cubre este tema todavía.',
  followUps: 'Seguimientos',
  followUpsIntro: 'Lo que los departamentos se comprometieron a revisar, con el responsable y la fecha límite.',
  followUpColumns: { question: 'Pregunta', owner: 'Responsable', due: 'Fecha límite', status: 'Estado' },
  noOwner: 'Sin responsable asignado',
  noDue: 'Sin fecha',
  noFollowUps: 'Ninguna pregunta requiere seguimiento.',
  method: 'Método y privacidad',
  methodText: (n) =>
    `Las personas encargadas de tomar notas registraron las preguntas a medida que los residentes hablaban o entregaban papeletas (${n} en total). El personal unió los duplicados, conservando los originales, y contó a todas las personas que plantearon la misma inquietud. Los temas y áreas los asignaron quienes tomaron notas y los revisó el personal.`,
  privacyPublic: 'Los residentes participaron de forma anónima salvo que dieran su nombre. Este informe público omite todo nombre, teléfono, correo electrónico y dirección escritos en una pregunta; cada uno aparece como una etiqueta entre corchetes.',
  privacyInternalRedacted: 'Informe interno. Los nombres, teléfonos, correos electrónicos y direcciones se siguen omitiendo, como en el informe público.',
  privacyInternalKept: 'Informe interno con datos personales: se conservan los nombres, teléfonos, correos y direcciones que dieron los residentes. No lo comparta fuera del equipo.',
  appendix: 'Anexo: todas las preguntas',
  originalMarker: (language) => (language ? `(original: ${language})` : '(idioma original)'),
  originalNote: (marker, n) =>
    `Las preguntas y respuestas se imprimen en español donde se registró una traducción al español. ${n === 1 ? 'Un texto aún no la tiene: se imprime' : `${n} textos aún no la tienen: se imprimen`} tal como se preguntó o respondió, con la marca ${marker} o el idioma correspondiente.`,
  appendixIntro: 'Cada pregunta tal como se registró, en orden. Las preguntas unidas indican la pregunta a la que se unieron.',
  appendixColumns: { number: 'N.º', question: 'Pregunta', theme: 'Tema', area: 'Área', raised: 'Veces', status: 'Estado' },
  mergedInto: (n) => `unida a la n.º ${n}`,
  noTheme: 'Sin tema',
  noArea: 'Sin área',
  status: { new: 'Sin responder todavía', 'answered-live': 'Respondida en la reunión', 'answered-writing': 'Respondida por escrito', 'needs-follow-up': 'Requiere seguimiento', merged: 'Unida' },
  redacted: REDACTION_LABELS.es,
  internalMarker: 'Interno',
};

export function townhallLabels(language: 'en' | 'es'): TownHallReportLabels {
  return language === 'es' ? es : en;
}
