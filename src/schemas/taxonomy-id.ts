import { z } from 'zod';

/** A taxonomy id: lowercase ASCII because it becomes a URL segment («/aktorer/nav-oslo/»). */
export const taxonomyIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'bruk små bokstaver a–z, tall og bindestrek (æ→ae, ø→o, å→a)')
  .describe('Id i små bokstaver uten æøå, med bindestrek mellom ord.');
