import { z } from 'zod';
import type { Vocabulary } from './vocabulary.ts';
import { coCreationMinPower, coCreationTerms, type CoCreationId } from './co-creation.ts';

/**
 * KS PRI's «De fire nøklene». The order is the reading order used everywhere (profile bars, matrix
 * columns, accessible names); the diagram corners are set in src/lib/keys/layout.ts.
 */
export const keys = {
  purpose: { label: 'Formål', slug: 'formal', description: 'Systemer endres når mål eller hensikt med arbeidet justeres.' },
  resources: {
    label: 'Ressurser',
    slug: 'ressurser',
    description: 'Systemer endres når ressursflyten endres (penger, kompetanse, oppmerksomhet).',
  },
  power: { label: 'Makt', slug: 'makt', description: 'Systemer endres når makt forskyves.' },
  relationships: {
    label: 'Relasjoner',
    slug: 'relasjoner',
    description: 'Systemer endres når aktører bringes sammen i nye relasjoner.',
  },
} as const satisfies Vocabulary<string>;

export type KeyId = keyof typeof keys;
export const keyIds = Object.keys(keys) as KeyId[];

/** The level scale from DESIGN.md. Levels are never summed: the keys work as a set. */
export const keyLevels = [
  { level: 0, label: 'Ikke berørt', description: 'Ingen dokumentert endring i denne nøkkelen.' },
  { level: 1, label: 'Justering', description: 'Justering innenfor dagens system: samme aktører, mandat og budsjettlinjer.' },
  { level: 2, label: 'Forskyvning', description: 'Tydelig ny praksis som flytter roller eller strømmer, men avgrenset eller ikke formalisert.' },
  { level: 3, label: 'Omlegging', description: 'Det nye mønsteret er forankret: vedtak, varig budsjett, endret mandat eller styring.' },
] as const;

export type KeyLevel = 0 | 1 | 2 | 3;
export const MAX_KEY_LEVEL = 3;

/** The Norwegian terms of the co-creation forms that need exactly `level` on the power key. */
function formsAtPower(level: 2 | 3): string {
  return (Object.keys(coCreationMinPower) as CoCreationId[])
    .filter((id) => coCreationMinPower[id] === level)
    .map((id) => coCreationTerms[id])
    .join(', ');
}

/**
 * Per key, what each level 1–3 means: the rubric editors assess against, shown on /metode/. The
 * power key names the co-creation forms from co-creation.ts, so the two can never disagree.
 */
export const keyRubric: Record<KeyId, readonly [string, string, string]> = {
  purpose: [
    'Nye delmål.',
    'Suksess er definert på nytt i praksis: mestring, «hva er viktig for deg», innbyggerens egne mål styrer tjenesten.',
    'Nytt formål er skrevet inn i planer, vedtak, lov eller styringsindikatorer.',
  ],
  resources: [
    'Intern omfordeling eller prosjektmidler, også statlige midler og forskningsmidler til et prosjekt.',
    'Nye ressurser hentet utenfra tjenesten: innbyggere, frivillige, næringsliv, en annen sektors budsjett eller ansatte.',
    'En varig ny ressursstrøm: en avtale om samfinansiering, et felles budsjett eller en fast budsjettpost.',
  ],
  power: [
    'Innbyggere eller ansatte blir spurt, for eksempel i samtaler, spørreundersøkelser eller dialogmøter.',
    `Innbyggere eller brukere bestemmer sammen med de ansatte når tjenesten utformes eller gis (${formsAtPower(2)}). En vanlig styringsgruppe av institusjoner er ikke delte beslutninger med innbyggere.`,
    `Innbyggere eller brukere har fått formelt delegert beslutningsmyndighet (${formsAtPower(3)}).`,
  ],
  relationships: [
    'Nye kontakter ved behov.',
    'Jevnlig samarbeid på tvers av sektorer eller nivåer med endrede roller, for eksempel en styringsgruppe, et nettverk eller en prosjektgruppe med flere institusjoner.',
    'Et institusjonalisert partnerskap: et formelt partnerskap med eget styre, en fast enhet med stillinger formelt delt mellom tjenester, eller et vedtak om å gjøre samarbeidet varig.',
  ],
};

export const keyAssessmentSchema = z
  .object({
    level: z
      .number()
      .int()
      .min(0)
      .max(MAX_KEY_LEVEL)
      .describe('Nivå 0–3: 0 Ikke berørt, 1 Justering, 2 Forskyvning, 3 Omlegging (se /metode/).')
      .meta({ title: 'Nivå' }),
    rationale: z
      .string()
      .trim()
      .min(20)
      .max(400)
      .describe('Én eller to setninger som viser til det i kilden som begrunner nivået.')
      .meta({ title: 'Begrunnelse' }),
  })
  .strict();

export const keysSchema = z
  .object({
    purpose: keyAssessmentSchema.describe('Formål: er målet med arbeidet endret?').meta({ title: keys.purpose.label }),
    resources: keyAssessmentSchema.describe('Ressurser: er ressursflyten endret?').meta({ title: keys.resources.label }),
    power: keyAssessmentSchema.describe('Makt: er makt forskjøvet?').meta({ title: keys.power.label }),
    relationships: keyAssessmentSchema.describe('Relasjoner: møtes aktørene i nye relasjoner?').meta({ title: keys.relationships.label }),
  })
  .strict()
  .refine((k) => keyIds.some((id) => k[id].level > 0), {
    message: 'minst én nøkkel må ha nivå 1 eller høyere',
  })
  .describe('Vår redaksjonelle vurdering av de fire nøklene, med begrunnelse per nøkkel.')
  .meta({ title: 'De fire nøklene' });

export type KeyAssessments = z.infer<typeof keysSchema>;
