import { describe, expect, it } from 'vitest';
import { WORD_COUNT_STEP, roundedWordCount } from '../../../../src/integrations/pagefind/page-lengths.ts';

describe('roundedWordCount', () => {
  it('rounds to the nearest step', () => {
    expect(roundedWordCount(353)).toBe(352);
    expect(roundedWordCount(357)).toBe(360);
    expect(roundedWordCount(356)).toBe(360);
  });

  it('never rounds a page with words down to 0, and keeps an empty page empty', () => {
    expect(roundedWordCount(3)).toBe(WORD_COUNT_STEP);
    expect(roundedWordCount(1)).toBe(WORD_COUNT_STEP);
    expect(roundedWordCount(0)).toBe(0);
  });
});
