export * from './text';
export * from './scenario';
export * from './exercise';
export * from './inputs';
