import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A small HSDS 3.0 package for Chicago's west side: three organizations, four services with
 * community-safety taxonomy terms and service areas named as the areas list spells them.
 */
export async function writeWestSidePackage(dir: string): Promise<string> {
  const folder = join(dir, 'west-side-directory');
  await mkdir(folder, { recursive: true });
  const files: Record<string, string> = {
    'datapackage.json': JSON.stringify({
      name: 'west_side',
      version: '3.0.0',
      resources: [
        { name: 'organization', path: 'organizations.csv' },
        { name: 'service', path: 'services.csv' },
        { name: 'taxonomy_term', path: 'taxonomy_terms.csv' },
        { name: 'attribute', path: 'attributes.csv' },
        { name: 'service_area', path: 'service_areas.csv' },
        { name: 'language', path: 'languages.csv' },
      ],
    }),
    'organizations.csv': 'id,name,description\norg-peace,Westside Peace Partners,Street outreach\norg-care,Garfield Family Care,Family support\norg-youth,Humboldt Youth League,After-school programs\n',
    'services.csv':
      'id,organization_id,name,description,status,assured_date,last_modified\n' +
      'svc-walks,org-peace,Evening peace walks,"Outreach workers walk the corridor, 6–10 pm",active,2025-09-01,2025-09-02T10:00:00Z\n' +
      'svc-grief,org-care,Grief circle for families,"Weekly circle\nfor families after a loss",active,2023-01-15,2025-08-20T10:00:00Z\n' +
      'svc-camp,org-youth,Summer night league,Basketball 7–11 pm,active,2025-06-01,2025-06-01T10:00:00Z\n' +
      'svc-old,org-youth,Old drop-in centre,Closed,defunct,2020-01-01,2021-01-01T10:00:00Z\n',
    'taxonomy_terms.csv': 'id,code,name\nt-out,street-outreach,Street outreach\nt-fam,family-support,Family and grief support\nt-youth,youth,Youth programs\n',
    'attributes.csv': 'id,link_id,taxonomy_term_id,link_type,link_entity,value\na1,svc-walks,t-out,,service,\na2,svc-grief,t-fam,,service,\na3,svc-camp,t-youth,,service,\na4,svc-old,t-youth,,service,\n',
    'service_areas.csv': 'id,service_id,name\nsa1,svc-walks,Austin\nsa2,svc-grief,HUMBOLDT PARK\nsa3,svc-camp,23\nsa4,svc-walks,Far North Shore\n',
    'languages.csv': 'id,service_id,name,code\nl1,svc-walks,Spanish,es\nl2,svc-grief,Spanish,es\nl3,svc-grief,English,en\n',
  };
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return folder;
}
