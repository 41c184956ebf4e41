import { z } from 'zod';

/**
 * A closed vocabulary: ids editors write in frontmatter, with the Norwegian label visitors read and
 * the ASCII slug used in URLs. Fixed vocabularies live in code because pages and filters depend on
 * every value; open ones (topics, municipalities …) live in content/taxonomies/*.yaml.
 */
export interface Term {
  label: string;
  slug: string;
  description?: string;
}

export type Vocabulary<Id extends string> = Readonly<Record<Id, Term>>;

/**
 * Which vocabulary an enum schema was built from, so consumers that walk the schema (the open-data
 * codebook, the CSV columns) find the labels without a second list. A Zod registry keeps this out
 * of the JSON Schema output, which reads only z.globalRegistry.
 */
export const vocabularyRegistry = z.registry<{ vocabulary: Vocabulary<string> }>();

export function idsOf<Id extends string>(vocabulary: Vocabulary<Id>): [Id, ...Id[]] {
  return Object.keys(vocabulary) as [Id, ...Id[]];
}

/** z.enum over a vocabulary's ids, described for editors with the allowed values and labels. */
export function enumOf<Id extends string>(vocabulary: Vocabulary<Id>, description: string) {
  const choices = idsOf(vocabulary)
    .map((id) => `${id} (${vocabulary[id].label})`)
    .join(', ');
  return z
    .enum(idsOf(vocabulary))
    .describe(`${description} Tillatte verdier: ${choices}.`)
    .register(vocabularyRegistry, { vocabulary });
}
