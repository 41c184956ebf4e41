import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { labelPositions } from '../../../../src/integrations/pagefind/position-labels.ts';
import type { IndexWord } from '../../../../src/integrations/pagefind/rechunk.ts';
import { locationShapes, positionClasses, type DecodedWord } from '../../../helpers/position-classes.ts';

/** Words as Pagefind 1.6 writes them: positions as differences within each weight group. */
const words: DecodedWord[] = [
  // «ehels» and «hels» share position 8 on page 0, as Pagefind indexes «e-helse».
  ['ehels', [[0, [-25, 8], []]], []],
  [
    'hels',
    [
      [0, [-25, 8], []],
      [2, [-25, 3, 4], []],
    ],
    [],
  ],
  [
    'samarbeid',
    [
      [0, [-25, 4, 1, 1, 4, -169, 1], [-1, 1]],
      [1, [-25, 12, 30, 2, -169, 0], []],
      [1, [-25, 40, 1, 7, -169, 2], []],
      [1, [-25, 5, 1, 1], []],
    ],
    [['samarbeidet', [[1, [-25, 44], []]]]],
  ],
];
const asIndex = (list: DecodedWord[]): IndexWord[] =>
  list.map((word) => ({ word: word[0], size: 1, bytes: encode(word) }));
const relabelled = labelPositions(asIndex(words)).map((w) => decode(w.bytes) as DecodedWord);

describe('labelPositions', () => {
  it('keeps which words share a position on each page, and each list’s weights and counts', () => {
    expect(positionClasses(relabelled)).toEqual(positionClasses(words));
    expect(locationShapes(relabelled)).toEqual(locationShapes(words));
    expect(positionClasses(relabelled)[0]).toContain('ehels#0 hels#0');
  });

  it('gives a variant the labels of its word’s positions', () => {
    const classes = positionClasses(relabelled)[1]!;
    expect(classes).toContain('samarbeid#0 samarbeid/samarbeidet#0');
  });

  it('writes a word the same way on every page where it has the same shape, so brotli stores it once', () => {
    const [, pages] = relabelled[2]!;
    expect(pages[2]![1]).toEqual(pages[1]![1]);
    // The second and later positions of a group follow their first as 1, 1, …
    expect((pages[3]![1] as number[]).slice(2)).toEqual([1, 1]);
    expect((pages[2]![1] as number[])[1]).not.toBe((words[2]![1][2]![1] as number[])[1]);
  });

  it('leaves the page numbers and meta locations as they were', () => {
    relabelled.forEach(([word, pages], i) => {
      expect(word).toBe(words[i]![0]);
      expect(pages.map(([delta, , meta]) => [delta, meta])).toEqual(
        words[i]![1].map(([delta, , meta]) => [delta, meta]),
      );
    });
  });

  it('leaves an index unchanged when the labels would not fit in 32 bits', () => {
    const far: DecodedWord[] = [['fjern', [[0, [-25, 2 ** 31 - 10], []]], []]];
    expect(decode(labelPositions(asIndex(far))[0]!.bytes)).toEqual(far[0]);
  });

  it('stops at a word it cannot read', () => {
    expect(() => labelPositions(asIndex([['x', [[0, 5, []]], []] as unknown as DecodedWord]))).toThrow(/form/);
  });
});
