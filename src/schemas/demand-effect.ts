import { z } from 'zod';
import { enumOf, type Vocabulary } from './vocabulary.ts';

/**
 * The question a municipal leader asks first: did this change the need for municipal services?
 * The status says how strong the source's answer is, so a hope is never shown as evidence.
 */
export const demandEffectStatuses = {
  documented: {
    label: 'Dokumentert',
    slug: 'dokumentert',
    description: 'Kilden rapporterer en observert endring i behovet for kommunale tjenester.',
  },
  expected: {
    label: 'Forventet',
    slug: 'forventet',
    description: 'Kilden beskriver en endring som er ventet eller ønsket, men ikke målt eller observert.',
  },
  'none-reported': {
    label: 'Ikke rapportert',
    slug: 'ikke-rapportert',
    description: 'Kilden sier ikke noe om endring i behovet for kommunale tjenester.',
  },
} as const satisfies Vocabulary<string>;

export type DemandEffectStatus = keyof typeof demandEffectStatuses;

export const demandEffectSchema = z
  .object({
    status: enumOf(demandEffectStatuses, 'Hvor sikkert kilden sier at behovet for tjenester er endret.', 'Hvor sikkert'),
    text: z
      .string()
      .trim()
      .min(20)
      .max(400)
      .describe('Én eller to setninger med egne ord: hva kilden sier om endringen, med tall hvis kilden gir det.')
      .meta({ title: 'Hva kilden sier' }),
  })
  .strict()
  .describe('Endring i behovet for kommunale tjenester, slik kilden rapporterer den.')
  .meta({ title: 'Endring i behovet for kommunale tjenester' });
