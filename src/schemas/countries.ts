import { enumOf, type Vocabulary } from './vocabulary.ts';

/** The Nordic countries the sources cover. ISO 3166-1 alpha-2 ids keep data exports standard. */
export const countries = {
  NO: { label: 'Norge', slug: 'norge' },
  DK: { label: 'Danmark', slug: 'danmark' },
  SE: { label: 'Sverige', slug: 'sverige' },
} as const satisfies Vocabulary<string>;

export type CountryId = keyof typeof countries;

export const countrySchema = enumOf(countries, 'Landet tiltaket hører til, som landkode.', 'Land');
