import { z } from 'zod';
import { Category } from './category';
import { CoverLink, ImportRecord, Location, Organization, Service } from './directory';
import { Need } from './need';

/** The workspace collections for resources and service gaps (directory, needs, links): name → zod array schema. */
export const resourceCollections = {
  categories: z.array(Category),
  needs: z.array(Need),
  organizations: z.array(Organization),
  services: z.array(Service),
  locations: z.array(Location),
  links: z.array(CoverLink),
  imports: z.array(ImportRecord),
};
