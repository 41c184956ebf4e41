import { describe, expect, it } from 'vitest';
import { ownShard } from '../../../../src/integrations/pagefind/own-shard.ts';
import { pagefindRuntime } from '../../../../src/integrations/pagefind/runtime-files.ts';
import { indexShard, type ShardPage } from '../../../../src/integrations/pagefind/write-shard.ts';
import { shardContents } from '../../../helpers/shard-contents.ts';
import { indexerPage } from '../../../helpers/indexer-page.ts';

// The build's own index against Pagefind's (the binary, not a mock) on pages made to hit each rule
// of how Pagefind reads a page and splits its words: both must hold the same words, locations,
// variants, filters, meta fields and fragments. tests/built/own-index.test.ts does the same for
// every built entry page.

const page = (url: string, body: string): ShardPage => ({
  url,
  content: `<!doctype html><html lang="nb"><body><article class="entry" data-pagefind-body>${body}</article></body></html>`,
});

const pages: ShardPage[] = [
  // Weights of headings, full stops after blocks, diacritics folded into variants, a title as meta.
  page(
    '/a/',
    '<h1>Også Tøyen-løftet</h1><p>Hei på deg, også. Blåbær og BLÅBÆR.</p>' +
      '<span data-pagefind-meta="title:Også tittel"></span><span data-pagefind-filter="fase:Drift"></span>',
  ),
  // Word parts: punctuation, capitals inside a word, digits, one-letter parts, emoji; entities
  // decoded once at the end (no full stop after «&quot;»), filter values decoded twice.
  page(
    '/b/',
    '<p>gårdene deg, Tøyen-løftet, «Bærekraftige» NAV-kontoret 2022–2024 (Oslo) abc2024 WKWebView skåle-skål</p>' +
      '<p>sa &quot;hei&quot;</p><p>Skål &aring;</p><p>tøyen-tøyen iPhone ABCdef NAVkontor P3-tiltak covid-19 e-post a-b 😀 it&#39;s 100 % 2,5 3.5 Oslo/Viken Ærlig-Ålesund</p>' +
      '<span data-pagefind-meta="m:a &amp;amp; b"></span><span data-pagefind-filter="f:x &amp;amp; y"></span>',
  ),
  // Headings inside headings, lists, definition lists and tables, ignored and excluded parts
  // (their meta still counts), a line break, an image after the title, meta from an element's text.
  page(
    '/c/',
    '<h2>Over <em>skrift</em></h2><ul><li>en</li><li>to <a href="/x">lenke</a></li></ul><dl><dt>Tittel</dt><dd>verdi</dd></dl>' +
      '<div class="facts"><dl><dt>Fase</dt><dd>Drift</dd></dl></div>' +
      '<table><tr><th>hode</th><td>celle<br>linje</td></tr></table><div data-pagefind-ignore><p>skjult</p>' +
      '<span data-pagefind-meta="skjultmeta:verdi her"></span></div><img src="/bilde.png" alt="Et bilde">' +
      '<p class="lead" data-pagefind-meta="summary">Kort om måltidene og måltider</p><p>slutt!</p>' +
      '<div data-pagefind-ignore="all"><span data-pagefind-filter="borte:ja">borte</span></div>',
  ),
  // The same stems as written in other ways on another page: variants in the order first met.
  page('/d/', '<p>måltidet måltider nära når målinger måling</p><span data-pagefind-meta="title:måltid"></span>'),
];

describe('the build’s own search index', () => {
  it('holds what Pagefind’s own holds for the same pages', async () => {
    const { version } = await pagefindRuntime('nb');
    const theirs = shardContents(await indexShard(pages.map((p) => ({ ...p }))));
    const ours = shardContents(ownShard(pages.map(indexerPage), { version, language: 'nb' }));
    expect(ours.pages).toEqual(theirs.pages);
    expect(ours.filters).toEqual(theirs.filters);
    expect(ours.fields).toEqual(theirs.fields);
    expect(ours.words).toEqual(theirs.words);
    expect(ours.version).toBe(theirs.version);
  }, 60_000);

  it('stops at what it does not read as Pagefind would, naming the page', () => {
    const options = { version: '1.6.0', language: 'nb' };
    expect(() => ownShard([indexerPage(page('/x/', '<p id="a">tekst</p>'))], options)).toThrow(
      /\/x\/ har et id-attributt/,
    );
    expect(() =>
      ownShard([indexerPage(page('/x/', '<img data-pagefind-meta="image[src]" src="/a.png">'))], options),
    ).toThrow(/\/x\/ har «image\[src\]» i et data-pagefind-attributt/);
    expect(() => ownShard([indexerPage(page('/x/', '<p>tekst</div>'))], options)).toThrow(
      /\/x\/ har <p> lukket utenfor rekkefølge/,
    );
    expect(() =>
      ownShard(
        [indexerPage({ url: '/x/', content: '<html lang="en"><body><p data-pagefind-body>x</p></body></html>' })],
        options,
      ),
    ).toThrow(/språket «en»/);
  });
});
