import type { z } from 'zod';

type AnySchema = z.ZodType;

/** Looks through wrappers that do not change what an editor writes (optional, default, pipe …). */
export function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema };
    if (
      def.innerType &&
      ['optional', 'default', 'nullable', 'readonly', 'prefault', 'catch', 'nonoptional'].includes(def.type)
    ) {
      current = def.innerType;
    } else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** The schema at `path` inside `root`, following objects and arrays, or undefined. */
export function schemaAt(root: AnySchema, path: readonly PropertyKey[]): AnySchema | undefined {
  let current: AnySchema | undefined = root;
  for (const key of path) {
    if (!current) return undefined;
    const inner = unwrap(current);
    const def = inner._zod.def as {
      type: string;
      shape?: Record<string, AnySchema>;
      element?: AnySchema;
      options?: AnySchema[];
    };
    if (def.type === 'object' && def.shape) current = def.shape[String(key)];
    else if (def.type === 'array' && def.element) current = def.element;
    else if (def.type === 'union' && def.options) current = def.options.map((o) => schemaAt(o, [key])).find(Boolean);
    else return undefined;
  }
  return current;
}

/** The editor-facing description at `path` (the nearest described wrapper or inner schema). */
export function describeAt(root: AnySchema, path: readonly PropertyKey[]): string | undefined {
  let schema = schemaAt(root, path);
  while (schema) {
    if (schema.description) return schema.description;
    const def = schema._zod.def as { innerType?: AnySchema; in?: AnySchema };
    schema = def.innerType ?? def.in;
  }
  return undefined;
}

/** The object keys allowed at `path`, for «did you mean» on unknown keys. */
export function keysAt(root: AnySchema, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, path);
  if (!schema) return [];
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}
