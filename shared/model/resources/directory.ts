import { z } from 'zod';
import { versionedFields } from '../versioned';
import { Id, Timestamp } from '../ids';

/** A calendar date (YYYY-MM-DD), as HSDS writes assured_date and valid_from. */
export const CalendarDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-05-31');

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

export const LOCATION_TYPES = ['physical', 'postal', 'virtual'] as const;

/** A phone number of an organization or location (HSDS phone), as written, with its extension ("(555) 010-0100 ext. 12"). */
export const Phone = z.object({
  number: z.string().min(1).max(100),
  /** HSDS phone type: voice, fax, text, cell, video, pager, textphone; free text when the source says otherwise. */
  type: z.string().max(50),
  description: z.string().max(500),
});
export type Phone = z.infer<typeof Phone>;

/** An organization (HSDS organization). Ids from an HSDS package are kept, so re-imports update. */
export const Organization = z.object({
  ...versionedFields,
  id: Id,
  name: z.string().min(1).max(500),
  alternateName: z.string().max(500),
  description: z.string().max(20000),
  email: z.string().max(500),
  website: z.string().max(2000),
  /** The organization's own phone numbers (main line, hotline), not any one service's. */
  phones: z.array(Phone).max(50),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Organization = z.infer<typeof Organization>;

/** One opening pattern (HSDS schedule, flattened): "WEEKLY on MO,TU 09:00–17:00", or free text. */
export const Schedule = z.object({
  freq: z.string().max(50),
  byday: z.string().max(100),
  opensAt: z.string().max(20),
  closesAt: z.string().max(20),
  validFrom: z.string().max(30),
  validTo: z.string().max(30),
  description: z.string().max(5000),
});
export type Schedule = z.infer<typeof Schedule>;

/** HSDS 3 service_capacity, one line per unit. */
export const Capacity = z.object({
  available: z.number().min(0).nullable(),
  maximum: z.number().min(0).nullable(),
  unit: z.string().max(200),
  updated: z.string().max(40),
});
export type Capacity = z.infer<typeof Capacity>;

export const Contact = z.object({
  name: z.string().max(500),
  title: z.string().max(500),
  email: z.string().max(500),
  /** One or more numbers, as written ("(555) 010-0103; (555) 010-0104 (text)"). */
  phone: z.string().max(500),
});
export type Contact = z.infer<typeof Contact>;

/** A language a service is offered in: ISO 639 code when known, and its name. */
export const ServiceLanguage = z.object({ code: z.string().max(20), name: z.string().max(200) });
export type ServiceLanguage = z.infer<typeof ServiceLanguage>;

/** A service (program) an organization provides: what answers needs, by category, area and language. */
export const Service = z.object({
  ...versionedFields,
  id: Id,
  organizationId: Id,
  /** HSDS program name, if the service belongs to one. */
  program: z.string().max(500),
  name: z.string().min(1).max(500),
  alternateName: z.string().max(500),
  description: z.string().max(20000),
  url: z.string().max(2000),
  email: z.string().max(500),
  status: z.enum(SERVICE_STATUSES),
  categoryIds: z.array(Id).max(200),
  /** Community areas served (ids in ws.areas). */
  areaIds: z.array(Id).max(1000),
  /** What the package said about the area served, kept as text even when no area matched. */
  serviceAreaText: z.string().max(5000),
  languages: z.array(ServiceLanguage).max(200),
  schedules: z.array(Schedule).max(100),
  eligibility: z.string().max(20000),
  minimumAge: z.number().int().min(0).max(150).nullable(),
  maximumAge: z.number().int().min(0).max(150).nullable(),
  applicationProcess: z.string().max(20000),
  fees: z.string().max(20000),
  interpretationServices: z.string().max(5000),
  capacity: z.array(Capacity).max(50),
  contacts: z.array(Contact).max(50),
  locationIds: z.array(Id).max(1000),
  alert: z.string().max(5000),
  /** When someone last confirmed the record (HSDS assured_date); null when never. */
  lastVerified: CalendarDate.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Service = z.infer<typeof Service>;

export const Location = z.object({
  ...versionedFields,
  id: Id,
  organizationId: Id.nullable(),
  locationType: z.enum(LOCATION_TYPES),
  name: z.string().max(500),
  description: z.string().max(20000),
  address1: z.string().max(500),
  city: z.string().max(200),
  stateProvince: z.string().max(200),
  postalCode: z.string().max(50),
  country: z.string().max(10),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  /** The community area the address is in, when the user or an import set it. */
  areaId: Id.nullable(),
  /** The location's own phone numbers (front desk), not any one service's. */
  phones: z.array(Phone).max(50),
  /** The location's opening hours (HSDS schedule linked to the location). */
  schedules: z.array(Schedule).max(100),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Location = z.infer<typeof Location>;

export const COVERAGE_KINDS = ['full', 'partial'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

/** "This service covers that need": an edge of the gap map. One link per need and service. */
export const CoverLink = z.object({
  ...versionedFields,
  id: Id,
  needId: Id,
  serviceId: Id,
  coverage: z.enum(COVERAGE_KINDS),
  note: z.string().max(5000),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CoverLink = z.infer<typeof CoverLink>;

export const IMPORT_FORMATS = ['hsds-3', 'hsds-1', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One applied import: the data source, its as-of date and what it changed (for the report's method section). */
export const ImportRecord = z.object({
  ...versionedFields,
  id: Id,
  source: z.string().max(500),
  format: z.enum(IMPORT_FORMATS),
  /** The newest date the source itself carries (last_modified, assured_date), else the import date. */
  asOf: CalendarDate,
  importedAt: Timestamp,
  added: z.number().int().min(0),
  updated: z.number().int().min(0),
  skipped: z.number().int().min(0),
});
export type ImportRecord = z.infer<typeof ImportRecord>;
