import { describe, expect, it } from 'vitest';
import { keysSchema, keyIds, keyRubric } from '../../../src/schemas/keys.ts';
import { coCreationForms, coCreationMinPower, coCreationTerms } from '../../../src/schemas/co-creation.ts';

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

describe('keyRubric', () => {
  it('names each co-creation form at the power level it needs, with the term from co-creation.ts', () => {
    for (const [id, level] of Object.entries(coCreationMinPower) as [keyof typeof coCreationMinPower, 2 | 3][]) {
      const term = coCreationTerms[id];
      expect(keyRubric.power[level - 1], id).toContain(term);
      for (const other of [1, 2, 3].filter((l) => l !== level)) expect(keyRubric.power[other - 1], `${id} ${other}`).not.toContain(term);
      expect(coCreationForms[id].label).toContain(`(${term})`);
    }
    // DESIGN.md: co-governance is samledelse at power 3, co-management samstyring at power 2.
    expect(keyRubric.power[2]).toContain('samledelse');
    expect(keyRubric.power[1]).toContain('samstyring');
  });
});
