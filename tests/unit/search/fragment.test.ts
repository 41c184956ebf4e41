import { describe, expect, it } from 'vitest';
import { fragmentFile, parseFragment } from '../../../src/lib/search/fragment.ts';

describe('parseFragment', () => {
  it('reads a decompressed fragment, and refuses what has no page path', () => {
    expect(parseFragment('pagefind_dcd{"url":"/eksempler/x/","content":"…","meta":{"title":"X"}}')).toEqual({
      url: '/eksempler/x/',
      content: '…',
      meta: { title: 'X' },
    });
    expect(parseFragment('pagefind_dcd{"content":"no url"}')).toBeUndefined();
    expect(parseFragment('pagefind_dcd{broken')).toBeUndefined();
    expect(parseFragment('nothing')).toBeUndefined();
  });
});

describe('fragmentFile', () => {
  it('names a page’s fragment by its id, as the build writes it', () => {
    expect(fragmentFile('7ps')).toBe('fragment/7ps.pf_fragment');
  });
});
