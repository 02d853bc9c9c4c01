import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { z } from 'zod';

/**
 * Rules for contact details a person types into an editing form (organization, service, location):
 * an email that looks like one, a web address, a phone number. They apply to the editing inputs
 * only: imports keep real directories' data as it is written there.
 */

/** `name@host.tld`: one @, no spaces, a dot in the host (RFC 5322's common form, not its corners). */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u.test(text.trim());
}

/**
 * A web address: `https://example.org`, `example.org` or `www.example.org/path` (a missing scheme
 * is read as https). Only http(s) is taken, and the host needs a dot (a single word is refused).
 */
export function isWebAddress(text: string): boolean {
  const t = text.trim();
  if (!t || /\s/u.test(t)) return false;
  const withScheme = /^[a-z][a-z0-9+.-]*:/iu.test(t) ? t : `https://${t}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname;
  if (host === 'localhost') return true;
  const labels = host.split('.');
  return labels.length >= 2 && labels.every((l) => l.length > 0) && /^[\p{L}\p{N}-]{2,}$/u.test(labels[labels.length - 1]!.replace(/^xn--/u, 'xn'));
}

/** Short numbers that are whole phone numbers in North America (N11 services, 988). */
const SHORT_SERVICE_NUMBERS = new Set(['211', '311', '411', '511', '611', '711', '811', '911', '988']);

/** One number as written, without its extension and a trailing note such as "(text)" or "TTY". */
function isOnePhoneNumber(part: string): boolean {
  const t = part.trim();
  if (!t) return true;
  const digits = t.replace(/\D/gu, '');
  if (SHORT_SERVICE_NUMBERS.has(digits) && /^[\d\s()+.-]*$/u.test(t)) return true;
  // libphonenumber reads extensions ("ext. 12", "x12", "#12") and US numbers without country code.
  const parsed = parsePhoneNumberFromString(t, 'US');
  if (parsed && parsed.isPossible()) return true;
  // Leniently: a local number of 7 or more digits, with the usual separators and a short note.
  const withoutExtension = t.replace(/(?:ext\.?|extension|ext|x|#)\s*\d+\s*$/iu, '');
  const numberPart = withoutExtension.replace(/\([^()\d]*\)\s*$/u, '').replace(/\b(?:tty|tdd|text|fax|voice|cell|toll[- ]free)\b\.?:?/giu, '');
  const numberDigits = numberPart.replace(/\D/gu, '');
  return numberDigits.length >= 7 && numberDigits.length <= 15 && /^[\d\s()+.\-/]*$/u.test(numberPart.trim());
}

/**
 * A phone field as people write it: one or more numbers ("(312) 555-0142 ext. 12",
 * "(555) 010-0103; (555) 010-0104 (text)", "311"). Each must hold at least 7 digits, or be a short
 * service number (211, 311, 911, 988 …). Empty is fine (the field is optional).
 */
export function isPhoneText(text: string): boolean {
  return text.split(/[;,]|\s+or\s+/iu).every(isOnePhoneNumber);
}

/** Zod string rules for the editing inputs; the messages become keys in `contract/validation.ts`. */
export const typedEmail = (max: number) =>
  z.string().max(max).transform((s) => s.normalize('NFC').trim()).refine((s) => s === '' || isEmailAddress(s), 'must be an email address');
export const typedWebsite = (max: number) =>
  z.string().max(max).transform((s) => s.normalize('NFC').trim()).refine((s) => s === '' || isWebAddress(s), 'must be a web address');
export const typedPhone = (max: number) =>
  z.string().max(max).transform((s) => s.normalize('NFC').trim()).refine(isPhoneText, 'must be a phone number');
