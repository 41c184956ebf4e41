import { describe, expect, it, vi } from 'vitest';
import { memoizeSearch } from '../../../src/lib/search/memo-search.ts';
import type { PagefindResponse } from '../../../src/lib/search/run-search.ts';

const answer = (id: string): PagefindResponse => ({
  results: [{ id, score: 1, data: async () => ({ url: id, content: '', meta: {} }) }],
  filters: {},
});

describe('memoizeSearch', () => {
  it('answers the same search (words and options) once, and a different one anew', async () => {
    const search = vi.fn(async (term: string | null, _options?: unknown) => answer(String(term)));
    const pf = memoizeSearch({ search, init: () => 'kept' });
    const first = await pf.search('eldre', { filters: { fase: { any: ['pilot'] } } });
    const again = await pf.search('eldre', { filters: { fase: { any: ['pilot'] } } });
    expect(again).toBe(first);
    expect(search).toHaveBeenCalledTimes(1);
    await pf.search('eldre');
    await pf.search('eldre', { filters: { fase: { any: ['drift'] } } });
    expect(search).toHaveBeenCalledTimes(3);
    // Everything else on the module is Pagefind's own.
    expect(pf.init()).toBe('kept');
  });

  it('forgets a search that failed, so it is tried again, and keeps only the last ones', async () => {
    let fail = true;
    const search = vi.fn(async (term: string | null) => {
      if (fail) throw new Error('offline');
      return answer(String(term));
    });
    const pf = memoizeSearch({ search }, 2);
    await expect(pf.search('a')).rejects.toThrow('offline');
    fail = false;
    expect((await pf.search('a')).results[0]?.id).toBe('a');
    await pf.search('b');
    await pf.search('c');
    await pf.search('a');
    // «a» was the oldest of three with room for two: asked again.
    expect(search.mock.calls.map(([term]) => term)).toEqual(['a', 'a', 'b', 'c', 'a']);
  });

  it('forgets every answer once a search names a facet for the first time, since counts then change', async () => {
    const search = vi.fn(async (term: string | null, _options?: unknown) => answer(String(term)));
    const pf = memoizeSearch({ search });
    await pf.search('eldre');
    await pf.search(null, { filters: { tema: { any: [] } } });
    await pf.search('eldre');
    await pf.search(null, { filters: { tema: { any: ['forebygging'] } } });
    await pf.search('eldre');
    // Asked anew after «tema» was first named; not after it was named again.
    expect(search.mock.calls.map(([term]) => term)).toEqual(['eldre', null, 'eldre', null]);
  });
});
