import type { z } from 'zod';
import { unwrap } from '../validation/schema-walk.ts';
import { vocabularyRegistry, type Vocabulary } from '../../schemas/vocabulary.ts';
import { referenceRegistry, type KnownIds } from '../../schemas/initiative.ts';

type AnySchema = z.ZodType;

/** Table Schema field types this dataset uses. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array';

/**
 * One column of the flat export, derived from the Zod schema. Nested objects become dotted names
 * (`keys.power.level`); a list of scalars is one column joined with «;»; a list of flat objects
 * (`partners`) becomes one joined column per property, item by item in the same order; anything
 * deeper (`chart.series`) is one column holding JSON.
 */
export interface Column extends Omit<ScalarInfo, 'type'> {
  name: string;
  /** Where the value sits in an entry; for `each` columns, the path of the array. */
  path: string[];
  /** For a column of a list of objects: the property read from each item. */
  each?: string;
  /** scalar: one value; list: several joined with LIST_SEPARATOR; json: the value as JSON text. */
  shape: 'scalar' | 'list' | 'json';
  type: ColumnType;
  /** The type of every item of a list column. */
  itemType?: Exclude<ColumnType, 'array'>;
  required: boolean;
  description: string | undefined;
}

export const LIST_SEPARATOR = ';';

const optionalWrappers = new Set(['optional', 'default', 'prefault', 'nullable', 'catch']);

interface Def {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  entries?: Record<string, string>;
  format?: string;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[];
}

const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;

/** Whether the value may be missing (optional or defaulted counts: a default still fills it). */
function isOptional(schema: AnySchema): boolean {
  let current: AnySchema | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'optional') return true;
    if (!optionalWrappers.has(def.type) && def.type !== 'readonly' && def.type !== 'pipe') return false;
    current = def.innerType ?? def.in;
  }
  return false;
}

/** The nearest description on the way in through the wrappers. */
function describe(schema: AnySchema): string | undefined {
  let current: AnySchema | undefined = schema;
  while (current) {
    if (current.description) return current.description;
    const def = defOf(current);
    current = def.innerType ?? def.in;
  }
  return undefined;
}

/** What a scalar schema says about its values; a column carries the same, less its own `type`. */
interface ScalarInfo {
  type: Exclude<ColumnType, 'array'>;
  /** The allowed values of an enum, in schema order. */
  values?: string[];
  /** The fixed vocabulary those values come from (labels), when the schema records one. */
  vocabulary?: Vocabulary<string>;
  /** The taxonomy or source file the values are ids of, when the schema records one. */
  taxonomy?: keyof KnownIds;
  /** Format constraint for strings (`uri`). */
  format?: 'uri';
  minimum?: number;
  maximum?: number;
}

/** Scalar facts about a schema, or undefined when it is not a scalar. */
function scalar(schema: AnySchema): ScalarInfo | undefined {
  const inner = unwrap(schema);
  const def = defOf(inner);
  const bounds = () => {
    const out: { minimum?: number; maximum?: number } = {};
    for (const check of def.checks ?? []) {
      const c = check._zod.def;
      if (c.check === 'greater_than' && c.value !== undefined) out.minimum = c.value;
      if (c.check === 'less_than' && c.value !== undefined) out.maximum = c.value;
    }
    return out;
  };
  switch (def.type) {
    case 'string':
      return def.format === 'date'
        ? { type: 'date' }
        : def.format === 'url'
          ? { type: 'string', format: 'uri' }
          : { type: 'string' };
    case 'number':
      return { type: def.checks?.some((c) => c._zod.def.format === 'safeint') ? 'integer' : 'number', ...bounds() };
    case 'boolean':
      return { type: 'boolean' };
    case 'never':
      return { type: 'string', values: [] };
    case 'enum': {
      const info: ScalarInfo = { type: 'string', values: Object.values(def.entries ?? {}) };
      const vocabulary = vocabularyRegistry.get(inner)?.vocabulary;
      const taxonomy = referenceRegistry.get(inner)?.taxonomy;
      if (vocabulary) info.vocabulary = vocabulary;
      if (taxonomy) info.taxonomy = taxonomy;
      return info;
    }
    case 'union': {
      // A union of scalars of one type (the date schema accepts a string or a Date) is that type.
      const options = (def.options ?? []).map(scalar);
      const first = options[0];
      return first && options.every((o) => o) ? first : undefined;
    }
    case 'date':
      return { type: 'date' };
    default:
      return undefined;
  }
}

/** The columns of an object schema, in schema order. */
export function columnsOf(schema: AnySchema, prefix: string[] = [], parentOptional = false): Column[] {
  const def = defOf(unwrap(schema));
  if (def.type !== 'object' || !def.shape) throw new Error(`Forventet et objekt ved ${prefix.join('.') || 'roten'}`);
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const path = [...prefix, key];
    const name = path.join('.');
    const required = !parentOptional && !isOptional(field);
    const description = describe(field);
    const info = scalar(field);
    if (info) {
      columns.push({ name, path, shape: 'scalar', required, description, ...info });
      continue;
    }
    const inner = defOf(unwrap(field));
    if (inner.type === 'object') {
      columns.push(...columnsOf(field, path, !required));
    } else if (inner.type === 'array' && inner.element) {
      const item = scalar(inner.element);
      const element = defOf(unwrap(inner.element));
      if (item) {
        columns.push({
          name,
          path,
          shape: 'list',
          type: 'string',
          itemType: item.type,
          required,
          description,
          ...withoutType(item),
        });
      } else if (element.type === 'object' && element.shape && Object.values(element.shape).every((s) => scalar(s))) {
        for (const [property, propertySchema] of Object.entries(element.shape)) {
          const propertyInfo = scalar(propertySchema)!;
          columns.push({
            name: `${name}.${property}`,
            path,
            each: property,
            shape: 'list',
            type: 'string',
            itemType: propertyInfo.type,
            required,
            description: describe(propertySchema) ?? description,
            ...withoutType(propertyInfo),
          });
        }
      } else {
        columns.push({ name, path, shape: 'json', type: 'array', required, description });
      }
    } else {
      throw new Error(`Feltet ${name} har en form eksporten ikke kjenner (${inner.type})`);
    }
  }
  return columns;
}

function withoutType(info: ScalarInfo): Omit<ScalarInfo, 'type'> {
  const { type: _type, ...rest } = info;
  return rest;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let current = record;
  for (const key of path) {
    if (current === null || current === undefined || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function joinList(items: unknown[], column: Column): string {
  const parts = items.map(text);
  const clash = parts.find((p) => p.includes(LIST_SEPARATOR));
  // A «;» inside an item would split it in two for every reader of the file: fail the build instead.
  if (clash !== undefined)
    throw new Error(
      `Verdien «${clash}» i ${column.name} inneholder «${LIST_SEPARATOR}», som skiller listeelementer i CSV-filen`,
    );
  return parts.join(LIST_SEPARATOR);
}

/** The cell of one column for one record ('' for a missing value). */
export function cellOf(record: unknown, column: Column): string {
  const value = valueAt(record, column.path);
  if (value === undefined || value === null) return '';
  if (column.shape === 'json') return JSON.stringify(value);
  if (column.shape === 'list') {
    const items = Array.isArray(value) ? value : [value];
    return joinList(column.each ? items.map((item) => (item as Record<string, unknown>)[column.each!]) : items, column);
  }
  return text(value);
}
