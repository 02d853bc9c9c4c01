export * from './contract';
export * from './errors';
export * from './events';
export * from './workspace';
export * from './bridge';
export * from './reports';
export * from './uploads';
export * from './undo';
