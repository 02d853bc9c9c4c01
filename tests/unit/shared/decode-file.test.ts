import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, decodeFile, detectCsvDelimiter, splitList, toCalendarDate, dateOrderOf, toPhone, isNone } from '../../../shared/logic';
import { steps } from '../../../shared/model';

describe('decodeFile: the one decoder', () => {
  it('reads UTF-8 with and without BOM, UTF-16 LE/BE by BOM, and falls back to Windows-1252', () => {
    expect(decodeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toMatchObject({ text: 'Café', encoding: 'utf-8', bom: true });
    expect(decodeFile(new Uint8Array(Buffer.from('Café')))).toMatchObject({ text: 'Café', encoding: 'utf-8', bom: false });
    expect(decodeFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0xf1, 0x00]))).toMatchObject({ text: 'Añ', encoding: 'utf-16le', bom: true });
    expect(decodeFile(new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x00, 0xf1]))).toMatchObject({ text: 'Añ', encoding: 'utf-16be', bom: true });
    // Windows-1252 only: the curly quotes and euro of 0x80-0x9F, as Excel writes them.
    expect(decodeFile(new Uint8Array([0x93, 0x41, 0x73, 0x65, 0x73, 0x6f, 0x72, 0xed, 0x61, 0x94, 0x20, 0x80]))).toMatchObject({ text: '“Asesoría” €', encoding: 'windows-1252' });
  });

  it('lists the lines that already hold U+FFFD, and flags binary files', () => {
    expect(decodeFile(new Uint8Array(Buffer.from('a\nb\uFFFD\nc\n\uFFFD\uFFFD')))).toMatchObject({ replacementLines: [2, 4] });
    expect(decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00, 0x99]))).toMatchObject({ binary: true });
  });

  it('never produces U+FFFD from any bytes without saying which lines hold it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const d = decodeFile(bytes);
        expect(d.text.includes('\uFFFD')).toBe(d.replacementLines.length > 0);
      }),
    );
  });

  it('round-trips base64 of any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 100_000 }), (bytes) => {
        expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
      }), { numRuns: 20 });
  });
});

describe('CSV delimiter detection', () => {
  it.each([
    ['a,b,c\n1,2,3\n', ','],
    ['a;b;c\r\n1;2,5;3\r\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['"x; y",b\n"1;2",3\n', ','],
    ['name\nAda\n', ','],
  ])('%j → %j', (text, d) => expect(detectCsvDelimiter(text)).toBe(d));
});

describe('spreadsheet values', () => {
  it('dates in each form', () => {
    expect(toCalendarDate('2012-03-07')).toBe('2012-03-07');
    expect(toCalendarDate('3/7/12')).toBe('2012-03-07');
    expect(toCalendarDate('3/7/12', 'dmy')).toBe('2012-07-03');
    expect(toCalendarDate('12/13/2010')).toBe('2010-12-13');
    expect(toCalendarDate('13.12.2010', 'dmy')).toBe('2010-12-13');
    expect(toCalendarDate('40975')).toBe('2012-03-07');
    expect(toCalendarDate('2/30/2012')).toBeNull();
    expect(toCalendarDate('5550100')).toBeNull();
    expect(dateOrderOf(['3/7/12', '13/7/12'])).toMatchObject({ order: 'dmy' });
    expect(dateOrderOf(['3/7/12'])).toMatchObject({ order: null, ambiguous: true });
  });

  it('lists, none and phones', () => {
    expect(splitList('Chinese (Cantonese, Mandarin), Spanish; N/A')).toEqual(['Chinese (Cantonese, Mandarin)', 'Spanish']);
    expect(['None', 'N/A', 'n/a', '-', '—', 'Ninguno'].every(isNone)).toBe(true);
    expect(toPhone('(555) 010-0100', '12')).toBe('(555) 010-0100 ext. 12');
    expect(toPhone('555-0100 x7')).toBe('555-0100 x7');
    expect(toPhone('N/A')).toBe('');
  });
});

describe('step 5 → 6', () => {
  it('gives organizations phones and locations phones and hours, keeping everything else', () => {
    const out = steps[5]({ schemaVersion: 5, organizations: [{ id: 'o', name: 'A' }], locations: [{ id: 'l', name: 'B' }], services: [{ id: 's' }] });
    expect(out).toEqual({ schemaVersion: 5, organizations: [{ id: 'o', name: 'A', phones: [] }], locations: [{ id: 'l', name: 'B', phones: [], schedules: [] }], services: [{ id: 's' }] });
  });
});
