import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, sizes and times in the UI's language, through `Intl`. */
export interface Formatters {
  number(value: number): string;
  bytes(value: number): string;
  dateTime(iso: string): string;
  /** A calendar date (`2026-06-14`), never shifted by the time zone. */
  date(isoDate: string): string;
}

export function createFormatters(locale: string): Formatters {
  const number = new Intl.NumberFormat(locale);
  const kilobytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 });
  const megabytes = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    number: (value) => number.format(value),
    bytes: (value) => {
      if (value < 1024) return `${number.format(value)} B`;
      if (value < 1024 * 1024) return kilobytes.format(value / 1024);
      return megabytes.format(value / (1024 * 1024));
    },
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime.format(date);
    },
    date: (isoDate) => {
      const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dateOnly.format(date);
    },
  };
}

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'es' ? 'es-US' : 'en-US';
  return useMemo(() => createFormatters(locale), [locale]);
}
