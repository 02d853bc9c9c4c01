/** The workspace collections for town halls (events, questions, topics, FAQ): name → zod array schema. */
export const townhallCollections = {};
