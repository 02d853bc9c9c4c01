import type { Category, Location, Organization, Service, ImportFormat } from '../../model';

type Draft<T> = Omit<T, 'createdAt' | 'updatedAt' | 'version' | 'clientId'>;
export type OrganizationDraft = Draft<Organization>;
export type LocationDraft = Draft<Location>;
/** `categoryIds`/`areaIds` null: the source says nothing, so a re-import keeps what staff set. */
export type ServiceDraft = Omit<Draft<Service>, 'categoryIds' | 'areaIds'> & { categoryIds: string[] | null; areaIds: string[] | null };

/** Everything an import would write, already checked: applying it cannot fail half-way. */
export interface ImportPlan {
  format: ImportFormat;
  asOf: string | null;
  organizations: OrganizationDraft[];
  services: ServiceDraft[];
  locations: LocationDraft[];
  newCategories: Category[];
  skipped: { organizations: number; services: number; locations: number };
}

export const emptyService = (id: string, organizationId: string, name: string): ServiceDraft => ({
  id,
  organizationId,
  program: '',
  name,
  alternateName: '',
  description: '',
  url: '',
  email: '',
  status: 'active',
  categoryIds: null,
  areaIds: null,
  serviceAreaText: '',
  languages: [],
  schedules: [],
  eligibility: '',
  minimumAge: null,
  maximumAge: null,
  applicationProcess: '',
  fees: '',
  interpretationServices: '',
  capacity: [],
  contacts: [],
  locationIds: [],
  alert: '',
  lastVerified: null,
});
