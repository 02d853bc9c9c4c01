import { z } from 'zod';

/** Record ids are opaque strings made by the store (UUIDs); inputs may carry any id the store made. */
export const Id = z.string().min(1).max(100);
export type Id = z.infer<typeof Id>;

/** ISO 8601 timestamp with offset, as written by `new Date().toISOString()`. */
export const Timestamp = z.iso.datetime({ offset: true });
