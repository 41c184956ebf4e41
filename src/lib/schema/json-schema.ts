import { z } from 'zod';
import { initiativeSchema, type KnownIds } from '../../schemas/initiative.ts';
import { sourceSchema } from '../../schemas/source.ts';
import { taxonomies, taxonomyIdSchema, type TaxonomyName } from '../../schemas/taxonomies.ts';

export type JsonSchema = Record<string, unknown>;

/** One generated JSON Schema and the repository path it is committed under. */
export interface JsonSchemaFile {
  path: string;
  schema: JsonSchema;
}

const referenceNames = [
  'topics',
  'targetGroups',
  'municipalities',
  'sectors',
  'organisations',
  'sources',
] as const satisfies readonly (keyof KnownIds)[];

/**
 * Stand-in ids: without `known`, each reference field is built over one marker value and then
 * written as «an id in the taxonomy's format». The committed schema therefore depends only on the
 * code in src/schemas, so an editor who adds a municipality does not make it stale; the /data/
 * copy, built with the real ids, lists them as enums.
 */
const marker = (name: string) => `__${name}__`;
const placeholderIds = Object.fromEntries(referenceNames.map((name) => [name, [marker(name)]])) as unknown as KnownIds;

const idPattern = (
  taxonomyIdSchema._zod.def.checks?.map((c) => (c._zod.def as { pattern?: RegExp }).pattern).find(Boolean) ??
  /^[a-z0-9-]+$/
).source;

/**
 * A Zod schema as draft-07 JSON Schema. `io: 'input'` (the default) describes what editors write,
 * where fields with a default may be left out; 'output' describes the parsed data, defaults filled.
 */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema {
  return z.toJSONSchema(schema, {
    // Draft-07 is what the YAML language server in VS Code reads best.
    io,
    target: 'draft-07',
    // The date field also accepts a JS Date (Astro's YAML parser); in YAML it is the string form.
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      const values = json.enum as unknown[] | undefined;
      if (values?.length === 1 && referenceNames.some((name) => values[0] === marker(name))) {
        delete json.enum;
        json.type = 'string';
        json.pattern = idPattern;
      }
      // The z.date() branch of the date union becomes {} under 'any'; drop it so only the string form remains.
      if (Array.isArray(json.anyOf)) {
        const options = (json.anyOf as JsonSchema[]).filter((o) => Object.keys(o).length > 0);
        if (options.length === 1) {
          delete json.anyOf;
          Object.assign(json, options[0]);
        }
      }
    },
  }) as JsonSchema;
}

/** The frontmatter of content/initiatives/*.mdx. With `known`, reference fields list the real ids. */
export function initiativeJsonSchema(known?: KnownIds): JsonSchema {
  return {
    ...toJsonSchema(initiativeSchema(known ?? placeholderIds)),
    title: 'Velferdsspor: eksempel (frontmatter i content/initiatives/<slug>.mdx)',
  };
}

/** A taxonomy file: a map from id to the vocabulary's entry. */
export function taxonomyJsonSchema(name: TaxonomyName): JsonSchema {
  const { schema, file, label } = taxonomies[name];
  return {
    ...toJsonSchema(z.record(taxonomyIdSchema, schema)),
    title: `Velferdsspor: ${label} (content/taxonomies/${file})`,
  };
}

export function sourceJsonSchema(): JsonSchema {
  return { ...toJsonSchema(sourceSchema), title: 'Velferdsspor: kildedokument (content/sources/<id>.yaml)' };
}

/** Every schema the repository commits under schemas/, in a fixed order so the files are stable. */
export function jsonSchemaFiles(): JsonSchemaFile[] {
  return [
    { path: 'schemas/initiative.schema.json', schema: initiativeJsonSchema() },
    { path: 'schemas/source.schema.json', schema: sourceJsonSchema() },
    ...(Object.keys(taxonomies) as TaxonomyName[]).map((name) => ({
      path: `schemas/${taxonomies[name].file.replace(/\.yaml$/, '')}.schema.json`,
      schema: taxonomyJsonSchema(name),
    })),
  ];
}

export function serialiseJsonSchema(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
