/** The workspace collections for resources and service gaps (directory, needs, links): name → zod array schema. */
export const resourceCollections = {};
