import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileWriterThread } from '../../../src/lib/node/file-writer-thread.ts';
import { pruneLinkedCache } from '../../../src/lib/node/linked-files.ts';

const work = mkdtempSync(join(tmpdir(), 'velferdsspor-file-writer-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('FileWriterThread', () => {
  it('writes every file handed over, text and bytes, before finish() resolves', async () => {
    const dir = join(work, 'plain');
    mkdirSync(dir);
    const writer = new FileWriterThread();
    writer.write(join(dir, 'a.json'), '{"tittel":"Ærlig «sitat»"}');
    writer.write(join(dir, 'b.bin'), Buffer.from([0, 255, 128]));
    // The same path twice: the later bytes win, as they would written in this thread.
    writer.write(join(dir, 'a.json'), '{"tittel":"Nytt"}');
    expect((await writer.finish()).count).toBe(3);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{"tittel":"Nytt"}');
    expect([...readFileSync(join(dir, 'b.bin'))]).toEqual([0, 255, 128]);
  });

  it('writes a view as its own bytes and leaves the buffer under it to the caller', async () => {
    const dir = join(work, 'views');
    mkdirSync(dir);
    const whole = Buffer.alloc(1 << 20, 7);
    whole.set([1, 2, 3], 5000);
    const writer = new FileWriterThread();
    writer.write(join(dir, 'view.bin'), whole.subarray(5000, 5003));
    expect((await writer.finish()).count).toBe(1);
    expect([...readFileSync(join(dir, 'view.bin'))]).toEqual([1, 2, 3]);
    // Only a copy was moved to the thread: the caller's buffer is neither detached nor changed.
    expect(whole.byteLength).toBe(1 << 20);
    expect(whole[5001]).toBe(2);
  });

  it('through a cache, links each file to its cached copy and names the copies used, for the caller to prune', async () => {
    const dir = join(work, 'linked');
    const cache = join(work, 'cache');
    mkdirSync(dir);
    const first = new FileWriterThread(cache);
    first.write(join(dir, 'a.txt'), 'a');
    first.write(join(dir, 'b.txt'), 'b');
    expect((await first.finish()).used).toHaveLength(2);
    expect(readdirSync(cache)).toHaveLength(2);
    const second = new FileWriterThread(cache);
    second.write(join(dir, 'a.txt'), 'a');
    const { used } = await second.finish();
    // The thread leaves the cache as it was; pruning is the caller's.
    expect(readdirSync(cache)).toHaveLength(2);
    pruneLinkedCache(cache, new Set(used));
    expect(readdirSync(cache)).toHaveLength(1);
    expect(statSync(join(dir, 'a.txt')).nlink).toBe(2);
  });

  it('fails finish() when a file cannot be written', async () => {
    const writer = new FileWriterThread();
    writer.write(join(work, 'no-such-folder', 'x.txt'), 'x');
    await expect(writer.finish()).rejects.toThrow(/ENOENT/);
  });
});
