import { describe, expect, it } from 'vitest';
import { matchesSelector, parseSelector } from '../../../../src/lib/search/build/open-element-selector.ts';

const el = (tag: string, ...classes: string[]) => ({ tag, classes });

describe('selectors on the open elements', () => {
  it('matches tags, classes, descendants and children', () => {
    const chain = [el('html'), el('article', 'entry'), el('div', 'key-profile'), el('section'), el('p', 'lead')];
    expect(matchesSelector(parseSelector('.entry p'), chain)).toBe(true);
    expect(matchesSelector(parseSelector('.key-profile > p'), chain)).toBe(false);
    expect(matchesSelector(parseSelector('.key-profile > section'), chain.slice(0, 4))).toBe(true);
    expect(matchesSelector(parseSelector('article.entry p.lead'), chain)).toBe(true);
    expect(matchesSelector(parseSelector('svg'), chain)).toBe(false);
  });

  it('refuses what it cannot match, rather than excluding nothing', () => {
    expect(() => parseSelector('a[href]')).toThrow(/velgeren «a\[href\]»/);
    expect(() => parseSelector('p:first-child')).toThrow(/kan ikke leses/);
    expect(() => parseSelector('> p')).toThrow(/kan ikke leses/);
  });
});
