export * from './fold';
export * from './similarity';
export * from './merge';
export * from './filter';
export * from './capture-line';
export * from './questions-csv';
export * from './summary';
export * from './default-area';
