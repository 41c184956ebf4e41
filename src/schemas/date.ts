import { z } from 'zod';

/**
 * An ISO calendar date. Astro's YAML parser turns `2024-04-01` into a Date while the validator's
 * keeps the string, so both are accepted and normalised to the string.
 */
export const dateSchema = z.union([
  z.iso.date({ message: 'skriv datoen som ÅÅÅÅ-MM-DD' }),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);
