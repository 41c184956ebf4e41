import { controlName, type Field } from './fields.ts';

/** The form's values as FormData gives them: control name → every value under that name. */
export type FormValues = ReadonlyMap<string, readonly string[]>;

export function formValuesOf(entries: Iterable<[string, string]>): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of entries) values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}

/** A number as an editor types it: «1,5» is 1.5; anything else is kept so the schema names it. */
function toNumber(raw: string): number | string {
  const n = Number(raw.replace(',', '.').replace(/\s/g, ''));
  return raw.trim() !== '' && Number.isFinite(n) ? n : raw;
}

const isEmpty = (value: unknown) => value === undefined || (Array.isArray(value) && value.length === 0);

/** The same path with its row template index (0) replaced by the row's own. */
function inRow(fields: Field[], rowPath: (string | number)[], index: number): Field[] {
  const at = rowPath.length;
  const retarget = (f: Field): Field => {
    const path = [...f.path];
    path[at] = index;
    if (f.kind === 'group') return { ...f, path, children: f.children.map(retarget) };
    if (f.kind === 'rows') return { ...f, path, item: f.item.map(retarget) };
    return { ...f, path };
  };
  return fields.map(retarget);
}

function rowIndices(values: FormValues, name: string): number[] {
  const prefix = `${name}.`;
  const found = new Set<number>();
  for (const key of values.keys()) {
    if (!key.startsWith(prefix)) continue;
    const index = Number(key.slice(prefix.length).split('.')[0]);
    if (Number.isInteger(index)) found.add(index);
  }
  return [...found].sort((a, b) => a - b);
}

function valueOf(field: Field, values: FormValues): unknown {
  const name = controlName(field.path);
  const first = values.get(name)?.[0]?.trim() ?? '';
  switch (field.kind) {
    case 'text':
      return first === '' ? undefined : first.replace(/\r\n?/g, '\n');
    case 'date':
      return first === '' ? undefined : first;
    case 'number':
      return first === '' ? undefined : toNumber(first);
    case 'choice':
      return first === '' ? undefined : field.numeric ? toNumber(first) : first;
    case 'choices': {
      const chosen = [...(values.get(name) ?? [])];
      // An optional list left empty is left out, as an editor would leave out the line.
      return chosen.length === 0 && field.omitWhenEmpty ? undefined : chosen;
    }
    case 'list': {
      if (first === '') return undefined;
      const parts = first.split(field.itemKind === 'text' ? /\s*;\s*/ : /\s*[;\s]\s*|,\s+/).filter(Boolean);
      return field.itemKind === 'text' ? parts : parts.map(toNumber);
    }
    case 'group':
      return objectOf(field.children, values);
    case 'rows': {
      const rows = rowIndices(values, name)
        .map((i) => objectOf(inRow(field.item, field.path, i), values))
        .filter((row) => row !== undefined);
      return rows.length === 0 && !field.required ? undefined : rows;
    }
  }
}

function objectOf(fields: Field[], values: FormValues): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  let any = false;
  for (const field of fields) {
    const value = valueOf(field, values);
    if (value === undefined) continue;
    data[String(field.path[field.path.length - 1])] = value;
    if (
      !isEmpty(value) &&
      !(field.kind === 'choice' && field.defaultValue !== undefined && value === field.defaultValue)
    )
      any = true;
  }
  return any ? data : undefined;
}

/**
 * The frontmatter the form's values stand for. Empty controls are left out, so a missing required
 * field reaches the schema as missing and gets the validator's own «feltet mangler» message.
 */
export function collectEntry(fields: Field[], values: FormValues): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of fields) {
    const value = valueOf(field, values);
    if (value !== undefined) data[String(field.path[field.path.length - 1])] = value;
  }
  return data;
}
