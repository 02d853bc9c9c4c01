import { findNumbers } from 'libphonenumber-js';
import type { FoldedText } from './folded';

/**
 * Pattern detectors for personal details other than names, all run over the folded text (lower
 * case, accents off, full-width and other scripts' digits as ASCII), so case, accents and digit
 * forms never matter. Each returns [start, end, kind] ranges in the folded text. Every regular
 * expression is bounded (no nested unbounded repetition), so each is linear in the text.
 */
export type PatternKind = 'phone' | 'email' | 'address' | 'id' | 'birthdate' | 'profile';
export type Found = [number, number, PatternKind];

// ---------------------------------------------------------------- phone numbers and ID numbers

// A run of digits (not inside a word or a file name: "IMG_20240314_1234") with the separators people put in numbers ("-", ".", "/", "_", "·", "•", en and
// em dashes folded to "-"), spaced digits included ("7 7 3 5 5 5 0 1 9 9"), optionally led by "+" or "(".
const DIGIT_RUN = /(?<![\p{L}\p{N}_])(?:\+\s?)?\(?\d(?:(?:[ ]?[-.()/_\u00b7\u2022\u2027][ ]?|[ ]{1,2}|\)\s?)?\d){6,24}\)?(?![\p{N}])/gu;
const CURRENCY_BEFORE = /(?:[$€£¥₱]|\b(?:usd|us\$|mxn|pln|eur))\s*$/u;
const CURRENCY_AFTER = /^\s*(?:zl|zlotych|pln|usd|dollars?|dolar\w*|pesos|euros?|eur|mil|thousand|million|millones|tysiecy|milion\w*|k\b)/u;
// Words between a label and its number: "my phone IS", "mi teléfono ES EL", "numer telefonu TO", "SSN:".
const CONNECTOR = String.raw`(?:\W{0,4}(?:number|numero|num|no|nr|is|es|el|al|:|#|jest|to|de|del|mi|my|the|at|a|en|sa|ay|hu|هو|رقم|번호|는|은|:)){0,4}\W{0,4}$`;
// A label that names an identity document or account. Whole words only: "teléfoNO es" is not "no es".
const ID_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:ssn|social security(?: number| no)?|seguro social|numero de seguro|pesel|dni|nie|curp|rfc|itin|nip|a-?number|alien number|numero a|case(?: number| no| #)?|caso|expediente|license|licencia|passport|pasaporte|paszport|dowod|dowodu|id|identificacion|identification|matricula|account|cuenta|konto|konta|rachunek|rachunku|member|socio|badge|placa|plate|tablica|rejestracja|rejestracyjny|هوية|신분증|주민등록)` + CONNECTOR,
  'u',
);
// A label that names a telephone, in the languages Chicago's residents write: English, Spanish,
// Polish, Tagalog, Arabic, Urdu, Korean, Gujarati, Hindi, Chinese, Vietnamese, French.
const PHONE_CONTEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:phone|telephone|tel|cell|cellphone|mobile|call|text|txt|whatsapp|llamar|llamame|llamenme|llamen|marcar|telefono|cel|celular|movil|textear|mensaje|telefon|telefonu|telefonem|komorka|komorki|komorkowy|zadzwon|telepono|tawagan|numero ko|هاتف|هاتفي|جوال|جوالي|تلفون|موبايل|فون|موبائل|전화|전화번호|핸드폰|휴대폰|ફોન|फोन|फ़ोन|电话|手机|電話|携帯|dien thoai|sdt|telephone)` +
    CONNECTOR,
  'u',
);
const SSN = /^\d{3}[ -]?\d{2}[ -]?\d{4}$/;

/**
 * Phone or ID number, by the words before the digits and by their shape; the language of the text
 * never matters. A phone label ("teléfono es", "numer telefonu to", "رقم هاتفي") makes it a phone; a
 * document or account label ("SSN", "case #", "PESEL") an ID; a plain "my number is" decides
 * nothing, so the shape does: "+…", 7, 9 to 13 digits are a phone; an SSN written 3-2-4 an ID.
 */
export function classifyDigits(raw: string, before: string): PatternKind | null {
  const digits = raw.replace(/\D/g, '');
  const n = digits.length;
  if (n < 7) return null;
  if (PHONE_CONTEXT.test(before) && n <= 15) return 'phone';
  if (ID_CONTEXT.test(before)) return 'id';
  if (SSN.test(raw.trim()) && /-/.test(raw)) return 'id';
  if (raw.trim().startsWith('+')) return 'phone';
  if (n === 7 || (n >= 9 && n <= 13)) return 'phone';
  return 'id';
}

export function findNumbersIn(f: FoldedText): Found[] {
  const text = f.folded;
  const out: Found[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    let raw = m[0];
    // A trailing ")" that opened nothing, and a date form, are not part of a number.
    if (raw.endsWith(')') && !raw.includes('(')) raw = raw.slice(0, -1);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + raw.length, m.index + raw.length + 12);
    if (CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after)) continue;
    // "1,000,000" never matches (commas are not separators); "2019 2020 2021" (years listed) is not a number.
    if (/^(?:(?:19|20)\d\d\s?[ ,/-]\s?){2,}(?:19|20)\d\d$/.test(raw)) continue;
    // An amount grouped in thousands ("2 000 000", "1.000.000").
    if (/^\d{1,3}(?:[ .]000)+$/.test(raw)) continue;
    // A span of years ("2024-2025 school year").
    if (/^(?:19|20)\d\d\s?[-/]\s?(?:19|20)?\d\d$/.test(raw)) continue;
    // A date ("2024-03-14", "14.03.2024") is a date of birth only after words that say so (findBirthDates).
    if (/^\d{4}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{1,2}$|^\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{4}$/.test(raw)) continue;
    const kind = classifyDigits(raw, before);
    if (!kind) continue;
    out.push([m.index, m.index + raw.length, kind]);
    // libphonenumber reads the number in its surroundings (an extension, a country code the run
    // split off: "+48 612 345 678 wew. 12"). Only a bounded window around each run is given to
    // it: its own scan of a whole text grows faster than the text does.
    if (kind === 'phone') {
      const from = Math.max(0, m.index - 6);
      try {
        for (const n of findNumbers(text.slice(from, m.index + raw.length + 16), { defaultCountry: 'US', v2: true })) out.push([from + n.startsAt, from + n.endsAt, 'phone']);
      } catch {
        /* libphonenumber does not throw on text; a defect there must not lose the run found above */
      }
    }
  }
  // IDs after their name, letters and digits mixed: "plate ABC 1234", "placa 7XYZ123", "A-number A123456789", "DNI 12345678Z".
  for (const m of text.matchAll(ID_AFTER_LABEL)) {
    // Words after the ID are not part of it ("plate ABC 1234 speeds"): trailing pieces without a digit go.
    const pieces = m[1].split(/(?<=[a-z0-9])(?=[ -])/);
    while (pieces.length > 1 && !/\d/.test(pieces[pieces.length - 1])) pieces.pop();
    const value = pieces.join('');
    const digits = value.replace(/\D/g, '').length;
    if (digits < 2 || value.replace(/[\s-]/g, '').length < 4) continue;
    const start = m.index + m[0].length - m[1].length;
    out.push([start, start + value.length, 'id']);
  }
  // Immigration A-numbers and US-style plates written alone in capitals ("ABC-1234", "7XYZ123").
  for (const m of text.matchAll(A_NUMBER)) out.push([m.index, m.index + m[0].length, 'id']);
  // Only where capitals mean something: in text typed all in capitals "AT 123" is not a plate.
  if (/\p{Ll}/u.test(f.original)) for (const m of f.original.matchAll(PLATE_ALONE)) {
    const s = firstFoldedAt(f, m.index);
    const e = firstFoldedAt(f, m.index + m[0].length);
    if (s >= 0 && e > s) out.push([s, e, 'id']);
  }
  return out;
}

const ID_AFTER_LABEL =
  /(?<![\p{L}\p{N}])(?:license plate|plate(?: number)?|plates|tag(?: number)?|placas?(?: de(?:l carro| auto| coche)?)?|matricula|tablic[ae](?: rejestracyjn[aey])?|rejestracj[aie]|numer(?:ze|em|u)? rejestracyjn\w*|ssn|social security(?: number)?|seguro social|pesel|dni|nie|curp|rfc|itin|nip|a-?number|alien number|case(?: number)?|numero de caso|expediente|passport(?: number)?|pasaporte|paszport|dowod osobisty|id number|numero de identificacion|driver'?s license(?: number)?|licencia(?: de conducir)?)\W{0,3}(?:(?:is|es|jest|to|number|numero|nr|no|#|:)\W{0,3}){0,2}([a-z0-9](?:[a-z0-9]|[ -](?=[a-z0-9])){2,14}[a-z0-9])(?![\p{L}\p{N}])/gu;
const A_NUMBER = /(?<![\p{L}\p{N}])a[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}(?![\p{N}])/gu;
// Capitals and digits mixed, as plates are printed: "ABC 1234", "ABC-1234", "7XYZ123", "WX 45 221".
const PLATE_ALONE = /(?<![\p{L}\p{N}])(?:(?!(?:AT|ON|IN|TO|OF|MY|US|NO|OR|BY|IS|IT|AN|AM|PM|THE|AND|FOR|CPD|CTA|CPS|WARD|UNIT|APT|ROUTE|HWY|US|IL)[ -]?\d)[A-Z]{2,3}[ -]?(?!(?:19|20)\d\d(?!\d))\d{3,5}|\d[A-Z]{3}\d{3}|(?=[A-Z0-9]{5,8}(?![A-Z0-9]))[A-Z]{1,3}\d{1,4}[A-Z]{1,3})(?![\p{L}\p{N}])/gu;

/** The folded index of the first folded character produced at or after original index `i`. */
function firstFoldedAt(f: FoldedText, i: number): number {
  let lo = 0;
  let hi = f.origin.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.origin[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Digits written as words, seven or more in a row: "seven seven three five five five…", "siete siete tres…".
const DIGIT_WORD =
  '(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|jeden|jedna|dwa|trzy|cztery|piec|szesc|siedem|osiem|dziewiec)';
const SPELLED_NUMBER = new RegExp(String.raw`(?<![\p{L}])${DIGIT_WORD}(?:[\s,.-]{1,3}${DIGIT_WORD}){6,14}(?![\p{L}])`, 'gu');

export function findSpelledNumbers(f: FoldedText): Found[] {
  const out: Found[] = [];
  for (const m of f.folded.matchAll(SPELLED_NUMBER)) out.push([m.index, m.index + m[0].length, 'phone']);
  return out;
}

// ---------------------------------------------------------------- dates of birth

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|' +
  'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|' +
  'stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia|styczen|luty|marzec|kwiecien|maj|czerwiec|lipiec|sierpien|wrzesien|pazdziernik|listopad|grudzien';
const DATE =
  String.raw`\d{1,4}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{2,4}` +
  String.raw`|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:of\s+)?\d{2,4}` +
  String.raw`|\d{1,2}(?:st|nd|rd|th|\.|º)?\s+(?:of\s+|de\s+)?(?:${MONTHS})\.?,?\s+(?:de\s+|del\s+|of\s+)?\d{2,4}(?:\s?r\.?)?` +
  String.raw`|(?:${MONTHS})\s+(?:de\s+|of\s+)?\d{4}|(?:19|20)\d\d`;
const BIRTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:born|b\.|dob|d\.o\.b\.?|date of birth|birth ?date|birthday|fecha de nacimiento|f\. ?nac\.?|naci|nacio|nacido|nacida|cumpleanos|urodzon[yaei]|urodzil[aey]?m?|urodzilem|urodzilam|data urodzenia|ur\.)` +
    String.raw`\W{0,3}(?:(?:on|in|el|en|is|es|was|fue|dnia|w|roku|:|sie|the)\W{1,3}){0,3}(${DATE})(?![\p{N}])`,
  'gu',
);

export function findBirthDates(f: FoldedText): Found[] {
  const out: Found[] = [];
  for (const m of f.folded.matchAll(BIRTH)) {
    const start = m.index + m[0].length - m[1].length;
    out.push([start, start + m[1].length, 'birthdate']);
  }
  return out;
}

// ---------------------------------------------------------------- emails, typed or written out

const EMAIL = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,4}/gu;
const TLDS = 'com|org|net|edu|gov|us|mx|es|pl|co|io|info|biz|me|uk|ca|de|fr|it|br|ar|cl|pe|gt|sv|hn|ph|in|pk|kr|cn|jp|ru|ua|eu';
const PROVIDERS = 'gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|aol|protonmail|proton|gmx|wp|onet|o2|interia|op|poczta|tlen|prodigy|comcast|att|sbcglobal|verizon';
const AT = String.raw`(?:@|\(\s?at\s?\)|\[\s?at\s?\]|<\s?at\s?>|\{\s?at\s?\}|at|arroba|malpa|małpa|at sign)`;
const DOT = String.raw`(?:\.|\(\s?dot\s?\)|\[\s?dot\s?\]|<\s?dot\s?>|dot|punto|kropka|period)`;
const LOCAL_PART = String.raw`[\p{L}\p{N}_%+-]{1,40}`;
const WRITTEN_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${LOCAL_PART}(?:\s?${DOT}\s?${LOCAL_PART}){0,3}\s?${AT}\s?` +
    String.raw`(?:(?:${PROVIDERS})(?:\s?${DOT}\s?(?:${TLDS})){0,2}|[\p{L}\p{N}-]{2,40}(?:\s?${DOT}\s?[\p{L}\p{N}-]{2,40}){0,2}\s?${DOT}\s?(?:${TLDS}))(?![\p{L}\p{N}])`,
  'gu',
);

export function findEmails(f: FoldedText): Found[] {
  const out: Found[] = [];
  for (const m of f.folded.matchAll(EMAIL)) out.push([m.index, m.index + m[0].length, 'email']);
  for (const m of f.folded.matchAll(WRITTEN_EMAIL)) {
    // "at" must not be the only thing making it an email: "meet at gmail"… needs a local part that is not a function word.
    const local = m[0].split(/\s?(?:@|\(|\[|<|\{|\bat\b|arroba|malpa)/u)[0];
    if (/^(?:meet|me|us|them|him|her|you|look|arrive|be|is|are|was|were|stay|live|work|works|call|text|write|email|mail|reach|find|contact|escribe|escribeme|llamame|cita)$/.test(local.trim())) continue;
    out.push([m.index, m.index + m[0].length, 'email']);
  }
  return out;
}

// ---------------------------------------------------------------- social profiles

const PROFILE_URL =
  /(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?(?:facebook\.com|fb\.com|fb\.me|instagram\.com|instagr\.am|twitter\.com|x\.com|tiktok\.com|linkedin\.com|snapchat\.com|youtube\.com|youtu\.be|threads\.net|nextdoor\.com|wa\.me|t\.me|vk\.com|reddit\.com|pinterest\.com|bsky\.app|mastodon\.social|telegram\.me|onlyfans\.com|venmo\.com|cash\.app)\/[^\s,;)]{1,200}/gu;
const HANDLE = /(?<![\p{L}\p{N}._%+-])@[\p{L}\p{N}_.]{2,30}[\p{L}\p{N}_]/gu;
const HANDLE_AFTER_NETWORK =
  /(?<![\p{L}\p{N}])(?:ig|insta|instagram|facebook|fb|tiktok|snap|snapchat|twitter|whatsapp|telegram|signal|venmo|cashapp|cash app|threads|bluesky|youtube|linkedin)(?:\s(?:handle|account|name|user|usuario|cuenta|perfil|profile|profil|konto))?\s?(?:is|es|jest|:|-|=)\s?@?([\p{L}\p{N}_.]{3,30})(?![\p{L}\p{N}])/gu;

export function findProfiles(f: FoldedText): Found[] {
  const out: Found[] = [];
  for (const m of f.folded.matchAll(PROFILE_URL)) out.push([m.index, m.index + m[0].replace(/[.!?]+$/, '').length, 'profile']);
  for (const m of f.folded.matchAll(HANDLE)) out.push([m.index, m.index + m[0].length, 'profile']);
  for (const m of f.folded.matchAll(HANDLE_AFTER_NETWORK)) {
    // A handle has a digit, a dot or an underscore, or is given after "is"/":": "maria.lopez22", "rosa_i".
    const value = m[1];
    if (!/[\d_.]/.test(value) && !/(?:is|es|jest|:)\s?@?[^\s]+$/u.test(m[0])) continue;
    const start = m.index + m[0].length - value.length;
    out.push([start, start + value.length, 'profile']);
  }
  return out;
}

// ---------------------------------------------------------------- street addresses

// Words that never belong to a street's name ("3 kids on our street", "the 6300 block of…").
const NOT_STREET = String.raw`(?:the|a|an|on|in|at|of|our|my|your|their|his|her|this|that|these|those|to|for|and|or|with|from|by|near|block|blocks|cuadra|cuadras|hundred|people|kids|children|cars|times|years|days|hours|minutes|more|less|many|new|other|police|officers|shootings|calls|houses|homes|families|residents|weeks|months|nights)`;
const STREET_WORD = String.raw`(?!${NOT_STREET}(?![\p{L}\p{N}]))[\p{L}\p{N}'.-]{1,30}`;
const US_SUFFIX =
  'street|st|avenue|ave|av|road|rd|boulevard|blvd|drive|dr|lane|ln|court|ct|place|pl|way|parkway|pkwy|terrace|ter|highway|hwy|circle|cir|square|sq|trail|trl|plaza|alley|row|crescent|expressway|expy';
const DIRECTION = String.raw`(?:n|s|e|w|ne|nw|se|sw|north|south|east|west|norte|sur|este|oeste)\.?`;
const UNIT = String.raw`(?:\s?,?\s?(?:apt|apartment|unit|suite|ste|fl|floor|#|no|depto|dpto|apto|departamento|piso|int|interior)\.?\s?#?\s?[\p{L}\p{N}-]{1,6})?`;
const US_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])\d{1,6}(?:-?[a-z])?\s{1,2}(?:${DIRECTION}\s{1,2})?(?:${STREET_WORD}\s{1,2}){0,3}(?:${US_SUFFIX})(?![\p{L}\p{N}])\.?${UNIT}` +
    String.raw`|(?<![\p{L}\p{N}.,])\d{2,6}\s{1,2}${DIRECTION}\s{1,2}${STREET_WORD}(?:\s{1,2}(?:${US_SUFFIX})(?![\p{L}\p{N}])\.?)?${UNIT}` +
    String.raw`|(?<![\p{L}\p{N}])(?:p\.?\s?o\.?\s?box|apartado postal|skrytka pocztowa)\s?#?\s?\d{1,8}`,
  'gu',
);
const ES_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:calle|c\/|avenida|avda\.?|av\.|carrera|cra\.?|paseo|callejon|camino|bulevar|calzada|privada|pasaje|andador|cerrada|colonia|col\.)\s{1,2}` +
    String.raw`(?:${STREET_WORD}\s{1,2}){0,3}?(?:(?:#|n[oº°]\.?|num(?:ero|\.)?)\s?\d{1,6}[a-z]?|\d{3,6}[a-z]?)(?![\p{N}])${UNIT}`,
  'gu',
);
const PL_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:ul\.|ulica|ulicy|ulice|al\.|aleja|alei|alejach|os\.|osiedle|osiedlu|pl\.|plac|placu)\s{0,2}(?:${STREET_WORD}\s{1,2}){1,3}?\d{1,5}[a-z]?(?![\p{N}])(?:\s?(?:\/|m\.?|lok\.?|mieszkania|m\.\s?)\s?\d{1,5}[a-z]?)?`,
  'gu',
);
// "I live at 4521", "vivo en el 2100": a house number alone after "live at".
const LIVE_AT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:i live at|we live at|live at|vivo en(?: el)?|vivimos en(?: el)?|mieszkam (?:na|przy|pod numerem))\s(\d{1,6}[a-z]?(?:\s(?!(?:and|y|i|but|pero)(?![\p{L}]))${STREET_WORD}){0,2})`,
  'gu',
);

export function findAddresses(f: FoldedText): Found[] {
  const out: Found[] = [];
  for (const re of [US_ADDRESS, ES_ADDRESS, PL_ADDRESS]) for (const m of f.folded.matchAll(re)) out.push([m.index, m.index + m[0].replace(/[\s,]+$/, '').length, 'address']);
  for (const m of f.folded.matchAll(LIVE_AT)) {
    const start = m.index + m[0].length - m[1].length;
    out.push([start, start + m[1].length, 'address']);
  }
  return out;
}
