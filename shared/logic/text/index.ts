export * from './decode-file';
export * from './csv-delimiter';
export * from './read-import-file';
export * from './language';
