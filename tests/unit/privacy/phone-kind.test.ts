import { describe, expect, it } from 'vitest';
import { findPersonalDetails, privacyNote, redactForPublic, REDACTION_LABELS } from '../../../shared/logic';
import type { Question, TownHall } from '../../../shared/model';

/**
 * A phone number is a phone number whatever language surrounds it (trial finding: "mi teléfono es
 * (312) 555-0199" was labelled an ID number because "teléfoNO es" read as "no. is").
 */
const kinds = (text: string) => findPersonalDetails(text).map((d) => `${d.kind}:${d.text}`);

describe('phone numbers are phones in every language', () => {
  it('the trial question and its translation give the same kind', () => {
    expect(kinds('Soy José Hernández, mi teléfono es (312) 555-0199, quiero saber cuándo van a arreglar el parque')).toContain('phone:(312) 555-0199');
    expect(kinds('I am José Hernández, my phone is (312) 555-0199, I want to know when they will fix the park')).toContain('phone:(312) 555-0199');
  });

  it('Chicago numbers after a phone word or a plain "my number" in Spanish, Polish, Arabic, Urdu, Korean, Tagalog, Gujarati', () => {
    const cases: [string, string][] = [
      ['Mi teléfono es el 773-555-0142, llámenme.', '773-555-0142'],
      ['mi número es 312 555 0199', '312 555 0199'],
      ['Mi celular: (773) 555-0110 por favor', '(773) 555-0110'],
      ['Mój numer to 312 555 0199, proszę zadzwonić', '312 555 0199'],
      ['Mój telefon jest 773-555-0123', '773-555-0123'],
      ['Moje nr tel. 312-555-0199', '312-555-0199'],
      ['رقم هاتفي هو 312-555-0199 شكرا', '312-555-0199'],
      ['میرا فون نمبر 773-555-0150 ہے', '773-555-0150'],
      ['제 전화번호는 312-555-0199 입니다', '312-555-0199'],
      ['Tawagan ako sa 312-555-0199 salamat', '312-555-0199'],
      ['મારો ફોન 773-555-0177 છે', '773-555-0177'],
      ['my number is 312.555.0199', '312.555.0199'],
      ['mi no. es 3125550199', '3125550199'],
    ];
    for (const [text, number] of cases) expect(kinds(text), text).toEqual([`phone:${number}`]);
  });

  it('numbers written with other separators are found, and found as phones', () => {
    for (const number of ['312/555/0199', '312_555_0199', '312·555·0199', '312•555•0199', '312 – 555 – 0199', '(312)555-0199', '+1 312 555 0199', '312 555 0199']) {
      expect(kinds(`llámame al ${number} gracias`), number).toEqual([`phone:${number}`]);
      expect(kinds(`call me at ${number} thanks`), number).toEqual([`phone:${number}`]);
    }
  });

  it('the new separators take nothing that is not a number: file names, lists of years', () => {
    for (const s of ['see photo IMG_20240314_123456.jpg', 'the 2019/2020/2021 budgets', 'years 2019-2020-2021 were worse']) expect(kinds(s), s).toEqual([]);
  });

  it('ID numbers after their own label stay IDs', () => {
    expect(kinds('My SSN is 123-45-6789.')).toEqual(['id:123-45-6789']);
    expect(kinds('mi número de seguro social es 123-45-6789')).toEqual(['id:123-45-6789']);
    expect(kinds('case number 3125550199')).toEqual(['id:3125550199']);
    expect(kinds('numer PESEL 85010112345')).toEqual(['id:85010112345']);
    expect(kinds('numer konta 1234567890123')).toEqual(['id:1234567890123']);
    expect(kinds('Mój DNI to 12345678Z')).toEqual(['id:12345678Z']);
  });

  it('the public view labels and counts the number as a phone in the Spanish text and its translation', () => {
    const AT = '2026-12-01T18:00:00.000Z';
    const th: TownHall = { version: 1, id: 'th', title: 'Little Village', date: '2026-12-01', place: 'Farragut', areaIds: [], languages: ['en', 'es'], departments: [], attendance: null, noteTakers: [], series: '', createdAt: AT, updatedAt: AT };
    const question: Question = {
      version: 1, id: 'q13', townhallId: 'th', number: 13, text: 'Soy José Hernández, mi teléfono es (312) 555-0199, quiero saber cuándo van a arreglar el parque',
      translation: 'I am José Hernández, my phone is (312) 555-0199, I want to know when they will fix the park', askedBy: null, topicId: null, areaId: null, department: null, language: 'es', source: 'live', meToo: 0, status: 'new',
      statusBeforeMerge: null, mergedInto: null, answer: '', answeredBy: '', followUp: null, privacy: { hide: [], release: [], reviewedAt: null }, visibility: 'shown', clientId: null, deviceId: null, createdAt: AT, updatedAt: AT,
    };
    for (const language of ['es', 'en'] as const) {
      const view = redactForPublic({ townhalls: [th], questions: [question] }, { language });
      expect(view.questions[0].text).toContain(`mi teléfono es [${REDACTION_LABELS[language].phone}]`);
      expect(view.questions[0].translation).toContain(`my phone is [${REDACTION_LABELS[language].phone}]`);
      expect(view.tally.byKind.id).toBe(0);
      expect(view.tally.byKind.phone).toBeGreaterThan(0);
      expect(privacyNote(view.tally, language, 'public')).not.toMatch(/ID number|identificaci/);
    }
  });
});
