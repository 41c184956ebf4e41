import { afterEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readContentFolder } from '../../../src/lib/node/content-files.ts';
import { entriesFolder } from '../../../src/lib/validation/validate-content.ts';
import { startEarlyEntries, takeEarlyEntries } from '../../../src/loaders/early-entries.ts';
import { processEntries } from '../../../src/loaders/process-entries.ts';

// The project's own entries: enough of them to ask for some.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const files = readContentFolder(root, entriesFolder, []);

// Nothing started by one test may be taken by the next.
afterEach(() => takeEarlyEntries(root, []));

describe('entries checked ahead of the content loader', () => {
  it('gives the loader what it would have made itself, for the files it asks for, in its order', async () => {
    expect(files.length).toBeGreaterThan(1);
    startEarlyEntries(root, files);
    const asked = files.slice(1);
    const early = await takeEarlyEntries(root, asked);
    expect(early).toEqual(processEntries(root, asked));
    expect(early!.map((e) => e.file)).toEqual(asked.map((f) => f.file));
    expect(early![0]!.html).toContain('<p>');
  });

  it('is taken once', async () => {
    startEarlyEntries(root, files);
    expect(takeEarlyEntries(root, files)).toBeDefined();
    expect(takeEarlyEntries(root, files)).toBeUndefined();
  });

  it('is not given for a file whose text changed since, or for another project', () => {
    startEarlyEntries(root, files);
    const edited = [{ ...files[0]!, text: `${files[0]!.text}\nEn ny setning.\n` }];
    expect(takeEarlyEntries(root, edited)).toBeUndefined();
    startEarlyEntries(root, files);
    expect(takeEarlyEntries(`${root}annen/`, files)).toBeUndefined();
  });
});
