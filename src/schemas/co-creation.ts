import { enumOf, type Vocabulary } from './vocabulary.ts';

/**
 * Pestoff's three forms of co-creation, with the Danish source's own translations («Samskabelse på
 * den gode måde»): co-governance = sam-ledelse, co-management = sam-styring, co-production = sam-skabelse.
 * The Norwegian term is written once here; labels, slugs and the power rubric (keys.ts) use it.
 */
export const coCreationTerms = {
  'co-governance': 'samledelse',
  'co-management': 'samstyring',
  'co-production': 'samskaping',
} as const;

export const coCreationForms = {
  'co-governance': {
    label: `Co-governance (${coCreationTerms['co-governance']})`,
    slug: coCreationTerms['co-governance'],
    description: 'Aktører fra andre sektorer blir invitert inn i beslutningene om hvordan et politikkområde skal utvikles.',
  },
  'co-management': {
    label: `Co-management (${coCreationTerms['co-management']})`,
    slug: coCreationTerms['co-management'],
    description: 'Sektorene koordinerer seg imellom om hvem som leverer hva på et område.',
  },
  'co-production': {
    label: `Co-production (${coCreationTerms['co-production']})`,
    slug: coCreationTerms['co-production'],
    description: 'Innbyggeren er selv med på å produsere tjenestene han eller hun mottar.',
  },
} as const satisfies Vocabulary<string>;

/**
 * The least power level (keys.ts) each form needs (DESIGN.md's rubric): co-governance is formally
 * delegated decision rights (3); co-production and co-management are shared decisions (2). The
 * rubric's wording and the validator's rule both read this.
 */
export const coCreationMinPower = {
  'co-governance': 3,
  'co-management': 2,
  'co-production': 2,
} as const satisfies Record<keyof typeof coCreationForms, 2 | 3>;

/** The three levels of citizen–staff interplay in «Sæt borgere og medarbejdere i samspil». */
export const interplayLevels = {
  individual: {
    label: 'Individnivå',
    slug: 'individ',
    description: 'Innbyggerens egne ressurser tas i bruk i forløpet eller behandlingen hun eller han får, for eksempel med nye former for dialog og medbestemmelse.',
  },
  organisational: {
    label: 'Organisasjonsnivå',
    slug: 'organisasjon',
    description: 'Innbyggernes ressurser brukes til å gjøre et tilbud bedre, for eksempel et værested, et botilbud eller et aktivitetssenter.',
  },
  strategic: {
    label: 'Strategisk nivå',
    slug: 'strategi',
    description: 'De som bestemmer, tenker nytt om hvordan innbyggerne møter kommunens ansatte, og fjerner hindre for at innbyggernes ressurser kommer i spill.',
  },
} as const satisfies Vocabulary<string>;

export type CoCreationId = keyof typeof coCreationForms;
export type InterplayLevelId = keyof typeof interplayLevels;

export const coCreationSchema = enumOf(coCreationForms, 'Form for samskaping etter Pestoff.', 'Form for samskaping');
export const interplayLevelSchema = enumOf(interplayLevels, 'Nivå for samspill mellom innbyggere og ansatte.', 'Nivå for samspill');
