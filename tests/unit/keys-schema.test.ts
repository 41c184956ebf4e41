import { describe, expect, it } from 'vitest';
import { keysSchema, keyIds } from '../../src/schemas/keys.ts';

const key = (level: number) => ({ level, rationale: 'Kilden beskriver en tydelig endring her.' });

describe('keysSchema', () => {
  it('accepts all four keys with a level and a rationale', () => {
    const parsed = keysSchema.parse({ purpose: key(2), resources: key(3), power: key(1), relationships: key(0) });
    expect(Object.keys(parsed)).toEqual(keyIds);
  });

  it('rejects a level above 3, naming the key', () => {
    const result = keysSchema.safeParse({ purpose: key(4), resources: key(1), power: key(1), relationships: key(1) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['purpose', 'level']);
  });

  it('rejects an assessment where every key is 0', () => {
    const result = keysSchema.safeParse({ purpose: key(0), resources: key(0), power: key(0), relationships: key(0) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/minst én nøkkel/);
  });
});
