import { z } from 'zod';
import { Area, AreaCreateInput, AreaImportInput, AreaImportResult, AreaUpdateInput, Id } from '../../model';
import { method } from './define';
import { undoToken } from '../undo';

const NoInput = z.object({}).strict();

export const areasMethods = {
  'areas.list': method(NoInput, z.array(Area), 'All community areas, priority areas first, then by number.'),
  'areas.create': method(AreaCreateInput, Area, 'Adds a community area.'),
  'areas.update': method(AreaUpdateInput, Area, 'Renames, renumbers or (un)marks a community area as priority.'),
  'areas.delete': method(z.object({ id: Id }), z.object({ deleted: z.literal(true), id: Id, ...undoToken }), 'Deletes a community area no record uses.'),
  'areas.import': method(AreaImportInput, AreaImportResult, 'Replaces the whole list from a CSV with number,name[,priority] columns, all or nothing.'),
};
