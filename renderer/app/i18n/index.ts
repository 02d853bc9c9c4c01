import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from './catalogs';
import { setServerMessageTranslator } from '../server-messages';
import { initialLanguage, LANGUAGE_STORAGE_KEY, type Language } from './languages';

export { LANGUAGES, type Language } from './languages';

/** Keeps the page in step with the language: `<html lang>`, the title, and the remembered choice. */
function applyLanguage(instance: i18n, language: string): void {
  document.documentElement.lang = language;
  document.title = instance.t('app.name');
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    /* storage may be unavailable; the choice then lasts this session */
  }
}

export function setupI18n(): i18n {
  const instance = i18next.createInstance();
  const lng: Language = initialLanguage(typeof localStorage === 'undefined' ? null : localStorage, navigator.languages ?? [navigator.language]);
  void instance.use(initReactI18next).init({
    resources: { en: { translation: catalogs.en }, es: { translation: catalogs.es } },
    lng,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: false },
  });
  setServerMessageTranslator((key, params) => (instance.exists(`serverMessages.${key}`, params) ? instance.t(`serverMessages.${key}`, params) : null));
  applyLanguage(instance, instance.language);
  instance.on('languageChanged', (language) => applyLanguage(instance, language));
  return instance;
}
