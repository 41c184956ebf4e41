import { describe, expect, it } from 'vitest';
import { periodLabel } from '../../../src/lib/format/labels.ts';

describe('periodLabel', () => {
  it('writes a range with an en dash, one year alone, and an open period from its start', () => {
    expect(periodLabel({ start: 2019, end: 2023 })).toBe('2019–2023');
    expect(periodLabel({ start: 2021, end: 2021 })).toBe('2021');
    expect(periodLabel({ start: 2017 })).toBe('Fra 2017');
  });
});
