import { describe, expect, it } from 'vitest';
import {
  compareHref,
  parseCompare,
  toggleSlug,
  normaliseSlugs,
  COMPARE_MAX,
} from '../../../src/lib/compare/compare-state.ts';

describe('compare state', () => {
  it('reads ?e=a,b and repeated parameters, keeping the order', () => {
    expect(parseCompare('?e=vurderingsteam,familieveiviseren')).toEqual(['vurderingsteam', 'familieveiviseren']);
    expect(parseCompare('e=a&e=b,c')).toEqual(['a', 'b', 'c']);
  });

  it('drops duplicates, invalid slugs and anything past four', () => {
    expect(parseCompare('?e=a,a,B,../x,,b c,d-e')).toEqual(['a', 'd-e']);
    expect(parseCompare('?e=a,b,c,d,e,f')).toHaveLength(COMPARE_MAX);
  });

  it('writes the address with readable commas, and none for an empty selection', () => {
    expect(compareHref(['a', 'b'])).toBe('/sammenlign/?e=a,b');
    expect(compareHref([])).toBe('/sammenlign/');
  });

  it('toggles a slug in and out and never past the maximum', () => {
    expect(toggleSlug(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggleSlug(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggleSlug(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(normaliseSlugs([' a '])).toEqual(['a']);
  });
});
