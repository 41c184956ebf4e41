import { z } from 'zod';
import { countrySchema } from './countries.ts';
import { phaseSchema } from './phases.ts';
import { challengeSchema } from './challenges.ts';
import { coCreationSchema, interplayLevelSchema } from './co-creation.ts';
import { keysSchema } from './keys.ts';
import { dateSchema } from './date.ts';
import { chartSchema } from './chart.ts';
import { demandEffectSchema } from './demand-effect.ts';
import { periodSchema } from './period.ts';
import { enumOf, type Vocabulary } from './vocabulary.ts';

/** The ids that exist in the taxonomy and source files; references must be one of them. */
export interface KnownIds {
  topics: readonly string[];
  targetGroups: readonly string[];
  municipalities: readonly string[];
  sectors: readonly string[];
  organisations: readonly string[];
  sources: readonly string[];
}

/**
 * Which taxonomy or source file a reference points into, so the open-data codebook can list the
 * allowed ids with their labels. Kept out of z.globalRegistry, so the JSON Schema output is unchanged.
 */
export const referenceRegistry = z.registry<{ taxonomy: keyof KnownIds }>();

/** An enum over ids read from a file; an empty file leaves nothing valid (z.enum needs one value). */
export function reference(known: KnownIds, taxonomy: keyof KnownIds, description: string, title?: string) {
  const ids = known[taxonomy];
  const described = (ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.never()).describe(description);
  // Registered last: .meta() returns a new schema, and the registry must know the one in the tree.
  return (title ? described.meta({ title }) : described).register(referenceRegistry, { taxonomy });
}

export const initiativeKinds = {
  practice: { label: 'Praksis', slug: 'praksis', description: 'Et konkret tiltak i en eller flere kommuner.' },
  programme: {
    label: 'Program',
    slug: 'program',
    description: 'Et samskapings- eller kompetanseprogram som hjelper kommuner å utvikle ny praksis.',
  },
} as const satisfies Vocabulary<string>;

export const scopes = {
  municipal: { label: 'Kommunalt', slug: 'kommunalt', description: 'Tiltaket hører til én kommune.' },
  intermunicipal: { label: 'Interkommunalt', slug: 'interkommunalt', description: 'Flere kommuner samarbeider om tiltaket.' },
  national: { label: 'Nasjonalt', slug: 'nasjonalt', description: 'Et nasjonalt initiativ uten én bestemt kommune.' },
} as const satisfies Vocabulary<string>;

/** One partner of an entry: an organisation's id and, where the source says it, what it does there. */
export function partnerSchema(known: KnownIds) {
  return z
    .object({
      id: reference(known, 'organisations', 'Id fra content/taxonomies/organisations.yaml.', 'Aktør'),
      role: z
        .string()
        .trim()
        .min(3)
        .max(160)
        .optional()
        .describe('Valgfritt: hva aktøren gjør i tiltaket, med egne ord, bare når kilden sier det.')
        .meta({ title: 'Rolle' }),
    })
    .strict();
}

/**
 * The frontmatter of content/initiatives/<slug>.mdx. Built from the known vocabulary ids so that
 * Astro, the validator and the JSON Schema all reject the same unknown values.
 */
export function initiativeSchema(known: KnownIds) {
  return z
    .object({
      title: z
        .string()
        .trim()
        .min(3)
        .max(120)
        // A spaced hyphen between two parts of a name is a dash in print (L16).
        .refine((t) => !/\s-\s/.test(t), { message: 'bruk tankestrek «–», ikke bindestrek, mellom to deler av navnet' })
        .describe('Tiltakets navn slik kilden skriver det, med tankestrek «–» mellom to deler.')
        .meta({ title: 'Navn' }),
      number: z
        .number()
        .int()
        .min(1)
        .describe('Katalognummer. 1–25 følger rapportens figur 1; nye tiltak får neste ledige nummer.')
        .meta({ title: 'Nummer' }),
      kind: enumOf(initiativeKinds, 'Hva slags tiltak dette er.', 'Type'),
      summary: z
        .string()
        .trim()
        .min(40)
        .max(300)
        .describe('Én eller to setninger med egne ord, høyst 300 tegn. Vises i lister og søketreff.')
        .meta({ title: 'Sammendrag' }),
      country: countrySchema,
      scope: enumOf(scopes, 'Hvor tiltaket hører hjemme.', 'Omfang').default('municipal'),
      municipalities: z
        .array(reference(known, 'municipalities', 'Id fra content/taxonomies/municipalities.yaml.'))
        .describe('Kommunene tiltaket hører til, som id-er fra municipalities.yaml. Tom liste bare for nasjonale initiativ.')
        .meta({ title: 'Kommuner' }),
      contact: z.string().trim().min(2).describe('Kontakt slik kilden oppgir den, f.eks. «Lørenskog kommune».').meta({ title: 'Kontakt' }),
      theme: z
        .string()
        .trim()
        .min(3)
        .refine((t) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < 10, {
          message: 'et ordrett sitat på ti ord eller mer regnes som kopiert tekst',
        })
        // Cut at the end, so the field reads as the start of the source's own phrase (L7).
        .refine((t) => !t.startsWith('…'), { message: 'ta med begynnelsen av kildens formulering og kort den ned på slutten' })
        .describe('Kildens egen «Tema»-formulering, ordrett. Har den ti ord eller mer, ta med begynnelsen til der et uttrykk slutter, og sett «…» bak.')
        .meta({ title: 'Tema i kilden' }),
      topics: z
        .array(reference(known, 'topics', 'Id fra content/taxonomies/topics.yaml.'))
        .min(1)
        .describe('Ett eller flere tema, som id-er fra topics.yaml.')
        .meta({ title: 'Tema' }),
      challenges: z
        .array(challengeSchema)
        .describe('Hvilke av KS PRIs to samfunnsutfordringer tiltaket svarer på (kan være tom).')
        .meta({ title: 'Samfunnsutfordringer' }),
      phase: phaseSchema.optional(),  // optional: programme documents may support no phase
      targetGroups: z
        .array(reference(known, 'targetGroups', 'Id fra content/taxonomies/target-groups.yaml.'))
        .min(1)
        .describe('Hvem tiltaket er for, som id-er fra target-groups.yaml.')
        .meta({ title: 'Målgrupper' }),
      partners: z
        .array(partnerSchema(known))
        .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'samme aktør står to ganger i listen' })
        .default([])
        .describe('Hvem som samarbeider om tiltaket, som id-er fra organisations.yaml. Mangler aktøren der, nevn den under «Hvem samarbeider», så legger redaksjonen den til.')
        .meta({ title: 'Partnere' }),
      coCreation: z
        .array(coCreationSchema)
        .optional()
        .describe('Valgfritt: formen for samskaping etter Pestoff, bare når kilden gir grunnlag for det.')
        .meta({ title: 'Former for samskaping' }),
      levels: z
        .array(interplayLevelSchema)
        .optional()
        .describe('Valgfritt: nivåene for samspill mellom innbyggere og ansatte (individ, organisasjon, strategi).')
        .meta({ title: 'Nivåer for samspill' }),
      demandEffect: demandEffectSchema,
      period: periodSchema.optional(),
      keys: keysSchema,
      results: z
        .array(
          z
            .object({
              value: z.string().trim().min(1).describe('Tallet nøyaktig slik kilden oppgir det, f.eks. «70 %».').meta({ title: 'Tall' }),
              label: z.string().trim().min(3).describe('Hva tallet måler, med egne ord.').meta({ title: 'Hva tallet måler' }),
            })
            .strict(),
        )
        .default([])
        .describe('Tall kilden rapporterer. Hvert tall må også stå i teksten.')
        .meta({ title: 'Resultater' }),
      chart: chartSchema.optional().describe('Valgfritt: en liten figur med tall fra kilden, vist med tabell.').meta({ title: 'Figur' }),
      source: z
        .object({
          id: reference(known, 'sources', 'Id fra content/sources/.', 'Kildedokument'),
          pages: z
            .array(z.number().int().min(1))
            .min(1)
            .optional()
            .describe('Sidetall i kilden. Påkrevd når kilden har sidetall.')
            .meta({ title: 'Sider' }),
          section: z.string().trim().min(2).optional().describe('Avsnittet i kilden, når den ikke har sidetall.').meta({ title: 'Avsnitt' }),
        })
        .strict()
        .refine((s) => s.pages !== undefined || s.section !== undefined, {
          message: 'oppgi sidetall (pages) eller avsnitt (section)',
          path: ['pages'],
        })
        .describe('Kilden faktaene er hentet fra, med side.')
        .meta({ title: 'Kilde' }),
      updated: dateSchema.describe('Datoen faktaene sist ble bekreftet, som ÅÅÅÅ-MM-DD.').meta({ title: 'Sist bekreftet' }),
    })
    .strict()
    .refine((d) => d.scope === 'national' || d.municipalities.length > 0, {
      message: 'minst én kommune er påkrevd for et kommunalt eller interkommunalt tiltak',
      path: ['municipalities'],
    });
}

export type Initiative = z.output<ReturnType<typeof initiativeSchema>>;
