import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guessColumnMapping, peekCsvHeaders, type ImportReport } from '../../../shared/logic';
import type { Scenario } from '../../../shared/model';
import { startInProcessHost } from '../../support/in-process-host';

/**
 * Every import through the browser host's raw upload (`POST /api/<method>?…` with the file's bytes
 * as the body): each encoding, delimiter, date form, MSEL header set and time form, and the field
 * cases 03 and 05 with their right values.
 */
const CASES = join(import.meta.dirname, '../../../../shared/field-cases');

let host: Awaited<ReturnType<typeof startInProcessHost>>;
beforeEach(async () => (host = await startInProcessHost()));
afterEach(async () => host.stop());

async function upload<T>(method: string, query: Record<string, string>, type: string, body: Uint8Array): Promise<{ status: number; body: T }> {
  const r = await host.fetch(`/api/${method}?${new URLSearchParams(query)}`, { method: 'POST', headers: { 'Content-Type': type }, body: body as BodyInit });
  return { status: r.status, body: (await r.json()) as T };
}

const cp1252 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));
const utf16le = (text: string, bom = true) => new Uint8Array(Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]));
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), le]));
};
const utf8 = (text: string, bom = false) => new Uint8Array(Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8'));

/** A directory spreadsheet as the UI sends it: headers read by the same decoder, mapping guessed from them. */
async function directory(file: string, bytes: Uint8Array, extra: Record<string, string> = {}) {
  const headers = peekCsvHeaders(bytes).headers.map((h) => h.toLowerCase());
  const mapping = guessColumnMapping(headers);
  return upload<ImportReport>('resources.import', { fileName: file, dryRun: '0', mapping: JSON.stringify(mapping), ...extra }, 'text/csv', bytes);
}

describe('directory spreadsheet: field case 03 and every encoding', () => {
  it('reads the Spanish Excel file (Windows-1252, semicolons, CRLF) with its accents and language codes, saying so', async () => {
    const bytes = new Uint8Array(readFileSync(join(CASES, '03-directory-csv-cp1252/directorio-excel-1252.csv')));
    const { status, body } = await directory('directorio-excel-1252.csv', bytes);
    expect(status).toBe(200);
    expect(body.reading).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(body.applied).toBe(true);
    const data = host.ctx.store.data;
    expect(data.organizations.map((o) => o.name)).toEqual(['Centro Comunitario Fictício']);
    expect(data.services[0].name).toBe('Asesoría de vivienda');
    expect(data.services[0].languages).toEqual([{ code: 'es', name: 'Español' }, { code: 'en', name: 'Inglés' }]);
    expect(JSON.stringify(data)).not.toContain('\uFFFD');
  });

  it('reads the UTF-16 LE "Unicode Text" variant by its BOM', async () => {
    const bytes = new Uint8Array(readFileSync(join(CASES, '03-directory-csv-cp1252/directory-utf16-excel-unicode-text.csv')));
    const { body } = await directory('directory-utf16.csv', bytes);
    expect(body.reading).toEqual({ encoding: 'utf-16le', delimiter: ',' });
    expect(body.blocked).toBeNull();
    const s = host.ctx.store.data.services[0];
    expect(s).toMatchObject({ name: 'Weekly pantry' });
    expect(s.contacts[0].phone).toBe('(555) 010-0100');
  });

  it.each([
    ['UTF-8 without BOM, commas', utf8('Organization,Service\nCafé Ñandú,Asesoría\n'), 'utf-8', ','],
    ['UTF-8 with BOM, semicolons', utf8('Organization;Service\nCafé Ñandú;Asesoría\n', true), 'utf-8', ';'],
    ['UTF-16 LE with BOM, tabs', utf16le('Organization\tService\r\nCafé Ñandú\tAsesoría\r\n'), 'utf-16le', '\t'],
    ['UTF-16 LE without BOM, commas', utf16le('Organization,Service\r\nCafé Ñandú,Asesoría\r\n', false), 'utf-16le', ','],
    ['UTF-16 BE with BOM, semicolons', utf16be('Organization;Service\nCafé Ñandú;Asesoría\n'), 'utf-16be', ';'],
    ['Windows-1252, tabs', cp1252('Organization\tService\r\nCafé Ñandú\tAsesoría\r\n'), 'windows-1252', '\t'],
  ])('%s', async (_name, bytes, encoding, delimiter) => {
    const { body } = await directory('sheet.csv', bytes);
    expect(body.reading).toEqual({ encoding, delimiter });
    expect(host.ctx.store.data.organizations.map((o) => o.name)).toEqual(['Café Ñandú']);
    expect(host.ctx.store.data.services.map((s) => s.name)).toEqual(['Asesoría']);
  });

  it('refuses text that already holds U+FFFD, naming the file and the line, and stores nothing', async () => {
    const { body } = await directory('damaged.csv', utf8('Organization,Service\nOk,Fine\nAsesor\uFFFDa,Vivienda\n'));
    expect(body.applied).toBe(false);
    expect(body.blocked).toMatch(/^damaged\.csv, line 3: .*"CSV UTF-8"/);
    expect(host.ctx.store.data.services).toEqual([]);
  });
});

describe('spreadsheet values as people type them', () => {
  const sheet = (dates: string[], header = 'Organization,Service,Last verified') => utf8(`${header}\n${dates.map((d, i) => `Org ${i},Svc ${i},${d}`).join('\n')}\n`);
  const verified = () => host.ctx.store.data.services.map((s) => s.lastVerified);

  it('reads 2012-03-07, 12/13/2010 and Excel serial numbers, and 3/7/12 month first once 12/13/2010 shows the order', async () => {
    const { body } = await directory('dates.csv', sheet(['2012-03-07', '12/13/2010', '40975', '3/7/12']));
    expect(body.dateOrder).toEqual({ order: 'mdy', source: 'unambiguous' });
    expect(verified()).toEqual(['2012-03-07', '2010-12-13', '2012-03-07', '2012-03-07']);
  });

  it('asks once when every date reads both ways, then reads them in the order chosen', async () => {
    const first = await directory('dates.csv', sheet(['3/7/12', '4/5/2012']));
    expect(first.body).toMatchObject({ applied: false, dateOrder: { order: null, source: 'needed' } });
    expect(first.body.blocked).toMatch(/Dates like 3\/7\/12 can be read month first or day first/);
    const dmy = await directory('dates.csv', sheet(['3/7/12', '4/5/2012']), { dateOrder: 'dmy' });
    expect(dmy.body.dateOrder).toEqual({ order: 'dmy', source: 'asked' });
    expect(verified()).toEqual(['2012-07-03', '2012-05-04']);
  });

  it('reads dates day first in a Spanish file (its headers are Spanish)', async () => {
    const { body } = await directory('fechas.csv', sheet(['3/7/12'], 'Organización,Servicio,Verificado'));
    expect(body.dateOrder).toEqual({ order: 'dmy', source: 'language' });
    expect(verified()).toEqual(['2012-07-03']);
  });

  it('keeps a language list with commas in parentheses, reads None/N/A/- as none, keeps phone extensions', async () => {
    const csv = 'Organization,Service,Languages,Phone,Email\nA,One,"Chinese (Cantonese, Mandarin), Spanish",(555) 010-0188 ext. 12,N/A\nB,Two,None,-,\nC,Three,N/A,555-0100 x7,-\n';
    await directory('values.csv', utf8(csv));
    const [one, two, three] = host.ctx.store.data.services;
    expect(one.languages).toEqual([{ code: 'zh', name: 'Chinese (Cantonese, Mandarin)' }, { code: 'es', name: 'Spanish' }]);
    expect(one.contacts[0].phone).toBe('(555) 010-0188 ext. 12');
    expect(one.email).toBe('');
    expect(two.languages).toEqual([]);
    expect(two.contacts).toEqual([]);
    expect(three.languages).toEqual([]);
    expect(three.contacts[0].phone).toBe('555-0100 x7');
    expect(three.email).toBe('');
  });

  it('an unreadable date names the file, row, column and value, and the forms it takes', async () => {
    const { body } = await directory('dates.csv', sheet(['2012-03-07', 'last spring']));
    expect(body.issues).toContainEqual(
      expect.objectContaining({ file: 'dates.csv', row: 3, column: 'Last verified', message: 'Column "Last verified": "last spring" is not a date; last verified left empty. Write it as 2012-03-07, 3/7/12, 12/13/2010 or an Excel date.' }),
    );
  });

  it('the report counts rows kept and skipped per table, with the reason', async () => {
    const { body } = await directory('rows.csv', utf8('Organization,Service\nA,One\n,Two\nC,\n'), { acceptErrors: '1' });
    expect(body.tables).toEqual([
      expect.objectContaining({
        table: 'spreadsheet',
        rows: 3,
        kept: 1,
        skipped: 2,
        reasons: expect.arrayContaining([expect.objectContaining({ reason: 'Row skipped: no organization name', count: 1 }), expect.objectContaining({ reason: 'Row skipped: no service name', count: 1 })]),
      }),
    ]);
  });
});

type ScenarioResult = { applied: boolean; scenarioId: string | null; issues: { location: string; message: string; key?: string; params?: Record<string, unknown> }[]; reading: unknown; headers: string[]; mapping: Record<string, string> | null };
const scenario = (id: string) => host.ctx.store.data.scenarios.find((s) => s.id === id) as unknown as Scenario;
const injects = (id: string) => scenario(id).content.modules.flatMap((m) => m.injects);

describe('MSEL from other tools: field case 05, header sets and time forms', () => {
  const msel = (file: string, bytes: Uint8Array, query: Record<string, string> = {}) => upload<ScenarioResult>('scenarios.import', { fileName: file, dryRun: '0', ...query }, 'text/csv', bytes);

  it('T3SF columns (#, Real Time, Subject, From, Player, Script) with clock times relative to the first row', async () => {
    const { body } = await msel('t3sf-style-msel.csv', new Uint8Array(readFileSync(join(CASES, '05-msel-foreign-columns-and-times/t3sf-style-msel.csv'))));
    expect(body.issues).toEqual([]);
    expect(body.mapping).toEqual({ time: 'Real Time', title: 'Subject', text: 'Script', from: 'From', roles: 'Player' });
    const list = injects(body.scenarioId!);
    expect(list.map((i) => [i.time, i.title.en, i.roles])).toEqual([
      ['00:00', 'Power out on Elm Block', ['outreach-lead']],
      ['00:16', 'Warming centre request', ['shelter-lead']],
    ]);
    expect(list[0].text.en).toBe('Utility call centre: Residents on the 4800 block report no power since noon.');
  });

  it('time forms 0:15:00, +00:15 and T+1h', async () => {
    const { body } = await msel('msel-time-formats.csv', new Uint8Array(readFileSync(join(CASES, '05-msel-foreign-columns-and-times/msel-time-formats.csv'))));
    expect(body.issues).toEqual([]);
    expect(injects(body.scenarioId!).map((i) => i.time)).toEqual(['00:00', '00:15', '01:00']);
  });

  it('the HSEEP MSEL template headers', async () => {
    const csv = 'Event/Inject No.,Scenario Time,Event Synopsis,Inject/Message,Responsible Controller,Intended Player,Expected Player Action\n1,00:15,Shots reported,Two calls report shots near the park.,Lead controller,Police; Outreach,Confirm the location\n2,T+90m,Crowd forms,A crowd gathers at the corner.,Lead controller,Outreach,Send two workers\n';
    const { body } = await msel('hseep.csv', utf8(csv));
    expect(body.issues).toEqual([]);
    // The Responsible Controller is the control team's, not a sender in the story: kept for the facilitator, never in the text.
    expect(body.mapping).toMatchObject({ time: 'Scenario Time', title: 'Event Synopsis', text: 'Inject/Message', controller: 'Responsible Controller', roles: 'Intended Player', expected: 'Expected Player Action' });
    expect(body.mapping?.from).toBeUndefined();
    const list = injects(body.scenarioId!);
    expect(list.map((i) => i.time)).toEqual(['00:15', '01:30']);
    expect(list[0].text).toEqual({ en: 'Two calls report shots near the park.' });
    expect(list[0].controller).toBe('Lead controller');
    expect(list[0].roles).toEqual(['police', 'outreach']);
    expect(list[0].expectedActions).toEqual([{ en: 'Confirm the location' }]);
  });

  it('Conducttr headers (Number, Time, From, To, Subject, Message), semicolons and Windows-1252', async () => {
    const csv = 'Number;Time;From;To;Subject;Message\r\n1;9:30 AM;Vecina;Alcaldía;Reunión;Los vecinos piden una reunión en la escuela.\r\n2;10:05 AM;Párroco;Alcaldía;Vigilia;La parroquia organiza una vigilia esta noche.\r\n';
    const { body } = await msel('conducttr.csv', cp1252(csv));
    expect(body.reading).toEqual({ encoding: 'windows-1252', delimiter: ';' });
    expect(body.issues).toEqual([]);
    const list = injects(body.scenarioId!);
    expect(list.map((i) => [i.time, i.title.en])).toEqual([
      ['00:00', 'Reunión'],
      ['00:35', 'Vigilia'],
    ]);
    expect(list[1].text.en).toBe('Párroco: La parroquia organiza una vigilia esta noche.');
  });

  it.each([
    ['00:15', '00:15'],
    ['0:15', '00:15'],
    ['0:15:00', '00:15'],
    ['+00:15', '00:15'],
    ['T+1h', '01:00'],
    ['T+90m', '01:30'],
    ['T+1h30m', '01:30'],
    ['15 min', '00:15'],
    ['0.0104166667', '00:15'],
  ])('offset %s is %s', async (value, time) => {
    const { body } = await msel('t.csv', utf8(`Time,Title,Text\n${value},A,B\n`));
    expect(body.issues).toEqual([]);
    expect(injects(body.scenarioId!)[0].time).toBe(time);
  });

  it('a clock time after midnight counts on from the row before', async () => {
    const { body } = await msel('night.csv', utf8('Time,Title\n11:30 PM,A\n12:15 AM,B\n'));
    expect(injects(body.scenarioId!).map((i) => i.time)).toEqual(['00:00', '00:45']);
  });

  it('an unreadable time names the line, the column, the value and the forms it takes; nothing is imported', async () => {
    const { body } = await msel('bad.csv', utf8('Scenario Time,Synopsis,Inject\n00:15,A,B\nsoon,C,D\n'));
    expect(body.applied).toBe(false);
    expect(body.issues).toEqual([
      expect.objectContaining({
        location: 'line 3, Scenario Time',
        key: 'msel.badTime',
        params: expect.objectContaining({ line: 3, column: 'Scenario Time', value: 'soon' }),
        message: '"soon" is not a time. Write an offset from the start (00:15, 0:15:00, +00:15, T+1h, T+90m) or a clock time (9:30 AM); clock times count from the first row.',
      }),
    ]);
    expect(host.ctx.store.data.scenarios).toEqual([]);
  });

  it('a file whose columns are not recognised answers its headers, so the mapping step can offer them; a mapping imports it', async () => {
    const csv = 'When,Headline,Body\n00:10,A,B\n';
    const first = await msel('odd.csv', utf8(csv));
    expect(first.body).toMatchObject({ applied: false, headers: ['When', 'Headline', 'Body'] });
    expect(first.body.issues[0]).toMatchObject({ key: 'msel.missingColumn' });
    const mapped = await msel('odd.csv', utf8(csv), { mapping: JSON.stringify({ time: 'When', title: 'Headline', text: 'Body' }) });
    expect(mapped.body.applied).toBe(true);
  });
});

describe('scenario YAML, paper slips and community areas as raw uploads', () => {
  it('a YAML scenario (application/yaml) in UTF-16 imports', async () => {
    const yaml = 'overview:\n  title: { en: Niñez segura }\nmodules:\n  - title: { en: One }\n    minutes: 10\n';
    const { body } = await upload<ScenarioResult>('scenarios.import', { fileName: 's.yaml', dryRun: '0' }, 'application/yaml', utf16le(yaml));
    expect(body.issues).toEqual([]);
    expect(scenario(body.scenarioId!).content.overview.title.en).toBe('Niñez segura');
  });

  it('a YAML alias bomb answers a validation message, not "internal"', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const { status, body } = await upload<ScenarioResult>('scenarios.import', { fileName: 'bomb.yaml' }, 'application/yaml', utf8(lines.join('\n')));
    expect(status).toBe(200);
    expect(body.issues).toEqual([expect.objectContaining({ key: 'yaml.aliasBomb' })]);
  });

  it('a duplicate key is found in a large file in one pass, with its line', async () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `  k${i}: v`).join('\n');
    const { body } = await upload<ScenarioResult>('scenarios.import', { fileName: 'dup.yaml' }, 'application/yaml', utf8(`overview:\n${keys}\n  k5: again\n`));
    expect(body.issues).toEqual([expect.objectContaining({ location: 'line 20002, column 3', key: 'yaml.duplicateKey' })]);
  });

  it('paper slips in Windows-1252 with semicolons', async () => {
    const th = await (await host.post('townhalls.create', { title: 'Pilsen', date: '2025-03-14' })).json();
    const { body } = await upload<{ applied: boolean; reading: unknown; count: number }>('questions.import', { townhallId: th.id, fileName: 'papeletas.csv', mapping: JSON.stringify({ text: 'Pregunta' }) }, 'text/csv', cp1252('Pregunta;Idioma\r\n¿Habrá más luz en el parque?;es\r\n'));
    expect(body).toMatchObject({ applied: true, count: 1, reading: { encoding: 'windows-1252', delimiter: ';' } });
    expect(host.ctx.store.data.questions.map((q) => q.text)).toEqual(['¿Habrá más luz en el parque?']);
  });

  it('a community-area list in UTF-16 with tabs', async () => {
    const { body } = await upload<{ applied: boolean; reading: unknown; areas: unknown[] }>('areas.import', { fileName: 'areas.csv', dryRun: '1' }, 'text/csv', utf16le('number\tname\r\n1\tPeña Alta\r\n2\tSan José\r\n'));
    expect(body).toMatchObject({ applied: false, reading: { encoding: 'utf-16le', delimiter: '\t' }, areas: [{ number: 1, name: 'Peña Alta' }, { number: 2, name: 'San José' }] });
  });
});
