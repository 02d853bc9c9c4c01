export * from './ids';
export * from './text';
export * from './area';
export * from './workspace';
export * from './migrations';
export * from './resources/category';
export * from './resources/need';
export * from './townhall';
