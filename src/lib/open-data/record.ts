import type { z } from 'zod';
import { unwrap } from '../validation/schema-walk.ts';

type AnySchema = z.ZodType;

/**
 * A value with every property its object schema names present: a missing optional field becomes
 * null, so every record in velferdsspor.json has the same keys and a reader sees the field exists.
 */
export function completeRecord(schema: AnySchema, value: unknown): unknown {
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (def.type === 'object' && def.shape && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.entries(def.shape).map(([key, field]) => [key, completeRecord(field, source[key])]),
    );
  }
  if (def.type === 'array' && def.element && Array.isArray(value))
    return value.map((item) => completeRecord(def.element!, item));
  return value;
}
