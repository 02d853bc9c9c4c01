/** Fixed wording printed by the kit, per report language. One place to translate. */
export type ReportLanguage = 'en' | 'es';

export interface KitLabels {
  /** BCP 47 tag written to the PDF catalog (/Lang) and used for Intl formatting. */
  locale: string;
  contents: string;
  generated: string;
  /** Footer text, e.g. "Page 3 of 12". */
  pageOf: (page: number, total: number) => string;
  noData: string;
  allZero: string;
  emptyTable: string;
  chartAlt: (title: string) => string;
  continued: string;
  /** The note a report ends with when some characters had no font: says how many and how they show. */
  missingCharacters: (count: number, marker: string) => string;
}

const LABELS: Record<ReportLanguage, KitLabels> = {
  en: {
    locale: 'en-US',
    contents: 'Contents',
    generated: 'Generated',
    pageOf: (page, total) => `Page ${page} of ${total}`,
    noData: 'There is no data to chart.',
    allZero: 'Every value is zero, so there are no bars to draw.',
    emptyTable: 'No rows.',
    chartAlt: (title) => `Bar chart: ${title}.`,
    continued: 'continued',
    missingCharacters: (n, marker) =>
      `${n === 1 ? '1 character' : `${n} characters`} could not be printed: none of the fonts this report carries has ${n === 1 ? 'it' : 'them'}. Each run of such characters shows as ${marker}; the words around ${n === 1 ? 'it' : 'them'} are printed, and the original text is kept in Convene.`,
  },
  es: {
    locale: 'es-US',
    contents: 'Contenido',
    generated: 'Generado',
    pageOf: (page, total) => `Página ${page} de ${total}`,
    noData: 'No hay datos para graficar.',
    allZero: 'Todos los valores son cero, así que no hay barras que dibujar.',
    emptyTable: 'Sin filas.',
    chartAlt: (title) => `Gráfico de barras: ${title}.`,
    continued: 'continuación',
    missingCharacters: (n, marker) =>
      `${n === 1 ? '1 carácter no se pudo' : `${n} caracteres no se pudieron`} imprimir: ninguna de las fuentes de este informe ${n === 1 ? 'lo' : 'los'} incluye. Cada grupo de esos caracteres aparece como ${marker}; las palabras de alrededor se imprimen y el texto original se conserva en Convene.`,
  },
};

export function labelsFor(language: ReportLanguage): KitLabels {
  return LABELS[language] ?? LABELS.en;
}

export function formatDate(date: Date, language: ReportLanguage): string {
  return new Intl.DateTimeFormat(labelsFor(language).locale, {
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(value: number, language: ReportLanguage): string {
  if (!Number.isFinite(value)) return '—';
  return new Intl.NumberFormat(labelsFor(language).locale, { maximumFractionDigits: 2 }).format(value);
}
