export * from './areas';
export * from './areas-csv';
export * from './needs';
export * from './townhall';
