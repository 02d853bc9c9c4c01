import { z } from 'zod';
import { basedOn, basedOnOptional, createdBy, versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';
import { label } from '../text';

/** A question topic (theme), named in English and Spanish. Editable; the default set is for community safety. */
export const Topic = z.object({
  ...versionedFields,
  id: Id,
  code: z.string().min(1).max(100),
  name: z.object({ en: z.string().min(1).max(120), es: z.string().min(1).max(120) }),
  /** The need category a question on this topic most likely raises: the default when promoting it. */
  categoryId: Id.nullable(),
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
});
export type Topic = z.infer<typeof Topic>;

const t = (code: string, en: string, es: string, categoryId: string | null): Topic => ({ version: 1, id: `topic-${code}`, code, name: { en, es }, categoryId });

/** The default topics for a community-safety town hall. Ids are stable so imports and FAQs can name them. */
export const DEFAULT_TOPICS: readonly Topic[] = [
  t('violence', 'Violence and safety', 'Violencia y seguridad', 'cat-street-outreach'),
  t('policing', 'Policing', 'Policía', 'cat-communication'),
  t('youth', 'Youth programs', 'Programas para jóvenes', 'cat-youth'),
  t('mental-health', 'Mental health', 'Salud mental', 'cat-mental-health'),
  t('housing', 'Housing', 'Vivienda', 'cat-housing'),
  t('lighting', 'Lighting and vacant lots', 'Alumbrado y lotes baldíos', 'cat-safe-spaces'),
  t('jobs', 'Jobs', 'Empleo', 'cat-jobs'),
  t('schools', 'Schools', 'Escuelas', 'cat-schools'),
  t('transit', 'Transit', 'Transporte público', 'cat-coordination'),
  t('city-services', 'City services', 'Servicios municipales', 'cat-coordination'),
  t('victims', 'Victim and family support', 'Apoyo a víctimas y familias', 'cat-victim-services'),
  t('other', 'Other', 'Otro', null),
];

export const TopicCreateInput = z.object({
  ...createdBy,
  name: z.object({ en: label(120), es: label(120) }),
  categoryId: Id.nullable().default(null),
});
export type TopicCreateInput = z.input<typeof TopicCreateInput>;

export const TopicUpdateInput = z.object({
  id: Id,
  ...basedOn,
  name: z.object({ en: label(120), es: label(120) }).partial().optional(),
  categoryId: Id.nullable().optional(),
});
export type TopicUpdateInput = z.input<typeof TopicUpdateInput>;

export const TopicDeleteInput = z.object({
  id: Id,
  ...basedOnOptional,
  /** Questions and FAQs on the deleted topic move here; without it a topic in use is not deleted. */
  reassignTo: Id.nullable().optional(),
});
