import { z } from 'zod';
import { ScenarioContent } from './scenario';

/**
 * The JSON Schema of a scenario file, for editors (the YAML language server reads the
 * `$schema` comment at the top of each file). Generated from the zod schema: never edit
 * scenarios/schema.json by hand; run `npm run scenarios:schema`.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioContent, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://convene.app/schemas/scenario.json',
    title: 'Convene tabletop scenario',
    description: 'A discussion-based exercise (HSEEP): overview, capabilities, objectives, roles, modules with injects and discussion questions, resources. Text fields take English (en) and optionally Spanish (es).',
  };
}

export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
