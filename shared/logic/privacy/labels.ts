import type { PersonalDetailKind } from './detect';

/** Languages the redaction labels and the privacy note are written in (the report languages, plus Polish). */
export type PrivacyLanguage = 'en' | 'es' | 'pl';

/** What replaces a hidden detail, in brackets: "[name]", "[teléfono]". */
export const REDACTION_LABELS: Record<PrivacyLanguage, Record<PersonalDetailKind, string>> = {
  en: { name: 'name', phone: 'phone number', email: 'email', address: 'address', id: 'ID number', birthdate: 'date of birth', profile: 'social profile', other: 'personal detail' },
  es: { name: 'nombre', phone: 'teléfono', email: 'correo', address: 'dirección', id: 'número de identificación', birthdate: 'fecha de nacimiento', profile: 'perfil social', other: 'dato personal' },
  pl: { name: 'imię', phone: 'telefon', email: 'e-mail', address: 'adres', id: 'numer identyfikacyjny', birthdate: 'data urodzenia', profile: 'profil społecznościowy', other: 'dane osobowe' },
};

/** Staff shown in place of a follow-up owner's or answerer's personal name. */
export const STAFF_LABEL: Record<PrivacyLanguage, string> = { en: 'City staff', es: 'Personal de la ciudad', pl: 'Pracownicy miasta' };

export function privacyLanguage(lang: string): PrivacyLanguage {
  return lang === 'es' || lang === 'pl' ? lang : 'en';
}
