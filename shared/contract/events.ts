import { z } from 'zod';

/** What changed, sent to every window (IPC) or page (server-sent events) after a write is on disk. */
export const ChangeEvent = z.object({
  type: z.literal('changed'),
  collection: z.string(),
  ids: z.array(z.string()).optional(),
});
export type ChangeEvent = z.infer<typeof ChangeEvent>;
