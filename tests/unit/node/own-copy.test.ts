import { describe, expect, it } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import { ownCopy } from '../../../src/lib/node/own-copy.ts';

describe('ownCopy', () => {
  it('copies a view of a larger buffer into a buffer of its own, which can be moved', () => {
    // A short Buffer.from is a view into Node's shared pool.
    const pooled = Buffer.from('Frisklivssentral i æ-byen');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    const own = ownCopy(pooled);
    expect(own.buffer.byteLength).toBe(pooled.length);
    expect(Buffer.from(own).equals(pooled)).toBe(true);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(own, [own.buffer]);
    port1.close();
    port2.close();
    // Moved: the copy is gone from this thread, the bytes it was made from are not.
    expect(own.length).toBe(0);
    expect(pooled.toString()).toBe('Frisklivssentral i æ-byen');
  });

  it('is a copy, not a view: changing it leaves the bytes it was made from as they were', () => {
    const bytes = Buffer.from([1, 2, 3, 4]).subarray(1, 3);
    const own = ownCopy(bytes);
    own[0] = 9;
    expect([...bytes]).toEqual([2, 3]);
    expect([...own]).toEqual([9, 3]);
  });
});
