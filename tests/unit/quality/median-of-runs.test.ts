import { describe, expect, it } from 'vitest';
import { median, medianScores, outcomeDecided } from '../../../scripts/lib/median-of-runs.ts';

describe('median', () => {
  it('takes the middle of an odd count and the upper middle of an even one', () => {
    expect(median([100, 97, 99])).toBe(99);
    expect(median([97, 100, 100, 98])).toBe(100);
    expect(median([96, 100, 100, 97, 100])).toBe(100);
    expect(median([96, 100, 99, 97, 100])).toBe(99);
  });
  it('refuses no values rather than returning undefined', () => {
    expect(() => median([])).toThrow();
  });
});

describe('outcomeDecided with a budget of five runs', () => {
  const pass = [100, 100, 100, 100];
  const slow = [98, 100, 100, 100];
  it('goes on until three runs are 100 in every category', () => {
    expect(outcomeDecided([], 5)).toBe(false);
    expect(outcomeDecided([pass], 5)).toBe(false);
    expect(outcomeDecided([pass, pass], 5)).toBe(false);
    expect(outcomeDecided([pass, pass, pass], 5)).toBe(true);
    expect(outcomeDecided([pass, slow, pass], 5)).toBe(false);
    expect(outcomeDecided([pass, slow, pass, pass], 5)).toBe(true);
  });
  it('counts each category on its own, not whole runs', () => {
    const seoMiss = [100, 100, 100, 90];
    // Performance is 100 in runs 1, 2, 4; SEO in runs 1, 3, 4: both medians are 100.
    expect(outcomeDecided([pass, seoMiss, slow, pass], 5)).toBe(true);
    expect(medianScores([pass, seoMiss, slow, pass])).toEqual([100, 100, 100, 100]);
  });
  it('stops as soon as one category can no longer reach a median of 100', () => {
    expect(outcomeDecided([slow, slow], 5)).toBe(false);
    expect(outcomeDecided([slow, pass, slow, slow], 5)).toBe(true);
    expect(medianScores([slow, pass, slow, slow])[0]).toBe(98);
    expect(outcomeDecided([slow, slow, slow], 5)).toBe(true);
  });
  it('with a budget of one, one run decides', () => {
    expect(outcomeDecided([slow], 1)).toBe(true);
    expect(outcomeDecided([pass], 1)).toBe(true);
  });
});
