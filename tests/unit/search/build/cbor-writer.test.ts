import { describe, expect, it } from 'vitest';
import { decode } from 'cborg';
import { CborWriter, typeHead } from '../../../../src/integrations/pagefind/cbor-bytes.ts';

describe('CborWriter', () => {
  it('writes each head as typeHead does, at every length boundary', () => {
    const writer = new CborWriter();
    const args = [0, 23, 24, 255, 256, 65535, 65536, 2 ** 31 - 1];
    for (const major of [0, 1, 4]) for (const arg of args) writer.head(major, arg);
    const expected = Buffer.concat([0, 1, 4].flatMap((major) => args.map((arg) => typeHead(major, arg))));
    expect(writer.take()).toEqual(expected);
  });

  it('grows past its first buffer and keeps the bytes in order', () => {
    const writer = new CborWriter();
    const part = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);
    writer.head(4, 200);
    for (let i = 0; i < 200; i += 1) {
      writer.head(2, part.length);
      writer.bytes(part);
    }
    const out = writer.take();
    expect(out.length).toBeGreaterThan(1 << 16);
    const items = decode(out) as Uint8Array[];
    expect(items).toHaveLength(200);
    expect(items.every((item) => Buffer.from(item).equals(Buffer.from(part)))).toBe(true);
  });

  it('starts empty again after take, and what was taken is a copy', () => {
    const writer = new CborWriter();
    writer.head(0, 5);
    const first = writer.take();
    writer.head(0, 7);
    expect(first).toEqual(Buffer.of(5));
    expect(writer.take()).toEqual(Buffer.of(7));
    expect(writer.take()).toEqual(Buffer.alloc(0));
  });
});
