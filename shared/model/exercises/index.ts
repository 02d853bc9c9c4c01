export * from './text';
export * from './scenario';
export * from './exercise';
export * from './inputs';
export * from './scenario-json-schema';
export * from './msel-mapping';
