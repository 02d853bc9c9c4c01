import type { Faq, Question, TownHall } from '../../model';
import { detectPersonalDetails, replaceDetails, type DetectOptions, type PersonalDetail, type PersonalDetailKind } from './detect';
import { foldForMatch } from './folded';
import { isFirstName, isHonorificWord, isLastName, STOPWORDS } from './name-lexicon';
import { privacyLanguage, REDACTION_LABELS, STAFF_LABEL, type PrivacyLanguage } from './labels';

/**
 * The one redaction layer every public output goes through: public PDF reports, the CSV export
 * marked public, the projector and the residents' page. Give it the records as stored; it gives
 * back copies safe to show the public, and a tally of what it did (for the privacy note).
 *
 * What it does, per question:
 * - `text` and `translation` (a resident's words): every detected detail (names, phone numbers,
 *   emails, street addresses, ID numbers, dates of birth, social profiles), every known name (who
 *   asked, note-takers, staff) and every phrase the reviewer hid is replaced by `[label]`; details
 *   the reviewer released stay;
 * - `askedBy` becomes null; `answeredBy` and a follow-up `owner` are kept only when they name one of
 *   the town hall's departments (or the question's own department), otherwise the department
 *   or "City staff" takes their place: staff names are internal;
 * - `answer` and `answerTranslation` (written by staff for the public) keep their addresses and
 *   phone numbers; only known people's names are hidden in them. FAQ entries (both languages) likewise.
 * - town halls lose their note-takers.
 * With `audience: 'internal'` (an internal report without personal details) staff names stay and
 * residents' details are hidden as for the public.
 */
export interface PublicInput {
  townhalls: readonly TownHall[];
  questions: readonly Question[];
  faqs?: readonly Faq[];
  /** Area and place names of the workspace: never taken for a person's name. */
  places?: readonly string[];
}

export interface PublicOptions {
  /** Language of the labels ("[name]", "[nombre]"): en, es or pl. */
  language: string;
  audience?: 'public' | 'internal';
}

/** What the layer did, for the privacy note: counts of hidden details by kind, and the reviewer's part. */
export interface RedactionTally {
  byKind: Record<PersonalDetailKind, number>;
  /** Details hidden in all. */
  hidden: number;
  /** Detected details a reviewer released as not personal. */
  released: number;
  /** Details a reviewer hid by hand. */
  addedByHand: number;
  /** Questions with at least one hidden detail, and how many of those a person reviewed. */
  questionsWithDetails: number;
  questionsReviewed: number;
  /** Staff names (follow-up owners, answerers) replaced by their department or "City staff". */
  staffNamesReplaced: number;
}

export interface PublicView {
  townhalls: TownHall[];
  questions: Question[];
  faqs: Faq[];
  tally: RedactionTally;
}

/** The names known to be people's, from the records: who asked, note-takers, and staff who are not a department. */
export interface PeopleContext {
  residents: string[];
  staff: string[];
  departments: Set<string>;
  places: string[];
}

// Words that make a follow-up owner an organization, not a person ("Housing Department", "CPD 7th District").
const ORGANIZATION_WORDS = new Set(
  ('department dept office division bureau commission agency team unit district ward city county state council board authority center centre program ' +
    'alliance coalition church clinic hospital services service sanitation streets transportation works public health housing water parks park library ' +
    'schools school police fire emergency management cpd cfd cps cta cha dfss cdph oemc 311 911 aldermanic alderman inc llc org foundation ' +
    'departamento oficina servicios policia bomberos ciudad escuelas condado distrito salud vivienda ' +
    'wydzial urzad policja straz miasto gmina biuro').split(' '),
);
const HONORIFIC_WORDS = new Set(['officer', 'ofc', 'sgt', 'sergeant', 'detective', 'det', 'lt', 'lieutenant', 'commander', 'cmdr', 'oficial', 'agente', 'pan', 'pani']);

/**
 * Whether a follow-up owner or answerer names an organization (kept in public) rather than a
 * person (internal): one of the town halls' departments, or a name with an organization word;
 * a name with a known given or family name, an honorific, or two or three capitalized words is a person.
 */
export function namesOrganization(value: string, departments: ReadonlySet<string>): boolean {
  const folded = foldForMatch(value);
  if (departments.has(folded)) return true;
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.some((w) => ORGANIZATION_WORDS.has(w))) return true;
  if (words.some((w) => HONORIFIC_WORDS.has(w) || isHonorificWord(w) || ((isFirstName(w) || isLastName(w)) && !STOPWORDS.has(w)))) return false;
  const original = value.trim().split(/\s+/);
  const looksLikeName = original.length >= 2 && original.length <= 3 && original.every((w) => /^\p{Lu}/u.test(w) && !STOPWORDS.has(foldForMatch(w)));
  return !looksLikeName;
}

export function peopleContext(input: PublicInput): PeopleContext {
  const departments = new Set<string>();
  for (const t of input.townhalls) for (const d of t.departments) departments.add(foldForMatch(d));
  for (const q of input.questions) if (q.department) departments.add(foldForMatch(q.department));
  const isDepartment = (s: string) => namesOrganization(s, departments);
  const residents = new Set<string>();
  const staff = new Set<string>();
  for (const q of input.questions) {
    if (q.askedBy) residents.add(q.askedBy);
    if (q.answeredBy && !isDepartment(q.answeredBy)) staff.add(q.answeredBy);
    if (q.followUp?.owner && !isDepartment(q.followUp.owner)) staff.add(q.followUp.owner);
  }
  for (const t of input.townhalls) for (const n of t.noteTakers) staff.add(n);
  const places = [...(input.places ?? []), ...input.townhalls.map((t) => t.place).filter(Boolean)];
  return { residents: [...residents], staff: [...staff], departments, places };
}

export function emptyTally(): RedactionTally {
  return {
    byKind: { name: 0, phone: 0, email: 0, address: 0, id: 0, birthdate: 0, profile: 0, other: 0 },
    hidden: 0,
    released: 0,
    addedByHand: 0,
    questionsWithDetails: 0,
    questionsReviewed: 0,
    staffNamesReplaced: 0,
  };
}

/** Detection options for a resident's words in one question. */
export function residentTextOptions(q: Question, people: PeopleContext): DetectOptions {
  return { knownNames: [...people.residents, ...people.staff], places: people.places, decisions: q.privacy };
}

/** One question's resident text and translation, with what was found in each: the review step shows this. */
export function questionDetections(q: Question, people: PeopleContext) {
  const opts = residentTextOptions(q, people);
  return { text: detectPersonalDetails(q.text, opts), translation: detectPersonalDetails(q.translation, opts) };
}

export function redactForPublic(input: PublicInput, options: PublicOptions): PublicView {
  const lang: PrivacyLanguage = privacyLanguage(options.language);
  const labels = REDACTION_LABELS[lang];
  const internal = options.audience === 'internal';
  const people = peopleContext(input);
  const tally = emptyTally();
  const count = (details: PersonalDetail[]) => {
    for (const d of details) {
      tally.byKind[d.kind]++;
      tally.hidden++;
      if (d.source === 'hand') tally.addedByHand++;
    }
  };
  const staffNames = internal ? [] : people.staff;
  const staffText = (s: string) => {
    if (!s) return s;
    const found = detectPersonalDetails(s, { patterns: false, knownNames: [...people.residents, ...staffNames] }).details;
    count(found);
    return replaceDetails(s, found, labels);
  };
  const isDepartment = (s: string) => namesOrganization(s, people.departments);

  const questions = input.questions.map((q): Question => {
    const opts = residentTextOptions(q, { ...people, staff: staffNames });
    const text = detectPersonalDetails(q.text, opts);
    const translation = detectPersonalDetails(q.translation, opts);
    count(text.details);
    count(translation.details);
    tally.released += text.released.length + translation.released.length;
    if (text.details.length + translation.details.length > 0) {
      tally.questionsWithDetails++;
      if (q.privacy?.reviewedAt) tally.questionsReviewed++;
    }
    const staffStandIn = () => {
      tally.staffNamesReplaced++;
      return q.department ?? STAFF_LABEL[lang];
    };
    const answeredBy = internal || !q.answeredBy || isDepartment(q.answeredBy) ? q.answeredBy : '';
    if (!internal && q.answeredBy && !answeredBy) tally.staffNamesReplaced++;
    const followUp = q.followUp && !internal && !isDepartment(q.followUp.owner) ? { ...q.followUp, owner: staffStandIn() } : q.followUp;
    return {
      ...q,
      text: replaceDetails(q.text, text.details, labels),
      translation: replaceDetails(q.translation, translation.details, labels),
      askedBy: null,
      answer: staffText(q.answer),
      ...(q.answerTranslation === undefined ? {} : { answerTranslation: staffText(q.answerTranslation) }),
      answeredBy,
      followUp,
    };
  });
  const faqs = (input.faqs ?? []).map(
    (f): Faq => ({ ...f, question: staffText(f.question), answer: staffText(f.answer), ...(f.translation ? { translation: { question: staffText(f.translation.question), answer: staffText(f.translation.answer) } } : {}) }),
  );
  const townhalls = input.townhalls.map((t): TownHall => (internal ? { ...t } : { ...t, noteTakers: [] }));
  return { townhalls, questions, faqs, tally };
}

/**
 * `redactForPublic` over the town halls a report covers: their questions redacted, everything else
 * as stored. The report then summarizes the result, so no code after it sees a resident's detail.
 */
export function redactTownHallsForReport<W extends { townhalls: TownHall[]; questions: Question[]; faqs: Faq[]; areas?: readonly { name: string }[] }>(
  ws: W,
  townhallIds: readonly string[],
  options: PublicOptions,
): { ws: W; tally: RedactionTally } {
  const wanted = new Set(townhallIds);
  const townhalls = ws.townhalls.filter((t) => wanted.has(t.id));
  const view = redactForPublic({ townhalls, questions: ws.questions.filter((q) => wanted.has(q.townhallId)), faqs: ws.faqs, places: (ws.areas ?? []).map((a) => a.name) }, options);
  const byId = new Map(view.questions.map((q) => [q.id, q]));
  const thById = new Map(view.townhalls.map((t) => [t.id, t]));
  return {
    ws: { ...ws, townhalls: ws.townhalls.map((t) => thById.get(t.id) ?? t), questions: ws.questions.map((q) => byId.get(q.id) ?? q), faqs: view.faqs },
    tally: view.tally,
  };
}
