import { z } from 'zod';
import { versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';
import { label } from '../text';

/** Where a need came from: the record that raised it, so every gap links back to its evidence. */
export const NeedEvidence = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('exercise-entry'), exerciseId: Id, entryId: Id }),
  z.object({ kind: z.literal('question'), townhallId: Id, questionId: Id }),
  z.object({ kind: z.literal('note'), text: z.string().min(1).max(5000) }),
]);
export type NeedEvidence = z.infer<typeof NeedEvidence>;

export const NEED_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const NEED_STATUSES = ['open', 'addressed', 'dismissed'] as const;
export const NEED_SOURCES = ['exercise', 'townhall', 'manual'] as const;

/** A need surfaced by an exercise, a town hall or staff: what is missing, where, and how badly. */
export const Need = z.object({
  ...versionedFields,
  id: Id,
  title: z.string().min(1).max(500),
  description: z.string().max(20000),
  categoryId: Id.nullable(),
  areaId: Id.nullable(),
  severity: z.enum(NEED_SEVERITIES),
  status: z.enum(NEED_STATUSES),
  source: z.enum(NEED_SOURCES),
  evidence: z.array(NeedEvidence).max(1000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Need = z.infer<typeof Need>;

/** What a feature passes to create a need; ids and times are added by `newNeed` (shared/logic/needs.ts). */
export const NeedDraft = z.object({
  title: label(500),
  description: z.string().max(20000).default(''),
  categoryId: Id.nullable().default(null),
  areaId: Id.nullable().default(null),
  severity: z.enum(NEED_SEVERITIES).default('medium'),
  source: z.enum(NEED_SOURCES),
  evidence: z.array(NeedEvidence).max(1000).default([]),
});
export type NeedDraft = z.input<typeof NeedDraft>;
