import { enumOf, type Vocabulary } from './vocabulary.ts';

/** Pestoff's three forms of citizen participation, as cited in «Samskabelse på den gode måde». */
export const coCreationForms = {
  'co-governance': {
    label: 'Samstyring (co-governance)',
    slug: 'samstyring',
    description: 'Innbyggere eller frivillige deltar i å planlegge og bestemme over tjenesten.',
  },
  'co-management': {
    label: 'Samledelse (co-management)',
    slug: 'samledelse',
    description: 'Organisasjoner samarbeider med kommunen om å drive tjenesten.',
  },
  'co-production': {
    label: 'Samproduksjon (co-production)',
    slug: 'samproduksjon',
    description: 'Innbyggere bidrar selv til å produsere tjenesten de mottar.',
  },
} as const satisfies Vocabulary<string>;

/** The three levels of citizen–staff interplay in «Sæt borgere og medarbejdere i samspil». */
export const interplayLevels = {
  individual: { label: 'Individnivå', slug: 'individ', description: 'Innbyggerens egne ressurser brukes i eget forløp.' },
  organisational: {
    label: 'Organisasjonsnivå',
    slug: 'organisasjon',
    description: 'Innbyggere bidrar til å forbedre et tilbud, for eksempel et botilbud eller aktivitetssenter.',
  },
  strategic: { label: 'Strategisk nivå', slug: 'strategi', description: 'Innbyggere deltar i kommunens strategiske utvikling.' },
} as const satisfies Vocabulary<string>;

export type CoCreationId = keyof typeof coCreationForms;
export type InterplayLevelId = keyof typeof interplayLevels;

export const coCreationSchema = enumOf(coCreationForms, 'Form for samskaping etter Pestoff.');
export const interplayLevelSchema = enumOf(interplayLevels, 'Nivå for samspill mellom innbyggere og ansatte.');
