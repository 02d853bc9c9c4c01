import { z } from 'zod';

/**
 * A sentence the services produce, with a stable key and its values, so the UI can say it in the
 * user's language (`serverMessages.<key>` in the renderer's catalogs). `message` is the English
 * text, for logs, the HTTP API and any key a catalog lacks.
 */
export const MessageParams = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParams>;

export interface LocalizedMessage {
  message: string;
  key?: string;
  params?: MessageParams;
}
