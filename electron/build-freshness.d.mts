/** Types for build-freshness.mjs (plain JavaScript so `npm start` runs it without a build). */
export declare const BUILD_INPUTS: string[];
export declare const BUILD_OUTPUTS: string[];
export declare function buildFreshness(root: string): { stale: boolean; reason: string };
