import { z } from 'zod';
import { Exercise, ImprovementItem } from './exercise';
import { StoredScenario } from './scenario';

/** The workspace collections for tabletop exercises (scenarios, exercises, improvement plan): name → zod array schema. */
export const exerciseCollections = {
  scenarios: z.array(StoredScenario),
  exercises: z.array(Exercise),
  improvementItems: z.array(ImprovementItem),
};
