import { z } from 'zod';
import { versionedFields } from '../versioned';

/**
 * A need/resource category: one taxonomy shared by needs, services and the coverage matrix.
 * Editable by the user; the default set is for community safety. `code` is stable across imports.
 */
export const Category = z.object({
  ...versionedFields,
  id: z.string().min(1).max(100),
  code: z.string().min(1).max(100),
  name: z.object({ en: z.string().min(1).max(200), es: z.string().min(1).max(200) }),
  parentId: z.string().nullable(),
});
export type Category = z.infer<typeof Category>;

const c = (code: string, en: string, es: string): Category => ({ version: 1, id: `cat-${code}`, code, name: { en, es }, parentId: null });

/** The default set for community safety, drawn from the capabilities in DOMAIN.md. Ids are stable. */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  c('street-outreach', 'Street outreach and violence interruption', 'Alcance comunitario e interrupción de la violencia'),
  c('victim-services', 'Victim services', 'Servicios para víctimas'),
  c('hospital-intervention', 'Hospital-based violence intervention', 'Intervención contra la violencia desde el hospital'),
  c('mental-health', 'Mental health and trauma care', 'Salud mental y atención del trauma'),
  c('youth', 'Youth programs and engagement', 'Programas y participación juvenil'),
  c('safe-spaces', 'Safe spaces and places (lighting, vacant lots, buildings)', 'Espacios seguros (alumbrado, lotes baldíos, edificios)'),
  c('rapid-response', 'Rapid response after a shooting', 'Respuesta rápida después de un tiroteo'),
  c('retaliation-prevention', 'Retaliation prevention', 'Prevención de represalias'),
  c('family-support', 'Family and grief support', 'Apoyo a familias y en el duelo'),
  c('housing', 'Housing and shelter', 'Vivienda y albergue'),
  c('jobs', 'Jobs and workforce', 'Empleo y capacitación laboral'),
  c('schools', 'Schools and safe passage', 'Escuelas y trayectos seguros'),
  c('substance-use', 'Substance use treatment', 'Tratamiento por consumo de sustancias'),
  c('reentry', 'Re-entry support', 'Apoyo para la reinserción'),
  c('basic-needs', 'Food and basic needs', 'Alimentos y necesidades básicas'),
  c('legal-aid', 'Legal aid', 'Asistencia legal'),
  c('communication', 'Community communication and trust', 'Comunicación y confianza comunitaria'),
  c('coordination', 'Cross-department coordination', 'Coordinación entre departamentos'),
];
