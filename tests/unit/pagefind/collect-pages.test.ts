import { describe, expect, it } from 'vitest';
import { readPageHtml, wordsOf } from '../../../src/integrations/pagefind/collect-pages.ts';
import { indexedCopy, withoutSorts } from '../../../src/lib/search/build/index-html.ts';
import { uniqueWords } from '../../../src/lib/search/build/decompound.ts';
import { indexerPage } from '../../helpers/indexer-page.ts';

const text = 'Hjemmetjenester – eldre’s omsorg ≤ 3 år, og eldre igjen.';
const page = (body: string) =>
  `<!doctype html><html lang="nb"><body><main><article class="entry" data-pagefind-body>` +
  `${body}</article></main></body></html>`;

describe('an entry page as the indexer keeps it', () => {
  it('gives its indexed copy as Pagefind reads it, its sorts and its distinct words', () => {
    const html = page(`<p data-pagefind-sort="number:4">Nr. 4</p><h1>Tittel</h1><p>${text}</p>`);
    const reading = readPageHtml(html, '/eksempler/x/').page!;
    const copy = withoutSorts(indexedCopy(html)!);
    expect(copy).not.toContain('data-pagefind-sort');
    expect(reading.reading).toEqual(indexerPage({ url: '/eksempler/x/', content: copy }).reading);
    expect(reading.reading.digest).toContain(text);
    expect(reading.reading.language).toBe('nb');
    expect(reading.sorts).toEqual({ number: '4' });
    expect(wordsOf(reading)).toEqual(uniqueWords(`Nr. 4 Tittel ${text}`));
    expect(wordsOf(reading)).toContain('år');
  });

  it('names the page when its copy has what the indexer does not read', () => {
    expect(() => readPageHtml(page('<p data-pagefind-weight="2">x</p>'), '/eksempler/x/')).toThrow(
      'Søkeindeksen: /eksempler/x/ har attributtet data-pagefind-weight',
    );
  });

  it('gives no words, not one empty word, for a page without text', () => {
    const reading = readPageHtml(page('<p>  </p>'), '/eksempler/x/').page!;
    expect(wordsOf(reading)).toEqual([]);
  });
});
