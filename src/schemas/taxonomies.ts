import { z } from 'zod';
import { countrySchema } from './countries.ts';
import { organisationSchema } from './organisation.ts';

/**
 * Schemas for the editor-extensible vocabularies in content/taxonomies/*.yaml. Each file is a map
 * from id to entry (ids in taxonomy-id.ts).
 */
export { taxonomyIdSchema } from './taxonomy-id.ts';

export const topicSchema = z
  .object({
    label: z.string().min(2).describe('Temaets navn slik det vises på nettstedet.'),
    description: z.string().min(10).optional().describe('Én setning om hva temaet omfatter.'),
  })
  .strict();

export const targetGroupSchema = z
  .object({
    label: z.string().min(2).describe('Målgruppens navn slik det vises på nettstedet.'),
  })
  .strict();

export const sectorSchema = z
  .object({
    label: z.string().min(2).describe('Sektorens navn slik det vises på nettstedet.'),
  })
  .strict();

export const municipalitySchema = z
  .object({
    name: z.string().min(2).describe('Kommunens (eller områdets) navn med riktig skrivemåte.'),
    region: z.string().min(2).describe('Fylke (Norge), region (Danmark) eller län (Sverige).'),
    country: countrySchema,
    lat: z.number().min(54).max(72).describe('Breddegrad i desimalgrader (WGS84), f.eks. 59.93.'),
    lon: z.number().min(4).max(32).describe('Lengdegrad i desimalgrader (WGS84), f.eks. 10.96.'),
  })
  .strict();

/** Which taxonomy file holds which vocabulary; the validator and content.config.ts both read this. */
export const taxonomies = {
  topics: { file: 'topics.yaml', schema: topicSchema, label: 'tema' },
  targetGroups: { file: 'target-groups.yaml', schema: targetGroupSchema, label: 'målgrupper' },
  municipalities: { file: 'municipalities.yaml', schema: municipalitySchema, label: 'kommuner' },
  sectors: { file: 'sectors.yaml', schema: sectorSchema, label: 'sektorer' },
  organisations: { file: 'organisations.yaml', schema: organisationSchema, label: 'aktører' },
} as const;

export type TaxonomyName = keyof typeof taxonomies;
export type Topic = z.infer<typeof topicSchema>;
export type TargetGroup = z.infer<typeof targetGroupSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type { Organisation } from './organisation.ts';
