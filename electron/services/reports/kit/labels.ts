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

const formatterCache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/**
 * An `Intl.NumberFormat` for a locale and options, made once per process: building one costs far
 * more than formatting with it, and a report formats thousands of numbers and times.
 */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n\u0000${locale}\u0000${JSON.stringify(options)}`;
  let f = formatterCache.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatterCache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** An `Intl.DateTimeFormat` for a locale and options, made once per process (see numberFormat). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `d\u0000${locale}\u0000${JSON.stringify(options)}`;
  let f = formatterCache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatterCache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

export function formatDate(date: Date, language: ReportLanguage): string {
  return dateTimeFormat(labelsFor(language).locale, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export function formatNumber(value: number, language: ReportLanguage): string {
  if (!Number.isFinite(value)) return '—';
  return numberFormat(labelsFor(language).locale, { maximumFractionDigits: 2 }).format(value);
}
