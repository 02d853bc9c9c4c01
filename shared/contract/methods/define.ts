import type { z } from 'zod';

/** One contract entry: input schema, output schema, and a sentence for `GET /api`. */
export const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, summary: string) => ({ input, output, summary });
