/** Types for electron-binary.mjs (plain JavaScript so `npm start` runs it without a build). */
export declare const RETRY_AFTER_MS: number;
export declare function findElectronBinary(root: string, options?: { now?: number; probe?: () => string | null }): { path: string; reason?: undefined } | { reason: string; path?: undefined };
