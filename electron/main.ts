// Replaced by the Electron shell work in progress.
export {};
