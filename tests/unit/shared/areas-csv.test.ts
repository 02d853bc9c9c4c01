import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAreasCsv, readImportText } from '../../../shared/logic';

describe('parseAreasCsv', () => {
  it('reads the shipped list: 77 Chicago community areas, and it matches ../shared/data', () => {
    const shipped = readFileSync('electron/services/areas/chicago-community-areas.csv', 'utf8');
    expect(shipped).toBe(readFileSync('../shared/data/chicago-community-areas.csv', 'utf8'));
    const { areas, errors } = parseAreasCsv(shipped);
    expect(errors).toEqual([]);
    expect(areas).toHaveLength(77);
    expect(areas[0]).toEqual({ number: 1, name: 'Rogers Park', priority: false });
    expect(areas.find((a) => a.number === 76)?.name).toBe("O'Hare");
  });

  it('takes a BOM, quoted newlines, Spanish headers, accents and a priority column', () => {
    const csv = '\uFEFFnúmero,nombre,prioridad\r\n1,"Barrio\nNorte",sí\r\n2,Peñalolén,no\r\n3,"Łódź, Śródmieście",\r\n';
    const { areas, errors } = parseAreasCsv(csv);
    expect(errors).toEqual([]);
    expect(areas).toEqual([
      { number: 1, name: 'Barrio Norte', priority: true },
      { number: 2, name: 'Peñalolén', priority: false },
      { number: 3, name: 'Łódź, Śródmieście', priority: false },
    ]);
  });

  it('names a missing column', () => {
    expect(parseAreasCsv('number,label\n1,North\n').errors).toEqual([
      { line: 1, message: 'Missing column name. The header row has: number, label.', key: 'areas.csv.missingColumn', params: { missing: 'name', found: 'number, label' } },
    ]);
  });

  it('reports every bad row by line and keeps nothing half-read', () => {
    const { errors } = parseAreasCsv('number,name,priority\n1,North,\nx,South,\n3,,\n1,Again,\n4,north,\n5,East,maybe\n');
    expect(errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7]);
    expect(errors[0].message).toMatch(/not a whole number/);
    expect(errors[2].message).toBe('Area 1 is already used on line 2.'.replace('Area 1 is', 'Area number 1 is'));
    expect(errors[3].message).toMatch(/already used on line 2/);
    expect(errors[4].message).toMatch(/should be yes or no/);
  });

  it('reads a Windows-1252 file with semicolons through the one decoder, accents right', () => {
    const file = readImportText(new Uint8Array(Buffer.from('número;nombre\r\n1;Peña\r\n', 'latin1')), 'areas.csv', 'csv');
    expect(file.reading).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(parseAreasCsv(file.text, file.reading.delimiter!).areas).toEqual([{ number: 1, name: 'Peña', priority: false }]);
  });

  it('refuses text that already holds U+FFFD, naming the file and line', () => {
    const file = readImportText(new Uint8Array(Buffer.from('number,name\n1,Pe\uFFFDa\n')), 'areas.csv', 'csv');
    expect(file.problems).toEqual([expect.objectContaining({ line: 2, key: 'import.file.replacementChar', message: expect.stringMatching(/^areas\.csv, line 2: .*save it as "CSV UTF-8"/) })]);
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseAreasCsv('').errors[0].message).toMatch(/empty/);
    expect(parseAreasCsv('number,name\n').errors[0].message).toMatch(/no areas/);
  });
});
