import { enumOf, type Vocabulary } from './vocabulary.ts';

/** The Nordic countries the sources cover. ISO 3166-1 alpha-2 ids keep data exports standard. */
export const countries = {
  NO: { label: 'Norge', slug: 'norge' },
  DK: { label: 'Danmark', slug: 'danmark' },
  SE: { label: 'Sverige', slug: 'sverige' },
} as const satisfies Vocabulary<string>;

export type CountryId = keyof typeof countries;

/**
 * The language of an initiative's own name (BCP 47), from its country: Danish and Swedish names keep
 * their spelling (DESIGN.md), so screen readers should read them as Danish or Swedish (WCAG 3.1.2).
 */
export const countryLanguage: Record<CountryId, 'nb' | 'da' | 'sv'> = { NO: 'nb', DK: 'da', SE: 'sv' };

/** The `lang` attribute an entry's name needs on a Norwegian page: none for Norwegian names. */
export const nameLang = (country: CountryId): 'da' | 'sv' | undefined => {
  const lang = countryLanguage[country];
  return lang === 'nb' ? undefined : lang;
};

export const countrySchema = enumOf(countries, 'Landet tiltaket hører til, som landkode.', 'Land');
