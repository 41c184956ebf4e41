import { phases } from '../../schemas/phases.ts';
import { countries } from '../../schemas/countries.ts';
import { challenges } from '../../schemas/challenges.ts';
import { coCreationForms, interplayLevels } from '../../schemas/co-creation.ts';
import { initiativeKinds, scopes } from '../../schemas/initiative.ts';
import type { Vocabulary } from '../../schemas/vocabulary.ts';
import { closestMatch, fold } from './suggest.ts';

/**
 * Editors often write the Norwegian label («Regulær drift», «drift») where the schema wants the id
 * («operation»). Every label and URL slug of the fixed vocabularies maps back to its id, so the
 * validator can say «mente du «operation»?».
 */
const vocabularies: Vocabulary<string>[] = [
  phases,
  countries,
  challenges,
  coCreationForms,
  interplayLevels,
  initiativeKinds,
  scopes,
];

export const aliases: ReadonlyMap<string, string> = new Map(
  vocabularies.flatMap((v) =>
    Object.entries(v).flatMap(([id, term]) => [
      [fold(term.label), id],
      [fold(term.slug), id],
    ]),
  ),
);

/** The id an alias (or a near-miss of one, «drfit» → «drift») stands for, if it is one of `allowed`. */
export function idForAlias(
  input: string,
  allowed: readonly string[],
  extra: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const all = extra.size ? new Map([...aliases, ...extra]) : aliases;
  const candidates = [...all].filter(([, id]) => allowed.includes(id)).map(([alias]) => alias);
  const alias = all.has(fold(input)) ? fold(input) : closestMatch(input, candidates);
  const id = alias === undefined ? undefined : all.get(alias);
  return id && allowed.includes(id) ? id : undefined;
}
