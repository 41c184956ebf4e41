import type { Organisation } from '../../schemas/organisation.ts';
import type { Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';
import { closestMatch, fold } from './suggest.ts';

const sectorsFile = 'content/taxonomies/sectors.yaml';

/**
 * The checks organisations.yaml needs beyond its schema, which cannot see the other files: every
 * sector is in sectors.yaml, every parent is an organisation and no chain of parents runs in a
 * circle, and no two organisations share a name without a qualifier to tell them apart.
 */
export function checkOrganisations(
  organisations: ReadonlyMap<string, Organisation>,
  sectors: readonly string[],
  source: YamlSource,
  file: string,
): Problem[] {
  const problems: Problem[] = [];
  const ids = [...organisations.keys()];
  const at = (id: string, field: string, message: string, hint: string) =>
    problems.push({ file, line: source.lineOf([id, field]), field: `${id}.${field}`, message, hint });

  for (const [id, o] of organisations) {
    if (!sectors.includes(o.sector)) {
      const guess = closestMatch(o.sector, sectors);
      at(
        id,
        'sector',
        `ukjent sektor «${o.sector}»`,
        `${guess ? `mente du «${guess}»? ` : ''}sektorene står i ${sectorsFile}`,
      );
    }
    if (o.parent !== undefined && !organisations.has(o.parent)) {
      const guess = closestMatch(
        o.parent,
        ids.filter((other) => other !== id),
      );
      at(
        id,
        'parent',
        `ukjent aktør «${o.parent}» i parent`,
        `${guess ? `mente du «${guess}»? ` : ''}parent er id-en til en annen aktør i denne filen`,
      );
    }
  }

  // Each circle is reported once, at the member whose id sorts first.
  const reported = new Set<string>();
  for (const id of [...ids].sort()) {
    const chain = [id];
    let next = organisations.get(id)?.parent;
    while (next !== undefined && organisations.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = organisations.get(next)!.parent;
    }
    if (next === undefined || !chain.includes(next)) continue;
    const circle = chain.slice(chain.indexOf(next));
    if (circle.some((member) => reported.has(member))) continue;
    circle.forEach((member) => reported.add(member));
    const first = [...circle].sort()[0]!;
    const from = circle.indexOf(first);
    const ordered = [...circle.slice(from), ...circle.slice(0, from), first];
    at(first, 'parent', `parent går i ring: ${ordered.join(' → ')}`, 'fjern parent fra en av dem');
  }

  const byName = new Map<string, string[]>();
  for (const [id, o] of organisations) {
    const key = `${fold(o.name)}|${fold(o.qualifier ?? '')}`;
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const id of same) {
      const others = same.filter((other) => other !== id).join(', ');
      at(
        id,
        'name',
        `to aktører har samme navn «${organisations.get(id)!.name}»`,
        `gi dem hver sin qualifier, f.eks. stedet (samme navn som ${others})`,
      );
    }
  }
  return problems;
}

/**
 * Every name and other spelling of an organisation, folded, to its id: an editor who writes
 * «Universitetet i Agder» where the id belongs is told «mente du «universitetet-i-agder»?».
 */
export function organisationAliases(organisations: ReadonlyMap<string, Organisation>): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const [id, o] of organisations) {
    for (const name of [o.name, ...(o.aliases ?? []), ...(o.qualifier ? [`${o.name} ${o.qualifier}`] : [])]) {
      // A name shared by several organisations points to none of them: «mente du» must be one id.
      const key = fold(name);
      aliases.set(key, aliases.has(key) && aliases.get(key) !== id ? '' : id);
    }
  }
  for (const [key, id] of aliases) if (!id) aliases.delete(key);
  return aliases;
}
