import { describe, expect, it } from 'vitest';
import { answerIn, byLanguage, faqIn, fromLanguages, guessLanguage, languageCode, questionIn, translationLanguageOf } from '../../../shared/logic';

const q = (over: Partial<Parameters<typeof questionIn>[0]> = {}) => ({ text: '', language: null, translation: '', translationLanguage: null, answer: '', answerLanguage: null, answerTranslation: '', ...over });

describe('languages of stored text', () => {
  it('reads typed language names and codes in English and Spanish', () => {
    expect(['es', 'ES-mx', 'Spanish', 'español', 'Espanol', '~es', 'spa'].map(languageCode)).toEqual(Array(7).fill('es'));
    expect(['en', 'English', 'inglés', 'en-US'].map(languageCode)).toEqual(Array(4).fill('en'));
    expect(languageCode('Polish')).toBe('pl');
    expect(languageCode('pl')).toBe('pl');
    expect(languageCode('')).toBeNull();
    expect(languageCode('the one from the back row')).toBeNull();
  });

  it.each([
    ['When will the city fix the streetlights on 63rd Street?', 'en'],
    ["Who do I call when someone's in a crisis? Police make it worse.", 'en'],
    ['¿Cuándo van a arreglar los baches de la calle 26?', 'es'],
    ['El autobús 9 nunca llega a tiempo y los niños esperan en la oscuridad.', 'es'],
    ['La policía dice que hay más patrullas los fines de semana', 'es'],
  ] as const)('guesses %s as %s', (text, lang) => expect(guessLanguage(text)).toBe(lang));

  it.each(['Thanks', 'OK', '63rd Street', 'متى سيتم إصلاح إنارة الشارع؟', 'Kiedy naprawią latarnie na naszej ulicy?', ''])('does not guess %j', (text) => expect(guessLanguage(text)).toBeNull());
});

describe('which wording a report prints (issue 10 item 4)', () => {
  it('a Spanish report uses the Spanish translation of an English question, an English report the question as asked', () => {
    const question = q({ text: 'When will the potholes on 26th Street be fixed?', language: 'en', translation: '¿Cuándo arreglarán los baches de la calle 26?' });
    expect(translationLanguageOf(question)).toBe('es');
    expect(questionIn(question, 'es')).toEqual({ text: '¿Cuándo arreglarán los baches de la calle 26?', original: null });
    expect(questionIn(question, 'en')).toEqual({ text: 'When will the potholes on 26th Street be fixed?', original: null });
  });

  it('an English report uses the English translation of a Spanish slip (field case 10)', () => {
    const slip = q({ text: '¿Cuándo van a arreglar los baches de la calle 26?', language: 'es', translation: 'When will the potholes on 26th Street be fixed?' });
    expect(questionIn(slip, 'en').text).toBe('When will the potholes on 26th Street be fixed?');
    expect(questionIn(slip, 'es')).toEqual({ text: slip.text, original: null });
  });

  it('marks text with no translation into the report language with its original language', () => {
    expect(questionIn(q({ text: 'Are there summer jobs for teenagers?', language: 'en' }), 'es')).toEqual({ text: 'Are there summer jobs for teenagers?', original: 'en' });
    expect(questionIn(q({ text: 'Kiedy naprawią latarnie?', language: 'pl' }), 'es').original).toBe('pl');
    // A Polish question translated into English only: the Spanish report prints the Polish, marked.
    const polish = q({ text: 'Kiedy naprawią latarnie?', language: 'pl', translation: 'When will the streetlights be fixed?', translationLanguage: 'en' });
    expect(questionIn(polish, 'en')).toEqual({ text: 'When will the streetlights be fixed?', original: null });
    expect(questionIn(polish, 'es')).toEqual({ text: 'Kiedy naprawią latarnie?', original: 'pl' });
    // No language recorded and a script that is neither English nor Spanish: marked, language unnamed.
    expect(questionIn(q({ text: 'متى سيتم إصلاح إنارة الشارع؟' }), 'es').original).toBe('und');
    // No language recorded and too short to tell: printed unmarked (never a wrong marker).
    expect(questionIn(q({ text: 'OK' }), 'es')).toEqual({ text: 'OK', original: null });
  });

  it('a recorded translation language wins over the guess', () => {
    const question = q({ text: 'Kiedy?', language: 'pl', translation: 'Cuándo', translationLanguage: 'es' });
    expect(questionIn(question, 'es')).toEqual({ text: 'Cuándo', original: null });
  });

  it('answers: the one in the report language, else the original marked', () => {
    const answered = q({ answer: 'Streets and Sanitation will repave the block in May.', answerLanguage: 'en', answerTranslation: 'Calles y Saneamiento repavimentará la cuadra en mayo.' });
    expect(answerIn(answered, 'es')).toEqual({ text: 'Calles y Saneamiento repavimentará la cuadra en mayo.', original: null });
    expect(answerIn(answered, 'en').text).toBe('Streets and Sanitation will repave the block in May.');
    // Language not recorded: guessed from the words.
    expect(answerIn(q({ answer: 'The park district will add lights by the field house this summer.' }), 'es')).toEqual({ text: 'The park district will add lights by the field house this summer.', original: 'en' });
    // Only a Spanish answer, stored as the translation of an unlabelled short answer: still found.
    expect(answerIn(q({ answer: '', answerTranslation: 'La biblioteca abre a las 9 de la mañana los sábados.' }), 'es').text).toBe('La biblioteca abre a las 9 de la mañana los sábados.');
  });

  it('FAQ entries carry a question and an answer per language', () => {
    const faq = { question: 'Who fixes streetlights?', answer: 'Call 311; CDOT repairs them within two weeks.', language: 'en' as const, translation: { question: '¿Quién arregla las luces de la calle?', answer: 'Llame al 311; CDOT las repara en dos semanas.' } };
    expect(faqIn(faq, 'es')).toEqual({ question: { text: '¿Quién arregla las luces de la calle?', original: null }, answer: { text: 'Llame al 311; CDOT las repara en dos semanas.', original: null } });
    expect(faqIn(faq, 'en').question.text).toBe('Who fixes streetlights?');
    // Spanish question written, answer not yet: the English answer shows, marked.
    const half = { ...faq, translation: { question: '¿Quién arregla las luces de la calle?', answer: '' } };
    expect(faqIn(half, 'es').answer).toEqual({ text: faq.answer, original: 'en' });
    // An older entry with no language and no translation: guessed, marked in the other report.
    expect(faqIn({ question: '¿Dónde están los refugios de calor?', answer: 'En las bibliotecas de la ciudad.' }, 'en').question.original).toBe('es');
  });

  it('the editors show one field per language and store them back as the pair', () => {
    expect(byLanguage('Hello there', 'en', 'Hola', 'es')).toEqual({ en: 'Hello there', es: 'Hola' });
    expect(byLanguage('Hola', 'es', '', 'en')).toEqual({ en: '', es: 'Hola' });
    expect(byLanguage('Sin idioma', null, '', 'es')).toEqual({ en: '', es: 'Sin idioma' });
    expect(fromLanguages({ en: 'Yes', es: 'Sí' }, 'en')).toEqual({ text: 'Yes', lang: 'en', translation: 'Sí' });
    expect(fromLanguages({ en: '', es: 'Sí' }, 'en')).toEqual({ text: 'Sí', lang: 'es', translation: '' });
    expect(fromLanguages({ en: 'Yes', es: 'Sí' }, 'es')).toEqual({ text: 'Sí', lang: 'es', translation: 'Yes' });
  });
});
