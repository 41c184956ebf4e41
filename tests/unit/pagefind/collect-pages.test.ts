import { describe, expect, it } from 'vitest';
import { copyOf, readPageHtml, wordsOf } from '../../../src/integrations/pagefind/collect-pages.ts';
import { indexedCopy } from '../../../src/lib/search/build/index-html.ts';
import { uniqueWords } from '../../../src/lib/search/build/decompound.ts';

// Characters beyond Latin-1 («–», «’», «≤») are what made the copy a two-byte string.
const text = 'Hjemmetjenester – eldre’s omsorg ≤ 3 år, og eldre igjen.';
const page = (body: string) =>
  `<!doctype html><html lang="nb"><body><main><article class="entry" data-pagefind-body>` +
  `${body}</article></main></body></html>`;

describe('an entry page as the indexer keeps it', () => {
  it('gives back its copy and its distinct words as read', () => {
    const html = page(`<h1>Tittel</h1><p>${text}</p>`);
    const reading = readPageHtml(html).page!;
    expect(reading.copy).toBeInstanceOf(Uint8Array);
    expect(copyOf(reading)).toBe(indexedCopy(html));
    expect(copyOf(reading)).toContain(text);
    expect(wordsOf(reading)).toEqual(uniqueWords(`Tittel ${text}`));
    expect(wordsOf(reading)).toContain('år');
  });

  it('gives no words, not one empty word, for a page without text', () => {
    const reading = readPageHtml(page('<p>  </p>')).page!;
    expect(wordsOf(reading)).toEqual([]);
  });
});
