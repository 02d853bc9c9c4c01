/** The workspace collections for tabletop exercises (scenarios, exercises, improvement plan): name → zod array schema. */
export const exerciseCollections = {};
