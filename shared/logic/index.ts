export * from './areas';
export * from './areas-csv';
export * from './needs';
export * from './resources';
export * from './exercises';
export * from './townhall';
export * from './text';
export * from './privacy';
