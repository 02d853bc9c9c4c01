import type { PersonalDetailKind } from './detect';
import { privacyLanguage, type PrivacyLanguage } from './labels';
import type { RedactionTally } from './public-view';

/**
 * How often the detector hides something in an ordinary question that holds no personal detail,
 * measured on the corpus in `tests/fixtures/privacy/ordinary-questions.json` (English, Spanish and
 * Polish town-hall questions). `tests/unit/privacy/corpus.test.ts` recomputes it and fails when
 * this statement no longer matches, so the privacy note never claims better than measured.
 */
export const ORDINARY_FALSE_POSITIVES = { questions: 149, flagged: 0 } as const;

const KIND_NAMES: Record<PrivacyLanguage, Record<PersonalDetailKind, [string, string]>> = {
  en: {
    name: ['name', 'names'], phone: ['phone number', 'phone numbers'], email: ['email address', 'email addresses'], address: ['street address', 'street addresses'],
    id: ['ID number', 'ID numbers'], birthdate: ['date of birth', 'dates of birth'], profile: ['social-media profile', 'social-media profiles'], other: ['other detail', 'other details'],
  },
  es: {
    name: ['nombre', 'nombres'], phone: ['teléfono', 'teléfonos'], email: ['correo electrónico', 'correos electrónicos'], address: ['dirección', 'direcciones'],
    id: ['número de identificación', 'números de identificación'], birthdate: ['fecha de nacimiento', 'fechas de nacimiento'], profile: ['perfil de redes sociales', 'perfiles de redes sociales'], other: ['otro dato', 'otros datos'],
  },
  pl: {
    name: ['imię lub nazwisko', 'imion lub nazwisk'], phone: ['numer telefonu', 'numerów telefonów'], email: ['adres e-mail', 'adresów e-mail'], address: ['adres', 'adresów'],
    id: ['numer identyfikacyjny', 'numerów identyfikacyjnych'], birthdate: ['data urodzenia', 'dat urodzenia'], profile: ['profil społecznościowy', 'profili społecznościowych'], other: ['inna informacja', 'innych informacji'],
  },
};

function list(items: string[], lang: PrivacyLanguage): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'es' ? 'y' : lang === 'pl' ? 'i' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/**
 * The privacy note of a report: exactly what the redaction layer did (counts by kind, the
 * reviewer's releases and hand-hidden text, staff names replaced) and the detector's measured
 * false-positive rate. `keptPersonal` is an internal report that keeps residents' details.
 */
export function privacyNote(tally: RedactionTally | null, language: string, audience: 'public' | 'internal', keptPersonal = false): string {
  const lang = privacyLanguage(language);
  const fmt = (n: number) => new Intl.NumberFormat(lang === 'es' ? 'es-US' : lang === 'pl' ? 'pl-PL' : 'en-US').format(n);
  const rate = ORDINARY_FALSE_POSITIVES;
  const pct = new Intl.NumberFormat(lang === 'es' ? 'es-US' : lang === 'pl' ? 'pl-PL' : 'en-US', { style: 'percent', maximumFractionDigits: 1 }).format(rate.flagged / rate.questions);
  if (keptPersonal || !tally) {
    return {
      en: 'Internal report with personal details: names, phone numbers, emails and addresses residents gave are kept. Do not share it outside the team.',
      es: 'Informe interno con datos personales: se conservan los nombres, teléfonos, correos y direcciones que dieron los residentes. No lo comparta fuera del equipo.',
      pl: 'Raport wewnętrzny z danymi osobowymi: imiona, telefony, e-maile i adresy podane przez mieszkańców są zachowane. Nie udostępniaj go poza zespołem.',
    }[lang];
  }
  const kinds = (Object.keys(tally.byKind) as PersonalDetailKind[]).filter((k) => tally.byKind[k] > 0);
  const parts = kinds.map((k) => `${fmt(tally.byKind[k])} ${KIND_NAMES[lang][k][tally.byKind[k] === 1 ? 0 : 1]}`);
  const sentences: string[] = [];
  if (lang === 'en') {
    sentences.push(audience === 'public' ? 'Residents were anonymous unless they gave a name.' : 'Internal report: residents’ personal details are still left out.');
    sentences.push(
      tally.hidden === 0
        ? 'No personal detail was found in the questions, so nothing was hidden.'
        : `This report hides ${fmt(tally.hidden)} personal ${tally.hidden === 1 ? 'detail' : 'details'} residents typed or said (${list(parts, lang)}); each is shown as a label in brackets, such as [name].`,
    );
    if (tally.questionsWithDetails > 0) sentences.push(`A person reviewed ${fmt(tally.questionsReviewed)} of the ${fmt(tally.questionsWithDetails)} questions with hidden details before export.`);
    if (tally.released > 0 || tally.addedByHand > 0) sentences.push(`The reviewer released ${fmt(tally.released)} ${tally.released === 1 ? 'detail' : 'details'} found by mistake and hid ${fmt(tally.addedByHand)} more by hand.`);
    if (audience === 'public') sentences.push(`Names of staff and follow-up owners are left out${tally.staffNamesReplaced > 0 ? ` (${fmt(tally.staffNamesReplaced)} shown as their department instead)` : ''}; what staff wrote for the public, such as an office address, is kept.`);
    sentences.push(`Detection is automatic: in a test set of ${fmt(rate.questions)} ordinary questions it hid words that were not personal in ${fmt(rate.flagged)} (${pct}), and it can miss a detail written in an unusual way.`);
  } else if (lang === 'es') {
    sentences.push(audience === 'public' ? 'Los residentes participaron de forma anónima salvo que dieran su nombre.' : 'Informe interno: los datos personales de los residentes se siguen omitiendo.');
    sentences.push(
      tally.hidden === 0
        ? 'No se encontró ningún dato personal en las preguntas, así que no se ocultó nada.'
        : `Este informe oculta ${fmt(tally.hidden)} ${tally.hidden === 1 ? 'dato personal' : 'datos personales'} que escribieron o dijeron los residentes (${list(parts, lang)}); cada uno aparece como una etiqueta entre corchetes, como [nombre].`,
    );
    if (tally.questionsWithDetails > 0) sentences.push(`Una persona revisó ${fmt(tally.questionsReviewed)} de las ${fmt(tally.questionsWithDetails)} preguntas con datos ocultos antes de exportar.`);
    if (tally.released > 0 || tally.addedByHand > 0) sentences.push(`La revisión liberó ${fmt(tally.released)} ${tally.released === 1 ? 'dato detectado' : 'datos detectados'} por error y ocultó ${fmt(tally.addedByHand)} más a mano.`);
    if (audience === 'public') sentences.push(`Se omiten los nombres del personal y de los responsables del seguimiento${tally.staffNamesReplaced > 0 ? ` (${fmt(tally.staffNamesReplaced)} se muestran como su departamento)` : ''}; lo que el personal escribió para el público, como la dirección de una oficina, se conserva.`);
    sentences.push(`La detección es automática: en un conjunto de prueba de ${fmt(rate.questions)} preguntas comunes ocultó palabras que no eran personales en ${fmt(rate.flagged)} (${pct}), y puede pasar por alto un dato escrito de forma inusual.`);
  } else {
    sentences.push(audience === 'public' ? 'Mieszkańcy byli anonimowi, chyba że podali imię.' : 'Raport wewnętrzny: dane osobowe mieszkańców są nadal pominięte.');
    sentences.push(
      tally.hidden === 0
        ? 'W pytaniach nie znaleziono danych osobowych, więc nic nie ukryto.'
        : `Raport ukrywa ${fmt(tally.hidden)} danych osobowych podanych przez mieszkańców (${list(parts, lang)}); każda jest zastąpiona etykietą w nawiasach, np. [imię].`,
    );
    if (tally.questionsWithDetails > 0) sentences.push(`Przed eksportem osoba sprawdziła ${fmt(tally.questionsReviewed)} z ${fmt(tally.questionsWithDetails)} pytań z ukrytymi danymi.`);
    if (tally.released > 0 || tally.addedByHand > 0) sentences.push(`Osoba sprawdzająca odblokowała ${fmt(tally.released)} błędnie wykrytych i ukryła ręcznie ${fmt(tally.addedByHand)}.`);
    sentences.push(`Wykrywanie jest automatyczne: w zestawie testowym ${fmt(rate.questions)} zwykłych pytań ukryło nieosobowe słowa w ${fmt(rate.flagged)} (${pct}).`);
  }
  return sentences.join(' ');
}
