import { describe, expect, it } from 'vitest';
import { cacheKey } from '../../../src/lib/node/cache-key.ts';

const entry = (purpose = 2, slug = 'a') => ({ slug, data: { title: 'Tittel', keys: { purpose } } });

describe('cacheKey', () => {
  it('is the same for equal data, also in new objects', () => {
    expect(cacheKey(entry(), [entry(), entry()], 'dag')).toBe(cacheKey(entry(), [entry(), entry()], 'dag'));
  });

  it.each([
    ['a nested field', [entry(2)], [entry(3)]],
    ['a string', [entry(), 'dag'], [entry(), 'natt']],
    ['a list’s length', [[entry()]], [[entry(), entry()]]],
    ['a list’s order', [[entry(2, 'a'), entry(2, 'b')]], [[entry(2, 'b'), entry(2, 'a')]]],
    ['where a list ends', [[entry()], entry()], [[entry(), entry()]]],
    ['null against 0', [null], [0]],
    ['a number against its string', [1], ['1']],
  ])('changes with %s', (_, a, b) => {
    expect(cacheKey(...a)).not.toBe(cacheKey(...b));
  });

  it('digests an object once, so an object must not change during a build', () => {
    const item = entry();
    const before = cacheKey(item);
    item.data.title = 'Ny tittel';
    expect(cacheKey(item)).toBe(before);
    expect(cacheKey(entry())).toBe(before);
  });
});
