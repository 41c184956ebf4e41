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
 * Which vocabulary an enum was made from, so consumers that only hold the schema (the /bidra/ form,
 * the issue form, the open-data codebook and CSV columns) show each value's label without a second
 * list. A registry of its own keeps it out of the JSON Schema output, which reads z.globalRegistry.
 */
export const vocabularyRegistry = z.registry<{ vocabulary: Vocabulary<string> }>();

export function idsOf<Id extends string>(vocabulary: Vocabulary<Id>): [Id, ...Id[]] {
  return Object.keys(vocabulary) as [Id, ...Id[]];
}

/** z.enum over a vocabulary's ids, described for editors with the allowed values and labels; `title` names the field. */
export function enumOf<Id extends string>(vocabulary: Vocabulary<Id>, description: string, title?: string) {
  const choices = idsOf(vocabulary)
    .map((id) => `${id} (${vocabulary[id].label})`)
    .join(', ');
  const schema = z.enum(idsOf(vocabulary)).describe(`${description} Tillatte verdier: ${choices}.`);
  // Registered last: .meta() returns a new schema, and the registry must know the one in the tree.
  return (title ? schema.meta({ title }) : schema).register(vocabularyRegistry, { vocabulary });
}
