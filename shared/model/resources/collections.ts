import { z } from 'zod';
import { Category } from './category';
import { Need } from './need';

/** The workspace collections for resources and service gaps (directory, needs, links): name → zod array schema. */
export const resourceCollections = {
  categories: z.array(Category),
  needs: z.array(Need),
};
