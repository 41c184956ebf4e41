import { z } from 'zod';
import { countries } from './countries.ts';
import { enumOf } from './vocabulary.ts';
import { taxonomyIdSchema } from './taxonomy-id.ts';

/**
 * An organisation (or a named group of people) that takes part in initiatives, in
 * content/taxonomies/organisations.yaml. Entries reference it by id under `partners`, so one body
 * spelled two ways in the sources is counted once. `sector` and `parent` are ids in other files;
 * the validator checks them against those files (a taxonomy schema cannot see the other taxonomies).
 */
export const organisationSchema = z
  .object({
    name: z.string().trim().min(2).describe('Navnet slik kilden skriver det.').meta({ title: 'Navn' }),
    sector: taxonomyIdSchema.describe('Sektor-id fra content/taxonomies/sectors.yaml.').meta({ title: 'Sektor' }),
    country: enumOf(countries, 'Landet aktøren hører til, som landkode.', 'Land'),
    parent: taxonomyIdSchema
      .optional()
      .describe('Valgfritt: id-en til aktøren denne hører under, f.eks. nav for et lokalt NAV-kontor. Bare når kilden eller navnet viser det.')
      .meta({ title: 'Hører under' }),
    qualifier: z
      .string()
      .trim()
      .min(2)
      .max(60)
      .optional()
      .describe('Valgfritt: sted eller sammenheng som skiller aktøren fra andre med samme navn, f.eks. «Øygarden» for «Innbyggere».')
      .meta({ title: 'Presisering' }),
    aliases: z
      .array(z.string().trim().min(2))
      .min(1)
      .optional()
      .describe('Valgfritt: andre skrivemåter kildene bruker for den samme aktøren.')
      .meta({ title: 'Andre skrivemåter' }),
  })
  .strict();

export type Organisation = z.infer<typeof organisationSchema>;

/** The name with its qualifier, as lists show it: «Innbyggere (Øygarden)». */
export const organisationDisplayName = (o: Pick<Organisation, 'name' | 'qualifier'>) => (o.qualifier ? `${o.name} (${o.qualifier})` : o.name);
