import { exercisesHandlers } from './exercises-service';
import { planHandlers } from './plan-service';
import { scenariosHandlers } from './scenarios-service';

/** Every scenarios.* and exercises.* method, for the one spread in services/api.ts. */
export const exerciseFeatureHandlers = { ...scenariosHandlers, ...exercisesHandlers, ...planHandlers };
