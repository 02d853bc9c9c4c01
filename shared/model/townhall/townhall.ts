import { z } from 'zod';
import { basedOn, createdBy, versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';
import { label } from '../text';

/** A calendar day, `YYYY-MM-DD`, checked to be a real date. */
export const DateOnly = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-03-14')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'must be a real date');

const names = (max: number) => z.array(label(200)).max(max);

/** One town hall: when, where, who was there. Town halls sharing a `series` are reported together. */
export const TownHall = z.object({
  ...versionedFields,
  id: Id,
  title: z.string().min(1).max(200),
  date: DateOnly,
  place: z.string().max(300),
  areaIds: z.array(Id).max(200),
  /** Languages spoken or interpreted, as ISO 639-1 codes or names. */
  languages: z.array(z.string().min(1).max(60)).max(20),
  departments: z.array(z.string().min(1).max(200)).max(60),
  attendance: z.number().int().min(0).max(1_000_000).nullable(),
  noteTakers: z.array(z.string().min(1).max(200)).max(30),
  series: z.string().max(200),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type TownHall = z.infer<typeof TownHall>;

const fields = {
  title: label(200),
  date: DateOnly,
  place: z.string().max(300).transform((s) => s.trim()),
  areaIds: z.array(Id).max(200),
  languages: z.array(label(60)).max(20),
  departments: names(60),
  attendance: z.number().int().min(0).max(1_000_000).nullable(),
  noteTakers: names(30),
  series: z.string().max(200).transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' ')),
};

export const TownHallCreateInput = z.object({
  ...createdBy,
  ...fields,
  place: fields.place.default(''),
  areaIds: fields.areaIds.default([]),
  languages: fields.languages.default(['en']),
  departments: fields.departments.default([]),
  attendance: fields.attendance.default(null),
  noteTakers: fields.noteTakers.default([]),
  series: fields.series.default(''),
});
export type TownHallCreateInput = z.input<typeof TownHallCreateInput>;

export const TownHallUpdateInput = z.object({ id: Id, ...fields }).partial().required({ id: true }).extend(basedOn);
export type TownHallUpdateInput = z.input<typeof TownHallUpdateInput>;
