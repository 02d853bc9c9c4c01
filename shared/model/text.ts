import { z } from 'zod';

/**
 * A short label typed by a person: trimmed, normalised to NFC so that the same
 * accented name typed two ways compares equal, never empty, bounded.
 */
export const label = (max = 200) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));
