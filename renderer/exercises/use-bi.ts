import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { textIn, type BiText } from '../../shared/model';

/** Scenario text in the UI's language, English when the Spanish is missing. */
export function useBi(): (text: BiText | undefined) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  return useCallback((text) => textIn(text, lang), [lang]);
}
