import { z } from 'zod';

const year = z.number().int().min(1990).max(2100);

/** When the initiative started (and ended), only where the source gives it. */
export const periodSchema = z
  .object({
    start: year.describe('Året tiltaket startet, slik kilden oppgir det.').meta({ title: 'Startår' }),
    end: year.optional().describe('Året tiltaket sluttet eller skal slutte, hvis kilden oppgir det.').meta({ title: 'Sluttår' }),
  })
  .strict()
  .refine((p) => p.end === undefined || p.end >= p.start, { message: 'sluttåret kan ikke være før startåret', path: ['end'] })
  .describe('Valgfritt: tidsrommet for tiltaket, bare når kilden oppgir det.')
  .meta({ title: 'Periode' });
