import { z } from 'zod';
import { basedOn, basedOnOptional, createdBy } from '../versioned';
import { Id } from '../ids';
import { label } from '../text';
import { CalendarDate, Capacity, Contact, COVERAGE_KINDS, LOCATION_TYPES, Phone, Schedule, SERVICE_STATUSES, ServiceLanguage } from './directory';
import { typedEmail, typedPhone, typedWebsite } from './contact-rules';
import { NEED_SEVERITIES, NEED_STATUSES, NeedDraft, NeedEvidence } from './need';

/**
 * Save (create-or-update) inputs: with an `id` they update and must name the `version` they were
 * based on; without one they create, with an optional `clientId`.
 */
const saveVersioning = { ...createdBy, version: basedOnOptional.version };

const text = (max: number) => z.string().max(max).transform((s) => s.normalize('NFC').trim());

/** A phone number as a form holds it: the stored `Phone`, with a number that is one. */
const TypedPhone = Phone.extend({ number: typedPhone(100).refine((s) => s !== '', 'must not be empty') });
/** A service contact as a form holds it: its email and phone must be ones (when given). */
const TypedContact = Contact.extend({ email: typedEmail(500), phone: typedPhone(500) });

/** Create (no id) or update (with id) an organization. */
export const OrganizationSaveInput = z.object({
  id: Id.optional(),
  ...saveVersioning,
  name: label(500),
  alternateName: text(500).default(''),
  description: text(20000).default(''),
  email: typedEmail(500).default(''),
  website: typedWebsite(2000).default(''),
  /** Absent: the phones stay as they are. */
  phones: z.array(TypedPhone).max(50).optional(),
});
export type OrganizationSaveInput = z.input<typeof OrganizationSaveInput>;

/**
 * The latest calendar date anywhere on Earth at `now` (UTC+14): a "last verified" date after it
 * is in the future for every user, whatever their time zone. `YYYY-MM-DD`.
 */
export function latestDateOnEarth(now: Date = new Date()): string {
  return new Date(now.getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A service's rules across fields: on each capacity line the available places are not more than
 * the total (HSDS service_capacity: `available` of `maximum`); the minimum age is not above the
 * maximum; a "last verified" date is not in the future. Each problem names its field.
 */
function serviceRules(s: { capacity: { available: number | null; maximum: number | null }[]; minimumAge: number | null; maximumAge: number | null; lastVerified: string | null }, ctx: z.RefinementCtx): void {
  s.capacity.forEach((c, i) => {
    if (c.available !== null && c.maximum !== null && c.available > c.maximum) {
      ctx.addIssue({ code: 'custom', path: ['capacity', i, 'available'], message: 'available capacity is more than the total capacity', params: { maximum: c.maximum } });
    }
  });
  if (s.minimumAge !== null && s.maximumAge !== null && s.minimumAge > s.maximumAge) {
    ctx.addIssue({ code: 'custom', path: ['minimumAge'], message: 'minimum age is above the maximum age', params: { maximum: s.maximumAge } });
  }
  if (s.lastVerified && s.lastVerified > latestDateOnEarth()) {
    ctx.addIssue({ code: 'custom', path: ['lastVerified'], message: 'must not be in the future' });
  }
}

/** Create (no id) or update (with id) a service; every field as the form holds it. */
export const ServiceSaveInput = z.object({
  id: Id.optional(),
  ...saveVersioning,
  organizationId: Id,
  program: text(500).default(''),
  name: label(500),
  alternateName: text(500).default(''),
  description: text(20000).default(''),
  url: typedWebsite(2000).default(''),
  email: typedEmail(500).default(''),
  status: z.enum(SERVICE_STATUSES).default('active'),
  categoryIds: z.array(Id).max(200).default([]),
  areaIds: z.array(Id).max(1000).default([]),
  serviceAreaText: text(5000).default(''),
  languages: z.array(ServiceLanguage).max(200).default([]),
  schedules: z.array(Schedule).max(100).default([]),
  eligibility: text(20000).default(''),
  minimumAge: z.number().int().min(0).max(150).nullable().default(null),
  maximumAge: z.number().int().min(0).max(150).nullable().default(null),
  applicationProcess: text(20000).default(''),
  fees: text(20000).default(''),
  interpretationServices: text(5000).default(''),
  capacity: z.array(Capacity).max(50).default([]),
  contacts: z.array(TypedContact).max(50).default([]),
  locationIds: z.array(Id).max(1000).default([]),
  alert: text(5000).default(''),
  lastVerified: CalendarDate.nullable().default(null),
}).superRefine(serviceRules);
export type ServiceSaveInput = z.input<typeof ServiceSaveInput>;

export const LocationSaveInput = z.object({
  id: Id.optional(),
  ...saveVersioning,
  organizationId: Id.nullable().default(null),
  locationType: z.enum(LOCATION_TYPES).default('physical'),
  name: label(500),
  description: text(20000).default(''),
  address1: text(500).default(''),
  city: text(200).default(''),
  stateProvince: text(200).default(''),
  postalCode: text(50).default(''),
  country: text(10).default(''),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  areaId: Id.nullable().default(null),
  /** Absent: the phones and opening hours stay as they are. */
  phones: z.array(TypedPhone).max(50).optional(),
  schedules: z.array(Schedule).max(100).optional(),
});
export type LocationSaveInput = z.input<typeof LocationSaveInput>;

export const CategorySaveInput = z.object({
  id: Id.optional(),
  ...saveVersioning,
  code: z.string().trim().min(1, 'must not be empty').max(100).regex(/^[\p{L}\p{N}][\p{L}\p{N}_.-]*$/u, 'use letters, digits, dashes, dots or underscores').optional(),
  name: z.object({ en: label(200), es: label(200) }),
  parentId: Id.nullable().default(null),
});
export type CategorySaveInput = z.input<typeof CategorySaveInput>;

export const NeedCreateInput = NeedDraft.extend(createdBy);
export type NeedCreateInput = z.input<typeof NeedCreateInput>;

export const NeedUpdateInput = z.object({
  id: Id,
  ...basedOn,
  title: label(500).optional(),
  description: z.string().max(20000).optional(),
  categoryId: Id.nullable().optional(),
  areaId: Id.nullable().optional(),
  severity: z.enum(NEED_SEVERITIES).optional(),
  status: z.enum(NEED_STATUSES).optional(),
  /** Replaces the evidence list (e.g. to add a note or drop a citation). */
  evidence: z.array(NeedEvidence).max(1000).optional(),
});
export type NeedUpdateInput = z.input<typeof NeedUpdateInput>;

export const LinkSetInput = z.object({
  ...createdBy,
  /** When the link exists: the version the change was based on (checked when given). */
  ...basedOnOptional,
  needId: Id,
  serviceId: Id,
  coverage: z.enum(COVERAGE_KINDS).default('full'),
  note: text(5000).default(''),
});
export type LinkSetInput = z.input<typeof LinkSetInput>;

/** The largest file an import takes (zip or CSV). Anything bigger is refused before it is read. */
export const RESOURCE_IMPORT_MAX_BYTES = 50 * 1024 * 1024;
