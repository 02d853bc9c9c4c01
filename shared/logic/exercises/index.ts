export * from './clock';
export * from './capture-prefix';
export * from './timeline';
export * from './issue-location';
export * from './scenario-yaml';
export * from './msel-csv';
export * from './gaps';
export * from './plan';
