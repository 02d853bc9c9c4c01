import { directoryHandlers } from './directory-service';
import { importHandlers } from './import-service';
import { needsHandlers } from './needs-service';

/** Every resources, needs and links method. */
export const resourcesHandlers = { ...directoryHandlers, ...importHandlers, ...needsHandlers };
