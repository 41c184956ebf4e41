import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { initiativesLoader } from './loaders/initiatives-loader.ts';
import { initiativeSchema } from './schemas/initiative.ts';
import { sourceSchema } from './schemas/source.ts';
import { taxonomies } from './schemas/taxonomies.ts';
import { loadKnownIds } from './lib/node/known-ids.ts';

// Wiring only: loaders to schemas. Entry references are checked against the ids in the taxonomy
// and source files, the same way scripts/validate.ts checks them.
const known = loadKnownIds('./content');

const taxonomy = <K extends keyof typeof taxonomies>(name: K) =>
  defineCollection({ loader: file(`./content/taxonomies/${taxonomies[name].file}`), schema: taxonomies[name].schema });

export const collections = {
  // Entries are data: checked and rendered to HTML by our loader, never compiled as MDX modules.
  initiatives: defineCollection({
    loader: initiativesLoader(),
    schema: initiativeSchema(known),
  }),
  sources: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/sources' }), schema: sourceSchema }),
  topics: taxonomy('topics'),
  targetGroups: taxonomy('targetGroups'),
  municipalities: taxonomy('municipalities'),
  sectors: taxonomy('sectors'),
  organisations: taxonomy('organisations'),
};
