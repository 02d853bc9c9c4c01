export * from './areas';
export * from './areas-csv';
