import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import {
  labelPositionsInThreads,
  packWords,
  unpackedBytes,
} from '../../../../src/integrations/pagefind/label-thread.ts';
import { labelPositions } from '../../../../src/integrations/pagefind/position-labels.ts';
import type { IndexWord } from '../../../../src/integrations/pagefind/rechunk.ts';
import { positionClasses, type DecodedWord } from '../../../helpers/position-classes.ts';

/** Words as Pagefind 1.6 writes them, many sharing pages, so each run's labels need the whole list's plan. */
const words: IndexWord[] = Array.from({ length: 40 }, (_, i) => {
  const word = `ord${String(i).padStart(2, '0')}`;
  // Word i on pages i % 7 and 7 + i % 5; words 0 and 7 share position 3 on page 0.
  const pages = [
    [i % 7, [-25, i === 0 || i === 7 ? 3 : 10 + i, 2, -169, 4], []],
    [7 + (i % 5) - (i % 7), [-25, 20 + i, 1], [-1, i]],
  ];
  const variants = i % 3 === 0 ? [[`${word}et`, [[7 + (i % 5), [-25, 21 + i], []]]]] : [];
  return { word, size: 4, bytes: encode([word, pages, variants]) };
});

describe('labelPositionsInThreads', () => {
  const inThisThread = labelPositions(words).map((w) => Buffer.from(w.bytes).toString('hex'));

  it.each([1, 2, 3])('gives the bytes of labelPositions with %i thread(s)', async (threads) => {
    const labelled = await labelPositionsInThreads(words, { threads, minBytes: 0 });
    expect(labelled.map((w) => w.word)).toEqual(words.map((w) => w.word));
    expect(labelled.map((w) => Buffer.from(w.bytes).toString('hex'))).toEqual(inThisThread);
    // Which words share a position on a page is kept across the runs.
    const decoded = (list: IndexWord[]) => list.map((w) => decode(w.bytes) as DecodedWord);
    expect(positionClasses(decoded(labelled))).toEqual(positionClasses(decoded(words)));
    expect(positionClasses(decoded(labelled))[0]).toContain('ord00#0 ord07#0');
  });

  it('relabels a small index in this thread, with the same bytes', async () => {
    const labelled = await labelPositionsInThreads(words, { threads: 2 });
    expect(labelled.map((w) => Buffer.from(w.bytes).toString('hex'))).toEqual(inThisThread);
    // The labels changed something: the test would pass for a function that returned its input otherwise.
    expect(inThisThread).not.toEqual(words.map((w) => Buffer.from(w.bytes).toString('hex')));
  });

  it('packs words end to end and unpacks them as they were', () => {
    const packed = packWords(words.map((w) => w.bytes));
    expect(packed.bytes.length).toBe(words.reduce((sum, w) => sum + w.bytes.length, 0));
    expect(unpackedBytes(packed).map((b) => Buffer.from(b).toString('hex'))).toEqual(
      words.map((w) => Buffer.from(w.bytes).toString('hex')),
    );
  });
});
