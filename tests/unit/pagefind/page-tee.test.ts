import { afterEach, describe, expect, it } from 'vitest';
import { htmlDigest } from '../../../src/integrations/pagefind/reading-cache.ts';
import { PageTee } from '../../../src/integrations/pagefind/page-tee.ts';
import { readPageHtml } from '../../../src/integrations/pagefind/collect-pages.ts';
import { pageSink, setPageSink } from '../../../src/integrations/pagefind/tee-sink.ts';
import { RESULT_IDS_ATTRIBUTE } from '../../../src/lib/search/build/index-html.ts';

const entry =
  '<!doctype html><html lang="nb"><body><article data-pagefind-body>' +
  '<p data-pagefind-sort="number:4">Eksempel nr. 4</p><h1>Frisklivssentral</h1><p>Hjemmetjenester i æ-byen.</p>' +
  '</article></body></html>';
const listing = `<!doctype html><html><body><ul ${RESULT_IDS_ATTRIBUTE}=""></ul></body></html>`;

afterEach(() => setPageSink(undefined));

describe('PageTee', () => {
  it('reads each page it is handed in its thread, as a page read from its file is read', async () => {
    const tee = new PageTee();
    const sink = pageSink();
    expect(sink).toBeTypeOf('function');
    const bytes = Buffer.from(entry);
    sink!('/eksempler/frisklivssentral/', bytes);
    // The tee takes a copy: the bytes handed over still go on in the page's response.
    expect(bytes.toString('utf8')).toBe(entry);
    sink!('/eksempler/', Buffer.from(listing));
    sink!('/om/', Buffer.from('<!doctype html><html><body><p>Om</p></body></html>'));
    const pages = await tee.finish();
    expect([...pages.keys()]).toEqual(['/eksempler/frisklivssentral/', '/eksempler/', '/om/']);
    // Bytes, not characters: «æ» is two. The digest is the one a file of the same HTML gets.
    expect(pages.get('/eksempler/frisklivssentral/')).toEqual({
      bytes: entry.length + 1,
      digest: htmlDigest(Buffer.from(entry)),
      reading: readPageHtml(entry, '/eksempler/frisklivssentral/'),
    });
    expect(pages.get('/eksempler/frisklivssentral/')?.reading.page?.sorts).toEqual({ number: '4' });
    expect(pages.get('/eksempler/')?.reading).toEqual({ listing: true });
    expect(pages.get('/om/')?.reading).toEqual({ listing: false });
  });

  it('takes no pages once it has finished', async () => {
    const tee = new PageTee();
    await tee.finish();
    expect(pageSink()).toBeUndefined();
  });
});
