import type { z } from 'zod';
import { vocabularyRegistry } from '../../schemas/vocabulary.ts';
import { keysSchema, keyIds, keyLevels, keyRubric, type KeyId } from '../../schemas/keys.ts';

/**
 * The entry form, derived from the Zod schema: one field per schema field, in the schema's order,
 * with the label from `.meta({ title })` and the help text from `.describe()`. Nothing here names a
 * field, so a field added to src/schemas/initiative.ts shows up in /bidra/ and the issue form.
 */
export interface Option {
  value: string;
  label: string;
  description?: string;
}

interface Base {
  /** Path in the frontmatter, e.g. ['keys', 'power', 'level']; rows use index 0 for the template. */
  path: (string | number)[];
  label: string;
  help: string | undefined;
  required: boolean;
  /** `.optional()` rather than `.default(…)`: an empty answer leaves the line out of the file. */
  omitWhenEmpty: boolean;
}

export type Field =
  | (Base & { kind: 'text'; multiline: boolean; minLength?: number; maxLength?: number; defaultValue?: string })
  | (Base & { kind: 'number'; integer: boolean; min?: number; max?: number })
  | (Base & { kind: 'date' })
  | (Base & { kind: 'choice'; options: Option[]; numeric: boolean; defaultValue?: string; rubric?: readonly string[] })
  | (Base & { kind: 'choices'; options: Option[]; minItems?: number })
  | (Base & { kind: 'list'; itemKind: 'number' | 'integer' | 'text' })
  | (Base & { kind: 'group'; children: Field[] })
  | (Base & { kind: 'rows'; item: Field[]; maxItems?: number });

/** Labels for the ids of an open vocabulary (taxonomy or source), keyed by the ids' set. */
export type OptionSource = (values: readonly string[]) => Option[] | undefined;

type Def = {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string>;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
  defaultValue?: unknown;
};

const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;
const wrappers = ['optional', 'default', 'nullable', 'readonly', 'prefault', 'catch', 'nonoptional'];

/** Metadata (title, description) from the outermost wrapper inwards; the outer one wins. */
function meta(s: z.ZodType): { title?: string; description?: string } {
  const found: { title?: string; description?: string } = {};
  let current: z.ZodType | undefined = s;
  while (current) {
    const m = (current as unknown as { meta(): { title?: string; description?: string } | undefined }).meta();
    found.title ??= m?.title;
    found.description ??= m?.description;
    const def = defOf(current);
    current = wrappers.includes(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
  }
  return found;
}

function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean; omitWhenEmpty: boolean; defaultValue?: unknown } {
  let current = s;
  let optional = false;
  let omitWhenEmpty = false;
  let defaultValue: unknown;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    if (def.type === 'optional') omitWhenEmpty = true;
    if (def.type === 'default')
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
    if (wrappers.includes(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return { inner: current, optional, omitWhenEmpty, defaultValue };
  }
}

function checkValue(s: z.ZodType, key: string): number | undefined {
  const found = defOf(s)
    .checks?.map((c) => c._zod.def[key])
    .find((v) => typeof v === 'number');
  return found as number | undefined;
}

/** The label when a schema has no title: the description up to its first colon or full stop. */
function fallbackLabel(description: string | undefined, path: (string | number)[]): string {
  const short = description?.split(/[:.]/)[0]?.trim();
  return short || String(path[path.length - 1]);
}

function enumOptions(s: z.ZodType, values: string[], optionSource: OptionSource): Option[] {
  const vocabulary = vocabularyRegistry.get(s)?.vocabulary;
  if (vocabulary)
    return values.map((v) => ({ value: v, label: vocabulary[v]?.label ?? v, description: vocabulary[v]?.description }));
  return optionSource(values) ?? values.map((v) => ({ value: v, label: v }));
}

function isDate(s: z.ZodType): boolean {
  const def = defOf(s);
  return def.type === 'union' && !!def.options?.some((o) => defOf(o).type === 'string' && defOf(o).format === 'date');
}

function fieldOf(
  schema: z.ZodType,
  path: (string | number)[],
  optionSource: OptionSource,
  context: { key?: KeyId } = {},
): Field {
  const { inner, optional, omitWhenEmpty, defaultValue } = unwrap(schema);
  const { title, description } = meta(schema);
  const def = defOf(inner);
  const base: Base = {
    path,
    label: title ?? fallbackLabel(description, path),
    help: description,
    required: !optional,
    omitWhenEmpty,
  };

  if (isDate(inner)) return { ...base, kind: 'date' };
  switch (def.type) {
    case 'string':
      return {
        ...base,
        kind: 'text',
        multiline: (checkValue(inner, 'maximum') ?? 0) >= 200,
        minLength: checkValue(inner, 'minimum'),
        maxLength: checkValue(inner, 'maximum'),
        defaultValue: typeof defaultValue === 'string' ? defaultValue : undefined,
      };
    case 'number': {
      const integer = numberIsInteger(inner);
      const bounds = numberBounds(inner);
      // A short closed scale (the key levels 0–3) reads better as labelled choices than as a spin box.
      if (integer && bounds.min !== undefined && bounds.max !== undefined && bounds.max - bounds.min <= 4) {
        const levels = Array.from({ length: bounds.max - bounds.min + 1 }, (_, i) => bounds.min! + i);
        const options = levels.map((level) => {
          const named = context.key ? keyLevels.find((l) => l.level === level) : undefined;
          return {
            value: String(level),
            label: named ? `${level} ${named.label}` : String(level),
            description: named?.description,
          };
        });
        return {
          ...base,
          kind: 'choice',
          options,
          numeric: true,
          rubric: context.key ? keyRubric[context.key] : undefined,
        };
      }
      return { ...base, kind: 'number', integer, ...bounds };
    }
    case 'enum': {
      const values = Object.values(def.entries ?? {});
      return {
        ...base,
        kind: 'choice',
        options: enumOptions(inner, values, optionSource),
        numeric: false,
        defaultValue: typeof defaultValue === 'string' ? defaultValue : undefined,
      };
    }
    case 'array': {
      const element = unwrap(def.element!).inner;
      const elementDef = defOf(element);
      const minItems = checkValue(inner, 'minimum');
      if (elementDef.type === 'enum') {
        return {
          ...base,
          required: base.required && (minItems ?? 0) > 0,
          kind: 'choices',
          options: enumOptions(element, Object.values(elementDef.entries ?? {}), optionSource),
          minItems,
        };
      }
      if (elementDef.type === 'object') {
        const item = Object.entries(elementDef.shape!).map(([key, child]) =>
          fieldOf(child, [...path, 0, key], optionSource),
        );
        return {
          ...base,
          required: base.required && (minItems ?? 0) > 0,
          kind: 'rows',
          item,
          maxItems: checkValue(inner, 'maximum'),
        };
      }
      const itemKind = elementDef.type === 'number' ? (numberIsInteger(element) ? 'integer' : 'number') : 'text';
      return { ...base, kind: 'list', itemKind };
    }
    case 'object': {
      const isKeys = unwrap(keysSchema).inner === inner;
      const children = Object.entries(def.shape!).map(([key, child]) =>
        fieldOf(
          child,
          [...path, key],
          optionSource,
          isKeys && (keyIds as string[]).includes(key) ? { key: key as KeyId } : context,
        ),
      );
      return { ...base, kind: 'group', children };
    }
    default:
      throw new Error(
        `Skjemafeltet ${path.join('.')} har typen «${def.type}», som skjemaet for /bidra/ ikke kan vise ennå.`,
      );
  }
}

function numberIsInteger(s: z.ZodType): boolean {
  return defOf(s).checks?.some((c) => c._zod.def.format === 'safeint') ?? false;
}

function numberBounds(s: z.ZodType): { min?: number; max?: number } {
  let min: number | undefined;
  let max: number | undefined;
  for (const c of defOf(s).checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'greater_than' && typeof d.value === 'number') min = d.value;
    if (d.check === 'less_than' && typeof d.value === 'number') max = d.value;
  }
  return { min, max };
}

/** The form's fields for an object schema (the entry's frontmatter), in the schema's order. */
export function formFields(schema: z.ZodType, optionSource: OptionSource = () => undefined): Field[] {
  const root = fieldOf(schema, [], optionSource);
  if (root.kind !== 'group') throw new Error('Skjemaet for et eksempel må være et objekt.');
  return root.children;
}

/** Every field, depth first, groups and rows included. */
export function walkFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((f) => [
    f,
    ...(f.kind === 'group' ? walkFields(f.children) : f.kind === 'rows' ? walkFields(f.item) : []),
  ]);
}

/** The control name for a path: segments joined by dots (rows carry their row index). */
export const controlName = (path: readonly (string | number)[]) => path.join('.');
