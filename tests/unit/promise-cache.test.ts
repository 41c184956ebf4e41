import { describe, expect, it, vi } from 'vitest';
import { onePerKey } from '../../src/lib/promise-cache.ts';

describe('onePerKey', () => {
  it('loads each key once and gives later calls the same promise', async () => {
    const load = vi.fn(async (key: string) => key.toUpperCase());
    const get = onePerKey(load);
    const first = get('a');
    expect(get('a')).toBe(first);
    expect(await first).toBe('A');
    expect(await get('b')).toBe('B');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    let calls = 0;
    const get = onePerKey(async (key: string) => {
      calls += 1;
      if (calls === 1) throw new Error('nett nede');
      return key;
    });
    await expect(get('a')).rejects.toThrow('nett nede');
    expect(await get('a')).toBe('a');
    expect(calls).toBe(2);
  });

  it('keys by what keyOf says, not by the argument itself', async () => {
    const load = vi.fn(async (result: { id: string; n: number }) => result.n);
    const get = onePerKey(load, (result) => result.id);
    expect(await get({ id: 'x', n: 1 })).toBe(1);
    expect(await get({ id: 'x', n: 2 })).toBe(1);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
