import { z } from 'zod';
import { basedOnOptional, Category, CoverLink, Id, ImportRecord, Location, Need, Organization, Service } from '../../model';
import { CategorySaveInput, LinkSetInput, LocationSaveInput, NeedCreateInput, NeedUpdateInput, OrganizationSaveInput, RESOURCE_IMPORT_MAX_BYTES, ServiceSaveInput } from '../../model';
import { ColumnMapping } from '../../logic/resources/spreadsheet-import';
import { ImportReport } from '../../logic/resources/import-report';
import { DATE_ORDERS } from '../../model';
import { method } from './define';
import { undoToken } from '../undo';

const NoInput = z.object({}).strict();
const Deleted = z.object({ deleted: z.literal(true), id: Id, ...undoToken });
/** Deletes name the version they were based on; a stale one conflicts (checked when given). */
const DeleteById = z.object({ id: Id, ...basedOnOptional });

/** Base64 of a file up to the import limit. */
const Base64 = z.string().max(Math.ceil(RESOURCE_IMPORT_MAX_BYTES / 3) * 4 + 4, 'the file is larger than 50 MB').regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const ResourceImportInput = z.object({
  /** The file or folder name, for the report and the list of data sources. */
  fileName: z.string().min(1).max(500),
  source: z.discriminatedUnion('kind', [
    /** An HSDS data package zipped (a chosen folder is zipped by the app before sending). */
    z.object({ kind: z.literal('zip'), base64: Base64 }),
    /** A plain spreadsheet CSV, one row per service, with the user's column mapping. */
    z.object({ kind: z.literal('csv'), base64: Base64, mapping: ColumnMapping }),
  ]),
  /** Check and report only: nothing is written. */
  dryRun: z.boolean().default(true),
  /** Apply even though some rows are skipped with errors; without it such an import changes nothing. */
  acceptErrors: z.boolean().default(false),
  /** How to read dates like 3/7/12: month first or day first. Absent: from the file's language, or asked. */
  dateOrder: z.enum(DATE_ORDERS).optional(),
});
export type ResourceImportInput = z.input<typeof ResourceImportInput>;

export const Directory = z.object({
  organizations: z.array(Organization),
  services: z.array(Service),
  locations: z.array(Location),
  categories: z.array(Category),
  imports: z.array(ImportRecord),
});
export type Directory = z.infer<typeof Directory>;

export const resourcesMethods = {
  'resources.list': method(NoInput, Directory, 'The whole resource directory: organizations, services, locations, the category taxonomy and past imports.'),
  'resources.saveOrganization': method(OrganizationSaveInput, Organization, 'Creates an organization, or updates it when an id is given.'),
  'resources.deleteOrganization': method(DeleteById, Deleted, 'Deletes an organization that has no services.'),
  'resources.saveService': method(ServiceSaveInput, Service, 'Creates a service, or updates it when an id is given.'),
  'resources.deleteService': method(DeleteById, Deleted, 'Deletes a service and its links to needs.'),
  'resources.saveLocation': method(LocationSaveInput, Location, 'Creates a location, or updates it when an id is given.'),
  'resources.deleteLocation': method(DeleteById, Deleted, 'Deletes a location and removes it from the services held there.'),
  'resources.saveCategory': method(CategorySaveInput, Category, 'Adds a category to the taxonomy, or renames one.'),
  'resources.deleteCategory': method(DeleteById, Deleted, 'Deletes a category no service or need uses.'),
  'resources.import': method(ResourceImportInput, ImportReport, 'Imports an HSDS data package (3.0 or 1.x/2.x, zipped) or a spreadsheet CSV: a dry run reports, an apply is all or nothing.'),
  'resources.export': method(NoInput, z.object({ fileName: z.string(), base64: z.string() }), 'The directory as an HSDS 3.0 data package (zip, base64).'),
  'needs.list': method(NoInput, z.array(Need), 'Every need, newest first.'),
  'needs.create': method(NeedCreateInput, Need, 'Records a need by hand or from a town-hall question or exercise entry.'),
  'needs.update': method(NeedUpdateInput, Need, 'Changes a need: title, category, area, severity, status or evidence.'),
  'needs.delete': method(DeleteById, Deleted, 'Deletes a need and its links.'),
  'links.list': method(NoInput, z.array(CoverLink), 'Every "covers" link between a service and a need.'),
  'links.set': method(LinkSetInput, CoverLink, 'Links a service to a need (full or partial cover), or changes the link between them.'),
  'links.delete': method(DeleteById, Deleted, 'Removes a link.'),
};
