import { describe, expect, it } from 'vitest';
import { detectPersonalDetails, findPersonalDetails, foldWithMap, privacyNote, redactForPublic, REDACTION_LABELS, replaceDetails, type DetectOptions } from '../../../shared/logic';
import { migrate } from '../../../shared/model/migrations';
import type { Question, TownHall } from '../../../shared/model';

const redact = (text: string, opts: DetectOptions = {}, lang: 'en' | 'es' | 'pl' = 'en') => replaceDetails(text, findPersonalDetails(text, opts), REDACTION_LABELS[lang]);
const kinds = (text: string) => findPersonalDetails(text).map((d) => `${d.kind}:${d.text}`);

describe('field case 07: names introduced at the start of a sentence', () => {
  it('hides the name in all three slips', () => {
    expect(redact('My name is Jordan Fictional and the alley lights on our block are out.')).toBe('My name is [name] and the alley lights on our block are out.');
    expect(redact('Mi nombre es Rosa Inventada, ¿quién arregla la luz del callejón?', {}, 'es')).toBe('Mi nombre es [nombre], ¿quién arregla la luz del callejón?');
    expect(redact('Me llamo Rosa Inventada. ¿Cuándo abren el centro?', {}, 'es')).toBe('Me llamo [nombre]. ¿Cuándo abren el centro?');
  });
});

describe('personal details of every kind, in any case and with or without accents', () => {
  it('names after introductions in English, Spanish and Polish', () => {
    expect(redact('MY NAME IS DARNELL WEXLER AND I WANT SPEED BUMPS')).toBe('MY NAME IS [name] AND I WANT SPEED BUMPS');
    expect(redact('nazywam sie katarzyna wymyslona, kiedy naprawia latarnie?')).toBe('nazywam sie [name], kiedy naprawia latarnie?');
    expect(redact('Nazywam się Katarzyna Wymyślona i mieszkam przy parku.')).toBe('Nazywam się [name] i mieszkam przy parku.');
    expect(redact("Hi, I'm Maria and I live on Ashland.")).toBe("Hi, I'm [name] and I live on Ashland.");
    expect(redact('Soy Ximena Calderilla, vecina de Pilsen.')).toBe('Soy [name], vecina de Pilsen.');
    expect(redact('Jestem Agnieszka Fikcyjna, mama dwójki dzieci.')).toBe('Jestem [name], mama dwójki dzieci.');
    expect(redact('My son Jamal was jumped near the train.')).toBe('My son [name] was jumped near the train.');
    expect(redact('Pani Kowalska z naszego bloku nie ma ogrzewania.')).toBe('Pani [name] z naszego bloku nie ma ogrzewania.');
    expect(redact('Nobody answers the hotline. — Jordan Fictional')).toBe('Nobody answers the hotline. — [name]');
  });

  it('leaves ordinary words after the same introductions', () => {
    for (const s of ["I'm worried about the vacant lot.", 'This is ridiculous.', 'Soy madre de tres.', 'Soy de Pilsen y nunca vemos patrullas.', 'Jestem mamą trójki dzieci.', 'Will the shelter allow pets?', 'When will Grant Park host concerts?', 'Mark my words, lights help.']) {
      expect(kinds(s), s).toEqual([]);
    }
  });

  it('phones in any form: separators, spaced digits, full-width and other scripts, spelled out', () => {
    expect(kinds('call 773-555-0199 or (312) 555-0142')).toEqual(['phone:773-555-0199', 'phone:(312) 555-0142']);
    expect(kinds('Call me: 7 7 3 5 5 5 0 1 2 8 anytime')).toEqual(['phone:7 7 3 5 5 5 0 1 2 8']);
    expect(kinds('cell ７７３-５５５-０１６４ please')).toEqual(['phone:７７３-５５５-０１６４']);
    expect(kinds('رقمي ٧٧٣٥٥٥٠١٩٩')).toEqual(['phone:٧٧٣٥٥٥٠١٩٩']);
    expect(kinds('Mój numer telefonu to +48 612 345 678.')).toEqual(['phone:+48 612 345 678']);
    expect(redact('call me at seven seven three five five five zero one nine nine')).toBe('call me at [phone number]');
  });

  it('emails typed or written out, IDs, dates of birth, profiles, addresses in any case', () => {
    expect(redact('email me at maria dot lopez at gmail dot com about it')).toBe('email me at [email] about it');
    expect(redact('escríbanme a lupe punto vargas arroba hotmail punto com', {}, 'es')).toBe('escríbanme a [correo]');
    expect(redact('mój e-mail to tomasz kropka nowak małpa wp kropka pl', {}, 'pl')).toBe('mój e-mail to [e-mail]');
    expect(redact('My SSN is 123-45-6789.')).toBe('My SSN is [ID number].');
    expect(redact('The car with plate ABC 1234 speeds.')).toBe('The car with plate [ID number] speeds.');
    expect(redact('Nací el 14 de febrero de 1975.', {}, 'es')).toBe('Nací el [fecha de nacimiento].');
    expect(redact('DOB 04/12/1987, no answer')).toBe('DOB [date of birth], no answer');
    expect(redact('my ig is @rosita.inv')).toBe('my ig is [social profile]');
    expect(redact('see facebook.com/marcus.feldwater now')).toBe('see [social profile] now');
    expect(redact('I live at 4521 s ashland ave apt 2 and')).toBe('I live at [address] and');
    expect(redact('I LIVE AT 123 MAIN STREET')).toBe('I LIVE AT [address]');
    expect(redact('Mieszkam na ul. Marszałkowskiej 12/4 i', {}, 'pl')).toBe('Mieszkam na [adres] i');
    expect(redact('Vivo en la calle Juárez número 45 y', {}, 'es')).toBe('Vivo en la [dirección] y');
  });

  it('leaves streets, blocks, dates, amounts, years and service numbers alone', () => {
    for (const s of ['más patrullas en la calle 26', 'the 6300 block of South Ashland Avenue', '3 kids on our street', 'on 2024-03-14', 'we had 15 shootings', 'call 911 or 311', 'lights on 63rd Street', 'the 2024-2025 school year', '$1,500,000 budget', 'budżet 2 000 000 dolarów', 'Covid-19 vaccines', 'A1C testing']) {
      expect(kinds(s), s).toEqual([]);
    }
  });

  it('maps folded offsets back to the original text', () => {
    const f = foldWithMap('Ｍy ﬁne Łódź ７');
    expect(f.folded).toBe('my fine lodz 7');
    expect(f.span(3, 7)).toEqual([3, 6]);
  });
});

describe('known names and the reviewer\u2019s decisions', () => {
  it('hides known names whole and by their parts, accents ignored', () => {
    expect(redact('rosa diaz asked; Díaz again', { knownNames: ['Rosa Díaz'] })).toBe('[name] asked; [name] again');
    expect(redact('crime rose again', { knownNames: ['Rose Marlow'] })).toBe('crime rose again');
  });

  it('hides text marked by hand and releases a false positive', () => {
    const text = 'Ask Maria at the Kedzie desk about the Sunrise program';
    const d = detectPersonalDetails(text, { decisions: { hide: [{ kind: 'other', text: 'sunrise program' }], release: [{ kind: 'name', text: 'maria' }] } });
    expect(d.released.map((x) => x.text)).toEqual(['Maria']);
    expect(replaceDetails(text, d.details, REDACTION_LABELS.en)).toBe('Ask Maria at the Kedzie desk about the [personal detail]');
  });
});

const AT = '2025-03-14T19:00:00.000Z';
const townhall: TownHall = { id: 'th', title: 'Englewood', date: '2025-03-14', place: 'Kennedy-King College', areaIds: [], languages: ['en'], departments: ['Police', 'Streets and Sanitation'], attendance: null, noteTakers: ['Nadia Quillfeather'], series: '', createdAt: AT, updatedAt: AT };
function q(n: number, text: string, extra: Partial<Question> = {}): Question {
  return {
    id: `q${n}`, townhallId: 'th', number: n, text, translation: '', askedBy: null, topicId: null, areaId: null, department: null, language: null, source: 'live', meToo: 0, status: 'new',
    statusBeforeMerge: null, mergedInto: null, answer: '', answeredBy: '', followUp: null, privacy: { hide: [], release: [], reviewedAt: null }, visibility: 'shown', clientId: null, deviceId: null, createdAt: AT, updatedAt: AT, ...extra,
  };
}

describe('redactForPublic: the one layer for every public output', () => {
  it('hides residents\u2019 details and staff names, keeps what staff wrote for the public', () => {
    const view = redactForPublic(
      {
        townhalls: [townhall],
        questions: [
          q(1, 'Lights out, call me at 773-555-0199', { askedBy: 'Rosa Díaz', answer: 'Visit the clinic at 4314 S Cottage Grove Ave or call 312-555-0100. Rosa, Officer Brandtley will call.', answeredBy: 'Officer Brandtley', followUp: { owner: 'Sgt. Ramirez', due: null }, department: 'Police' }),
          q(2, 'Nadia Quillfeather took notes; Brandtley never came', { followUp: { owner: 'Streets and Sanitation', due: null } }),
        ],
      },
      { language: 'en' },
    );
    const [a, b] = view.questions;
    expect(a.text).toBe('Lights out, call me at [phone number]');
    expect(a.askedBy).toBeNull();
    expect(a.answer).toBe('Visit the clinic at 4314 S Cottage Grove Ave or call 312-555-0100. [name], [name] will call.');
    expect(a.answeredBy).toBe('');
    expect(a.followUp?.owner).toBe('Police');
    expect(b.text).toBe('[name] took notes; [name] never came');
    expect(b.followUp?.owner).toBe('Streets and Sanitation');
    expect(view.townhalls[0].noteTakers).toEqual([]);
    expect(view.tally.byKind.phone).toBe(1);
    expect(view.tally.staffNamesReplaced).toBe(2);
    const note = privacyNote(view.tally, 'en', 'public');
    expect(note).toContain('This report hides 5 personal details residents typed or said (4 names and 1 phone number)');
    expect(note).toContain('A person reviewed 0 of the 2 questions');
  });

  it('counts released and hand-hidden details for the privacy note', () => {
    const view = redactForPublic(
      { townhalls: [townhall], questions: [q(1, 'Ask Maria about the Sunrise program', { privacy: { hide: [{ kind: 'other', text: 'Sunrise program' }], release: [{ kind: 'name', text: 'Maria' }], reviewedAt: AT } })] },
      { language: 'es' },
    );
    expect(view.questions[0].text).toBe('Ask Maria about the [dato personal]');
    expect(view.tally).toMatchObject({ released: 1, addedByHand: 1, hidden: 1, questionsReviewed: 1 });
    expect(privacyNote(view.tally, 'es', 'public')).toContain('La revisión liberó 1 dato detectado por error y ocultó 1 más a mano.');
  });
});

describe('schema version 3', () => {
  it('adds an empty privacy review to every question', () => {
    const { data } = migrate({ schemaVersion: 2, questions: [{ id: 'a' }, { id: 'b', privacy: { hide: [], release: [], reviewedAt: AT } }] }, 3);
    expect(data.questions).toEqual([{ id: 'a', privacy: { hide: [], release: [], reviewedAt: null } }, { id: 'b', privacy: { hide: [], release: [], reviewedAt: AT } }]);
    expect(data.schemaVersion).toBe(3);
  });
});
