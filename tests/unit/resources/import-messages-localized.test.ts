import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../shared/logic';
import { openTestWorkspace, zipOf } from './helpers';

/**
 * Every problem an import reports, row by row and grouped per table, reaches a Spanish user in
 * Spanish: each carries a message key that both catalogs know, with every placeholder filled.
 * The inputs below are messy on purpose (orphans, duplicates, bad dates, unknown statuses,
 * unlinked phones and schedules, a broken CSV row) to reach every kind of import message.
 */
const catalogs = {
  en: JSON.parse(readFileSync(join(import.meta.dirname, '../../../renderer/app/i18n/en.json'), 'utf8')).serverMessages,
  es: JSON.parse(readFileSync(join(import.meta.dirname, '../../../renderer/app/i18n/es.json'), 'utf8')).serverMessages,
};

/** The catalog's template for `key`, its plural form (`_one`/`_other`, as i18next picks it) when the params carry a count. */
function lookup(catalog: Record<string, unknown>, key: string, params: Record<string, unknown>): string | undefined {
  const at = (k: string) => k.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), catalog);
  const value = at(key) ?? (typeof params.count === 'number' ? at(`${key}_${params.count === 1 ? 'one' : 'other'}`) : undefined);
  return typeof value === 'string' ? value : undefined;
}

/** Each message of a report as it would read in `lang`, or a description of why it cannot. */
function rendered(report: ImportReport, lang: 'en' | 'es'): { text: string; problem: string | null }[] {
  const messages = [
    ...report.issues.map((i) => ({ key: i.key, params: i.params ?? {}, english: i.message })),
    ...report.tables.flatMap((t) => t.reasons.map((r) => ({ key: r.key, params: r.params ?? {}, english: r.reason }))),
  ];
  return messages.map(({ key, params, english }) => {
    if (!key) return { text: english, problem: `no key: ${english}` };
    const template = lookup(catalogs[lang], key, params);
    if (!template) return { text: english, problem: `${lang} catalog has no serverMessages.${key}` };
    const missing = [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).filter((p) => !(p in params));
    const text = template.replace(/\{\{(\w+)\}\}/g, (_, p: string) => String(params[p] ?? `{{${p}}}`));
    return { text, problem: missing.length ? `serverMessages.${key} needs ${missing.join(', ')}` : null };
  });
}

const messyPackage = {
  'datapackage.json': JSON.stringify({
    name: 'messy',
    resources: [
      { name: 'organization', path: 'organizations.csv' },
      { name: 'organizations', path: 'organizations.csv' },
      { name: 'service', path: 'services.csv' },
      { name: 'location', path: 'data/locations.csv' },
      { name: 'service_at_location', path: 'service_at_location.csv' },
      { name: 'phone', path: 'phones.csv' },
      { name: 'contact', path: 'contacts.csv' },
      { name: 'schedule', path: 'schedules.csv' },
      { name: 'language', path: 'languages.csv' },
      { name: 'attribute', path: 'attributes.csv' },
      { name: 'service_area', path: 'service_areas.csv' },
      { name: 'program', path: 'nowhere/programs.csv' },
    ],
  }),
  'organizations.csv': 'id,name\no1,Org One\n,No Id Org\no1,Org Again\no2,\n"o3,Broken quote\n',
  'services.csv': 'id,organization_id,name,status,assured_date\ns1,o1,Food pantry,sometimes,someday\ns2,oX,Orphan service,,\n,o1,No id,,\ns3,o1,,,\ns1,o1,Duplicate,,\ns4,,No organization,,\ns5,o1,Extra cells,,,,surplus\n',
  'locations.csv': 'id,organization_id,name,latitude,longitude\nl1,o1,Hall,100,200\nl2,oZ,Other place,,\n,o1,No id place,,\nl1,o1,Hall again,,\n',
  'service_at_location.csv': 'id,service_id,location_id\nsal1,s1,l1\nsal2,sX,l1\nsal3,s1,lX\n',
  'phones.csv': 'id,number,service_id,location_id,organization_id,contact_id,service_at_location_id\np1,555-0101,sX,,,,\np2,555-0102,,lX,,,\np3,555-0103,,,,,\np4,555-0104,,,,cX,\n',
  'contacts.csv': 'id,name,organization_id,service_id,location_id\nc1,Ann Persona,o1,,\nc2,Bo Persona,,,l1\n',
  'schedules.csv': 'id,service_id,location_id,service_at_location_id,freq,byday\nsc1,sX,,,WEEKLY,MO\nsc2,,,,WEEKLY,TU\n',
  'languages.csv': 'id,service_id,location_id,phone_id,name\nla1,,l1,,Polish\nla2,,,p9,Tagalog\n',
  'attributes.csv': 'id,link_id,link_entity,taxonomy_term_id\na1,sX,service,t1\na2,s1,service,t-unknown\n',
  'service_areas.csv': 'id,service_id,name\nsa1,s1,Atlantis\n',
  'eligibility.csv': 'id,service_id,eligibility\ne1,sX,adults\n',
  'holiday_schedules.csv': 'id,service_id,closed,start_date,end_date\nh1,s1,true,2024-12-25,2024-12-25\n',
};

const messySheet = [
  'agency,program,status,last verified,community area,category',
  'Org One,Food pantry,sometimes,someday,Atlantis,Woodworking',
  ',No agency,,,,',
  'Org One,,,,,',
  'Org One,Food pantry,,,,',
  'Org Two,"Never closed,,,,',
].join('\n');

let t: Awaited<ReturnType<typeof openTestWorkspace>>;
beforeEach(async () => (t = await openTestWorkspace()));
afterEach(async () => t.close());

describe('import messages in the UI language', () => {
  it('an HSDS package: every row problem and every per-table reason has a key both catalogs fill', async () => {
    const report = await t.call('resources.import', { fileName: 'messy.zip', source: { kind: 'zip', base64: zipOf(messyPackage) }, dryRun: true, acceptErrors: true });
    // The package reaches every kind of row problem (a sample is checked by key).
    const keys = new Set(report.issues.map((i) => i.key));
    for (const k of ['hsds.orgNoId', 'hsds.orgDuplicate', 'hsds.service.organizationMissing', 'hsds.service.duplicate', 'import.unknownStatus', 'hsds.badDate', 'hsds.locationOrgMissing', 'hsds.badCoordinates', 'hsds.locationDuplicate', 'hsds.phone.serviceMissing', 'hsds.phone.ownerMissing', 'hsds.phone.unlinked', 'hsds.phone.contactMissing', 'hsds.contactOfOrganization', 'hsds.contactOfLocation', 'hsds.scheduleOrphan', 'hsds.scheduleUnlinked', 'hsds.languageOfLocation', 'hsds.orphanAttribute', 'hsds.unknownTerm', 'hsds.listedTwice', 'hsds.tableMissing', 'hsds.pathFallback', 'import.csv.unclosedQuote', 'import.csv.cellCount', 'hsds.orphan.service']) {
      expect(keys, k).toContain(k);
    }
    for (const lang of ['en', 'es'] as const) {
      const problems = rendered(report, lang).flatMap((m) => (m.problem ? [m.problem] : []));
      expect(problems, lang).toEqual([]);
    }
    const es = rendered(report, 'es').map((m) => m.text);
    expect(es).toContain('Organización omitida: el id o1 aparece dos veces en el archivo.');
    expect(es).toContain('Teléfono 555-0103 no importado: no está enlazado con ningún servicio, lugar, organización ni contacto.');
    // The per-table summary groups rows by a reason without row values, in Spanish too.
    const phones = report.tables.find((tb) => tb.table === 'phone')!;
    expect(phones.reasons.map((r) => r.key).sort()).toEqual(['hsds.reason.phone.contactMissing', 'hsds.reason.phone.ownerMissing', 'hsds.reason.phone.serviceMissing', 'hsds.reason.phone.unlinked']);
  });

  it('a spreadsheet CSV: row problems and reasons in both languages', async () => {
    const mapping = { organization: 'agency', service: 'program', status: 'status', lastVerified: 'last verified', areas: 'community area', categories: 'category' };
    const report = await t.call('resources.import', { fileName: 'sheet.csv', source: { kind: 'csv', base64: Buffer.from(messySheet).toString('base64'), mapping }, dryRun: true, acceptErrors: true });
    const keys = new Set(report.issues.map((i) => i.key));
    for (const k of ['spreadsheet.no.organization', 'spreadsheet.no.service', 'spreadsheet.duplicate', 'import.unknownStatus', 'spreadsheet.badDate', 'spreadsheet.areaUnmatched', 'import.newCategory', 'import.csv.unclosedQuote']) {
      expect(keys, k).toContain(k);
    }
    for (const lang of ['en', 'es'] as const) {
      expect(rendered(report, lang).flatMap((m) => (m.problem ? [m.problem] : [])), lang).toEqual([]);
    }
    expect(rendered(report, 'es').map((m) => m.text)).toContain('Fila omitida: el servicio Food pantry de Org One aparece dos veces en el archivo.');
  });
});
