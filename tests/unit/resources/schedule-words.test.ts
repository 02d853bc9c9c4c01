import { describe, expect, it } from 'vitest';
import { addressInWords, daysInWords, phoneInWords, scheduleInWords } from '../../../shared/logic';
import type { Schedule } from '../../../shared/model';

const sched = (patch: Partial<Schedule>): Schedule => ({ freq: 'WEEKLY', byday: '', opensAt: '', closesAt: '', validFrom: '', validTo: '', description: '', ...patch });

describe('schedules in words', () => {
  it('writes one day and its hours in the UI language, never the raw code', () => {
    expect(scheduleInWords(sched({ byday: 'SA', opensAt: '10:00', closesAt: '14:00' }), 'en')).toBe('Saturday 10:00–14:00');
    expect(scheduleInWords(sched({ byday: 'SA', opensAt: '10:00', closesAt: '14:00' }), 'es')).toBe('sábado 10:00–14:00');
  });
  it('reads runs of days as a range and drops seconds', () => {
    const s = sched({ byday: 'MO,TU,WE,TH,FR', opensAt: '07:30:00', closesAt: '8:30', description: 'Días escolares' });
    expect(scheduleInWords(s, 'en')).toBe('Monday to Friday 07:30–08:30 (Días escolares)');
    expect(scheduleInWords(s, 'es')).toBe('lunes a viernes 07:30–08:30 (Días escolares)');
  });
  it('lists days that are not in a row, in week order', () => {
    expect(daysInWords('FR,MO,WE', 'en')).toBe('Monday, Wednesday and Friday');
    expect(daysInWords('SA,SU', 'es')).toBe('sábado y domingo');
    expect(daysInWords('MO,TU,WE,FR', 'en')).toBe('Monday to Wednesday and Friday');
    expect(daysInWords('MO,TU,WE,TH,FR,SA,SU', 'es')).toBe('Todos los días');
  });
  it('names monthly days with their ordinal', () => {
    expect(scheduleInWords(sched({ freq: 'MONTHLY', byday: '1SA', opensAt: '09:00', closesAt: '12:00' }), 'en')).toBe('First Saturday 09:00–12:00');
    expect(scheduleInWords(sched({ freq: 'MONTHLY', byday: '-1FR', opensAt: '09:00', closesAt: '12:00' }), 'es')).toBe('último viernes 09:00–12:00');
  });
  it('keeps free text as written, and says the dates a schedule is valid', () => {
    expect(scheduleInWords(sched({ freq: '', description: 'Lun-Vie 9:00-17:00' }), 'es')).toBe('Lun-Vie 9:00-17:00');
    expect(scheduleInWords(sched({ byday: 'MO', opensAt: '09:00', closesAt: '12:00', validFrom: '2024-06-01', validTo: '2024-08-31' }), 'en')).toBe('Monday 09:00–12:00, from 2024-06-01 until 2024-08-31');
    expect(scheduleInWords(sched({ freq: 'DAILY', opensAt: '08:00', closesAt: '20:00' }), 'en')).toBe('Every day 08:00–20:00');
  });
});

describe('phones and addresses in words', () => {
  it('keeps the extension and names a type other than voice', () => {
    expect(phoneInWords({ number: '312-555-0302 ext. 45', type: 'voice', description: '' })).toBe('312-555-0302 ext. 45');
    expect(phoneInWords({ number: '312-555-0399', type: 'fax', description: 'Front desk' })).toBe('312-555-0399 (fax) — Front desk');
  });
  it('writes an address on one line, skipping empty parts', () => {
    expect(addressInWords({ address1: '4400 S King Dr', city: 'Chicago', stateProvince: 'IL', postalCode: '60653', country: 'US' })).toBe('4400 S King Dr, Chicago, IL 60653');
    expect(addressInWords({ address1: '', city: 'Chicago', stateProvince: '', postalCode: '60608', country: '' })).toBe('Chicago, 60608');
  });
});
