import { z } from 'zod';
import { initiativeSchema, partnerSchema, reference, type KnownIds } from '../../schemas/initiative.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { toJsonSchema, type JsonSchema } from '../schema/json-schema.ts';
import type { Column } from './columns.ts';

/**
 * One entry as the exports write it: the frontmatter as parsed, with each partner carrying its
 * organisation's name, sector, country, parent, qualifier and page, so a researcher needs no second
 * file to read who takes part. The CSV columns, the JSON records and the published JSON Schema are
 * all derived from this one schema. (An organisation's other spellings are in organisations.csv.)
 */
export function entryRecordSchema(known: KnownIds) {
  const { name, country, qualifier } = organisationSchema.shape;
  const partner = partnerSchema(known).safeExtend({
    name,
    sector: reference(known, 'sectors', 'Aktørens sektor, id fra content/taxonomies/sectors.yaml.', 'Sektor'),
    country,
    parent: reference(
      known,
      'organisations',
      'Id-en til aktøren den hører under, fra organisations.yaml.',
      'Hører under',
    ).optional(),
    qualifier,
    url: z.url().describe('Adressen til aktørens side på /aktorer/.').meta({ title: 'Aktørens side' }),
  });
  return initiativeSchema(known).safeExtend({
    partners: z
      .array(partner)
      .describe('Hvem som samarbeider om tiltaket: aktørens id, rolle, navn, sektor, land og side.')
      .meta({ title: 'Partnere' }),
  });
}

/**
 * The JSON Schema of one record in velferdsspor.json: the record schema (defaults filled) plus the
 * columns that are not frontmatter (id, url, body). A value the entry leaves out is written as null
 * (completeRecord), so every optional property is required here and may be null.
 */
export function entryRecordJsonSchema(known: KnownIds, extraColumns: readonly Column[]): JsonSchema {
  const { $schema: _, ...json } = nullableOptionals(toJsonSchema(entryRecordSchema(known), 'output'));
  const properties = json.properties as Record<string, JsonSchema>;
  for (const column of extraColumns) {
    properties[column.name] = {
      type: 'string',
      ...(column.format ? { format: column.format } : {}),
      ...(column.description ? { description: column.description } : {}),
    };
  }
  json.required = [...new Set([...(json.required as string[]), ...extraColumns.map((c) => c.name)])];
  return json;
}

/**
 * Every property an object leaves optional becomes required-or-null, all the way down, because
 * the export writes null where the entry has no value (a reader always sees the key).
 */
function nullableOptionals(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = { ...schema };
  for (const key of ['items', 'additionalProperties'] as const) {
    if (out[key] && typeof out[key] === 'object') out[key] = nullableOptionals(out[key] as JsonSchema);
  }
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as JsonSchema[]).map(nullableOptionals);
  }
  if (out.properties && typeof out.properties === 'object') {
    const required = new Set((out.required as string[] | undefined) ?? []);
    out.properties = Object.fromEntries(
      Object.entries(out.properties as Record<string, JsonSchema>).map(([name, property]) => {
        const inner = nullableOptionals(property);
        return [name, required.has(name) ? inner : { anyOf: [inner, { type: 'null' }] }];
      }),
    );
    out.required = Object.keys(out.properties as object);
  }
  return out;
}
