import { coCreationForms, coCreationMinPower, coCreationTerms, type CoCreationId } from '../../schemas/co-creation.ts';
import { keyIds, keyLevels, keys, MAX_KEY_LEVEL, type KeyId } from '../../schemas/keys.ts';
import { phases } from '../../schemas/phases.ts';
import { initiativeKinds, type Initiative } from '../../schemas/initiative.ts';
import { joinNb } from '../format/nb.ts';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

/**
 * The rubric's hard rules (DESIGN.md, «De fire nøklene»): what the validator refuses and what
 * /metode/ lists, from this one module, so the page can never promise a rule the validator does not
 * keep. Everything else in the rubric is editorial judgement and stays with the editors.
 */

/** The fields the rules read. */
export type RubricEntry = Pick<Initiative, 'kind' | 'phase' | 'coCreation' | 'keys'>;

/** One broken rule, located by its frontmatter path; the validator adds file and line. */
export interface RuleViolation {
  path: (string | number)[];
  message: string;
  hint: string;
}

export interface RubricRule {
  id: string;
  /** The rule as /metode/ states it, in plain Norwegian. */
  text: string;
  check(entry: RubricEntry): RuleViolation[];
}

/**
 * Words that name what embeds a level-3 change: a decision, a budget, a mandate, a law, an
 * assignment, an agreement, a partnership, a board or a permanent unit. Matched inside words, so
 * compounds count («budsjettvedtak», «samarbeidsavtale»); «lov» and «styre» are short, so they are
 * held to forms that cannot be another word («lover» is a verb, «styregruppe» is not a board).
 */
export const embeddingWords: readonly { word: string; pattern: RegExp }[] = [
  { word: 'vedtak/vedtatt/vedtok', pattern: /vedt(?:ak|att|ok)/iu },
  { word: 'budsjett', pattern: /budsjett/iu },
  { word: 'mandat', pattern: /mandat/iu },
  {
    word: 'lov/lovfestet',
    pattern:
      /(?<!\p{L})lov(?:(?:en|ene)?(?!\p{L})|(?:fest|pålag|verk|endring|krav|hjemmel)\p{L}*)|\p{L}lov(?:en|ene)?(?!\p{L})/iu,
  },
  { word: 'oppdrag', pattern: /oppdrag/iu },
  { word: 'avtale', pattern: /avtal[et]/iu },
  { word: 'partnerskap', pattern: /partnerskap/iu },
  { word: 'styre', pattern: /styre(?!gruppe)/iu },
  { word: 'fast enhet', pattern: /(?<!\p{L})faste?\s+enhet/iu },
];

/** Whether a rationale names what embeds the change. */
export function namesEmbedding(rationale: string): boolean {
  return embeddingWords.some(({ pattern }) => pattern.test(rationale));
}

const quoted = (words: readonly string[]) => words.map((w) => `«${w}»`);
const orList = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} eller ${items.at(-1)}`;

const programmeWithoutPhase = `${initiativeKinds.programme.label.toLowerCase()} uten fase`;
const top = keyLevels[MAX_KEY_LEVEL];
const topName = `nivå ${MAX_KEY_LEVEL} (${top.label})`;
const power = keys.power.label;
const formName = (id: CoCreationId) => `«${id}» (${coCreationTerms[id]})`;
const formIds = Object.keys(coCreationForms) as CoCreationId[];
const keysAtTop = (entry: RubricEntry): KeyId[] => keyIds.filter((id) => entry.keys[id].level === MAX_KEY_LEVEL);

/** Why an entry only describes plans, or undefined when it does not. */
function onlyPlans(entry: RubricEntry): string | undefined {
  if (entry.phase === 'planning') return `kilden bare beskriver planer (fase «${phases.planning.label}»)`;
  if (entry.kind === 'programme' && entry.phase === undefined)
    return `kilden bare beskriver planer (${programmeWithoutPhase})`;
  return undefined;
}

export const rubricRules: readonly RubricRule[] = [
  {
    id: 'co-creation-power',
    text: `Formen for samskaping må stemme med nøkkelen ${power}: ${joinNb(
      ([3, 2] as const).map((level) => {
        const forms = formIds.filter((id) => coCreationMinPower[id] === level).map(formName);
        return `${orList(forms)} krever ${level === MAX_KEY_LEVEL ? `nivå ${level}` : `minst nivå ${level}`}`;
      }),
    )}. Ellers tas formen bort.`,
    check: (entry) =>
      (entry.coCreation ?? []).flatMap((id, i) => {
        const need = coCreationMinPower[id];
        const has = entry.keys.power.level;
        if (has >= need) return [];
        return [
          {
            path: ['coCreation', i],
            message: `${formName(id)} krever ${need === MAX_KEY_LEVEL ? '' : 'minst '}nivå ${need} på ${power}, men ${power} har nivå ${has}`,
            hint: `fjern «${id}» fra coCreation, eller sett keys.power.level til ${need} hvis kilden viser ${keyRubricHint(need)}`,
          },
        ];
      }),
  },
  {
    id: 'top-level-names-embedding',
    text: `Begrunnelsen for ${topName} må nevne det som forankrer endringen, med ett av ordene ${orList(quoted(embeddingWords.map((w) => w.word)))}.`,
    check: (entry) =>
      keysAtTop(entry)
        .filter((id) => !namesEmbedding(entry.keys[id].rationale))
        .map((id) => ({
          path: ['keys', id, 'rationale'],
          message: `${topName} på ${keys[id].label} krever at begrunnelsen nevner det som forankrer endringen`,
          hint: `nevn vedtaket, budsjettet, mandatet, avtalen eller partnerskapet med ett av ordene ${embeddingWords.map((w) => w.word).join(', ')}; ellers sett et lavere nivå`,
        })),
  },
  {
    id: 'plans-not-top-level',
    text: `Et tiltak der kilden bare beskriver planer (fase «${phases.planning.label}», eller et ${programmeWithoutPhase}), kan ikke få ${topName} på noen nøkkel.`,
    check: (entry) => {
      const reason = onlyPlans(entry);
      if (!reason) return [];
      return keysAtTop(entry).map((id) => ({
        path: ['keys', id, 'level'],
        message: `${topName} på ${keys[id].label} kan ikke gis når ${reason}`,
        hint: `sett nivå ${MAX_KEY_LEVEL - 1} eller lavere; en plan teller høyst nivå 1, og nivå 2 krever at praksisen er i gang`,
      }));
    },
  },
];

function keyRubricHint(level: number): string {
  return level === MAX_KEY_LEVEL
    ? 'formelt delegert beslutningsmyndighet'
    : 'delte beslutninger med innbyggere eller brukere';
}

/** Every rule the entry breaks, in rule order. */
export function checkRubric(entry: RubricEntry): RuleViolation[] {
  return rubricRules.flatMap((rule) => rule.check(entry));
}

/** The rules' violations as validator problems, located to the line of the field in the frontmatter. */
export function checkRubricRules(entry: RubricEntry, yaml: YamlSource, file: string): Problem[] {
  return checkRubric(entry).map((v) => ({
    file,
    line: yaml.lineOf(v.path),
    field: v.path.join('.'),
    message: v.message,
    hint: v.hint,
  }));
}
