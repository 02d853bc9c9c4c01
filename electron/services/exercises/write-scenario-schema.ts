/** `npm run scenarios:schema`: writes scenarios/schema.json from the zod schema (tests fail when it drifts). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scenarioJsonSchemaText } from '../../../shared/model';

const target = resolve(import.meta.dirname, '../../../scenarios/schema.json');
writeFileSync(target, scenarioJsonSchemaText());
console.log(`Wrote ${target}`);
